"""A new passphrase typed twice, with a plain-words hint about its strength."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from cadre_desktop.i18n import gettext as _
from cadre_desktop.services.stores import MIN_PASSPHRASE


def strength_hint(passphrase: str) -> tuple[str, str]:
    """(hint, colour): length counts most; several words or character kinds help."""
    if len(passphrase) < MIN_PASSPHRASE:
        return _("Too short: use at least 8 characters."), "#b3261e"
    kinds = sum(
        (
            any(c.islower() for c in passphrase),
            any(c.isupper() for c in passphrase),
            any(c.isdigit() for c in passphrase),
            any(not c.isalnum() for c in passphrase),
        )
    )
    words = len(passphrase.split())
    if len(passphrase) >= 20 or (len(passphrase) >= 14 and (kinds >= 3 or words >= 4)):
        return _("Strong."), "#1b7f3b"
    if len(passphrase) >= 12 and kinds >= 2:
        return _("Fair: a few more words would make it strong."), "#8a5300"
    return _("Weak: use a longer sentence of several words."), "#b3261e"


class PassphraseFields(QWidget):
    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.first = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.second = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.first.setObjectName("new_passphrase")
        self.second.setObjectName("repeat_passphrase")
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addRow(_("New passphrase:"), self.first)
        layout.addRow(_("Type it again:"), self.second)
        layout.addRow("", self.hint)
        self.first.textChanged.connect(self._update)
        self.second.textChanged.connect(self._update)

    def _update(self) -> None:
        text, colour = strength_hint(self.first.text()) if self.first.text() else ("", "")
        if self.second.text() and self.second.text() != self.first.text():
            text, colour = _("The two passphrases differ."), "#b3261e"
        self.hint.setText(text)
        self.hint.setStyleSheet(f"color: {colour};" if colour else "")
        self.changed.emit()

    def problem(self) -> str | None:
        """Why the passphrase cannot be used yet, or None."""
        if len(self.first.text()) < MIN_PASSPHRASE:
            return _("The passphrase is too short; use at least 8 characters.")
        if self.first.text() != self.second.text():
            return _("The two passphrases differ; type the same passphrase twice.")
        return None

    def passphrase(self) -> str:
        return self.first.text()
