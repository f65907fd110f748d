"""The demo gives every personnel, oversight and training rule a case: a refused attempt or a
confirmed warning in the audit log, a stored proposal's report, a planning list's report, an
alert, or a training need."""

import datetime as dt

from sqlalchemy import select

from cadre_desktop.domain.model import AuditEntry, PlanningEntry, Proposal
from cadre_desktop.rules.registry import all_rule_ids
from cadre_desktop.services import alerts, planning, proposal_view, proposals
from cadre_desktop.services.demo.generate import generate_demo
from cadre_desktop.services.training_needs import training_needs

TODAY = dt.date(2026, 5, 20)


def test_every_rule_has_a_demo_case(store) -> None:
    generate_demo(store, cadres=1500, seed=1)
    seen: set[str] = set()
    with store.unit_of_work() as uow:
        actions = ("refused", "confirmed_with_warnings")
        for entry in uow.session.scalars(select(AuditEntry).where(AuditEntry.action.in_(actions))):
            seen.update(entry.changes.get("rules", []))
        proposal_ids = list(uow.session.scalars(select(Proposal.id)))
        planned = list(uow.session.scalars(select(PlanningEntry.id)))
    for proposal_id in proposal_ids:
        seen.update(proposals.proposal_report(store, proposal_id).ids())
    seen.update(a.finding.rule_id for a in alerts.alerts(store, TODAY))
    for title in planning.planning_list(store, "2025-2030", TODAY):
        seen.update(f["rule"] for f in title["findings"])
    seen.update(row.need.rule_id for row in training_needs(store, TODAY))
    assert planned and len(proposal_ids) >= 4
    assert [rule for rule in all_rule_ids() if rule not in seen] == []
    statuses = {p["status"] for p in proposal_view.list_proposals(store)}
    assert {"open", "stopped", "decided"} <= statuses
