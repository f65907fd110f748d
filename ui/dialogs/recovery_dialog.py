"""Forgot the passphrase: the recovery key written down at creation unlocks and sets a new one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from cadre_desktop.errors import CadreError
from cadre_desktop.i18n import gettext as _
from cadre_desktop.services.stores import Store, recover
from ui.forms.field_form import MESSAGE_STYLE
from ui.widgets.passphrase_fields import PassphraseFields


class RecoveryDialog(QDialog):
    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.store: Store | None = None
        self.setWindowTitle(_("Recover access with the recovery key"))
        intro = QLabel(
            _(
                "Type the recovery key you wrote down when the store was created, "
                "then choose a new passphrase."
            )
        )
        intro.setWordWrap(True)
        self.recovery_key = QLineEdit()
        self.recovery_key.setObjectName("recovery_key")
        self.recovery_key.setFont(QFont("monospace"))
        self.recovery_key.setPlaceholderText("XXXX-XXXX-…")
        self.fields = PassphraseFields()
        self.message = QLabel()
        self.message.setStyleSheet(MESSAGE_STYLE)
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.try_recover)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(QLabel(_("Recovery key:")))
        layout.addWidget(self.recovery_key)
        layout.addWidget(self.fields)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)

    def try_recover(self) -> None:
        problem = self.fields.problem()
        if problem:
            self.message.setText(problem)
            return
        try:
            self.store = recover(self.path, self.recovery_key.text(), self.fields.passphrase())
        except CadreError as error:
            self.message.setText(error.sentence())
            return
        self.accept()
