"""Work screens open in tabs and close on lock; record pages appear in a saved dossier."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from cadre_desktop.i18n import gettext
from tests.dossiers import add_cadre
from ui import main_window
from ui.pages import dossier_page
from ui.pages.registry import Entry
from ui.pages.screen import Screen

BUILT: list[Any] = []


class CountingScreen(Screen):
    def __init__(self, store: Any) -> None:
        super().__init__(store)
        self.refreshed = 0
        BUILT.append(self)

    def refresh(self) -> None:
        self.refreshed += 1


class NotesPage(QLabel):
    def __init__(self, store: Any, cadre_id: str) -> None:
        super().__init__(f"notes of {cadre_id}")


@pytest.fixture
def registered(monkeypatch: pytest.MonkeyPatch) -> None:
    BUILT.clear()
    screen = Entry("counting", "Alerts", f"{__name__}:CountingScreen")
    page = Entry("notes", "Alerts", f"{__name__}:NotesPage")
    monkeypatch.setattr(main_window, "SCREENS", (screen,))
    monkeypatch.setattr(dossier_page, "RECORD_PAGES", (page,))


def test_a_screen_opens_once_and_is_rebuilt_after_a_lock(
    qtbot: QtBot, store: Any, store_path: Any, registered: None
) -> None:
    window = main_window.MainWindow(store, store_path)
    qtbot.addWidget(window)
    first = window.open_screen("counting")
    assert window.open_screen("counting") is first and first is not None
    assert first.refreshed == 1
    assert window.tabs.count() == 2
    window.lock()
    assert window.screen_tabs == {} and window.tabs.count() == 1
    from cadre_desktop.services.stores import unlock
    from tests.conftest import PASSPHRASE

    window.unlock_with(unlock(store_path, PASSPHRASE))
    assert len(BUILT) == 2 and window.screen_tabs["counting"] is BUILT[1]
    assert window.close_tab(window.tabs.indexOf(BUILT[1]))
    assert window.screen_tabs == {}
    window.store.close()


def test_record_pages_follow_the_cv_sections_of_a_saved_dossier(
    qtbot: QtBot, store: Any, registered: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ui import prompts

    monkeypatch.setattr(prompts, "ask_save_discard_cancel", lambda _p, _n: "discard")
    cadre_id = add_cadre(store, family="Lê", middle="Văn", given="Tám")
    window = main_window.MainWindow(store)
    qtbot.addWidget(window)
    page = window.open_dossier(cadre_id)
    assert page is not None
    last = page.nav.count() - 1
    page.nav.setCurrentRow(last)
    shown = page.stack.currentWidget()
    labels = [w.text() for w in shown.findChildren(QLabel)]
    assert f"notes of {cadre_id}" in labels
    new = window.new_cadre()
    assert new is not None
    new.nav.setCurrentRow(new.nav.count() - 1)
    texts = [w.text() for w in new.stack.currentWidget().findChildren(QLabel)]
    assert texts == [gettext("Save the new dossier first; then its other records can be added.")]


def test_a_lock_while_a_screen_dialog_runs_cancels_it_safely(
    qtbot: QtBot, store: Any, store_path: Any, registered: None
) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QDialog

    from cadre_desktop.services.stores import unlock
    from tests.conftest import PASSPHRASE

    window = main_window.MainWindow(store, store_path)
    qtbot.addWidget(window)
    screen = window.open_screen("counting")
    assert screen is not None
    dialog = QDialog(screen)
    QTimer.singleShot(50, window.lock)  # the idle lock fires inside the dialog's own loop
    assert dialog.exec() == QDialog.DialogCode.Rejected
    assert window.is_locked() and not screen.isVisible()
    window.unlock_with(unlock(store_path, PASSPHRASE))
    assert window.retired == [] and window.screen_tabs["counting"] is not screen
    window.store.close()
