"""The planning screen on a real store: the rules' report before an add, a refused add that
writes nothing (and is audited), an allowed add and a removal that write."""

from __future__ import annotations

from typing import Any

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from cadre_desktop.domain.model import AuditEntry, PlanningEntry
from cadre_desktop.services import planning_board
from cadre_desktop.storage.queries import load_dossier
from tests.dossiers import add_cadre
from tests.personnel import ready_cadre
from ui import prompts
from ui.dialogs.planning_dialogs import PlanCandidateDialog, RemoveEntryDialog
from ui.pages.planning_screen import PlanningScreen
from ui.table_models.planning_table_models import (
    CandidateTableModel,
    FigureTableModel,
    TitleTableModel,
)


def _entries(store: Any) -> int:
    with store.unit_of_work() as uow:
        return int(uow.session.scalar(select(func.count()).select_from(PlanningEntry)) or 0)


def _refusals(store: Any) -> int:
    with store.unit_of_work() as uow:
        statement = (
            select(func.count()).select_from(AuditEntry).where(AuditEntry.action == "refused")
        )
        return int(uow.session.scalar(statement) or 0)


def _without_conclusion(store: Any) -> str:
    cadre_id = add_cadre(store, given="Bình")
    with store.unit_of_work(write=True) as uow:
        load_dossier(uow.session, cadre_id).clearances = []
    return cadre_id


def _fill(dialog: PlanCandidateDialog, cadre_id: str, name: str) -> None:
    dialog.picker.choose(cadre_id, name)
    dialog.group.setCurrentIndex(dialog.group.findData("1"))
    dialog.decision_date.setText("10/03/2026")
    dialog.decision_number.setText("30-QĐ/TU")
    dialog.recheck()


@pytest.fixture
def screen(qtbot: QtBot, store: Any) -> PlanningScreen:
    ready_cadre(store)  # term 2025-2030, Giám đốc Sở with 3 seats, one cadre planned
    shown = PlanningScreen(store)
    qtbot.addWidget(shown)
    return shown


def test_an_add_without_a_valid_conclusion_shows_the_report_and_writes_nothing(
    screen: PlanningScreen, store: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    cadre_id = _without_conclusion(store)
    reports: list[tuple[str, list[str]]] = []
    monkeypatch.setattr(prompts, "show_report", lambda _p, s, lines: reports.append((s, lines)))
    seen: list[str] = []

    def answer(dialog: PlanCandidateDialog) -> bool:
        _fill(dialog, cadre_id, "Nguyễn Văn Bình")
        seen.append(dialog.report_view.plain_text())  # shown before confirming
        dialog.confirm()
        return dialog.result() == PlanCandidateDialog.DialogCode.Accepted

    monkeypatch.setattr(prompts, "exec_dialog", answer)
    before, refused = _entries(store), _refusals(store)
    screen.add_button.click()
    assert "POLITICAL_STANDARD_MISSING" in seen[0] and "QĐ 367-QĐ/TW" in seen[0]
    [(_sentence, lines)] = reports
    assert any("POLITICAL_STANDARD_MISSING" in line and "QĐ 367-QĐ/TW" in line for line in lines)
    assert _entries(store) == before  # nothing written
    assert _refusals(store) == refused + 1  # the attempt is audited
    assert screen.candidates.rowCount() == 1


def test_an_allowed_add_writes_and_a_removal_by_decision_takes_it_out(
    screen: PlanningScreen, store: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    cadre_id = ready_cadre(store, given="Cường", plan=False)
    screen.refresh()

    def add(dialog: PlanCandidateDialog) -> bool:
        _fill(dialog, cadre_id, "Nguyễn Văn Cường")
        assert not dialog.report_view.report.blocked
        dialog.confirm()
        return dialog.result() == PlanCandidateDialog.DialogCode.Accepted

    monkeypatch.setattr(prompts, "exec_dialog", add)
    changed: list[Any] = []
    screen.changed.connect(changed.append)
    screen.add_button.click()
    names = [screen.candidates.record(r).name for r in range(screen.candidates.rowCount())]
    assert "Nguyễn Văn Cường" in names and changed and cadre_id in changed[0].cadres
    report = screen.report_of("Nguyễn Văn Cường")
    assert report is not None and not report.blocked

    def remove(dialog: RemoveEntryDialog) -> bool:
        dialog.day.setText("15/03/2027")
        dialog.decision.setText("41-QĐ/TU")
        dialog.reason.setText("Rà soát năm 2027")
        dialog.confirm()
        return dialog.result() == RemoveEntryDialog.DialogCode.Accepted

    monkeypatch.setattr(prompts, "exec_dialog", remove)
    screen.candidate_view.selectRow(names.index("Nguyễn Văn Cường"))
    screen.remove_button.click()
    [board] = planning_board.board(store, "2025-2030", screen.today)
    assert [c.name for c in board.removed] == ["Nguyễn Văn Cường"]
    assert board.removed[0].removal_decision == "41-QĐ/TU"
    screen.show_removed.setChecked(True)
    assert screen.candidates.rowCount() == 2


def test_the_title_shows_its_figures_against_the_targets(screen: PlanningScreen) -> None:
    keys = [screen.figures.record(r).key for r in range(screen.figures.rowCount())]
    assert keys == ["lower_post", "women", "under_40", "under_42", "ethnic_minority", "science"]
    lower = screen.figures.record(0)
    assert (lower.count, lower.total, lower.target_text) == (1, 1, "2/3")


def test_the_planning_models(qtmodeltester: Any, store: Any) -> None:
    ready_cadre(store)
    [board] = planning_board.board(store, "2025-2030", screen_day())
    for model, rows in (
        (TitleTableModel(lambda c: c or ""), [board]),
        (CandidateTableModel(lambda c: c or ""), board.candidates),
        (FigureTableModel(), board.figures),
    ):
        model.set_rows(rows)
        qtmodeltester.check(model)


def screen_day() -> Any:
    from tests.personnel import today

    return today()
