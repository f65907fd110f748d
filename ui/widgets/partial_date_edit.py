"""A date field that takes what CVs write: dd/mm/yyyy, mm/yyyy or just yyyy."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from cadre_desktop.i18n import gettext as _


class PartialDateEdit(QLineEdit):
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(_("dd/mm/yyyy"))
        self.setMaxLength(10)
        self.setToolTip(_("Type dd/mm/yyyy, or mm/yyyy or yyyy when only that is known."))
        self.textEdited.connect(lambda _text: self.edited.emit())
