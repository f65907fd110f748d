"""The list's personnel-status filter: in planning, being proposed, appointed (term running)."""

from __future__ import annotations

from typing import Any

from cadre_desktop.services import browse, decisions, proposals
from cadre_desktop.services.browse import CadreFilter
from tests.personnel import ON, complete_dossier, draft, ready_cadre, winning_steps

SIGNED = decisions.DecisionDraft("45/QĐ-UBND", ON, "Chủ tịch UBND tỉnh", "UBND tỉnh Hòa Sơn")


def _ids(store: Any, **filters: Any) -> set[str]:
    query = CadreFilter(**filters)
    return {row.id for row in browse.page(store, query, 0, 50)}


def test_proposed_then_appointed_for_the_term_only(store: Any) -> None:
    chosen = ready_cadre(store)
    other = ready_cadre(store, given="Hải", plan=False)
    proposal_id = proposals.propose(store, draft(chosen))
    assert _ids(store, proposed=True) == {chosen}
    assert _ids(store, proposed=False) == {other}
    assert _ids(store, planned=True) == {chosen} and _ids(store, planned=False) == {other}
    assert _ids(store, appointed_on="2026-03-12") == set()

    complete_dossier(store, proposal_id)
    winning_steps(store, proposal_id, chosen)
    decisions.decide(store, proposal_id, SIGNED)
    assert _ids(store, proposed=True) == set()
    assert _ids(store, appointed_on="2026-03-12") == {chosen}  # the day it takes effect
    assert _ids(store, appointed_on="2026-03-11") == set()  # not yet
    assert _ids(store, appointed_on="2031-03-11") == {chosen}  # the 5-year term's last day
    assert _ids(store, appointed_on="2031-03-13") == set()  # the term is over
    assert browse.count(store, CadreFilter(appointed_on="2027-01-01")) == 1
