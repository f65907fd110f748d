"""A disciplined cadre leaves the planning at once (QĐ 377-QĐ/TW Điều 29), by every path.

Whenever a flush carries a new or changed discipline, or a new or changed planning entry
(an officer's form, the CLI, import-json, a bundle), the cadre's open planning entries that
a discipline reaches are ended in the same transaction, naming the discipline and its
decision. The store's own flush hook then stamps and audits those changes like any other.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session

from cadre_desktop.domain.history import Discipline
from cadre_desktop.domain.personnel import PlanningEntry
from cadre_desktop.domain.values import PartialDate

SOURCE = "QĐ 377-QĐ/TW Đ29"
REASON_PREFIX = "Disciplined"  # removal reasons written here start with this word


def reaches(discipline: Discipline, entry: PlanningEntry) -> bool:
    """The discipline is in force at some time on or after the entry's start."""
    if discipline.start is None:
        return False
    return discipline.end is None or discipline.end.latest() >= entry.start.earliest()


def removal_day(discipline: Discipline, entry: PlanningEntry) -> PartialDate:
    return max(discipline.start, entry.start, key=lambda d: d.earliest())


def remove_disciplined(cadre: Any) -> list[PlanningEntry]:
    """End the open entries of ``cadre`` that one of its disciplines reaches."""
    ended = []
    for entry in cadre.planning_entries:
        if entry.end is not None:
            continue
        for discipline in cadre.disciplines:
            if reaches(discipline, entry):
                entry.end = removal_day(discipline, entry)
                entry.removal_reason = f"{REASON_PREFIX}: {discipline.form} ({SOURCE})"
                entry.removal_decision = discipline.decision_number
                ended.append(entry)
                break
    return ended


@event.listens_for(Session, "before_flush")
def _guard(session: Session, _context: Any, _instances: Any) -> None:
    touched = {
        id(obj.cadre): obj.cadre
        for obj in (*session.new, *session.dirty)
        if isinstance(obj, Discipline | PlanningEntry) and obj.cadre is not None
    }
    with session.no_autoflush:
        for cadre in touched.values():
            remove_disciplined(cadre)
