"""Composition root: builds the application, unlocks a store and opens the main window."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from cadre_desktop.errors import CadreError
from cadre_desktop.i18n import gettext as _
from cadre_desktop.i18n import set_language
from cadre_desktop.logs import setup_logging
from cadre_desktop.services import settings
from cadre_desktop.services.stores import Store, unlock
from ui import prompts
from ui.main_window import MainWindow


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="cadre-desktop")
    parser.add_argument("--store", metavar="PATH", help="the store folder to open")
    parser.add_argument("--lang", choices=("vi", "en"), default=None)
    return parser.parse_args(argv)


def open_store(path: Path) -> Store | None:
    """Unlock with CADRE_PASSPHRASE when set (scripted runs), else ask until right or cancelled."""
    given = os.environ.get("CADRE_PASSPHRASE")
    while True:
        passphrase = given if given is not None else prompts.ask_passphrase(None, path.name)
        if passphrase is None:
            return None
        try:
            return unlock(path, passphrase)
        except CadreError as error:
            prompts.show_error(None, error.sentence())
            if given is not None:
                return None


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    set_language(args.lang or settings.load().get("language", "vi"))
    setup_logging()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    chosen = args.store or os.environ.get("CADRE_DB") or settings.last_store()
    if not chosen:
        prompts.show_error(
            None, _("There is no store yet; create one with cadre init or cadre demo.")
        )
        return 2
    store = open_store(Path(chosen))
    if store is None:
        return 4
    settings.remember_store(Path(chosen))
    window = MainWindow(store)
    window.show()
    try:
        return int(app.exec())
    finally:
        store.close()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
