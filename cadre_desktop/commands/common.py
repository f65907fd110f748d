"""What every command needs: the store path, secrets from the environment or a prompt, output."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from cadre_desktop.errors import UnlockError, UsageError
from cadre_desktop.i18n import gettext
from cadre_desktop.services import settings
from cadre_desktop.services.stores import Store, unlock


def _read_secret_file(path: str) -> str:
    try:
        return Path(path).read_text(encoding="utf-8").rstrip("\r\n")
    except OSError as exc:
        raise UsageError("The file {path} cannot be read.", path=path) from exc


class CommandContext:
    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args

    # -- where -------------------------------------------------------------------------

    def store_path(self) -> Path:
        chosen = self.args.db or os.environ.get("CADRE_DB") or settings.last_store()
        if not chosen:
            raise UsageError("Say which store to use with --db STORE (or set CADRE_DB).")
        return Path(chosen)

    # -- secrets (never on the command line) ---------------------------------------------

    def passphrase(self, *, confirm: bool = False) -> str:
        if self.args.passphrase_file:
            return _read_secret_file(self.args.passphrase_file)
        if (value := os.environ.get("CADRE_PASSPHRASE")) is not None:
            return value
        return self._prompt(gettext("Passphrase: "), confirm=confirm)

    def new_passphrase(self) -> str:
        path = getattr(self.args, "new_passphrase_file", None)
        if path:
            return _read_secret_file(path)
        if (value := os.environ.get("CADRE_NEW_PASSPHRASE")) is not None:
            return value
        return self._prompt(gettext("New passphrase: "), confirm=True)

    def recovery_key(self) -> str:
        path = getattr(self.args, "recovery_key_file", None)
        if path:
            return _read_secret_file(path)
        if (value := os.environ.get("CADRE_RECOVERY_KEY")) is not None:
            return value
        return self._prompt(gettext("Recovery key: "), confirm=False)

    def _prompt(self, prompt: str, *, confirm: bool) -> str:
        if not sys.stdin.isatty():
            raise UnlockError(
                "A passphrase is needed: set CADRE_PASSPHRASE, use --passphrase-file, "
                "or run the command in a terminal."
            )
        value = getpass.getpass(prompt)
        if confirm and getpass.getpass(gettext("Type it again: ")) != value:
            raise UsageError("The two entries differ; nothing was changed.")
        return value

    def open_store(self) -> Store:
        path = self.store_path()
        store = unlock(path, self.passphrase())
        settings.remember_store(path)
        return store

    # -- output ------------------------------------------------------------------------

    @staticmethod
    def print_json(value: Any) -> None:
        json.dump(value, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")

    @staticmethod
    def print_json_list(items: Iterable[Any]) -> None:
        """A JSON array written item by item, so a long list never sits in memory twice."""
        sys.stdout.write("[")
        for index, item in enumerate(items):
            sys.stdout.write(",\n  " if index else "\n  ")
            sys.stdout.write(json.dumps(item, ensure_ascii=False))
        sys.stdout.write("\n]\n")

    @staticmethod
    def say(text: str) -> None:
        print(text)
