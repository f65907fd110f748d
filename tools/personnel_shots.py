"""Screenshots of the personnel screens (planning, proposals, rotation, alerts, rules, and a
dossier's political-standard page), taken by tools/screenshots.py on its demo store."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from cadre_desktop.services.clearances import list_clearances


def _first_stale(store: Any) -> str | None:
    """A cadre whose conclusion went stale (the demo makes some)."""
    from cadre_desktop.storage.personnel import with_standard

    with store.unit_of_work() as uow:
        found = with_standard(uow.session, "stale", 20)
    for cadre_id in found:
        if any(r["stale"] for r in list_clearances(store, cadre_id)):
            return cadre_id
    return None


def _select(view: Any, model: Any, test: Callable[[Any], bool]) -> None:
    for row in range(model.rowCount()):
        if test(model.record(row)):
            view.selectRow(row)
            return


def personnel_screenshots(window: Any, store: Any, settle: Callable[[], None], out: Path) -> None:
    dialog_screenshot(window, store, settle, out)
    planning = window.open_screen("planning")
    _select(planning.title_view, planning.titles, lambda t: t.title_code == "giam_doc_so")
    _select(planning.candidate_view, planning.candidates, lambda c: bool(c.report.findings))
    settle()
    window.grab().save(str(out / "planning.png"))

    proposals = window.open_screen("proposals")
    _select(proposals.view, proposals.model, lambda r: r["steps"] >= 3 and r["status"] == "open")
    settle()
    window.grab().save(str(out / "proposal.png"))
    proposals.detail.tabs.setCurrentIndex(2)
    settle()
    window.grab().save(str(out / "proposal-ballots.png"))

    rotations = window.open_screen("rotations")
    settle()
    window.grab().save(str(out / "rotation.png"))

    shown = window.open_screen("alerts")
    while shown.running:
        settle()
    _select(shown.group_view, shown.groups, lambda g: g.rule_id == "TERM_LIMIT_REACHED")
    settle()
    window.grab().save(str(out / "alerts.png"))

    rules = window.open_screen("rules")
    _select(rules.rule_view, rules.rules, lambda r: r.rule_id == "PLANNING_THEORY_LEVEL")
    settle()
    window.grab().save(str(out / "rules.png"))
    del rotations

    cadre_id = _first_stale(store)
    if cadre_id is not None:
        page = window.open_dossier(cadre_id)
        page.nav.setCurrentRow(page.nav.count() - 1)
        settle()
        window.grab().save(str(out / "clearance.png"))
        window.close_current()


def dialog_screenshot(window: Any, store: Any, settle: Callable[[], None], out: Path) -> None:
    """The planning dialog refusing a cadre without a conclusion, as the officer sees it."""
    from cadre_desktop.services.clearances import standing
    from cadre_desktop.storage.personnel import with_standard
    from ui.dialogs.planning_dialogs import PlanCandidateDialog

    planning = window.open_screen("planning")
    term = planning.term()
    with store.unit_of_work() as uow:
        found = with_standard(uow.session, "missing", 1)
    if term is None or not found:
        return
    titles = [(b.title_code, planning.title_name(b.title_code)) for b in planning.boards]
    dialog = PlanCandidateDialog(window, store, term, titles, "giam_doc_so")
    dialog.picker.choose(found[0], str(standing(store, found[0])["name"]))
    dialog.decision_date.setText("10/03/2026")
    dialog.decision_number.setText("30-QĐ/TU")
    dialog.recheck()
    dialog.show()
    settle()
    dialog.grab().save(str(out / "planning-add.png"))
    dialog.reject()
