"""The open matters (complaints, denunciations, inspection findings) about a cadre, shown
wherever the cadre is planned, proposed or concluded on (issue 9's oversight register).

The register's service is not built yet: ``matters_of`` is the one place to call it
(``open_matters_for(store, cadre_id)``); until then it finds nothing and the note stays hidden.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QWidget

from cadre_desktop.i18n import gettext as _
from cadre_desktop.services.stores import Store
from ui import colours


def matters_of(store: Store, cadre_id: str) -> list[Any]:
    """The open matters about the cadre; each has a ``sentence()`` or is shown as text."""
    # issue 9: return open_matters_for(store, cadre_id) from its service module here.
    return []


class OpenMattersNote(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setStyleSheet(f"color: {colours.WARN};")
        self.hide()

    def show_for(self, store: Store, cadre_id: str | None) -> None:
        matters = matters_of(store, cadre_id) if cadre_id else []
        if not matters:
            self.clear()
            self.hide()
            return
        lines = [str(m.sentence()) if hasattr(m, "sentence") else str(m) for m in matters]
        self.setText(_("Open matters about this cadre:") + "\n• " + "\n• ".join(lines))
        self.show()
