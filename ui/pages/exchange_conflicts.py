"""The Conflicts tab until the conflict review can be embedded: how many dossiers the bundles
imported here left in conflict, and a button that opens the Conflicts screen."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from cadre_desktop.i18n import gettext as _
from ui.pages.registry import SCREENS
from ui.widgets.record_view import heading

SCREEN = "conflicts"  # the conflict review's entry in the registry


class ConflictsTab(QWidget):
    open_screen_requested = Signal(str)  # a registry key

    def __init__(self) -> None:
        super().__init__()
        self.found: dict[str, str] = {}  # cadre id → name, from the bundles imported here
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.open_button = QPushButton(_("&Open the conflict review"))
        self.open_button.setVisible(any(e.key == SCREEN for e in SCREENS))
        self.open_button.clicked.connect(lambda: self.open_screen_requested.emit(SCREEN))
        bar = QHBoxLayout()
        bar.addWidget(self.open_button)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(_("Conflicts between this store and the bundles it received")))
        layout.addWidget(self.note)
        layout.addLayout(bar)
        layout.addStretch(1)
        self._show()

    def add(self, conflicts: dict[str, str]) -> None:
        """Dossiers an import just left in conflict."""
        self.found.update(conflicts)
        self._show()

    def _show(self) -> None:
        if not self.found:
            self.note.setText(
                _(
                    "No bundle imported since this screen opened left a conflict. A conflict "
                    "keeps both versions of a dossier until you choose, field by field."
                )
            )
            return
        names = sorted(self.found.values())
        self.note.setText(
            _("{count} dossier(s) are in conflict after the imports: {names}.").format(
                count=len(names), names=", ".join(names)
            )
        )
