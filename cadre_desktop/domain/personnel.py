"""Personnel work: planning terms and entries, proposals with steps and ballots, decisions,
rotations, and the administrator's edits of the provincial rule parameters."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Any

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from cadre_desktop.domain.base import Base, DecisionRef, Synced, label
from cadre_desktop.domain.history import CadreChild, enum_type
from cadre_desktop.domain.values import PartialDate


class PlanningGroup(StrEnum):
    """Đối tượng 1 holds the directly lower post; đối tượng 2 is two levels below."""

    ONE = "1"
    TWO = "2"


class ProposalKind(StrEnum):
    APPOINT = "appoint"
    REAPPOINT = "reappoint"
    NOMINATE = "nominate"


class ProposalSource(StrEnum):
    LOCAL = "local"
    EXTERNAL = "external"


class ProposalStatus(StrEnum):
    OPEN = "open"
    STOPPED = "stopped"
    DECIDED = "decided"


class RotationStatus(StrEnum):
    PLANNED = "planned"  # in the rotation plan, not yet moved
    MOVED = "moved"  # the decision was signed; the cadre serves in the new place


class PlanningTerm(Synced, Base):
    """A planning term ("2025-2030") with the reference date its age rule counts to."""

    __tablename__ = "planning_term"

    code: Mapped[str] = mapped_column(String(20), unique=True, info=label("Term"))
    start_year: Mapped[int] = mapped_column(Integer, info=label("First year", format="year"))
    end_year: Mapped[int] = mapped_column(Integer, info=label("Last year", format="year"))
    reference_date: Mapped[PartialDate] = mapped_column(info=label("Age reference date"))
    approving_level: Mapped[str] = mapped_column(String(200), info=label("Approving level"))


class PlannedTitle(Synced, Base):
    """A title planned in a term, with its number of seats."""

    __tablename__ = "planned_title"
    __table_args__ = (UniqueConstraint("term_id", "title_code"),)

    term_id: Mapped[str] = mapped_column(ForeignKey("planning_term.id"), index=True)
    title_code: Mapped[str] = mapped_column(String(60), info=label("Title", catalog="title"))
    seats: Mapped[int] = mapped_column(Integer, info=label("Seats"))


class PlanningEntry(CadreChild, DecisionRef, Base):
    """A cadre planned for a title in a term (travels with the dossier)."""

    __tablename__ = "planning_entry"
    __collection__ = "planning_entries"

    term_code: Mapped[str] = mapped_column(String(20), info=label("Planning term"))
    title_code: Mapped[str] = mapped_column(String(60), info=label("Title", catalog="title"))
    group: Mapped[PlanningGroup] = mapped_column(
        enum_type(PlanningGroup), info=label("Planning group")
    )
    start: Mapped[PartialDate] = mapped_column(info=label("Planned from"))
    end: Mapped[PartialDate | None] = mapped_column(info=label("Removed on"))
    removal_reason: Mapped[str | None] = mapped_column(Text, info=label("Reason for removal"))
    removal_decision: Mapped[str | None] = mapped_column(
        String(60), info=label("Removal decision number")
    )
    training_plan: Mapped[str | None] = mapped_column(Text, info=label("Training plan"))


class Proposal(Synced, Base):
    """A personnel proposal for one post: appointment, reappointment or nomination."""

    __tablename__ = "proposal"

    cadre_id: Mapped[str] = mapped_column(ForeignKey("cadre.id"), index=True)
    kind: Mapped[ProposalKind] = mapped_column(enum_type(ProposalKind), info=label("Kind"))
    source: Mapped[ProposalSource] = mapped_column(enum_type(ProposalSource), info=label("Source"))
    title_code: Mapped[str] = mapped_column(String(60), info=label("Title", catalog="title"))
    unit_id: Mapped[str | None] = mapped_column(ForeignKey("unit.id"), info=label("Unit"))
    seats: Mapped[int] = mapped_column(Integer, default=1, info=label("Seats"))
    expected_date: Mapped[PartialDate] = mapped_column(info=label("Expected decision date"))
    status: Mapped[ProposalStatus] = mapped_column(
        enum_type(ProposalStatus), default=ProposalStatus.OPEN, info=label("Status")
    )
    # NĐ 170 Đ35: dossier component → date it was added ("" when the date is unknown).
    # The asset declaration is read from the declarations themselves (domain/assets.py).
    components: Mapped[dict[str, Any]] = mapped_column(default=dict)
    photo_date: Mapped[PartialDate | None] = mapped_column(info=label("Photo taken"))
    health_certificate_date: Mapped[PartialDate | None] = mapped_column(
        info=label("Health certificate date")
    )
    special_case: Mapped[str | None] = mapped_column(Text, info=label("Special-case justification"))
    department_leader: Mapped[bool] = mapped_column(
        Boolean, default=False, info=label("Leader of a provincial department")
    )


class ProposalStep(Synced, Base):
    """A dated step of the procedure (5 for a local source, 3 for an external one)."""

    __tablename__ = "proposal_step"
    __table_args__ = (UniqueConstraint("proposal_id", "number"),)

    proposal_id: Mapped[str] = mapped_column(ForeignKey("proposal.id"), index=True)
    number: Mapped[int] = mapped_column(Integer, info=label("Step"))
    date: Mapped[PartialDate] = mapped_column(info=label("Date"))
    invited: Mapped[int] = mapped_column(Integer, info=label("Invited"))
    present: Mapped[int] = mapped_column(Integer, info=label("Present"))


class Ballot(Synced, Base):
    """Votes one candidate received at one step."""

    __tablename__ = "ballot"

    step_id: Mapped[str] = mapped_column(ForeignKey("proposal_step.id"), index=True)
    candidate_id: Mapped[str | None] = mapped_column(ForeignKey("cadre.id"), index=True)
    candidate_name: Mapped[str] = mapped_column(String(120), info=label("Candidate"))
    votes: Mapped[int] = mapped_column(Integer, info=label("Votes"))


class UnitOpinion(Synced, Base):
    """The secret-ballot opinion of a unit the province names, on a department leader
    (DOMAIN.md decision 3): how many were asked, how many agreed, on which criteria."""

    __tablename__ = "unit_opinion"

    proposal_id: Mapped[str] = mapped_column(ForeignKey("proposal.id"), index=True)
    group: Mapped[str] = mapped_column(String(40), info=label("Group of units"))
    unit_name: Mapped[str] = mapped_column(String(300), info=label("Unit"))
    date: Mapped[PartialDate] = mapped_column(info=label("Date"))
    invited: Mapped[int] = mapped_column(Integer, info=label("Invited"))
    present: Mapped[int] = mapped_column(Integer, info=label("Present"))
    agree: Mapped[int] = mapped_column(Integer, info=label("In favour"))
    criteria: Mapped[str] = mapped_column(Text, info=label("Criteria asked"))


class Decision(Synced, DecisionRef, Base):
    """A signed personnel act: appointment, reappointment, nomination, rotation."""

    __tablename__ = "decision"

    kind: Mapped[str] = mapped_column(String(30), info=label("Kind"))
    cadre_id: Mapped[str] = mapped_column(ForeignKey("cadre.id"), index=True)
    proposal_id: Mapped[str | None] = mapped_column(ForeignKey("proposal.id"))
    effective: Mapped[PartialDate] = mapped_column(info=label("Effective from"))
    title_code: Mapped[str | None] = mapped_column(String(60), info=label("Title", catalog="title"))
    unit_id: Mapped[str | None] = mapped_column(ForeignKey("unit.id"), info=label("Unit"))
    # The end of the 5-year term (or retirement, for an extension); none for a nomination.
    term_end: Mapped[PartialDate | None] = mapped_column(info=label("Term ends"))
    # The work-history line the decision opened (a dossier row, so no foreign key).
    posting_id: Mapped[str | None] = mapped_column(String(36))


class Rotation(Synced, DecisionRef, Base):
    """A rotation (luân chuyển) to another unit and post, for a planned period."""

    __tablename__ = "rotation"

    cadre_id: Mapped[str] = mapped_column(ForeignKey("cadre.id"), index=True)
    unit_id: Mapped[str | None] = mapped_column(ForeignKey("unit.id"), info=label("Unit"))
    title_code: Mapped[str] = mapped_column(String(60), info=label("Title", catalog="title"))
    start: Mapped[PartialDate] = mapped_column(info=label("From"))
    planned_end: Mapped[PartialDate] = mapped_column(info=label("Planned until"))
    status: Mapped[RotationStatus] = mapped_column(
        enum_type(RotationStatus), default=RotationStatus.PLANNED, info=label("Status")
    )
    posting_id: Mapped[str | None] = mapped_column(String(36))


class UnitLocality(Base):
    """The administrative unit an agency serves, for the "not a local person" rule."""

    __tablename__ = "unit_locality"

    unit_id: Mapped[str] = mapped_column(ForeignKey("unit.id"), primary_key=True)
    admin_unit: Mapped[str] = mapped_column(String(40))


class RuleParameter(Base):
    """An administrator's version of a rule parameter; it overrides the shipped row by id."""

    __tablename__ = "rule_parameter"

    id: Mapped[str] = mapped_column(String(60), primary_key=True)
    key: Mapped[str] = mapped_column(String(80))
    value: Mapped[str] = mapped_column(String(30))
    layer: Mapped[str] = mapped_column(String(20))
    legal_basis: Mapped[str] = mapped_column(String(300))
    valid_from: Mapped[dt.date | None] = mapped_column(Date)
    valid_to: Mapped[dt.date | None] = mapped_column(Date)
    editable: Mapped[bool] = mapped_column(Boolean, default=True)
    confidence: Mapped[str] = mapped_column(String(1), default="C")
    note: Mapped[str | None] = mapped_column(Text)
