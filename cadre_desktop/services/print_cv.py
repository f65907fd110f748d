"""A stored dossier turned into the CV's plain data (text only) for printing/."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection, Sequence

from cadre_desktop.domain.catalogs import Catalogs
from cadre_desktop.domain.enums import AttachmentKind, PostingKind, Sex
from cadre_desktop.domain.model import Cadre, FamilyMember, Posting
from cadre_desktop.domain.values import PartialDate
from cadre_desktop.i18n import catalog
from cadre_desktop.printing.cv_data import (
    AllowanceRow,
    CvData,
    DisciplineRow,
    FamilyRow,
    HistoryRow,
    PostingRow,
    SalaryRow,
    TrainingRow,
    YearRow,
)
from cadre_desktop.services.conflict_views import IDENTITY, IDENTITY_TITLE
from cadre_desktop.services.dossier_fields import COLLECTION_TITLES, TRAINING_LEVEL_CATALOG
from cadre_desktop.text import fold

RATING_TEXT = {
    "excellent": "Hoàn thành xuất sắc nhiệm vụ",
    "good": "Hoàn thành tốt nhiệm vụ",
    "completed": "Hoàn thành nhiệm vụ",
    "not_completed": "Không hoàn thành nhiệm vụ",
}


def vn(value: PartialDate | None) -> str | None:
    return value.vn() if value is not None else None


def number(value: object) -> str | None:
    """Decimals the Vietnamese way (2,34); money with dots (1.234.567)."""
    if value is None:
        return None
    if isinstance(value, int):
        return f"{value:,}".replace(",", ".")
    return str(value).replace(".", ",")


def admin_place(catalogs: Catalogs, unit: str | None, text: str | None, on: dt.date) -> str | None:
    """Birthplace or home town by today's administrative unit (DOMAIN decision 4)."""
    if unit is None:
        return text
    item = catalogs.current_admin_unit(unit, on)
    if item is None:
        return text
    parent_id = item.extra.get("parent_id") if item.extra else None
    parent = catalogs.current_admin_unit(str(parent_id), on) if parent_id else None
    return ", ".join(p.label for p in (item, parent) if p is not None)


def cv_data(
    cadre: Cadre,
    catalogs: Catalogs,
    *,
    unit_names: dict[str, str],
    today: dt.date,
    read_blob: Callable[[str], bytes] | None = None,
    conflicts: Collection[str] = (),
) -> CvData:
    """``conflicts``: the sections with an open exchange conflict (``conflict_sections``)."""
    label = catalogs.label
    open_posts = [p for p in cadre.postings if p.end is None]
    committee = [p for p in open_posts if p.kind == PostingKind.COMMITTEE]
    party_posts = [p for p in open_posts if p.kind == PostingKind.PARTY]
    concurrent = [p for p in open_posts if p.concurrent]
    salary = max(cadre.salary_steps, key=lambda s: s.start, default=None)
    position_allowance = next(
        (a for a in cadre.allowances if a.end is None and a.kind.value == "position"), None
    )
    other_allowances = [a for a in cadre.allowances if a.end is None and a.kind.value == "other"]
    languages = [t for t in cadre.trainings if t.kind.value == "language"]
    first_org = min((m.join_date for m in cadre.memberships if m.join_date), default=None)
    fields: dict[str, str | None] = {
        "province": _province(catalogs, unit_names, cadre),
        "managing_agency": unit_names.get(cadre.managing_unit_id),
        "using_agency": unit_names.get(cadre.current_unit_id or "") or None,
        "staff_number": cadre.staff_number,
        "national_code": cadre.national_code,
        "full_name": cadre.full_name,
        "sex": "Nam" if cadre.sex == Sex.MALE else "Nữ",
        "other_names": cadre.other_names,
        "birth_date": cadre.birth_date.vn(),
        "birth_day": f"{cadre.birth_date.day:02d}" if cadre.birth_date.day else None,
        "birth_month": f"{cadre.birth_date.month:02d}" if cadre.birth_date.month else None,
        "birth_year": str(cadre.birth_date.year),
        "birth_place": admin_place(catalogs, cadre.birth_place_unit, cadre.birth_place, today),
        "home_town": admin_place(catalogs, cadre.home_town_unit, cadre.home_town, today),
        "permanent_address": address(
            catalogs, cadre.permanent_address, cadre.permanent_address_unit, today
        ),
        "current_address": address(
            catalogs, cadre.current_address, cadre.current_address_unit, today
        ),
        "phone": cadre.phone,
        "ethnicity": label("ethnicity", cadre.ethnicity),
        "religion": label("religion", cadre.religion) or "Không",
        "family_origin": label("family_origin", cadre.family_origin),
        "id_number": cadre.id_number,
        "id_issue_date": vn(cadre.id_issue_date),
        "social_insurance": cadre.social_insurance_number,
        "health_insurance": cadre.health_insurance_number,
        "policy_subject": label("policy_subject", cadre.policy_subject),
        "war_invalid": cadre.war_invalid_grade,
        "occupation_before": cadre.occupation_before_recruitment,
        "recruitment_date": vn(cadre.recruitment_date),
        "recruiting_agency": cadre.recruiting_agency,
        "current_agency_date": vn(cadre.current_agency_date),
        "revolution_date": vn(cadre.revolution_date),
        "position": cadre.current_position,
        "party_committee": _posts(catalogs, committee),
        "party_position": _posts(catalogs, party_posts),
        "concurrent_positions": _posts(catalogs, concurrent),
        "appointment_date": vn(open_posts[-1].start) if open_posts else None,
        "planned_titles": "; ".join(
            label("title", e.title_code) or e.title_code
            for e in cadre.planning_entries
            if e.end is None
        )
        or None,
        "position_allowance": number(position_allowance.coefficient)
        if position_allowance
        else None,
        "other_allowances": "; ".join(a.name or "" for a in other_allowances if a.name) or None,
        "main_job": cadre.main_job,
        "strengths": cadre.strengths,
        "longest_job": cadre.longest_job,
        "party_join_date": vn(cadre.party_join_date),
        "party_official_date": vn(cadre.party_official_date),
        "organisations_date": vn(first_org),
        "enlistment_date": vn(cadre.enlistment_date),
        "discharge_date": vn(cadre.discharge_date),
        "military_rank": ", ".join(
            p for p in (label("military_rank", cadre.military_rank), cadre.military_position) if p
        )
        or None,
        "general_education": label("general_education", cadre.general_education),
        "education_level": ", ".join(
            p for p in (label("education_level", cadre.education_level), cadre.education_major) if p
        )
        or None,
        "academic_title": label("academic_title", cadre.academic_title),
        "political_theory": label("political_theory_level", cadre.political_theory),
        "state_management": label("state_management_level", cadre.state_management),
        "languages": "; ".join(
            " ".join(p for p in (label("language", t.language), t.qualification) if p)
            for t in languages
        )
        or None,
        "it_level": label("it_level", cadre.it_level),
        "honorary_title": _with_year(
            label("honorary_title", cadre.honorary_title), cadre.honorary_title_year
        ),
        "rank_name": label("civil_service_rank", salary.rank_code) if salary else None,
        "rank_code": salary.rank_code if salary else None,
        "salary_step": str(salary.step) if salary and salary.step else None,
        "coefficient": number(salary.coefficient) if salary else None,
        "salary_since": vn(salary.start) if salary else None,
        "salary_percent": f"{salary.percent}%" if salary and salary.percent else None,
        "beyond_frame_percent": f"{salary.beyond_frame_percent}%"
        if salary and salary.beyond_frame_percent
        else None,
        "health": label("health_status", cadre.health_status),
        "height": f"{cadre.height_cm} cm" if cadre.height_cm else None,
        "weight": f"{cadre.weight_kg} kg" if cadre.weight_kg else None,
        "blood_group": label("blood_group", cadre.blood_group),
        "awards": "; ".join(f"{label('award_form', a.form)} ({a.date.year})" for a in cadre.awards)
        or None,
        "disciplines": "; ".join(
            f"{label('discipline_form', d.form)} ({d.start.year})"
            + (f", {d.violation}" if d.violation else "")
            for d in cadre.disciplines
        )
        or None,
        "income_salary": number(cadre.income_salary_vnd),
        "income_other": ", ".join(
            p for p in (number(cadre.income_other_vnd), cadre.income_other_sources) if p
        )
        or None,
        "housing": ", ".join(
            p
            for p in (
                cadre.housing,
                f"{number(cadre.housing_area_m2)} m²" if cadre.housing_area_m2 else None,
                cadre.housing_certificate,
            )
            if p
        )
        or None,
        "land": ", ".join(
            p
            for p in (
                f"{number(cadre.land_area_m2)} m²" if cadre.land_area_m2 else None,
                cadre.land_certificate,
            )
            if p
        )
        or None,
        "production_land": cadre.production_land,
        "family_economy": cadre.family_economy_note,
        "agency_assessment": cadre.agency_assessment,
    }
    return CvData(
        fields=fields,
        trainings=[
            TrainingRow(
                kind=t.kind.value,
                start=vn(t.start),
                end=vn(t.end),
                institution=t.institution,
                major=t.major,
                form=label("training_form", t.form),
                qualification=t.qualification
                or label(TRAINING_LEVEL_CATALOG.get(t.kind.value, ""), t.level),
                language=label("language", t.language),
                score=t.score,
            )
            for t in cadre.trainings
        ],
        postings=[
            PostingRow(
                vn(p.start),
                vn(p.end),
                p.title_name or label("title", p.title_code),
                p.unit_name or unit_names.get(p.unit_id or ""),
            )
            for p in sorted(cadre.postings, key=lambda p: p.start)
        ],
        salaries=[
            SalaryRow(
                vn(s.start),
                vn(s.end),
                label("civil_service_rank", s.rank_code),
                s.rank_code,
                str(s.step) if s.step else None,
                number(s.coefficient),
                number(s.amount_vnd),
            )
            for s in sorted(cadre.salary_steps, key=lambda s: s.start)
        ],
        allowances=[
            AllowanceRow(
                vn(a.start),
                vn(a.end),
                a.name,
                f"{a.percent}%" if a.percent else None,
                number(a.coefficient),
                a.form,
                number(a.amount_vnd),
            )
            for a in cadre.allowances
        ],
        family=[
            FamilyRow(
                m.side.value,
                label("relation", m.relation),
                m.full_name,
                vn(m.birth_year),
                _family_details(m),
            )
            for m in cadre.family
        ],
        history=[
            HistoryRow(
                h.kind.value,
                vn(h.start),
                vn(h.end),
                ", ".join(p for p in (h.position, h.organisation, h.place, h.details) if p) or None,
            )
            for h in cadre.history_facts
        ],
        disciplines=[
            DisciplineRow(
                vn(d.start),
                vn(d.end),
                label("discipline_form", d.form),
                d.violation,
                d.decision_body,
            )
            for d in cadre.disciplines
        ],
        years=[
            YearRow(
                str(e.year),
                RATING_TEXT.get(e.rating.value) if e.rating else None,
                e.emulation_title,
                None,
            )
            for e in sorted(cadre.evaluations, key=lambda e: e.year)
            if e.quarter is None
        ],
        relatives_abroad="; ".join(
            f"{label('relation', m.relation)} {m.full_name} ({m.country or 'nước ngoài'})"
            for m in cadre.family
            if m.abroad
        )
        or None,
        photo=_photo(cadre, read_blob),
        conflicts=conflict_titles(conflicts),
    )


def conflict_titles(sections: Collection[str]) -> dict[str, str]:
    """Section → its Vietnamese title (the form is Vietnamese whatever the app's language)."""
    order = [IDENTITY, *COLLECTION_TITLES]
    vi = catalog("vi")
    titles = {}
    for name in sorted(sections, key=lambda s: order.index(s) if s in order else len(order)):
        msgid = IDENTITY_TITLE if name == IDENTITY else COLLECTION_TITLES.get(name, name)
        titles[name] = vi.get(msgid, msgid)
    return titles


def _photo(cadre: Cadre, read_blob: Callable[[str], bytes] | None) -> bytes | None:
    photos = [a for a in cadre.attachments if a.kind == AttachmentKind.PHOTO]
    if not photos or read_blob is None:
        return None
    newest = max(photos, key=lambda a: a.document_date or PartialDate(1900))
    return read_blob(newest.sha256)


def _province(catalogs: Catalogs, unit_names: dict[str, str], cadre: Cadre) -> str | None:
    return unit_names.get(cadre.managing_unit_id)


def address(catalogs: Catalogs, text: str | None, unit: str | None, on: dt.date) -> str | None:
    """An address as typed, followed by its administrative unit as it stands today (the
    parts of it the officer has not already typed)."""
    place = admin_place(catalogs, unit, None, on)
    typed = fold(text or "")
    missing = [p for p in (place or "").split(", ") if p and fold(p) not in typed]
    return ", ".join(p for p in (text, *missing) if p) or None


def _posts(catalogs: Catalogs, posts: Sequence[Posting]) -> str | None:
    names = [p.title_name or catalogs.label("title", p.title_code) for p in posts]
    return "; ".join(n for n in names if n) or None


def _with_year(text: str | None, year: int | None) -> str | None:
    if text and year:
        return f"{text} ({year})"
    return text


def _family_details(m: FamilyMember) -> str | None:
    parts = [
        p
        for p in (
            m.home_town,
            m.occupation,
            m.post,
            m.workplace,
            m.residence,
            m.organisations,
            m.history_note,
        )
        if p
    ]
    if m.deceased:
        parts.insert(0, f"Đã mất ({m.death_year.vn()})" if m.death_year else "Đã mất")
    if m.abroad and m.country:
        parts.append(f"ở {m.country}")
    return "; ".join(parts) or None
