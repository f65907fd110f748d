"""Targets of a resolution as data: a versioned set of indicators, each computed by a named
calculator of the fixed library (services/target_library.py) with its own parameters."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from cadre_desktop.domain.base import Base, Synced, label, utcnow


class TargetSet(Synced, Base):
    """One revision of a resolution's targets ("2026-2030", revision 2).

    The shipped sets (resources/targets/) are revision 0 and never stored; a leader's entry
    or correction is a new revision with its reason, and every earlier revision is kept.
    """

    __tablename__ = "target_set"
    __table_args__ = (UniqueConstraint("code", "revision"),)

    code: Mapped[str] = mapped_column(String(20), info=label("Target set"))
    revision: Mapped[int] = mapped_column(Integer, info=label("Revision"))
    title: Mapped[str] = mapped_column(String(300), info=label("Title"))
    legal_basis: Mapped[str] = mapped_column(String(300), info=label("Legal basis"))
    start_year: Mapped[int] = mapped_column(Integer, info=label("First year", format="year"))
    end_year: Mapped[int] = mapped_column(Integer, info=label("Last year", format="year"))
    entered_by: Mapped[str] = mapped_column(String(120), info=label("Entered by"))
    entered_at: Mapped[dt.datetime] = mapped_column(default=utcnow, info=label("Entered at"))
    reason: Mapped[str] = mapped_column(Text, info=label("Reason"))

    indicators: Mapped[list[TargetIndicator]] = relationship(
        cascade="all, delete-orphan", order_by="TargetIndicator.seq"
    )


class TargetIndicator(Synced, Base):
    """One indicator: what is counted (kind, population, condition, parameters) against what."""

    __tablename__ = "target_indicator"

    set_id: Mapped[str] = mapped_column(ForeignKey("target_set.id", ondelete="CASCADE"), index=True)
    seq: Mapped[int] = mapped_column(Integer, default=0)
    number: Mapped[str] = mapped_column(String(10), info=label("Number"))
    code: Mapped[str] = mapped_column(String(40), info=label("Indicator code"))
    wording: Mapped[str] = mapped_column(Text, info=label("Indicator"))
    kind: Mapped[str] = mapped_column(String(20), info=label("Kind"))
    population: Mapped[str] = mapped_column(String(30), info=label("Population"))
    condition: Mapped[str] = mapped_column(String(30), info=label("Condition"))
    params: Mapped[dict[str, Any]] = mapped_column(default=dict, info=label("Parameters"))
    comparison: Mapped[str] = mapped_column(String(10), info=label("Comparison"))
    target: Mapped[str] = mapped_column(String(20), info=label("Target"))
    target_high: Mapped[str | None] = mapped_column(String(20), info=label("Upper target"))
    legal_basis: Mapped[str] = mapped_column(String(300), info=label("Legal basis"))
    note: Mapped[str | None] = mapped_column(Text, info=label("Note"))
