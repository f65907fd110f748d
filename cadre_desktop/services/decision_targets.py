"""The personnel decisions a matter can be against and a revocation can undo: a signed
appointment, a planning entry, a finalised rating — found by their id."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from cadre_desktop.domain.model import Cadre, Decision, Evaluation, PlanningEntry
from cadre_desktop.domain.oversight_enums import RevocationTarget
from cadre_desktop.domain.yearly_enums import EvaluationStatus
from cadre_desktop.errors import UsageError
from cadre_desktop.i18n import N_, gettext
from cadre_desktop.services.search import search_cadres
from cadre_desktop.services.stores import Store
from cadre_desktop.storage.personnel import decisions_of
from cadre_desktop.storage.uow import UnitOfWork

APPOINTING = frozenset({"appoint"})


@dataclass(frozen=True)
class DecisionTarget:
    kind: RevocationTarget
    row: Any  # Decision | PlanningEntry | Evaluation
    cadre_id: str
    label: str  # how the officer knows it: number and date, or title and term, or year
    decided_on: dt.date


def _day(*candidates: Any) -> dt.date | None:
    return next((c.earliest() for c in candidates if c is not None), None)


def find_target(uow: UnitOfWork, target_id: str) -> DecisionTarget:
    """The decision with that id, or a one-sentence error naming what can be given."""
    catalogs = uow.catalogs
    session = uow.session
    decision = session.get(Decision, target_id)
    if decision is not None:
        if decision.kind not in APPOINTING:
            raise UsageError(
                "Decision {id} is a {kind} decision; only appointments, planning entries and "
                "ratings can be revoked here.",
                id=target_id, kind=decision.kind,
            )  # fmt: skip
        title = catalogs.label("title", decision.title_code or "") or decision.title_code or ""
        label = f"{decision.decision_number or '?'} ({title})"
        on = _day(decision.effective, decision.decision_date)
        assert on is not None
        return DecisionTarget(RevocationTarget.APPOINTMENT, decision, decision.cadre_id, label, on)
    entry = session.get(PlanningEntry, target_id)
    if entry is not None:
        title = catalogs.label("title", entry.title_code) or entry.title_code
        label = f"{title} ({entry.term_code})"
        return DecisionTarget(
            RevocationTarget.PLANNING, entry, entry.cadre_id, label, entry.start.earliest()
        )
    evaluation = session.get(Evaluation, target_id)
    if evaluation is not None:
        period = str(evaluation.year) if evaluation.quarter is None else (
            f"Q{evaluation.quarter}/{evaluation.year}"
        )  # fmt: skip
        on = _day(evaluation.rated_on, evaluation.decision_date) or dt.date(evaluation.year, 12, 31)
        return DecisionTarget(RevocationTarget.RATING, evaluation, evaluation.cadre_id, period, on)
    raise UsageError(
        "No appointment decision, planning entry or rating has the id {id}.", id=target_id
    )


def targets_of(store: Store, cadre_id: str) -> list[tuple[str, str]]:
    """(id, label) of the cadre's decisions a matter can be against: appointments, planning
    entries and finalised ratings (for the register's form)."""
    with store.unit_of_work() as uow:
        cadre = uow.session.get(Cadre, cadre_id)
        if cadre is None:
            return []
        rows: list[Any] = [d for d in decisions_of(uow.session, cadre_id) if d.kind in APPOINTING]
        rows += list(cadre.planning_entries)
        rows += [e for e in cadre.evaluations if e.status is EvaluationStatus.FINAL]
        found = [find_target(uow, row.id) for row in rows]
    names = {
        RevocationTarget.APPOINTMENT: N_("Appointment {label}"),
        RevocationTarget.PLANNING: N_("Planning {label}"),
        RevocationTarget.RATING: N_("Rating {label}"),
    }
    return [(t.row.id, gettext(names[t.kind]).format(label=t.label)) for t in found]


def find_cadres(store: Store, text: str, limit: int = 20) -> list[tuple[str, str]]:
    """(id, "name — post") of the cadres a search finds, for choosing whom a matter concerns."""
    with store.unit_of_work() as uow:
        hits = search_cadres(uow, text, limit)
    return [(h.id, f"{h.full_name} — {h.position or h.unit or ''}".rstrip(" —")) for h in hits]
