"""Rotation (luân chuyển, NĐ 170/2025 Đ42-51; QĐ 65-QĐ/TW): the plan, and the move by a
signed decision that updates the work history; both judged by the gate and the rotation rules
(≥ 10 years of service left, ≥ 36 months per rotation) and, for a secretary's post, the rule
on local persons."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from cadre_desktop.domain.model import Cadre, Decision, Rotation
from cadre_desktop.domain.personnel import RotationStatus
from cadre_desktop.domain.values import PartialDate
from cadre_desktop.errors import UsageError
from cadre_desktop.rules.findings import Report
from cadre_desktop.rules.rotation import RotationFacts, check_rotation
from cadre_desktop.services.clearances import dossier, gate_report, note_warnings, refuse
from cadre_desktop.services.decisions import DecisionDraft, place
from cadre_desktop.services.locality import local_findings
from cadre_desktop.services.rule_params import parameters
from cadre_desktop.services.stores import Store
from cadre_desktop.storage import personnel as q
from cadre_desktop.storage.uow import UnitOfWork


@dataclass(frozen=True)
class RotationDraft:
    cadre_id: str
    title_code: str
    unit_code: str | None
    start: PartialDate
    planned_end: PartialDate


def _unit_id(uow: UnitOfWork, code: str | None) -> str | None:
    if code is None:
        return None
    unit = q.unit_by_code(uow.session, code)
    if unit is None:
        raise UsageError("There is no unit with the code {code}.", code=code)
    return unit.id


def _report(
    uow: UnitOfWork, cadre: Cadre, title_code: str, unit_id: str | None,
    start: PartialDate, planned_end: PartialDate,
) -> Report:  # fmt: skip
    if not uow.catalogs.has("title", title_code):
        raise UsageError("There is no title {code} in the catalog.", code=title_code)
    if planned_end.earliest() <= start.latest():
        raise UsageError("A rotation must end after it starts.")
    params = parameters(uow)
    on = start.latest()
    facts = RotationFacts(on, planned_end.earliest(), cadre.birth_date, cadre.sex)
    local = local_findings(
        cadre, title_code, unit_id, q.localities(uow.session), uow.catalogs, params, on
    )
    return (
        gate_report(cadre, uow.catalogs, title_code)
        + Report(tuple(check_rotation(facts, params)))
        + Report(tuple(local))
    )


def check_plan(store: Store, draft: RotationDraft) -> Report:
    """What the rules say about putting the cadre in the rotation plan (for the screen)."""
    with store.unit_of_work() as uow:
        cadre = dossier(uow, draft.cadre_id)
        unit_id = _unit_id(uow, draft.unit_code)
        return _report(uow, cadre, draft.title_code, unit_id, draft.start, draft.planned_end)


def plan(store: Store, draft: RotationDraft) -> str:
    with store.unit_of_work(write=True, reason="rotation plan") as uow:
        cadre = dossier(uow, draft.cadre_id)
        unit_id = _unit_id(uow, draft.unit_code)
        report = _report(uow, cadre, draft.title_code, unit_id, draft.start, draft.planned_end)
        if not report.blocked:
            rotation = Rotation(
                cadre_id=cadre.id, unit_id=unit_id, title_code=draft.title_code,
                start=draft.start, planned_end=draft.planned_end, status=RotationStatus.PLANNED,
            )  # fmt: skip
            uow.session.add(rotation)
            uow.session.flush()
            note_warnings(uow, "rotate", rotation.id, cadre.id, report)
            return rotation.id
    refuse(store, "rotate", draft.cadre_id, report, title=draft.title_code)
    raise AssertionError  # pragma: no cover - refuse always raises


def _planned(uow: UnitOfWork, rotation_id: str) -> Rotation:
    rotation = uow.session.get(Rotation, rotation_id)
    if rotation is None or rotation.status is not RotationStatus.PLANNED:
        raise UsageError("No planned rotation has the id {id}.", id=rotation_id)
    return rotation


def check_move(store: Store, rotation_id: str, effective: PartialDate | None = None) -> Report:
    """What the rules say about the move taking effect on ``effective`` (default: as planned)."""
    with store.unit_of_work() as uow:
        r = _planned(uow, rotation_id)
        cadre = dossier(uow, r.cadre_id)
        return _report(uow, cadre, r.title_code, r.unit_id, effective or r.start, r.planned_end)


def move(store: Store, rotation_id: str, draft: DecisionDraft) -> str:
    """Sign the move: re-checked, then the decision and the new post in one transaction."""
    with store.unit_of_work(write=True, reason="rotation") as uow:
        r = _planned(uow, rotation_id)
        cadre = dossier(uow, r.cadre_id)
        start = draft.effective or r.start
        report = _report(uow, cadre, r.title_code, r.unit_id, start, r.planned_end)
        if not report.blocked:
            title = uow.catalogs.get("title", r.title_code)
            kind = str(title.extra.get("kind")) if title else None
            posting = place(cadre, r.title_code, r.unit_id, start, draft, kind)
            uow.session.flush()
            decision = Decision(
                kind="rotate", cadre_id=cadre.id, effective=start, title_code=r.title_code,
                unit_id=r.unit_id, term_end=r.planned_end, posting_id=posting.id,
                decision_number=draft.number, decision_date=draft.date,
                decision_signer=draft.signer, decision_body=draft.body,
            )  # fmt: skip
            uow.session.add(decision)
            r.status, r.posting_id = RotationStatus.MOVED, posting.id
            r.decision_number, r.decision_date = draft.number, draft.date
            r.decision_signer, r.decision_body = draft.signer, draft.body
            uow.session.flush()
            note_warnings(uow, "rotate", decision.id, cadre.id, report)
            return decision.id
        cadre_id = r.cadre_id
    refuse(store, "rotate", cadre_id, report, rotation=rotation_id)
    raise AssertionError  # pragma: no cover - refuse always raises


def list_rotations(store: Store, cadre_id: str | None = None) -> list[dict[str, Any]]:
    with store.unit_of_work() as uow:
        found = q.rotations(uow.session, cadre_id)
        units = q.units_of(uow.session, [r.unit_id for r in found if r.unit_id])
        names = {u.id: u.name for u in units}
        return [
            {
                "id": r.id,
                "cadre": r.cadre_id,
                "name": _full_name(uow, r.cadre_id),
                "title": r.title_code,
                "unit": r.unit_id,
                "unit_name": names.get(r.unit_id or ""),
                "from": r.start.vn(),
                "until": r.planned_end.vn(),
                "status": r.status.value,
                "decision": r.decision_number,
                "decision_date": r.decision_date.vn() if r.decision_date else None,
            }
            for r in found
        ]


def _full_name(uow: UnitOfWork, cadre_id: str) -> str:
    cadre = uow.session.get(Cadre, cadre_id)
    return cadre.full_name if cadre is not None else ""
