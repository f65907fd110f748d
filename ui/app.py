"""Composition root: the application, the store to open (wizard or unlock) and the main window."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path
from types import TracebackType

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QDialog

from cadre_desktop.errors import CadreError
from cadre_desktop.i18n import set_language
from cadre_desktop.logs import log_file, setup_logging
from cadre_desktop.services import settings
from cadre_desktop.services.stores import Store, unlock
from ui import prompts, qt_translator
from ui.dialogs.first_run_wizard import FirstRunWizard
from ui.dialogs.unlock_dialog import UnlockDialog
from ui.main_window import MainWindow

log = logging.getLogger("cadre.ui")


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="cadre-desktop")
    parser.add_argument("--store", metavar="PATH", help="the store folder to open")
    parser.add_argument("--lang", choices=("vi", "en"), default=None)
    return parser.parse_args(argv)


def make_application() -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("Cadre Desktop")
    font = QFont(app.font())
    font.setPointSize(max(font.pointSize(), 10))
    app.setFont(font)
    qt_translator.install()
    return app


def report_unexpected(
    kind: type[BaseException], error: BaseException, trace: TracebackType | None
) -> None:
    """Log the frames (never the message, which may quote data) and say so calmly."""
    if isinstance(error, CadreError):
        prompts.show_error(None, error.sentence())
        return
    log.error("unexpected error", exc_info=(kind, error, trace))
    prompts.show_unexpected(QApplication.activeWindow(), log_file())


def choose_store(path: Path | None) -> tuple[Path, Store] | None:
    """Unlock the given or remembered store, or create one with the first-run wizard."""
    given = os.environ.get("CADRE_PASSPHRASE")
    if path is None:
        wizard = FirstRunWizard()
        if wizard.exec() != QDialog.DialogCode.Accepted or wizard.store is None:
            return None
        return wizard.store_path(), wizard.store
    if given is not None:
        try:
            return path, unlock(path, given)
        except CadreError as error:
            prompts.show_error(None, error.sentence())
            return None
    dialog = UnlockDialog(path)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.store is None:
        return None
    return path, dialog.store


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    set_language(args.lang or settings.load().get("language", "vi"))
    setup_logging()
    app = make_application()
    sys.excepthook = report_unexpected
    chosen = args.store or os.environ.get("CADRE_DB") or settings.last_store()
    opened = choose_store(Path(chosen) if chosen else None)
    if opened is None:
        return 4 if chosen else 0
    path, store = opened
    settings.remember_store(path)
    window = MainWindow(store, path)
    window.show()
    try:
        return int(app.exec())
    finally:
        if window.store is not None:
            window.store.close()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
