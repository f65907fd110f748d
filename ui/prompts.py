"""The one seam for message boxes and secret prompts, so tests can answer them."""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

from cadre_desktop.i18n import gettext as _


def ask_passphrase(parent: QWidget | None, store_name: str) -> str | None:
    text, ok = QInputDialog.getText(
        parent,
        _("Unlock the store"),
        _("Passphrase for {store}:").format(store=store_name),
        QLineEdit.EchoMode.Password,
    )
    return text if ok else None


def show_error(parent: QWidget | None, sentence: str) -> None:
    QMessageBox.warning(parent, _("Cadre Desktop"), sentence)
