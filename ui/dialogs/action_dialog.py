"""A form for one personnel action with the rules' report under it, re-checked as the officer
types; confirming asks the service, which checks again and refuses what the rules block.

A refusal shows the service's sentence and the rule lines (with their legal sources) and
leaves the dialog open; nothing was written. There is no override button anywhere.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cadre_desktop.domain.values import InvalidDate, PartialDate
from cadre_desktop.errors import CadreError, RefusedError, UsageError
from cadre_desktop.i18n import N_
from cadre_desktop.i18n import gettext as _
from cadre_desktop.rules.findings import Report
from cadre_desktop.services.personnel_words import sentences_for
from cadre_desktop.services.stores import Store
from cadre_desktop.text import clean
from ui import colours, prompts
from ui.widgets.cadre_picker import CadrePicker
from ui.widgets.catalog_combo import CatalogCombo
from ui.widgets.open_matters_note import OpenMattersNote
from ui.widgets.partial_date_edit import PartialDateEdit
from ui.widgets.report_view import ReportView, finding_lines

RECHECK_MS = 300  # a pause in typing before the rules are asked again


class ActionDialog(QDialog):
    """Subclasses add their fields with ``add_row`` and implement draft/check/commit."""

    ready_note = N_("No rule judges this record; it is saved as typed.")

    def __init__(self, parent: QWidget | None, store: Store, title: str, confirm: str) -> None:
        super().__init__(parent)
        self.store = store
        self.result_value: Any = None
        self.closed = False  # accepted, cancelled, or rejected by a lock
        self.setWindowTitle(title)
        self.setMinimumWidth(760)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.report_title = QLabel(_("What the rules say"))
        self.report_title.setStyleSheet("font-weight: 600; margin-top: 6px;")
        self.report_view = ReportView(sentences_for(store))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(confirm)
        self.buttons.accepted.connect(self.confirm)
        self.buttons.rejected.connect(self.reject)
        self.hints = QVBoxLayout()
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addLayout(self.hints)
        layout.addWidget(self.report_title)
        layout.addWidget(self.report_view, 1)
        layout.addWidget(self.buttons)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(RECHECK_MS)
        self.timer.timeout.connect(self.recheck)

    # -- building the form ------------------------------------------------------------------

    def add_row(self, label: str, widget: QWidget) -> QWidget:
        """A labelled field; every edit schedules a new check."""
        self.form.addRow(label, widget)
        self.watch(widget)
        return widget

    def add_hint(self, text: str) -> QLabel:
        """A muted sentence under the form (outside it: wrapped labels in form rows clip)."""
        label = QLabel(text)
        label.setWordWrap(True)
        label.setStyleSheet(f"color: {colours.MUTED};")
        self.hints.addWidget(label)
        return label

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        """Open at the size the form needs (the report under it grows as it is checked)."""
        super().showEvent(event)
        if not getattr(self, "_sized", False):
            self._sized = True
            self.resize(self.sizeHint().expandedTo(self.minimumSizeHint()))

    def add_cadre_picker(self) -> CadrePicker:
        """The cadre the action is about, with the open matters about them under it."""
        self.picker = CadrePicker(self.store)
        self.matters = OpenMattersNote()
        self.add_row(_("&Cadre:"), self.picker)
        self.form.addRow("", self.matters)
        self.picker.chosen.connect(lambda cadre_id: self.matters.show_for(self.store, cadre_id))
        return self.picker

    def chosen_cadre(self) -> str:
        cadre_id = self.picker.current_id()
        if cadre_id is None:
            raise UsageError("Choose the cadre first.")
        return cadre_id

    def watch(self, widget: QWidget) -> None:
        if isinstance(widget, PartialDateEdit | CatalogCombo):
            widget.edited.connect(self.schedule)
        elif isinstance(widget, CadrePicker):
            widget.chosen.connect(self.schedule)
        elif isinstance(widget, QLineEdit):
            widget.textEdited.connect(self.schedule)
        elif isinstance(widget, QPlainTextEdit):
            widget.textChanged.connect(self.schedule)
        elif isinstance(widget, QSpinBox):
            widget.valueChanged.connect(self.schedule)
        elif isinstance(widget, QCheckBox):
            widget.toggled.connect(self.schedule)
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(self.schedule)

    def schedule(self, *_args: object) -> None:
        if not self.closed:
            self.timer.start()

    def done(self, result: int) -> None:
        """Closed (also by a lock): no check runs after this on a store that may be closed."""
        self.closed = True
        self.timer.stop()
        super().done(result)

    # -- what subclasses say ------------------------------------------------------------------

    def draft(self) -> Any:
        """The service's draft from the fields; UsageError names what is missing or wrong."""
        raise NotImplementedError

    def check(self, draft: Any) -> Report | None:
        """The rules' report on the draft (None: this action has no rule to ask)."""
        raise NotImplementedError

    def commit(self, draft: Any) -> Any:
        raise NotImplementedError

    # -- checking and confirming ----------------------------------------------------------

    def recheck(self) -> Report | None:
        self.timer.stop()
        try:
            report = self.check(self.draft())
        except CadreError as problem:
            self.report_view.show_problem(problem.sentence())
            return None
        if report is None:
            self.report_view.show_note(_(self.ready_note))
        else:
            self.report_view.show_report(report)
        return report

    def confirm(self) -> None:
        self.recheck()
        try:
            self.result_value = self.commit(self.draft())
        except RefusedError as refused:
            words = self.report_view.words
            lines = finding_lines(refused.findings, words) or [refused.sentence()]
            prompts.show_report(
                self, _("The rules refuse this action; nothing was written."), lines
            )
            if not self.closed:
                self.recheck()
            return
        except CadreError as error:
            prompts.show_error(self, error.sentence())
            return
        self.accept()


# -- reading fields ----------------------------------------------------------------------------


def text(widget: QLineEdit | QPlainTextEdit) -> str | None:
    value = widget.text() if isinstance(widget, QLineEdit) else widget.toPlainText()
    return clean(value.strip()) or None


def required(widget: QLineEdit, what: str) -> str:
    value = text(widget)
    if value is None:
        raise UsageError("Fill in {field}.", field=what)
    return value


def date(widget: PartialDateEdit, what: str, *, optional: bool = False) -> PartialDate | None:
    value = widget.text().strip()
    if not value:
        if optional:
            return None
        raise UsageError("Fill in {field}.", field=what)
    try:
        return PartialDate.parse_vn(value)
    except InvalidDate as exc:
        raise UsageError("{text} is not a date like 12/03/2026.", text=value) from exc


def chosen_code(combo: CatalogCombo, msgid: str) -> str:
    """The code chosen in a catalog box; ``msgid`` says what to choose when none is."""
    code = combo.value()
    if not code:
        raise UsageError(msgid)
    return str(code)


def optional_code(combo: CatalogCombo) -> str | None:
    code = combo.value()
    return str(code) if code else None


def required_date(widget: PartialDateEdit, what: str) -> PartialDate:
    value = date(widget, what)
    assert value is not None
    return value
