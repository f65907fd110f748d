"""How a work screen runs an action: its forms shown through one seam (tests replace it), the
rules' report shown before the officer commits, errors as one sentence."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtWidgets import QAbstractItemView, QDialog, QTableView, QWidget

from cadre_desktop.errors import CadreError, RefusedError
from cadre_desktop.i18n import gettext as _
from cadre_desktop.rules.findings import Report, Severity
from ui import prompts

T = TypeVar("T")


def run_dialog(dialog: QDialog) -> bool:
    """The one place a form is shown modally (tests replace it)."""
    return dialog.exec() == QDialog.DialogCode.Accepted


def read_only_table(model: Any, widths: tuple[int, ...] = ()) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.horizontalHeader().setStretchLastSection(True)
    view.verticalHeader().setVisible(False)
    for column, width in enumerate(widths):
        view.setColumnWidth(column, width)
    return view


def confirm_report(parent: QWidget, report: Report) -> bool:
    """What the rules say before the officer commits: a block stops, warnings ask."""
    lines = [f"{f.rule_id}: {f.sentence()} ({f.source})" for f in report]
    if report.blocked:
        prompts.show_report(parent, _("The rules refuse this step."), lines)
        return False
    if report.ids(Severity.WARN):
        question = "\n".join(
            [_("The rules warn:"), *lines, "", _("Continue anyway? The warnings are recorded.")]
        )
        return prompts.confirm(parent, question)
    return True


def guarded(parent: QWidget, action: Callable[[], T]) -> T | None:
    """Run a service call; a refusal or an error is shown as one sentence (None returned)."""
    try:
        return action()
    except RefusedError as error:
        prompts.show_report(parent, error.sentence(), error.rule_ids)
    except CadreError as error:
        prompts.show_error(parent, error.sentence())
    return None
