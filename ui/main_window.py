"""The main window: units on the left, the cadre list and open dossiers on the right."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QMainWindow,
    QStackedWidget,
    QTabWidget,
)

from cadre_desktop.errors import CadreError
from cadre_desktop.i18n import gettext as _
from cadre_desktop.i18n import language, set_language
from cadre_desktop.services import browse, dossier_edit, settings
from cadre_desktop.services.stores import Store
from ui import prompts, qt_translator
from ui.dialogs.unlock_dialog import UnlockPanel
from ui.forms.choices import Choices
from ui.idle_lock import ClipboardGuard, IdleLock
from ui.pages.dossier_page import DossierPage
from ui.pages.list_page import ListPage
from ui.pages.registry import SCREENS, Entry
from ui.pages.screen import Screen
from ui.table_models.cadre_table_model import ID_ROLE


class MainWindow(QMainWindow):
    locked = Signal()
    unlocked = Signal(object)  # the new Store

    def __init__(
        self,
        store: Store,
        store_path: Path | None = None,
        *,
        idle_seconds: float | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        super().__init__()
        self.store: Store | None = store
        self.store_path = store_path or store.folder.path
        self.resize(1360, 820)
        self.pages: list[DossierPage] = []
        self.screen_tabs: dict[str, Screen] = {}
        self.retired: list[Screen] = []  # closed on lock; deleted once back in the main loop
        self.reopen_after_unlock: list[str] = []
        minutes = settings.load().get("idle_minutes", 5)
        seconds = idle_seconds if idle_seconds is not None else float(minutes) * 60
        self.idle = IdleLock(seconds, self.lock, clock)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.idle)
        self.clipboard_guard = ClipboardGuard()
        self.screens = QStackedWidget()
        self.setCentralWidget(self.screens)
        self.lock_panel = UnlockPanel(self.store_path)
        self.lock_panel.unlocked.connect(self.unlock_with)
        self._build()
        self._shortcuts()

    # -- building (again after a language switch) ------------------------------------------

    def _build(self, filters: dict[str, Any] | None = None) -> None:
        assert self.store is not None
        self.setWindowTitle(_("Cadre Desktop — {unit}").format(unit=self.store.unit_name))
        self.choices = Choices(self.store.catalogs(), self._unit_choices())
        self.tabs = QTabWidget()
        self.tabs.setTabsClosable(True)
        self.tabs.setDocumentMode(True)
        self.tabs.tabCloseRequested.connect(self.close_tab)
        self.list_page = ListPage(self.store, language())
        self.tabs.addTab(self.list_page, _("Cadres"))
        close_button = self.tabs.tabBar().tabButton(0, self.tabs.tabBar().ButtonPosition.RightSide)
        if close_button is not None:  # the list tab stays open
            close_button.hide()
        self.list_page.open_requested.connect(self.open_dossier)
        self.list_page.new_requested.connect(self.new_cadre)
        self.list_page.lock_requested.connect(self.lock)
        self.list_page.language_requested.connect(self.switch_language)
        if filters:
            self.list_page.restore(filters)
        old = self.screens.widget(0)
        if old is not None and old is not self.lock_panel:
            self.screens.removeWidget(old)
            old.deleteLater()
        self.screens.insertWidget(0, self.tabs)
        if self.screens.indexOf(self.lock_panel) < 0:
            self.screens.addWidget(self.lock_panel)
        self.screens.setCurrentWidget(self.tabs)
        for page in self.pages:
            self._add_tab(page)
        self._build_menu()

    def _build_menu(self) -> None:
        self.menuBar().clear()
        if not SCREENS:
            return
        work = self.menuBar().addMenu(_("&Work"))
        for entry in SCREENS:
            action = work.addAction(_(entry.title))
            if entry.shortcut:
                action.setShortcut(QKeySequence(entry.shortcut))
            action.triggered.connect(lambda _checked=False, key=entry.key: self.open_screen(key))

    def _unit_choices(self) -> list[tuple[str, str]]:
        assert self.store is not None
        pairs: list[tuple[str, str]] = []
        stack = browse.unit_tree(self.store)
        while stack:
            node = stack.pop(0)
            pairs.append((node.code, node.name))
            stack[:0] = node.children
        return pairs

    def _shortcuts(self) -> None:
        QShortcut(QKeySequence.StandardKey.Find, self, self.focus_search)
        QShortcut(QKeySequence("Ctrl+N"), self, self.new_cadre)
        QShortcut(QKeySequence("Ctrl+L"), self, self.lock)
        QShortcut(QKeySequence("Ctrl+W"), self, self.close_current)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save_current)

    # -- list and dossiers ---------------------------------------------------------------------

    @property
    def search_box(self) -> Any:
        return self.list_page.search_box

    def focus_search(self) -> None:
        if self.is_locked():
            return
        self.tabs.setCurrentIndex(0)
        self.list_page.search_box.setFocus()
        self.list_page.search_box.selectAll()

    def open_dossier(self, cadre_id: str) -> DossierPage | None:
        if self.store is None:
            return None
        for page in self.pages:
            if page.draft.id == cadre_id:
                self.tabs.setCurrentWidget(page)
                return page
        try:
            draft = dossier_edit.open_for_edit(self.store, cadre_id)
        except CadreError as error:
            prompts.show_error(self, error.sentence())
            return None
        return self._show_page(DossierPage(self.store, draft, self.choices))

    def new_cadre(self) -> DossierPage | None:
        if self.store is None:
            return None
        unit = self.list_page.tree.chosen_unit()
        codes = {uid: code for code, uid in self._unit_ids().items()}
        code = codes.get(unit) if unit else None
        draft = dossier_edit.new_dossier(self.store, code or self.choices.units[0][0])
        page = self._show_page(DossierPage(self.store, draft, self.choices))
        page.field("family_name").setFocus()
        return page

    # -- work screens ------------------------------------------------------------------------

    def open_screen(self, key: str) -> Screen | None:
        """Show the work screen ``key`` in its tab, building it the first time."""
        if self.store is None:
            return None
        screen = self.screen_tabs.get(key)
        if screen is None:
            entry = _screen_entry(key)
            screen = entry.load()(self.store)
            screen.open_dossier_requested.connect(self.open_dossier)
            screen.changed.connect(self._changed_elsewhere)
            self.screen_tabs[key] = screen
            self.tabs.addTab(screen, _(entry.title))
        else:
            screen.refresh()
        self.tabs.setCurrentWidget(screen)
        return screen

    def _changed_elsewhere(self, _changes: object) -> None:
        self.list_page.refresh(keep_tree=False)

    def _close_screens(self) -> None:
        """Take every screen out of the window. A lock can come while a screen's dialog runs
        its own event loop, so the screen is only hidden now and deleted after the unlock."""
        for screen in self.screen_tabs.values():
            self.tabs.removeTab(self.tabs.indexOf(screen))
            screen.hide()
            self.retired.append(screen)
        self.screen_tabs.clear()

    def _delete_retired(self) -> None:
        for screen in self.retired:
            screen.deleteLater()
        self.retired.clear()

    def _unit_ids(self) -> dict[str, str]:
        assert self.store is not None
        return dossier_edit.edit_context(self.store).unit_ids

    def _show_page(self, page: DossierPage) -> DossierPage:
        self.pages.append(page)
        self._add_tab(page)
        self.tabs.setCurrentWidget(page)
        return page

    def _add_tab(self, page: DossierPage) -> None:
        self.tabs.addTab(page, page.title())
        page.dirty_changed.connect(lambda _dirty, page=page: self._retitle(page))
        page.saved.connect(lambda _changes: self.list_page.refresh(keep_tree=False))

    def _retitle(self, page: DossierPage) -> None:
        index = self.tabs.indexOf(page)
        if index >= 0:
            self.tabs.setTabText(index, page.title())

    def current_page(self) -> DossierPage | None:
        widget = self.tabs.currentWidget()
        return widget if isinstance(widget, DossierPage) else None

    def save_current(self) -> None:
        page = self.current_page()
        if page is not None and not self.is_locked():
            page.save()
            self._retitle(page)

    def close_current(self) -> None:
        page = self.current_page()
        if page is not None and not self.is_locked():
            self.close_tab(self.tabs.indexOf(page))

    def close_tab(self, index: int) -> bool:
        page = self.tabs.widget(index)
        if isinstance(page, Screen):
            self.tabs.removeTab(index)
            self.screen_tabs = {k: s for k, s in self.screen_tabs.items() if s is not page}
            page.deleteLater()
            return True
        if not isinstance(page, DossierPage):
            return False
        if page.dirty:
            answer = prompts.ask_save_discard_cancel(self, page.draft.full_name or _("New cadre"))
            if answer == "cancel" or (answer == "save" and not page.save()):
                return False
        self.tabs.removeTab(index)
        self.pages.remove(page)
        page.deleteLater()
        return True

    def list_view(self) -> Any:
        return self.list_page.table

    def open_row(self, index: QModelIndex) -> None:
        cadre_id = index.data(ID_ROLE)
        if cadre_id:
            self.open_dossier(str(cadre_id))

    # -- lock ----------------------------------------------------------------------------------

    def is_locked(self) -> bool:
        return self.store is None

    def lock(self) -> None:
        """Hide every dossier, drop the key; unsaved drafts wait in memory for the unlock."""
        if self.store is None:
            return
        _close_dialogs()
        for page in self.pages:
            page.forget_previews()
        self.reopen_after_unlock = list(self.screen_tabs)
        self._close_screens()
        self.list_page.clear()
        self.screens.setCurrentWidget(self.lock_panel)
        self.store.close()
        self.store = None
        self.idle.active = False
        self.lock_panel.reset()
        self.locked.emit()

    def unlock_with(self, store: Store) -> None:
        self.store = store
        self.list_page.set_store(store)
        for page in self.pages:
            page.set_store(store)
        self.screens.setCurrentWidget(self.tabs)
        self._delete_retired()
        current = self.tabs.currentWidget()
        for key in self.reopen_after_unlock:
            self.open_screen(key)
        self.reopen_after_unlock = []
        if current is not None:
            self.tabs.setCurrentWidget(current)
        self.idle.resume()
        self.unlocked.emit(store)

    # -- language ------------------------------------------------------------------------------

    def switch_language(self, code: str) -> None:
        if code == language() or self.store is None:
            return
        set_language(code)
        settings.set_value("language", code)
        qt_translator.install()
        filters = self.list_page.state()
        open_screens = list(self.screen_tabs)
        self._close_screens()
        pages = self.pages
        self.pages = []
        for page in pages:
            self.tabs.removeTab(self.tabs.indexOf(page))
        for page in pages:
            rebuilt = DossierPage(self.store, page.draft, self.choices)
            rebuilt.dirty = page.dirty
            rebuilt._update_header()
            page.deleteLater()
            self.pages.append(rebuilt)
        self._build(filters)
        self._delete_retired()
        for key in open_screens:
            self.open_screen(key)

    # -- closing -------------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self.is_locked() and any(page.dirty for page in self.pages):
            prompts.show_error(self, _("Unlock first, so that unsaved changes can be saved."))
            event.ignore()
            return
        for page in list(self.pages):
            if not self.close_tab(self.tabs.indexOf(page)):
                event.ignore()
                return
        event.accept()


def _screen_entry(key: str) -> Entry:
    return next(entry for entry in SCREENS if entry.key == key)


def _close_dialogs() -> None:
    """Nothing personal stays on screen while locked: dialogs and previews are cancelled."""
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible():
            widget.reject()
