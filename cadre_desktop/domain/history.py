"""Effective-dated history of a cadre: work, salary, allowances, training, awards, family…"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from sqlalchemy import BigInteger, Boolean, Enum, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, declared_attr, mapped_column, relationship

from cadre_desktop.domain.base import Base, DecisionRef, Ordered, Synced, label
from cadre_desktop.domain.enums import (
    AllowanceKind,
    FamilySide,
    HistoryFactKind,
    PostingKind,
    TrainingKind,
)
from cadre_desktop.domain.values import PartialDate

if TYPE_CHECKING:
    from cadre_desktop.domain.cadre import Cadre


def enum_type(kind: type) -> Enum:
    return Enum(kind, native_enum=False, values_callable=lambda e: [m.value for m in e])


class CadreChild(Synced, Ordered):
    """A row of one of the dossier's history tables."""

    cadre_id: Mapped[str] = mapped_column(
        ForeignKey("cadre.id", ondelete="CASCADE"), index=True, info={"derived": True}
    )

    __collection__: str

    @declared_attr
    def cadre(cls) -> Mapped[Cadre]:
        return relationship(back_populates=cls.__collection__)


class Posting(CadreChild, DecisionRef, Base):
    """A line of "Tóm tắt quá trình công tác": from, to, title, unit, and its decision."""

    __tablename__ = "posting"
    __collection__ = "postings"

    start: Mapped[PartialDate] = mapped_column(info=label("From"))
    end: Mapped[PartialDate | None] = mapped_column(info=label("To"))
    kind: Mapped[PostingKind] = mapped_column(
        enum_type(PostingKind), default=PostingKind.STATE, info=label("Kind of post")
    )
    unit_id: Mapped[str | None] = mapped_column(
        ForeignKey("unit.id"), index=True, info=label("Unit", ref="unit")
    )
    unit_name: Mapped[str | None] = mapped_column(String(300), info=label("Unit (as written)"))
    # Indexed (migration 0006): who holds a title now is asked by the training needs and alerts.
    title_code: Mapped[str | None] = mapped_column(
        String(60), index=True, info=label("Title", catalog="title")
    )
    title_name: Mapped[str | None] = mapped_column(String(300), info=label("Title (as written)"))
    concurrent: Mapped[bool] = mapped_column(Boolean, default=False, info=label("Concurrent post"))


class SalaryStep(CadreChild, DecisionRef, Base):
    """A line of "Diễn biến quá trình lương", by coefficient or by job-position amount."""

    __tablename__ = "salary_step"
    __collection__ = "salary_steps"

    start: Mapped[PartialDate] = mapped_column(info=label("From"))
    end: Mapped[PartialDate | None] = mapped_column(info=label("To"))
    rank_code: Mapped[str | None] = mapped_column(
        String(20), info=label("Civil-service rank", catalog="civil_service_rank")
    )
    step: Mapped[int | None] = mapped_column(Integer, info=label("Salary step", format="step"))
    coefficient: Mapped[Decimal | None] = mapped_column(
        info=label("Salary coefficient", format="coefficient")
    )
    percent: Mapped[int | None] = mapped_column(
        Integer, info=label("Percentage received", format="percent")
    )
    beyond_frame_percent: Mapped[int | None] = mapped_column(
        Integer, info=label("Seniority beyond the frame (%)", format="percent")
    )
    job_position: Mapped[str | None] = mapped_column(String(200), info=label("Job position"))
    job_position_code: Mapped[str | None] = mapped_column(
        String(30), info=label("Job position code")
    )
    amount_vnd: Mapped[int | None] = mapped_column(
        BigInteger, info=label("Salary amount (VND)", format="money")
    )


class Allowance(CadreChild, DecisionRef, Base):
    """Position, concurrent-post and other allowances (MoHA items 30.2, 37.2)."""

    __tablename__ = "allowance"
    __collection__ = "allowances"

    start: Mapped[PartialDate] = mapped_column(info=label("From"))
    end: Mapped[PartialDate | None] = mapped_column(info=label("To"))
    kind: Mapped[AllowanceKind] = mapped_column(
        enum_type(AllowanceKind), info=label("Kind of allowance")
    )
    name: Mapped[str | None] = mapped_column(String(200), info=label("Allowance"))
    percent: Mapped[int | None] = mapped_column(Integer, info=label("Percentage", format="percent"))
    coefficient: Mapped[Decimal | None] = mapped_column(
        info=label("Coefficient", format="coefficient")
    )
    form: Mapped[str | None] = mapped_column(String(100), info=label("How it is paid"))
    amount_vnd: Mapped[int | None] = mapped_column(
        BigInteger, info=label("Amount (VND)", format="money")
    )


class Training(CadreChild, Base):
    """A course or degree; ``kind`` says which of the six CV training tables it belongs to."""

    __tablename__ = "training"
    __collection__ = "trainings"

    kind: Mapped[TrainingKind] = mapped_column(enum_type(TrainingKind), info=label("Kind"))
    start: Mapped[PartialDate | None] = mapped_column(info=label("From"))
    end: Mapped[PartialDate | None] = mapped_column(info=label("To"))
    institution: Mapped[str] = mapped_column(String(300), info=label("Institution"))
    major: Mapped[str | None] = mapped_column(String(200), info=label("Field of study"))
    form: Mapped[str | None] = mapped_column(
        String(30), info=label("Form of training", catalog="training_form")
    )
    qualification: Mapped[str | None] = mapped_column(
        String(200), info=label("Degree or certificate")
    )
    level: Mapped[str | None] = mapped_column(String(30), info=label("Level", catalog_by_kind=True))
    language: Mapped[str | None] = mapped_column(
        String(30), info=label("Language", catalog="language")
    )
    score: Mapped[str | None] = mapped_column(String(20), info=label("Score"))
    abroad: Mapped[bool] = mapped_column(Boolean, default=False, info=label("Abroad"))


class Membership(CadreChild, Base):
    """Membership of the Youth Union, trade union and other socio-political organisations."""

    __tablename__ = "membership"
    __collection__ = "memberships"

    organisation: Mapped[str] = mapped_column(
        String(40), info=label("Organisation", catalog="mass_organization")
    )
    join_date: Mapped[PartialDate | None] = mapped_column(info=label("Joined"))
    leave_date: Mapped[PartialDate | None] = mapped_column(info=label("Left"))
    role: Mapped[str | None] = mapped_column(String(200), info=label("Role"))


class Award(CadreChild, DecisionRef, Base):
    __tablename__ = "award"
    __collection__ = "awards"

    date: Mapped[PartialDate] = mapped_column(info=label("Date"))
    form: Mapped[str] = mapped_column(String(60), info=label("Award", catalog="award_form"))
    reason: Mapped[str | None] = mapped_column(String(500), info=label("For"))


class Discipline(CadreChild, DecisionRef, Base):
    """Party, state or mass-organisation discipline with its period (MoHA item 35.2)."""

    __tablename__ = "discipline"
    __collection__ = "disciplines"

    start: Mapped[PartialDate] = mapped_column(info=label("From"))
    end: Mapped[PartialDate | None] = mapped_column(info=label("To"))
    form: Mapped[str] = mapped_column(
        String(40), info=label("Form of discipline", catalog="discipline_form")
    )
    violation: Mapped[str | None] = mapped_column(String(500), info=label("Main violation"))


class HistoryFact(CadreChild, Base):
    """Đặc điểm lịch sử bản thân: arrest or prison, work for the former regime, foreign ties."""

    __tablename__ = "history_fact"
    __collection__ = "history_facts"

    kind: Mapped[HistoryFactKind] = mapped_column(enum_type(HistoryFactKind), info=label("Kind"))
    start: Mapped[PartialDate | None] = mapped_column(info=label("From"))
    end: Mapped[PartialDate | None] = mapped_column(info=label("To"))
    place: Mapped[str | None] = mapped_column(String(300), info=label("Where"))
    organisation: Mapped[str | None] = mapped_column(String(300), info=label("Organisation"))
    position: Mapped[str | None] = mapped_column(String(200), info=label("Position held"))
    details: Mapped[str | None] = mapped_column(Text, info=label("Details"))


class FamilyMember(CadreChild, Base):
    """A relative on the cadre's own side or the spouse's side (2C item 30; MoHA item 36)."""

    __tablename__ = "family_member"
    __collection__ = "family"

    side: Mapped[FamilySide] = mapped_column(enum_type(FamilySide), info=label("Side"))
    relation: Mapped[str] = mapped_column(
        String(30), info=label("Relationship", catalog="relation")
    )
    full_name: Mapped[str] = mapped_column(String(120), info=label("Full name"))
    birth_year: Mapped[PartialDate | None] = mapped_column(info=label("Year of birth"))
    deceased: Mapped[bool] = mapped_column(Boolean, default=False, info=label("Deceased"))
    death_year: Mapped[PartialDate | None] = mapped_column(info=label("Year of death"))
    home_town: Mapped[str | None] = mapped_column(String(300), info=label("Home town"))
    occupation: Mapped[str | None] = mapped_column(String(200), info=label("Occupation"))
    post: Mapped[str | None] = mapped_column(String(200), info=label("Title or post"))
    workplace: Mapped[str | None] = mapped_column(String(300), info=label("Place of work or study"))
    residence: Mapped[str | None] = mapped_column(String(300), info=label("Residence"))
    abroad: Mapped[bool] = mapped_column(Boolean, default=False, info=label("Lives abroad"))
    country: Mapped[str | None] = mapped_column(String(100), info=label("Country"))
    organisations: Mapped[str | None] = mapped_column(
        String(300), info=label("Socio-political organisations")
    )
    history_note: Mapped[str | None] = mapped_column(
        Text, info=label("Former regime, criminal record")
    )
    note: Mapped[str | None] = mapped_column(Text, info=label("Note"))
