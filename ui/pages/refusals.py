"""How the yearly pages say that the services refused an action: the fields that cannot be
read, or the rules that block it, under one sentence."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from cadre_desktop.errors import CadreError, InvalidInput, RefusedError
from ui import prompts


def show_refusal(parent: QWidget, error: CadreError, blocking: list[str]) -> None:
    """``blocking``: the sentences of the blocking findings the page knows of."""
    if isinstance(error, InvalidInput):
        prompts.show_report(parent, error.sentence(), error.problems)
    elif isinstance(error, RefusedError):
        prompts.show_report(parent, error.sentence(), blocking or error.rule_ids)
    else:
        prompts.show_error(parent, error.sentence())
