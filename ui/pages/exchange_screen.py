"""The Exchange screen: send dossiers to another unit on a USB stick, receive its bundles and
acknowledgements, review the conflicts they left, and manage the units this store trusts."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QTabWidget, QVBoxLayout

from cadre_desktop.i18n import gettext as _
from cadre_desktop.services.changes import Changes
from cadre_desktop.services.stores import Store
from ui.pages.conflict_review import ConflictReviewScreen
from ui.pages.exchange_receive import ReceiveTab
from ui.pages.exchange_send import SendTab
from ui.pages.exchange_units import UnitsTab
from ui.pages.screen import Screen


class ExchangeScreen(Screen):
    def __init__(self, store: Store) -> None:
        super().__init__(store)
        self.send = SendTab(store)
        self.receive = ReceiveTab(store)
        self.conflicts = ConflictReviewScreen(store)  # the review, embedded whole
        self.units = UnitsTab(store)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.send, _("Se&nd"))
        self.tabs.addTab(self.receive, _("Recei&ve"))
        self.tabs.addTab(self.conflicts, "")
        self.tabs.addTab(self.units, _("Tr&usted units"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.tabs)
        self.receive.imported.connect(self._imported)
        self.receive.open_requested.connect(self.open_dossier_requested.emit)
        self.conflicts.changed.connect(self._resolved)
        self.conflicts.open_dossier_requested.connect(self.open_dossier_requested.emit)
        self.units.trusted.connect(self.send.refresh)
        self._count_conflicts()

    def _count_conflicts(self) -> None:
        """The tab says how many conflicts are open, so they are not left unseen."""
        count = len(self.conflicts.views)
        title = _("Conf&licts ({count})").format(count=count) if count else _("Conf&licts")
        self.tabs.setTabText(self.tabs.indexOf(self.conflicts), title)

    def _imported(self, changes: Changes) -> None:
        self.conflicts.refresh()
        self._count_conflicts()
        self.units.refresh()  # a bundle may carry certificates and revocations
        self.send.refresh()
        if changes:
            self.changed.emit(changes)

    def _resolved(self, changes: Changes) -> None:
        self._count_conflicts()
        self.changed.emit(changes)

    def refresh(self) -> None:
        self.send.refresh()
        self.conflicts.refresh()
        self._count_conflicts()
        self.units.refresh()

    # -- the work off the GUI thread reads the store the lock is about to close ---------------

    def _runners(self) -> list[Any]:
        return [self.send.runner, self.receive.runner]

    def wait(self) -> None:
        """Let a running export or import finish (before the screen closes, and in tests)."""
        for runner in self._runners():
            runner.wait()

    def closeEvent(self, event: Any) -> None:  # noqa: N802
        self.wait()
        super().closeEvent(event)

    def deleteLater(self) -> None:  # noqa: N802 - the window drops its screens on lock
        for runner in self._runners():
            runner.cancel()  # an export stops and writes nothing; an import finishes whole
        self.wait()
        super().deleteLater()
