"""The one seam for message boxes, file dialogs and printing, so tests can answer them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from cadre_desktop.i18n import gettext as _

TITLE = "Cadre Desktop"


def show_error(parent: QWidget | None, sentence: str) -> None:
    QMessageBox.warning(parent, TITLE, sentence)


def show_info(parent: QWidget | None, sentence: str) -> None:
    QMessageBox.information(parent, TITLE, sentence)


def show_report(parent: QWidget | None, sentence: str, lines: list[str]) -> None:
    """A refused action: the one sentence, and every problem under "Show details"."""
    box = QMessageBox(
        QMessageBox.Icon.Warning, TITLE, sentence, QMessageBox.StandardButton.Ok, parent
    )
    box.setInformativeText("\n".join(lines[:8]) + ("\n…" if len(lines) > 8 else ""))
    box.setDetailedText("\n".join(lines))
    box.exec()


def ask_save_discard_cancel(parent: QWidget | None, name: str) -> str:
    """ "save", "discard" or "cancel" for a dossier with unsaved changes."""
    buttons = (
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel
    )
    answer = QMessageBox.question(
        parent,
        TITLE,
        _("The dossier of {name} has unsaved changes. Save them?").format(name=name),
        buttons,
        QMessageBox.StandardButton.Save,
    )
    return {
        QMessageBox.StandardButton.Save: "save",
        QMessageBox.StandardButton.Discard: "discard",
    }.get(answer, "cancel")


def exec_dialog(dialog: QDialog) -> bool:
    """Run a form dialog modally; True when the officer confirmed it (tests fill it instead)."""
    return dialog.exec() == QDialog.DialogCode.Accepted


def confirm(parent: QWidget | None, question: str) -> bool:
    answer = QMessageBox.question(parent, TITLE, question)
    return answer == QMessageBox.StandardButton.Yes


def ask_text(parent: QWidget | None, title: str, label: str, text: str = "") -> str | None:
    value, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, text)
    return value.strip() or None if ok else None


def ask_folder(parent: QWidget | None, title: str, start: str = "") -> Path | None:
    chosen = QFileDialog.getExistingDirectory(parent, title, start)
    return Path(chosen) if chosen else None


def ask_open_files(parent: QWidget | None, title: str, filters: str) -> list[Path]:
    chosen, _filter = QFileDialog.getOpenFileNames(parent, title, "", filters)
    return [Path(p) for p in chosen]


def ask_save_path(parent: QWidget | None, title: str, suggested: str) -> Path | None:
    chosen, _filter = QFileDialog.getSaveFileName(parent, title, suggested)
    return Path(chosen) if chosen else None


def print_document(parent: QWidget | None, document: QTextDocument) -> bool:
    """Let the officer choose a printer and print; False when cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    document.print_(printer)
    return True


def show_unexpected(parent: QWidget | None, log_path: Path) -> None:
    """The calm dialog for an error nobody foresaw."""
    box = QMessageBox(
        QMessageBox.Icon.Information, TITLE, "", QMessageBox.StandardButton.Ok, parent
    )
    box.setText(_("Something unexpected went wrong, and the last action did not finish."))
    box.setInformativeText(
        _(
            "Nothing that was saved has been lost, and unsaved changes are still open. "
            "Technical details (no personal data) were written to {path}; "
            "send that file to your IT support if it happens again."
        ).format(path=str(log_path))
    )
    box.exec()
