"""Proposals as the CLI and the proposal screen show them: the list, and one proposal with its
dossier components, steps with their ballots, the named units' opinions and the decision."""

from __future__ import annotations

from typing import Any

from cadre_desktop.domain.model import Cadre, Proposal, Unit
from cadre_desktop.rules.appointment import COMPONENTS
from cadre_desktop.rules.ballots import STEPS
from cadre_desktop.services.proposal_facts import target_of
from cadre_desktop.services.proposals import load
from cadre_desktop.services.stores import Store
from cadre_desktop.storage import personnel as q
from cadre_desktop.storage.uow import UnitOfWork


def _name(uow: UnitOfWork, cadre_id: str) -> str:
    cadre = uow.session.get(Cadre, cadre_id)
    return cadre.full_name if cadre is not None else ""


def _unit(uow: UnitOfWork, unit_id: str | None) -> str | None:
    unit = uow.session.get(Unit, unit_id) if unit_id else None
    return unit.name if unit is not None else None


def _decision(uow: UnitOfWork, p: Proposal) -> dict[str, Any] | None:
    d = q.decision_of_proposal(uow.session, p.id)
    if d is None:
        return None
    return {
        "id": d.id,
        "number": d.decision_number,
        "date": d.decision_date.vn() if d.decision_date else None,
        "signer": d.decision_signer,
        "body": d.decision_body,
        "effective": d.effective.vn(),
        "term_end": d.term_end.vn() if d.term_end else None,
        "kind": d.kind,
    }


def show_proposal(store: Store, proposal_id: str) -> dict[str, Any]:
    with store.unit_of_work() as uow:
        p = load(uow, proposal_id)
        steps = [
            {
                "step": s.number,
                "date": s.date.vn(),
                "invited": s.invited,
                "present": s.present,
                "votes": {b.candidate_name: b.votes for b in q.step_ballots(uow.session, s.id)},
            }
            for s in q.proposal_steps(uow.session, p.id)
        ]
        opinions = [
            {
                "group": o.group,
                "unit": o.unit_name,
                "date": o.date.vn(),
                "invited": o.invited,
                "present": o.present,
                "agree": o.agree,
                "criteria": o.criteria,
            }
            for o in q.proposal_opinions(uow.session, p.id)
        ]
        dated = p.components or {}
        procedure = target_of(p).procedure
        return {
            "id": p.id, "cadre": p.cadre_id, "name": _name(uow, p.cadre_id),
            "kind": p.kind.value, "source": p.source.value, "procedure": procedure,
            "total_steps": STEPS[procedure], "title": p.title_code, "unit": p.unit_id,
            "unit_name": _unit(uow, p.unit_id), "seats": p.seats,
            "expected": p.expected_date.vn(), "status": p.status.value,
            "components": {c: (c in dated) for c in COMPONENTS},
            "component_dates": {c: dated[c] for c in COMPONENTS if c in dated},
            "photo": p.photo_date.vn() if p.photo_date else None,
            "health_certificate": (
                p.health_certificate_date.vn() if p.health_certificate_date else None
            ),
            "special_case": p.special_case, "department_leader": p.department_leader,
            "steps": steps, "opinions": opinions, "decision": _decision(uow, p),
        }  # fmt: skip


def list_proposals(store: Store) -> list[dict[str, Any]]:
    with store.unit_of_work() as uow:
        rows = []
        for p in sorted(q.open_proposals(uow.session), key=lambda p: p.expected_date):
            procedure = target_of(p).procedure
            rows.append(
                {
                    "id": p.id,
                    "cadre": p.cadre_id,
                    "name": _name(uow, p.cadre_id),
                    "kind": p.kind.value,
                    "title": p.title_code,
                    "expected": p.expected_date.vn(),
                    "status": p.status.value,
                    "steps": len(q.proposal_steps(uow.session, p.id)),
                    "total_steps": STEPS[procedure],
                }
            )
        return rows
