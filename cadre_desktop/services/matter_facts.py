"""What the planning, proposal and rating reports add about the oversight register: a
MATTER_OPEN finding for each open matter about the cadre, so the officer sees it before
confirming (the staleness of a conclusion reaches the gate through the conclusion itself)."""

from __future__ import annotations

from cadre_desktop.rules import oversight as rules
from cadre_desktop.rules.findings import Report
from cadre_desktop.storage import oversight as q
from cadre_desktop.storage.uow import UnitOfWork


def matter_report(uow: UnitOfWork, cadre_id: str) -> Report:
    return Report(
        tuple(
            rules.open_matter(m.number, m.kind, m.received_on.earliest())
            for m in q.open_matters(uow.session, [cadre_id])
        )
    )
