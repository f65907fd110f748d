"""The main window on a real store: search, create, edit, refuse, close, lock."""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from cadre_desktop.domain.enums import Sex
from cadre_desktop.errors import UnlockError
from cadre_desktop.services import browse, dossier_edit
from cadre_desktop.services.stores import unlock
from tests.conftest import PASSPHRASE
from tests.dossiers import add_cadre
from tests.ui.helpers import type_vietnamese
from ui import prompts
from ui.main_window import MainWindow


class Clock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """Every prompt is answered from this dict and recorded in it."""
    given: dict[str, Any] = {"save_discard_cancel": "cancel", "reports": [], "errors": []}
    monkeypatch.setattr(
        prompts, "ask_save_discard_cancel", lambda _p, _n: given["save_discard_cancel"]
    )
    monkeypatch.setattr(
        prompts, "show_report", lambda _p, sentence, lines: given["reports"].append(lines)
    )
    monkeypatch.setattr(prompts, "show_error", lambda _p, s: given["errors"].append(s))
    return given


def window_for(
    qtbot: QtBot, store: Any, clock: Clock | None = None, idle: float = 300
) -> MainWindow:
    window = MainWindow(store, idle_seconds=idle, clock=clock or Clock())
    qtbot.addWidget(window)
    window.show()
    return window


def names(window: MainWindow) -> list[str]:
    model = window.list_page.model
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def test_vietnamese_typed_in_the_search_box_finds_the_cadre(qtbot: QtBot, store) -> None:
    add_cadre(store, family="Nguyễn", middle="Văn", given="Đức")
    add_cadre(
        store, family="Trần", middle="Thị", given="Hoa", id_number="001175123456", sex=Sex.FEMALE
    )
    window = window_for(qtbot, store)
    assert "Tỉnh ủy Thử Nghiệm" in window.windowTitle()
    assert names(window) == ["Nguyễn Văn Đức", "Trần Thị Hoa"]  # Đức before Hoa
    type_vietnamese(window.search_box, "Đức")
    assert window.search_box.text() == "Đức"
    assert names(window) == ["Nguyễn Văn Đức"]
    window.search_box.setText("nguyen van duc")
    assert names(window) == ["Nguyễn Văn Đức"]
    window.search_box.setText("001175")
    assert names(window) == ["Trần Thị Hoa"]
    window.search_box.clear()
    window.list_page.filters.sex.setCurrentIndex(2)  # female
    assert names(window) == ["Trần Thị Hoa"]


def fill(page: Any, key: str, text: str) -> None:
    editor = page.field(key)
    if hasattr(editor, "set_value") and not hasattr(editor, "setText"):
        editor.set_value(text)
        editor.edited.emit()
        return
    editor.setText(text)
    editor.edited.emit()


def test_a_cadre_created_in_the_form_is_there_after_reopening(
    qtbot: QtBot, store, store_path: Path, answers: dict[str, Any]
) -> None:
    window = window_for(qtbot, store)
    page = window.new_cadre()
    assert page is not None and page.dirty
    type_vietnamese(page.field("family_name"), "Phạm")
    page.field("family_name").edited.emit()
    fill(page, "middle_name", "Thị")
    fill(page, "given_name", "Ngọc")
    fill(page, "sex", "F")
    fill(page, "birth_date", "09/07/1980")
    fill(page, "ethnicity", "01")
    fill(page, "id_number", "001180123456")
    page.nav.setCurrentRow(6)  # work history
    postings = next(m for c, m in page.models if c == "postings")
    row = postings.add_row({})
    postings.setData(postings.index(row, 0), "01/2021")
    postings.setData(postings.index(row, 6), "Chuyên viên")
    postings.setData(postings.index(row, 8), "15/QĐ-UBND")
    assert page.save(), answers
    assert not page.dirty and answers["reports"] == []
    assert window.close_tab(window.tabs.indexOf(page))
    store.close()
    reopened = unlock(store_path, PASSPHRASE)
    try:
        (row_found,) = browse.page(reopened, browse.CadreFilter(text="pham ngoc"), 0, 5)
        draft = dossier_edit.open_for_edit(reopened, row_found.id)
        assert draft.values["birth_date"] == "1980-07-09"
        assert draft.values["sex"] == "F"
        posting = draft.rows["postings"][0].values
        assert posting["start"] == "2021-01" and posting["decision_number"] == "15/QĐ-UBND"
    finally:
        reopened.close()


def test_an_invalid_id_and_an_impossible_date_show_messages_and_save_nothing(
    qtbot: QtBot, store, answers: dict[str, Any]
) -> None:
    cadre_id = add_cadre(store)
    window = window_for(qtbot, store)
    page = window.open_dossier(cadre_id)
    assert page is not None
    fill(page, "id_number", "12345")
    fill(page, "id_issue_date", "31/02/2020")
    form = page.forms[0]
    assert form.messages["id_number"].text()
    assert form.messages["id_issue_date"].text()
    assert not form.messages["family_name"].text()
    assert not page.save()
    assert len(answers["reports"]) == 1 and len(answers["reports"][0]) == 2
    stored = dossier_edit.open_for_edit(store, cadre_id)
    assert stored.values["id_number"] == "001075123456"
    assert stored.values["id_issue_date"] is None


def test_closing_a_changed_dossier_asks_and_cancel_keeps_it_discard_drops_it(
    qtbot: QtBot, store, answers: dict[str, Any]
) -> None:
    cadre_id = add_cadre(store)
    window = window_for(qtbot, store)
    page = window.open_dossier(cadre_id)
    fill(page, "other_names", "Ba Đức")
    assert page.dirty and window.tabs.tabText(window.tabs.indexOf(page)).startswith("●")
    answers["save_discard_cancel"] = "cancel"
    window.close_current()
    assert window.tabs.indexOf(page) >= 0
    answers["save_discard_cancel"] = "discard"
    window.close_current()
    assert page not in window.pages and window.tabs.count() == 1
    assert dossier_edit.open_for_edit(store, cadre_id).values["other_names"] is None


def test_idle_lock_hides_everything_and_keeps_unsaved_edits(
    qtbot: QtBot, store, store_path: Path, answers: dict[str, Any]
) -> None:
    cadre_id = add_cadre(store)
    clock = Clock()
    window = window_for(qtbot, store, clock, idle=60)
    page = window.open_dossier(cadre_id)
    fill(page, "other_names", "Ba Đức")
    clock.now += 30
    window.idle.check()
    assert not window.is_locked()
    clock.now += 31  # e.g. the PC slept: the wall clock still moved on
    window.idle.check()
    assert window.is_locked()
    assert window.screens.currentWidget() is window.lock_panel
    assert window.list_page.model.rowCount() == 0
    with pytest.raises(UnlockError):
        store.key  # noqa: B018 - the key is gone
    panel = window.lock_panel
    panel.passphrase.setText("wrong passphrase")
    panel.try_unlock()
    assert window.is_locked() and panel.message.text()
    panel.passphrase.setText(PASSPHRASE)
    panel.try_unlock()
    assert not window.is_locked()
    assert window.screens.currentWidget() is window.tabs
    assert page.dirty and page.field("other_names").text() == "Ba Đức"
    assert page.save()
    assert dossier_edit.open_for_edit(window.store, cadre_id).values["other_names"] == "Ba Đức"
    window.store.close()


def test_the_language_switches_at_run_time_and_keeps_open_drafts(
    qtbot: QtBot, store, answers: dict[str, Any]
) -> None:
    cadre_id = add_cadre(store)
    window = window_for(qtbot, store)
    page = window.open_dossier(cadre_id)
    fill(page, "other_names", "Ba Đức")
    vietnamese = window.tabs.tabText(0)
    window.switch_language("en")
    try:
        assert window.tabs.tabText(0) == "Cadres" != vietnamese
        (rebuilt,) = window.pages
        assert rebuilt.dirty and rebuilt.draft.values["other_names"] == "Ba Đức"
        assert rebuilt.field("other_names").text() == "Ba Đức"
    finally:
        window.switch_language("vi")


def test_table_models_pass_qtmodeltester(qtbot: QtBot, qtmodeltester, store) -> None:
    for n in range(3):
        add_cadre(store, given=f"Ân{n}", id_number=f"00107512345{n}")
    window = window_for(qtbot, store)
    qtmodeltester.check(window.list_page.model)
    page = window.open_dossier(
        window.list_page.model.index(0, 0).data(Qt.ItemDataRole.UserRole + 1)
    )
    for section in range(len(page.sections)):
        page.nav.setCurrentRow(section)
    for _collection, model in page.models:
        qtmodeltester.check(model)


def test_the_keyboard_drives_the_window_and_tab_follows_the_form(
    qtbot: QtBot, store, answers: dict[str, Any]
) -> None:
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtTest import QTest

    add_cadre(store)
    window = window_for(qtbot, store)
    window.activateWindow()
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is not None)
    QTest.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    page = window.current_page()
    assert page is not None and page.draft.created
    assert QGuiApplication.focusObject() is page.field("family_name")
    order = ["family_name", "middle_name", "given_name", "other_names", "sex"]
    for before, after in itertools.pairwise(order):
        assert QGuiApplication.focusObject() is page.field(before)
        QTest.keyClick(page.field(before), Qt.Key.Key_Tab)
        qtbot.waitUntil(lambda after=after: QGuiApplication.focusObject() is page.field(after))
    answers["save_discard_cancel"] = "discard"
    QTest.keyClick(window, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is None and window.pages == []
    QTest.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.focusObject() is window.search_box
    QTest.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.is_locked()
