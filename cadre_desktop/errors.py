"""Errors that end a command with one clear sentence and a contracted exit code (DESIGN.md §5)."""

from __future__ import annotations

from typing import Any

from cadre_desktop.i18n import gettext


class CadreError(Exception):
    """An error the officer can act on. The message is an English msgid, translated when shown."""

    exit_code = 1

    def __init__(self, msgid: str, **params: Any) -> None:
        super().__init__(msgid)
        self.msgid = msgid
        self.params = params

    def sentence(self) -> str:
        return gettext(self.msgid).format(**self.params)

    def __str__(self) -> str:
        return self.sentence()


class UsageError(CadreError):
    exit_code = 2


class RefusedError(CadreError):
    """Refused by a rule; ``rule_ids`` are printed with the sentence, and ``findings`` (the
    rules' findings that refused it) let a screen show each rule's message and source."""

    exit_code = 3

    def __init__(
        self,
        msgid: str,
        rule_ids: list[str] | None = None,
        *,
        findings: tuple[Any, ...] = (),
        **params: Any,
    ) -> None:
        super().__init__(msgid, **params)
        self.rule_ids = rule_ids or []
        self.findings = findings


class UnlockError(CadreError):
    exit_code = 4


class DamagedError(CadreError):
    """Damaged, tampered, truncated or otherwise unacceptable input (files, stores, bundles)."""

    exit_code = 5


class InvalidInput(DamagedError):
    """Input that breaks the dossier's rules; ``problems`` name each bad field."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__(
            "The file was not imported because it has {count} problem(s).", count=len(problems)
        )
        self.problems = problems
