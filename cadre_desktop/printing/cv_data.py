"""The CV as plain data: every value already written as text (dates dd/mm/yyyy, catalog labels).

``fields`` keys (all optional; a missing key or None prints as the form's dotted blank):
header — province, managing_agency, using_agency, staff_number, national_code;
identity — full_name, sex, other_names, birth_date, birth_day, birth_month, birth_year,
birth_place, home_town, permanent_address, current_address, phone, ethnicity, religion,
family_origin, id_number, id_issue_date, social_insurance, health_insurance, policy_subject,
war_invalid; work — occupation_before, recruitment_date, recruiting_agency,
current_agency_date, revolution_date, position, party_committee, party_committee_concurrent,
party_position, concurrent_positions, appointment_date, reappointment_date, planned_titles,
position_allowance, other_allowances, main_job, strengths, longest_job; Party and army —
party_join_date, party_official_date, organisations_date, enlistment_date, discharge_date,
military_rank; qualifications — general_education, education_level, academic_title,
political_theory, state_management, languages, it_level, honorary_title; salary — rank_name,
rank_code, rank_date, salary_step, coefficient, salary_since, salary_percent,
beyond_frame_percent; health — health, height, weight, blood_group; and the summaries awards,
disciplines, family_economy, income_salary, income_other, housing, land, production_land,
agency_assessment.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

Text = str | None


@dataclass(frozen=True)
class TrainingRow:
    kind: str  # a TrainingKind value: professional, political_theory, language, …
    start: Text
    end: Text
    institution: Text
    major: Text = None
    form: Text = None
    qualification: Text = None
    language: Text = None
    score: Text = None


@dataclass(frozen=True)
class PostingRow:
    start: Text
    end: Text
    title: Text
    unit: Text


@dataclass(frozen=True)
class SalaryRow:
    start: Text
    end: Text
    rank: Text
    rank_code: Text
    step: Text
    coefficient: Text
    amount: Text = None


@dataclass(frozen=True)
class AllowanceRow:
    start: Text
    end: Text
    name: Text
    percent: Text
    coefficient: Text
    form: Text
    amount: Text


@dataclass(frozen=True)
class FamilyRow:
    side: str  # own | spouse
    relation: Text
    full_name: Text
    birth_year: Text
    details: Text  # home town, occupation, post, workplace, residence, organisations


@dataclass(frozen=True)
class HistoryRow:
    kind: str  # arrest | former_regime | foreign_organisation
    start: Text
    end: Text
    text: Text


@dataclass(frozen=True)
class DisciplineRow:
    start: Text
    end: Text
    form: Text
    violation: Text
    body: Text


@dataclass(frozen=True)
class YearRow:
    """MoHA 35.1: a year's professional rating, emulation rating and award."""

    year: Text
    rating: Text
    emulation: Text
    award: Text


@dataclass(frozen=True)
class CvData:
    fields: Mapping[str, Text]
    trainings: Sequence[TrainingRow] = ()
    postings: Sequence[PostingRow] = ()
    salaries: Sequence[SalaryRow] = ()
    allowances: Sequence[AllowanceRow] = ()
    family: Sequence[FamilyRow] = ()
    history: Sequence[HistoryRow] = ()
    disciplines: Sequence[DisciplineRow] = ()
    years: Sequence[YearRow] = ()
    relatives_abroad: Text = None
    photo: bytes | None = field(default=None, repr=False)
    # Sections with an open exchange conflict ("identity" or a collection name → its title);
    # their headings print "đang có xung đột" so a copy never passes for settled.
    conflicts: Mapping[str, str] = field(default_factory=dict)

    def get(self, key: str) -> Text:
        value = self.fields.get(key)
        return value if value is not None and str(value).strip() else None

    def history_text(self, kind: str) -> Text:
        lines = [
            " ".join(p for p in (_period(r.start, r.end), r.text or "") if p)
            for r in self.history
            if r.kind == kind
        ]
        return "\n".join(lines) or None


def _period(start: Text, end: Text) -> str:
    if not start and not end:
        return ""
    return f"{start or '…'} – {end or 'nay'}:"
