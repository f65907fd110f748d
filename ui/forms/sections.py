"""The dossier's pages, in the order of the 2C CV: which fields and tables each one shows."""

from __future__ import annotations

from dataclasses import dataclass

from cadre_desktop.i18n import N_


@dataclass(frozen=True)
class Table:
    collection: str
    title: str
    only: tuple[str, tuple[str, ...]] | None = None  # (key, values) a page's share of the rows

    @property
    def hidden(self) -> tuple[str, ...]:
        return (self.only[0],) if self.only and len(self.only[1]) == 1 else ()


@dataclass(frozen=True)
class Section:
    title: str
    groups: tuple[tuple[str, tuple[str, ...]], ...] = ()
    tables: tuple[Table, ...] = ()
    attachments: bool = False


SECTIONS = (
    Section(
        N_("Identity"),
        (
            (N_("Name"), ("family_name", "middle_name", "given_name", "other_names", "sex")),
            (
                N_("Birth and origin"),
                (
                    "birth_date",
                    "birth_place_unit",
                    "birth_place",
                    "home_town_unit",
                    "home_town",
                    "ethnicity",
                    "religion",
                    "family_origin",
                ),
            ),
            (
                N_("Identity papers"),
                (
                    "id_number",
                    "id_issue_date",
                    "id_issue_place",
                    "social_insurance_number",
                    "health_insurance_number",
                    "staff_number",
                    "national_code",
                ),
            ),
            (
                N_("Addresses and contact"),
                (
                    "permanent_address_unit",
                    "permanent_address",
                    "current_address_unit",
                    "current_address",
                    "phone",
                    "email",
                ),
            ),
            (N_("Policy"), ("policy_subject", "war_invalid_grade")),
        ),
    ),
    Section(
        N_("Recruitment and current post"),
        (
            (N_("Management"), ("managing_unit", "status", "dossier_status", "dossier_note")),
            (
                N_("Recruitment"),
                (
                    "occupation_before_recruitment",
                    "recruitment_date",
                    "recruiting_agency",
                    "current_agency_date",
                    "revolution_date",
                ),
            ),
            (N_("Work"), ("main_job", "strengths", "longest_job", "agency_assessment")),
        ),
        (Table("allowances", N_("Allowances")),),
    ),
    Section(
        N_("Education and qualifications"),
        (
            (
                N_("Education"),
                (
                    "general_education",
                    "education_level",
                    "education_major",
                    "academic_title",
                    "academic_title_year",
                    "honorary_title",
                    "honorary_title_year",
                ),
            ),
        ),
        (Table("trainings", N_("Degrees"), ("kind", ("professional",))),),
    ),
    Section(
        N_("Political theory, state management, languages, IT"),
        ((N_("Levels"), ("political_theory", "state_management", "it_level")),),
        (
            Table(
                "trainings",
                N_("Courses and certificates"),
                ("kind", ("political_theory", "state_management", "language", "it")),
            ),
        ),
    ),
    Section(
        N_("Party and mass organisations"),
        (
            (
                N_("Party"),
                ("party_join_date", "party_official_date", "party_card_number"),
            ),
        ),
        (Table("memberships", N_("Socio-political organisations")),),
    ),
    Section(
        N_("Military"),
        (
            (
                N_("Military service"),
                ("enlistment_date", "discharge_date", "military_rank", "military_position"),
            ),
        ),
    ),
    Section(
        N_("Work history"),
        tables=(
            Table("postings", N_("Work history")),
            Table("history_facts", N_("Personal history")),
        ),
    ),
    Section(
        N_("Training"),
        tables=(Table("trainings", N_("Other training"), ("kind", ("defence_security", "other"))),),
    ),
    Section(
        N_("Family relations"),
        (
            (
                N_("Family economy"),
                (
                    "income_salary_vnd",
                    "income_other_vnd",
                    "income_other_sources",
                    "housing",
                    "housing_area_m2",
                    "housing_certificate",
                    "land_area_m2",
                    "land_certificate",
                    "production_land",
                    "family_economy_note",
                ),
            ),
        ),
        (
            Table("family", N_("Own side"), ("side", ("own",))),
            Table("family", N_("Spouse's side"), ("side", ("spouse",))),
        ),
    ),
    Section(N_("Salary history"), tables=(Table("salary_steps", N_("Salary history")),)),
    Section(N_("Awards"), tables=(Table("awards", N_("Awards")),)),
    Section(N_("Discipline"), tables=(Table("disciplines", N_("Discipline")),)),
    Section(
        N_("Health"),
        ((N_("Health"), ("health_status", "height_cm", "weight_kg", "blood_group")),),
    ),
    Section(N_("Attachments"), attachments=True),
)
