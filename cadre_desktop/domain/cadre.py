"""The cadre: one row per person with the single-valued fields of the three 2C CV layouts."""

from __future__ import annotations

from decimal import Decimal
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from sqlalchemy import BigInteger, Enum, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from cadre_desktop.domain.base import Base, Synced, label
from cadre_desktop.domain.enums import CadreStatus, DossierStatus, PoliticalStandard, Sex
from cadre_desktop.domain.values import PartialDate

if TYPE_CHECKING:
    from cadre_desktop.domain.history import (
        Allowance,
        Award,
        Discipline,
        FamilyMember,
        HistoryFact,
        Membership,
        Posting,
        SalaryStep,
        Training,
    )
    from cadre_desktop.domain.oversight import Matter
    from cadre_desktop.domain.personnel import PlanningEntry
    from cadre_desktop.domain.records import Attachment, Clearance, Evaluation


def _enum(kind: type[StrEnum]) -> Enum:
    return Enum(kind, native_enum=False, values_callable=lambda e: [m.value for m in e])


def children(target: str) -> Any:
    """A dossier collection: owned rows in the officer's order."""
    return relationship(
        back_populates="cadre", cascade="all, delete-orphan", order_by=f"{target}.seq"
    )


class Cadre(Synced, Base):
    __tablename__ = "cadre"
    __table_args__ = (
        Index("ix_cadre_name_order", "sort_key", "id"),  # the list pages in these orders
        Index("ix_cadre_birth_order", "birth_date", "sort_key", "id"),
        Index("ix_cadre_managing_unit", "managing_unit_id"),
        Index("ix_cadre_current_unit", "current_unit_id"),
    )

    managing_unit_id: Mapped[str] = mapped_column(
        ForeignKey("unit.id"), info=label("Managing unit", ref="unit")
    )
    status: Mapped[CadreStatus] = mapped_column(
        _enum(CadreStatus), default=CadreStatus.ACTIVE, info=label("Status")
    )
    dossier_status: Mapped[DossierStatus] = mapped_column(
        _enum(DossierStatus), default=DossierStatus.COMPLETE, info=label("Dossier status")
    )
    dossier_note: Mapped[str | None] = mapped_column(Text, info=label("Dossier note"))

    # Header and identity (2C-TCTW-98 items 1-10, MoHA items 1-11)
    staff_number: Mapped[str | None] = mapped_column(String(30), info=label("Staff number"))
    national_code: Mapped[str | None] = mapped_column(
        String(30), info=label("National database identifier")
    )
    family_name: Mapped[str] = mapped_column(String(40), info=label("Family name"))
    middle_name: Mapped[str | None] = mapped_column(String(60), info=label("Middle name"))
    given_name: Mapped[str] = mapped_column(String(40), info=label("Given name"))
    other_names: Mapped[str | None] = mapped_column(String(200), info=label("Other names"))
    sex: Mapped[Sex] = mapped_column(_enum(Sex), info=label("Sex"))
    birth_date: Mapped[PartialDate] = mapped_column(info=label("Date of birth"))
    birth_place_unit: Mapped[str | None] = mapped_column(
        String(40), info=label("Place of birth (administrative unit)", catalog="admin_unit")
    )
    birth_place: Mapped[str | None] = mapped_column(String(300), info=label("Place of birth"))
    home_town_unit: Mapped[str | None] = mapped_column(
        String(40), info=label("Home town (administrative unit)", catalog="admin_unit")
    )
    home_town: Mapped[str | None] = mapped_column(String(300), info=label("Home town"))
    permanent_address_unit: Mapped[str | None] = mapped_column(
        String(40), info=label("Permanent residence (administrative unit)", catalog="admin_unit")
    )
    permanent_address: Mapped[str | None] = mapped_column(
        String(300), info=label("Permanent residence")
    )
    current_address_unit: Mapped[str | None] = mapped_column(
        String(40), info=label("Current residence (administrative unit)", catalog="admin_unit")
    )
    current_address: Mapped[str | None] = mapped_column(
        String(300), info=label("Current residence")
    )
    phone: Mapped[str | None] = mapped_column(String(20), info=label("Phone", format="phone"))
    email: Mapped[str | None] = mapped_column(String(120), info=label("Email", format="email"))
    ethnicity: Mapped[str] = mapped_column(String(10), info=label("Ethnicity", catalog="ethnicity"))
    religion: Mapped[str] = mapped_column(
        String(10), default="99", info=label("Religion", catalog="religion")
    )
    family_origin: Mapped[str | None] = mapped_column(
        String(30), info=label("Family background", catalog="family_origin")
    )
    id_number: Mapped[str | None] = mapped_column(
        String(12), info=label("Citizen ID number", format="id_number")
    )
    id_issue_date: Mapped[PartialDate | None] = mapped_column(info=label("ID issue date"))
    id_issue_place: Mapped[str | None] = mapped_column(String(200), info=label("ID issued by"))
    social_insurance_number: Mapped[str | None] = mapped_column(
        String(20), info=label("Social insurance number", format="digits")
    )
    health_insurance_number: Mapped[str | None] = mapped_column(
        String(20), info=label("Health insurance card number")
    )
    policy_subject: Mapped[str | None] = mapped_column(
        String(40), info=label("Policy group", catalog="policy_subject")
    )
    war_invalid_grade: Mapped[str | None] = mapped_column(
        String(10), info=label("War invalid grade", format="fraction")
    )

    # Recruitment and work (2C-TCTW-98 items 11-13, 18, 21)
    occupation_before_recruitment: Mapped[str | None] = mapped_column(
        String(200), info=label("Occupation before recruitment")
    )
    recruitment_date: Mapped[PartialDate | None] = mapped_column(info=label("Recruitment date"))
    recruiting_agency: Mapped[str | None] = mapped_column(
        String(300), info=label("Recruiting agency")
    )
    current_agency_date: Mapped[PartialDate | None] = mapped_column(
        info=label("Date of joining the current agency")
    )
    revolution_date: Mapped[PartialDate | None] = mapped_column(
        info=label("Date of joining the revolution")
    )
    main_job: Mapped[str | None] = mapped_column(String(300), info=label("Main assigned work"))
    strengths: Mapped[str | None] = mapped_column(String(300), info=label("Strengths at work"))
    longest_job: Mapped[str | None] = mapped_column(String(300), info=label("Longest-held work"))

    # Party and army (items 14, 16)
    party_join_date: Mapped[PartialDate | None] = mapped_column(info=label("Party admission date"))
    party_official_date: Mapped[PartialDate | None] = mapped_column(
        info=label("Full Party membership date")
    )
    party_card_number: Mapped[str | None] = mapped_column(
        String(20), info=label("Party card number")
    )
    enlistment_date: Mapped[PartialDate | None] = mapped_column(info=label("Enlistment date"))
    discharge_date: Mapped[PartialDate | None] = mapped_column(info=label("Discharge date"))
    military_rank: Mapped[str | None] = mapped_column(
        String(30), info=label("Highest military rank", catalog="military_rank")
    )
    military_position: Mapped[str | None] = mapped_column(
        String(200), info=label("Highest military position")
    )

    # Qualifications summary (item 17; MoHA items 19-22)
    general_education: Mapped[str | None] = mapped_column(
        String(10), info=label("General education", catalog="general_education")
    )
    education_level: Mapped[str | None] = mapped_column(
        String(20), info=label("Highest professional qualification", catalog="education_level")
    )
    education_major: Mapped[str | None] = mapped_column(String(200), info=label("Major"))
    academic_title: Mapped[str | None] = mapped_column(
        String(10), info=label("Academic title", catalog="academic_title")
    )
    academic_title_year: Mapped[int | None] = mapped_column(
        Integer, info=label("Academic title year", format="year")
    )
    political_theory: Mapped[str | None] = mapped_column(
        String(20), info=label("Political theory", catalog="political_theory_level")
    )
    state_management: Mapped[str | None] = mapped_column(
        String(30), info=label("State management", catalog="state_management_level")
    )
    it_level: Mapped[str | None] = mapped_column(
        String(20), info=label("IT level", catalog="it_level")
    )
    honorary_title: Mapped[str | None] = mapped_column(
        String(40), info=label("State honorary title", catalog="honorary_title")
    )
    honorary_title_year: Mapped[int | None] = mapped_column(
        Integer, info=label("Honorary title year", format="year")
    )

    # Health (item 24)
    health_status: Mapped[str | None] = mapped_column(
        String(20), info=label("Health", catalog="health_status")
    )
    height_cm: Mapped[int | None] = mapped_column(
        Integer, info=label("Height (cm)", format="height")
    )
    weight_kg: Mapped[int | None] = mapped_column(
        Integer, info=label("Weight (kg)", format="weight")
    )
    blood_group: Mapped[str | None] = mapped_column(
        String(3), info=label("Blood group", catalog="blood_group")
    )

    # Family economy (2C-TCTW-98 item 31; MoHA item 37.3)
    income_salary_vnd: Mapped[int | None] = mapped_column(
        BigInteger, info=label("Yearly salary income (VND)", format="money")
    )
    income_other_vnd: Mapped[int | None] = mapped_column(
        BigInteger, info=label("Other yearly income (VND)", format="money")
    )
    income_other_sources: Mapped[str | None] = mapped_column(
        String(300), info=label("Other income sources")
    )
    housing: Mapped[str | None] = mapped_column(String(300), info=label("Housing"))
    housing_area_m2: Mapped[Decimal | None] = mapped_column(
        info=label("Housing floor area (m²)", format="area")
    )
    housing_certificate: Mapped[str | None] = mapped_column(
        String(200), info=label("Housing ownership certificate")
    )
    land_area_m2: Mapped[Decimal | None] = mapped_column(
        info=label("Residential land area (m²)", format="area")
    )
    land_certificate: Mapped[str | None] = mapped_column(
        String(200), info=label("Land use certificate")
    )
    production_land: Mapped[str | None] = mapped_column(
        String(300), info=label("Production and business land")
    )
    family_economy_note: Mapped[str | None] = mapped_column(
        Text, info=label("Family economic situation")
    )
    agency_assessment: Mapped[str | None] = mapped_column(
        Text, info=label("Assessment by the managing agency")
    )

    # Derived by the store for fast lists and search; never typed, never exported.
    sort_key: Mapped[str] = mapped_column(String(400), default="", info={"derived": True})
    search_rowid: Mapped[int | None] = mapped_column(Integer, unique=True, info={"derived": True})
    current_unit_id: Mapped[str | None] = mapped_column(String(36), info={"derived": True})
    current_position: Mapped[str | None] = mapped_column(String(300), info={"derived": True})
    political_standard: Mapped[PoliticalStandard] = mapped_column(
        _enum(PoliticalStandard), default=PoliticalStandard.MISSING, info={"derived": True}
    )

    postings: Mapped[list[Posting]] = children("Posting")
    salary_steps: Mapped[list[SalaryStep]] = children("SalaryStep")
    allowances: Mapped[list[Allowance]] = children("Allowance")
    trainings: Mapped[list[Training]] = children("Training")
    memberships: Mapped[list[Membership]] = children("Membership")
    awards: Mapped[list[Award]] = children("Award")
    disciplines: Mapped[list[Discipline]] = children("Discipline")
    history_facts: Mapped[list[HistoryFact]] = children("HistoryFact")
    family: Mapped[list[FamilyMember]] = children("FamilyMember")
    evaluations: Mapped[list[Evaluation]] = children("Evaluation")
    clearances: Mapped[list[Clearance]] = children("Clearance")
    attachments: Mapped[list[Attachment]] = children("Attachment")
    planning_entries: Mapped[list[PlanningEntry]] = children("PlanningEntry")
    # The oversight register's matters about the cadre: not a dossier collection (never
    # exported with it); they stay in the register when the cadre moves or retires.
    matters: Mapped[list[Matter]] = relationship(
        back_populates="cadre", order_by="Matter.received_on"
    )

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.family_name, self.middle_name, self.given_name) if p)


# Collections of a dossier in the order the CV prints them; the JSON codec walks this.
DOSSIER_COLLECTIONS = (
    "postings",
    "salary_steps",
    "allowances",
    "trainings",
    "memberships",
    "awards",
    "disciplines",
    "history_facts",
    "family",
    "evaluations",
    "clearances",
    "attachments",
    "planning_entries",
)
