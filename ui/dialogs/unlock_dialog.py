"""Unlocking a store: the passphrase, a clear sentence when it is wrong, and a way to recover."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cadre_desktop.errors import CadreError
from cadre_desktop.i18n import gettext as _
from cadre_desktop.services.stores import Store, unlock
from ui.dialogs.recovery_dialog import RecoveryDialog
from ui.forms.field_form import MESSAGE_STYLE


class UnlockPanel(QWidget):
    """Used by the start-up dialog and by the locked main window alike."""

    unlocked = Signal(object)  # the Store

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path
        title = QLabel(_("Unlock the store"))
        title.setStyleSheet("font-size: 14pt; font-weight: 600;")
        where = QLabel(_("Store: {name}").format(name=path.name))
        where.setToolTip(str(path))
        where.setStyleSheet("color: #555;")
        self.passphrase = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.passphrase.setObjectName("passphrase")
        self.passphrase.setPlaceholderText(_("Passphrase"))
        self.passphrase.setMinimumWidth(420)
        self.message = QLabel()
        self.message.setStyleSheet(MESSAGE_STYLE)
        self.message.setWordWrap(True)
        self.message.setMinimumHeight(self.message.fontMetrics().lineSpacing() * 2 + 6)
        self.message.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.unlock_button = QPushButton(_("Unlock"))
        self.unlock_button.setDefault(True)
        self.forgot_button = QPushButton(_("Forgot passphrase…"))
        self.forgot_button.setFlat(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.forgot_button)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(where)
        layout.addSpacing(6)
        layout.addWidget(QLabel(_("Passphrase:")))
        layout.addWidget(self.passphrase)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.unlock_button.clicked.connect(self.try_unlock)
        self.passphrase.returnPressed.connect(self.try_unlock)
        self.forgot_button.clicked.connect(self.recover)

    def try_unlock(self) -> None:
        self.message.setText(_("Unlocking…"))
        self.repaint()
        try:
            store = unlock(self.path, self.passphrase.text())
        except CadreError as error:
            self.message.setText(error.sentence())
            self.passphrase.selectAll()
            self.passphrase.setFocus()
            return
        self.passphrase.clear()
        self.message.clear()
        self.unlocked.emit(store)

    def recover(self) -> None:
        dialog = RecoveryDialog(self.path, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.store is not None:
            self.unlocked.emit(dialog.store)

    def reset(self) -> None:
        self.passphrase.clear()
        self.message.clear()
        self.passphrase.setFocus(Qt.FocusReason.OtherFocusReason)


class UnlockDialog(QDialog):
    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("Cadre Desktop"))
        self.store: Store | None = None
        self.panel = UnlockPanel(path)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 18, 18, 18)
        layout.addWidget(self.panel)
        self.panel.unlocked.connect(self._done)

    def _done(self, store: Store) -> None:
        self.store = store
        self.accept()
