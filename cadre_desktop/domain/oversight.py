"""The oversight register: matters about a cadre or a personnel decision, their events and
scans, and the revocations of wrong decisions.

A matter is not part of the dossier (it never travels in a dossier export and is not shown
in the CV): it stays in the register, attached to the cadre also after a move or retirement
(QĐ 296-QĐ/TW Đ1 covers Party members who moved, left or retired). Its scans are blobs of
the store, so they are encrypted, transactional and backed up with everything else.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from cadre_desktop.domain.base import Base, DecisionRef, Synced, label
from cadre_desktop.domain.history import enum_type
from cadre_desktop.domain.oversight_enums import (
    OPEN_STATUSES,
    VIOLATIONS,
    Ground,
    MatterKind,
    MatterOutcome,
    MatterStatus,
    Sensitivity,
)
from cadre_desktop.domain.values import PartialDate

if TYPE_CHECKING:
    from cadre_desktop.domain.cadre import Cadre


class Matter(Synced, Base):
    """One entry of the register, from its receipt to its closing."""

    __tablename__ = "matter"
    __table_args__ = (Index("ix_matter_status", "status"),)

    number: Mapped[str] = mapped_column(String(40), unique=True, info=label("Register number"))
    kind: Mapped[MatterKind] = mapped_column(enum_type(MatterKind), info=label("Kind"))
    source: Mapped[str] = mapped_column(String(300), info=label("Sent by"))
    # The person who complained or denounced: protected (Luật Tố cáo 2018 Đ47), shown only
    # in the matter's own detail, never in lists, printouts or exports.
    complainant: Mapped[str | None] = mapped_column(String(200), info=label("Complainant"))
    anonymous: Mapped[bool] = mapped_column(Boolean, default=False, info=label("Anonymous"))
    received_on: Mapped[PartialDate] = mapped_column(info=label("Received on"))
    cadre_id: Mapped[str | None] = mapped_column(
        ForeignKey("cadre.id"), index=True, info=label("Cadre concerned", ref="cadre")
    )
    # The name as received: the register still says whom it concerned if the link is lost.
    subject_name: Mapped[str | None] = mapped_column(String(120), info=label("Concerns"))
    # A personnel decision the matter is against (a dossier row or a decision: no foreign key).
    target_kind: Mapped[str | None] = mapped_column(String(20), info=label("Decision kind"))
    target_id: Mapped[str | None] = mapped_column(String(36), info=label("Decision"))
    summary: Mapped[str] = mapped_column(String(300), info=label("Summary"))
    content: Mapped[str | None] = mapped_column(Text, info=label("Content"))
    grounds: Mapped[str] = mapped_column(String(200), default="", info=label("Grounds"))
    sensitivity: Mapped[Sensitivity] = mapped_column(
        enum_type(Sensitivity), default=Sensitivity.NORMAL, info=label("Sensitivity")
    )
    handling_body: Mapped[str | None] = mapped_column(String(200), info=label("Handling body"))
    handler: Mapped[str | None] = mapped_column(String(120), info=label("Handled by"))
    assigned_on: Mapped[PartialDate | None] = mapped_column(info=label("Assigned on"))
    due_on: Mapped[PartialDate] = mapped_column(info=label("Deadline"))
    extensions: Mapped[int] = mapped_column(Integer, default=0, info=label("Extensions"))
    status: Mapped[MatterStatus] = mapped_column(
        enum_type(MatterStatus), default=MatterStatus.RECEIVED, info=label("Status")
    )
    outcome: Mapped[MatterOutcome | None] = mapped_column(
        enum_type(MatterOutcome), info=label("Outcome")
    )
    concluded_on: Mapped[PartialDate | None] = mapped_column(info=label("Concluded on"))
    conclusion: Mapped[str | None] = mapped_column(Text, info=label("Conclusion"))
    conclusion_number: Mapped[str | None] = mapped_column(
        String(60), info=label("Conclusion document")
    )
    conclusion_body: Mapped[str | None] = mapped_column(String(200), info=label("Concluded by"))
    closed_on: Mapped[PartialDate | None] = mapped_column(info=label("Closed on"))
    # The discipline row of the dossier the conclusion led to (a dossier row: no foreign key).
    discipline_id: Mapped[str | None] = mapped_column(String(36), info=label("Discipline"))

    cadre: Mapped[Cadre | None] = relationship(back_populates="matters")
    events: Mapped[list[MatterEvent]] = relationship(
        back_populates="matter", cascade="all, delete-orphan", order_by="MatterEvent.seq"
    )
    scans: Mapped[list[MatterScan]] = relationship(
        back_populates="matter", cascade="all, delete-orphan", order_by="MatterScan.seq"
    )

    @property
    def ground_set(self) -> frozenset[Ground]:
        return frozenset(Ground(g) for g in (self.grounds or "").split(";") if g)

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES

    @property
    def violation(self) -> bool:
        return self.outcome in VIOLATIONS


class MatterEvent(Synced, Base):
    """A step of a matter: its receipt, each status change, an extension, a note."""

    __tablename__ = "matter_event"

    matter_id: Mapped[str] = mapped_column(ForeignKey("matter.id", ondelete="CASCADE"), index=True)
    seq: Mapped[int] = mapped_column(Integer, default=0)
    day: Mapped[PartialDate] = mapped_column(info=label("Date"))
    action: Mapped[str] = mapped_column(String(20), info=label("Action"))
    status: Mapped[MatterStatus] = mapped_column(enum_type(MatterStatus), info=label("Status"))
    note: Mapped[str | None] = mapped_column(Text, info=label("Note"))
    actor: Mapped[str] = mapped_column(String(120), info=label("Recorded by"))

    matter: Mapped[Matter] = relationship(back_populates="events")


class MatterScan(Synced, Base):
    """A scan of the letter, the minutes or the conclusion; the bytes live in a blob."""

    __tablename__ = "matter_scan"

    matter_id: Mapped[str] = mapped_column(ForeignKey("matter.id", ondelete="CASCADE"), index=True)
    seq: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(String(300), info=label("Title"))
    filename: Mapped[str] = mapped_column(String(255), info=label("File name"))
    media_type: Mapped[str] = mapped_column(String(100), info=label("Media type"))
    size: Mapped[int] = mapped_column(Integer, info=label("Size", format="size"))
    sha256: Mapped[str] = mapped_column(
        ForeignKey("blob.sha256"), index=True, info=label("Content hash", format="sha256")
    )
    document_date: Mapped[PartialDate | None] = mapped_column(info=label("Document date"))

    matter: Mapped[Matter] = relationship(back_populates="scans")


class Revocation(Synced, DecisionRef, Base):
    """A signed decision revoking a wrong appointment, planning or rating.

    It undoes the revoked decision's effects in the dossier without deleting anything: both
    records stay in the history, and ``effects`` says what was changed back (the audit log
    holds the same as old → new values).
    """

    __tablename__ = "revocation"
    __table_args__ = (UniqueConstraint("target_kind", "target_id"),)

    cadre_id: Mapped[str] = mapped_column(ForeignKey("cadre.id"), index=True)
    target_kind: Mapped[str] = mapped_column(String(20), info=label("Decision kind"))
    target_id: Mapped[str] = mapped_column(String(36), info=label("Decision"))
    matter_id: Mapped[str | None] = mapped_column(
        ForeignKey("matter.id"), index=True, info=label("Matter")
    )
    effective: Mapped[PartialDate] = mapped_column(info=label("Effective from"))
    reason: Mapped[str] = mapped_column(Text, info=label("Reason"))
    effects: Mapped[dict[str, Any]] = mapped_column(default=dict)
