"""A CV save leaves the records other screens keep (conclusions, ratings, planning) as stored:
a dossier tab opened before a conclusion was added or a planning entry removed cannot undo it."""

from __future__ import annotations

from typing import Any

from cadre_desktop.domain.values import PartialDate
from cadre_desktop.services import clearances, dossier_edit, planning
from tests.personnel import CLEARANCE, ready_cadre


def test_a_cv_saved_from_an_older_draft_keeps_new_conclusions_and_removals(store: Any) -> None:
    cadre_id = ready_cadre(store)
    draft = dossier_edit.open_for_edit(store, cadre_id)  # the dossier tab opens
    added = clearances.record_clearance(store, cadre_id, CLEARANCE)  # the clearance page
    [title] = planning.planning_list(store, "2025-2030", PartialDate(2026, 3, 2).earliest())
    [entry] = title["planned"]
    planning.remove_entry(store, entry["entry"], PartialDate(2026, 3, 20), "Rà soát", "40-QĐ/TU")
    draft.values["phone"] = "0912345678"
    dossier_edit.save(store, draft)  # the officer saves the CV tab
    assert added in {r["id"] for r in clearances.list_clearances(store, cadre_id)}
    [after] = planning.planning_list(store, "2025-2030", PartialDate(2026, 3, 21).earliest())
    assert after["planned"] == []
