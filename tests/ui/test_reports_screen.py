"""The Reports screen, the Excel import wizard, the target-set dialog and the list's export, on
the store of tests/targets_store.py (every figure known), with every prompt answered."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
import pytest
from pytestqt.qtbot import QtBot

from cadre_desktop.services import target_sets
from cadre_desktop.services.browse import CadreFilter
from tests.targets_store import build
from ui import prompts
from ui.dialogs.print_preview_dialog import PrintPreviewDialog
from ui.dialogs.target_set_dialog import TargetSetDialog
from ui.dialogs.xlsx_export_dialog import XlsxExportDialog
from ui.dialogs.xlsx_import_dialog import XlsxImportDialog
from ui.pages.reports_screen import ReportsScreen
from ui.table_models.target_table_model import COLOUR_ROLE, ID_ROLE

WAIT = 60_000  # ms: background work on a busy shared machine


@pytest.fixture(autouse=True)
def _no_message_boxes(monkeypatch: pytest.MonkeyPatch) -> None:
    """A message box nobody answers would hang the test: fail with its text instead."""

    def unexpected(*args: Any, **_kwargs: Any) -> None:
        raise AssertionError(f"unexpected message box: {args[1:]}")

    for name in ("show_error", "show_report", "show_unexpected"):
        monkeypatch.setattr(prompts, name, unexpected)


@pytest.fixture
def people(store: Any) -> dict[str, str]:
    return build(store)


@pytest.fixture
def screen(qtbot: QtBot, store: Any, people: dict[str, str]) -> ReportsScreen:
    shown = ReportsScreen(store)
    qtbot.addWidget(shown)
    shown.year.blockSignals(True)
    shown.year.setValue(2024)
    shown.year.blockSignals(False)
    shown.refresh()
    qtbot.waitUntil(
        lambda: shown.dashboard is not None and shown.target_model.rowCount() == 14, timeout=WAIT
    )
    return shown


def test_targets_are_coloured_charted_and_drilled_down(
    qtbot: QtBot, qtmodeltester: Any, screen: ReportsScreen, people: dict[str, str]
) -> None:
    qtmodeltester.check(screen.target_model)
    model = screen.target_model
    colours = {
        model.results[r].indicator.code: model.index(r, 6).data(COLOUR_ROLE) for r in range(14)
    }
    assert colours["language_leaders"] == "green" and colours["young_leaders"] == "red"
    assert screen.chart.chart().series()  # the QtCharts bar chart is drawn
    screen.target_view.selectRow(0)  # rated good or above: C and D are missing
    qtmodeltester.check(screen.behind_model)
    ids = {screen.behind_model.index(r, 0).data(ID_ROLE) for r in range(2)}
    assert screen.behind_model.rowCount() == 2 and ids == {people["C"], people["D"]}
    screen.only_missing.setChecked(False)
    assert screen.behind_model.rowCount() == 5
    with qtbot.waitSignal(screen.open_dossier_requested, timeout=WAIT) as opened:
        screen._open_dossier(screen.behind_model.index(0, 0))
    assert opened.args[0] in people.values()


def test_statistics_tab(qtbot: QtBot, qtmodeltester: Any, screen: ReportsScreen) -> None:
    tab = screen.statistics_tab
    screen.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: screen.statistics is not None and tab.choice.count() > 10, timeout=WAIT)
    qtmodeltester.check(tab.model)
    tab.choice.setCurrentIndex(tab.choice.findData("sex"))
    last = tab.model.rowCount() - 1
    assert tab.model.index(last, tab.model.columnCount() - 1).data() == "5"  # the total
    tab.choice.setCurrentIndex(tab.choice.findData("planning"))
    qtmodeltester.check(tab.model)


def test_print_preview_and_export(
    screen: ReportsScreen, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[PrintPreviewDialog] = []
    monkeypatch.setattr(PrintPreviewDialog, "exec", lambda self: shown.append(self) or 0)
    screen.print_review()
    (dialog,) = shown
    assert dialog.printed is not None and dialog.document.pageCount() >= 2
    dialog.done(0)
    target = tmp_path / "chi-tieu.xlsx"
    monkeypatch.setattr(prompts, "ask_save_path", lambda *_a: target)
    monkeypatch.setattr(prompts, "show_info", lambda *_a: None)
    screen.export_excel()
    assert openpyxl.load_workbook(target).sheetnames == ["Chỉ tiêu", "Chi tiết"]


def _sheet(path: Path, rows: list[list[Any]]) -> Path:
    book = openpyxl.Workbook()
    book.active.append(["STT", "Họ tên", "Năm sinh", "Giới", "Dân tộc", "Tôn giáo"])
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def _finish(qtbot: QtBot, dialog: XlsxImportDialog) -> None:
    """Wait for the dry run or import and for its result to reach the dialog."""
    qtbot.waitUntil(lambda: not dialog.runner.running(), timeout=WAIT)


def test_the_import_wizard(
    qtbot: QtBot, store: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rows = [[1, "Mai Văn Một", "1980", "Nam", "Kinh", "Phat"],
            [2, "Mai Văn Hai", "31/02/1981", "Nam", "Kinh", ""]]  # fmt: skip
    dialog = XlsxImportDialog(None, store)
    qtbot.addWidget(dialog)
    dialog.use_file(_sheet(tmp_path / "a.xlsx", rows))
    dialog.forward()
    _finish(qtbot, dialog)
    assert dialog.steps.currentIndex() == 1 and dialog.mapping.rowCount() == 6
    mapping = dialog.chosen_mapping()
    assert mapping is not None and mapping["Năm sinh"] == "birth_date"
    dialog.forward()
    _finish(qtbot, dialog)
    assert dialog.steps.currentIndex() == 2 and not dialog.next.isEnabled()
    texts = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    assert any("Dòng 3" in t and "31/02/1981" in t for t in texts)
    assert dialog.choices.rowCount() == 1  # "Phat": Phật giáo or Phật giáo Hòa Hảo

    dialog.use_file(_sheet(tmp_path / "b.xlsx", [rows[0]]))
    dialog.forward()
    _finish(qtbot, dialog)
    dialog.forward()
    _finish(qtbot, dialog)
    combo = dialog.choices.itemAt(0, dialog.choices.ItemRole.FieldRole).widget()
    combo.setCurrentIndex(combo.findData("01"))
    dialog.dry_run()
    _finish(qtbot, dialog)
    assert dialog.plan is not None and dialog.plan.ok and dialog.next.isEnabled()
    with qtbot.waitSignal(dialog.imported, timeout=WAIT):
        dialog.forward()
    assert dialog.result is not None and dialog.result.created == 1


def test_cancelling_the_import_writes_nothing(qtbot: QtBot, store: Any, tmp_path: Path) -> None:
    rows = [[n, f"Lâm Văn Số {n}", "1980", "Nam", "Kinh", ""] for n in range(1, 451)]
    dialog = XlsxImportDialog(None, store)
    qtbot.addWidget(dialog)
    dialog.use_file(_sheet(tmp_path / "c.xlsx", rows))
    dialog.run_import()
    dialog.cancel()  # the next progress report stops it, inside the transaction
    _finish(qtbot, dialog)
    assert dialog.result is None
    from tests.db.test_xlsx import state

    assert state(store)[0] == 0


def test_a_leader_enters_a_new_set_in_the_dialog(
    qtbot: QtBot, store: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = TargetSetDialog(None, store)
    qtbot.addWidget(dialog)
    qtmodeltester_rows = dialog.model.rowCount()
    assert qtmodeltester_rows == 14
    answers = iter(["2026-2030", "Nghị quyết nhiệm kỳ mới"])
    monkeypatch.setattr(prompts, "ask_text", lambda *_a, **_k: next(answers))
    reports: list[list[str]] = []
    monkeypatch.setattr(prompts, "show_report", lambda _p, _s, lines: reports.append(lines))
    monkeypatch.setattr(prompts, "show_info", lambda *_a: None)
    dialog.new_set()
    dialog.basis.setText("Nghị quyết Đại hội Đảng bộ tỉnh nhiệm kỳ 2025-2030")
    dialog.table.selectRow(3)  # language_leaders
    dialog.target.setText("50")
    dialog.apply_row(new=False)
    dialog.number.setText("15")
    dialog.params.setText("titles=@nobody")
    dialog.apply_row(new=True)
    dialog.save()
    assert reports and any("15" in line for line in reports[0])  # refused: an unknown group
    dialog.remove_row()
    answers = iter(["Nghị quyết nhiệm kỳ mới"])
    dialog.save()
    saved = target_sets.find_set(store, "2026-2030")
    assert saved.revision == 1 and saved.indicator("4") is not None
    assert saved.indicator("4").target == "50" and len(saved.indicators) == 14


def test_the_list_export_dialog(
    qtbot: QtBot, store: Any, people: dict[str, str], tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    target = tmp_path / "ds.xlsx"
    monkeypatch.setattr(prompts, "ask_save_path", lambda *_a: target)
    monkeypatch.setattr(prompts, "show_info", lambda *_a: None)
    dialog = XlsxExportDialog(None, store, CadreFilter(), 5)
    qtbot.addWidget(dialog)
    dialog.export()
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=WAIT)
    assert openpyxl.load_workbook(target).worksheets[0].max_row == 6


def test_the_list_page_exports_its_current_filter(
    qtbot: QtBot, store: Any, people: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from ui.pages import list_page

    asked: list[Any] = []
    monkeypatch.setattr(list_page, "export_filtered", lambda *args: asked.append(args))
    page = list_page.ListPage(store, "vi")
    qtbot.addWidget(page)
    page.search_box.setText("Bình")
    page.export_button.click()
    (args,) = asked
    assert args[2].text == "Bình" and args[3] == 1


def test_the_work_menu_opens_the_screen_and_a_lock_closes_it(
    qtbot: QtBot, store: Any, store_path: Path, people: dict[str, str]
) -> None:
    from ui.main_window import MainWindow

    window = MainWindow(store, store_path)
    qtbot.addWidget(window)
    screen = window.open_screen("reports")
    assert isinstance(screen, ReportsScreen)
    window.lock()  # while the dashboard may still be counting
    assert window.screen_tabs == {}
