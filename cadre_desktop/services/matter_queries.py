"""Reading the register: the filtered list (sensitive content masked), one matter's detail
(every opening audited), and what other screens ask about a cadre — ``open_matters_for`` and
the MATTER_OPEN findings shown wherever the cadre is planned, proposed or rated."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from cadre_desktop.domain.matter_basis import touches_grounds
from cadre_desktop.domain.model import Matter
from cadre_desktop.domain.oversight_enums import MatterKind, MatterStatus, Sensitivity
from cadre_desktop.rules import oversight as rules
from cadre_desktop.services.decision_targets import find_target
from cadre_desktop.services.matters import facts_of, load
from cadre_desktop.services.rule_params import parameters
from cadre_desktop.services.stores import Store
from cadre_desktop.storage import oversight as q
from cadre_desktop.storage.uow import UnitOfWork
from cadre_desktop.text import fold


@dataclass(frozen=True)
class MatterRow:
    """A line of the register as lists show it: no complainant, no sensitive summary."""

    id: str
    number: str
    kind: MatterKind
    received_on: dt.date
    subject: str
    cadre_id: str | None
    summary: str | None  # None when the matter is restricted or secret
    sensitivity: Sensitivity
    handling_body: str | None
    due_on: dt.date
    status: MatterStatus
    outcome: str | None
    overdue: bool
    due_soon: bool
    touches_grounds: bool

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id, "number": self.number, "kind": self.kind.value,
            "received_on": self.received_on.strftime("%d/%m/%Y"), "subject": self.subject,
            "cadre": self.cadre_id, "summary": self.summary,
            "sensitivity": self.sensitivity.value, "handling_body": self.handling_body,
            "due_on": self.due_on.strftime("%d/%m/%Y"), "status": self.status.value,
            "outcome": self.outcome, "overdue": self.overdue, "due_soon": self.due_soon,
        }  # fmt: skip


@dataclass(frozen=True)
class Filters:
    status: MatterStatus | None = None
    kind: MatterKind | None = None
    open_only: bool = False
    overdue_only: bool = False
    cadre_id: str | None = None
    text: str = ""  # folded words searched in the number, the subject and visible summary


def _row(uow: UnitOfWork, matter: Matter, today: dt.date) -> MatterRow:
    alerts = {f.rule_id for f in rules.deadline_alerts(facts_of(matter), today, parameters(uow))}
    shown = matter.summary if matter.sensitivity is Sensitivity.NORMAL else None
    return MatterRow(
        matter.id, matter.number, matter.kind, matter.received_on.earliest(),
        matter.subject_name or "", matter.cadre_id, shown, matter.sensitivity,
        matter.handling_body, matter.due_on.earliest(), matter.status,
        matter.outcome.value if matter.outcome else None, "MATTER_OVERDUE" in alerts,
        "MATTER_DUE_SOON" in alerts, touches_grounds(matter),
    )  # fmt: skip


def _keeps(row: MatterRow, f: Filters) -> bool:
    if f.status is not None and row.status is not f.status:
        return False
    if f.kind is not None and row.kind is not f.kind:
        return False
    if f.open_only and row.status not in (
        MatterStatus.RECEIVED, MatterStatus.ASSIGNED, MatterStatus.VERIFYING
    ):  # fmt: skip
        return False
    if f.overdue_only and not row.overdue:
        return False
    words = fold(f.text).split()
    haystack = fold(" ".join(p for p in (row.number, row.subject, row.summary or "") if p))
    return all(word in haystack for word in words)


def list_matters(store: Store, filters: Filters | None = None, today: dt.date | None = None
                 ) -> list[MatterRow]:  # fmt: skip
    """The register, newest first, filtered; matters stay listed after a cadre moved."""
    f = filters or Filters()
    day = today or dt.date.today()
    with store.unit_of_work() as uow:
        rows = [_row(uow, m, day) for m in q.matters(uow.session, cadre_id=f.cadre_id)]
    return [r for r in rows if _keeps(r, f)]


def matter_detail(store: Store, matter_id: str, today: dt.date | None = None) -> dict[str, Any]:
    """Everything about one matter, its content and complainant included: the opening is
    recorded in the audit log (who opened which matter, when)."""
    day = today or dt.date.today()
    with store.unit_of_work(write=True, reason="open matter") as uow:
        m = load(uow, matter_id)
        uow.audit.append("open", "matter", m.id, m.cadre_id, {"number": m.number})
        target = find_target(uow, m.target_id).label if m.target_id else None
        revoked = q.revocations(uow.session, m.cadre_id) if m.cadre_id else []
        return {
            **_row(uow, m, day).as_json(),
            "summary": m.summary, "content": m.content, "source": m.source,
            "complainant": m.complainant, "anonymous": m.anonymous,
            "grounds": sorted(g.value for g in m.ground_set), "handler": m.handler,
            "assigned_on": m.assigned_on.vn() if m.assigned_on else None,
            "extensions": m.extensions, "conclusion": m.conclusion,
            "conclusion_number": m.conclusion_number, "conclusion_body": m.conclusion_body,
            "concluded_on": m.concluded_on.vn() if m.concluded_on else None,
            "closed_on": m.closed_on.vn() if m.closed_on else None,
            "discipline": m.discipline_id, "target": m.target_id, "target_kind": m.target_kind,
            "target_label": target,
            "revocations": [r.id for r in revoked if r.matter_id == m.id],
            "events": [
                {"date": e.day.vn(), "action": e.action, "status": e.status.value,
                 "note": e.note, "by": e.actor}
                for e in m.events
            ],
            "scans": [
                {"id": s.id, "title": s.title, "filename": s.filename,
                 "media_type": s.media_type, "size": s.size,
                 "date": s.document_date.vn() if s.document_date else None}
                for s in m.scans
            ],
        }  # fmt: skip


@dataclass(frozen=True)
class OpenMatter:
    """An open matter about a cadre, as a planning, proposal or rating screen shows it."""

    id: str
    number: str
    kind: MatterKind
    received_on: dt.date
    due_on: dt.date
    status: MatterStatus
    touches_grounds: bool  # it makes an older political-standard conclusion stale
    summary: str | None = field(default=None)  # None when restricted or secret


def _open(m: Matter) -> OpenMatter:
    shown = m.summary if m.sensitivity is Sensitivity.NORMAL else None
    return OpenMatter(m.id, m.number, m.kind, m.received_on.earliest(), m.due_on.earliest(),
                      m.status, touches_grounds(m), shown)  # fmt: skip


def open_matters_for(store: Store, cadre_id: str) -> list[OpenMatter]:
    """The open matters about one cadre (oldest first); other screens call this."""
    with store.unit_of_work() as uow:
        return [_open(m) for m in q.open_matters(uow.session, [cadre_id])]


def open_matter_counts(store: Store, cadre_ids: list[str]) -> dict[str, int]:
    """How many open matters each of the cadres has (cadres with none are left out)."""
    counts: dict[str, int] = {}
    with store.unit_of_work() as uow:
        for start in range(0, len(cadre_ids), 500):
            for m in q.open_matters(uow.session, cadre_ids[start : start + 500]):
                if m.cadre_id is not None:
                    counts[m.cadre_id] = counts.get(m.cadre_id, 0) + 1
    return counts


def register_figures(store: Store, today: dt.date | None = None) -> dict[str, dict[str, int]]:
    """For reports and the targets dashboard: per kind of matter, how many are open, overdue,
    concluded founded (or partly), concluded unfounded, and in all."""
    figures: dict[str, dict[str, int]] = {
        kind.value: {"total": 0, "open": 0, "overdue": 0, "founded": 0, "unfounded": 0}
        for kind in MatterKind
    }
    for row in list_matters(store, today=today):
        counts = figures[row.kind.value]
        counts["total"] += 1
        counts["open"] += row.status in (
            MatterStatus.RECEIVED, MatterStatus.ASSIGNED, MatterStatus.VERIFYING
        )  # fmt: skip
        counts["overdue"] += row.overdue
        counts["founded"] += row.outcome in ("founded", "partly_founded")
        counts["unfounded"] += row.outcome == "unfounded"
    return figures
