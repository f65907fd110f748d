"""The base of a work screen (planning, proposals, alerts…) opened in its own tab."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from cadre_desktop.services.stores import Store


class Screen(QWidget):
    """A tab of the main window built over an unlocked store.

    The window closes every screen when it locks (nothing personal stays on screen, and the
    store a screen holds is closed) and builds them again after the unlock, so a screen keeps
    no unsaved state: its actions commit through the services when the officer confirms.
    """

    open_dossier_requested = Signal(str)  # a cadre id: the window opens that dossier
    changed = Signal(object)  # the Changes an action made: other tabs refresh

    def __init__(self, store: Store) -> None:
        super().__init__()
        self.store = store

    def refresh(self) -> None:
        """Read again from the store (when the tab is shown, after changes elsewhere)."""
