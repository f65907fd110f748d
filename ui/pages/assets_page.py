"""The asset and income declarations of a dossier: nothing is shown until the officer opens
them on purpose (every opening is audited through the services); then the declarations by
year and kind, the form with its item tables, the comparison with the previous declaration
and the rule report; save a draft, and complete (receive) it past the rules."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from cadre_desktop.domain.yearly_enums import DeclarationKind, DeclarationStatus
from cadre_desktop.errors import CadreError, RefusedError
from cadre_desktop.i18n import N_
from cadre_desktop.i18n import gettext as _
from cadre_desktop.services import declaration_drafts, declarations, print_records
from cadre_desktop.services.declaration_drafts import DeclarationPreview
from cadre_desktop.services.stores import Store
from ui import prompts
from ui.dialogs import yearly_dialogs
from ui.dialogs.print_preview_dialog import PrintPreviewDialog
from ui.forms.yearly_choices import YearlyChoices
from ui.pages.declaration_form import DeclarationForm
from ui.pages.declaration_report import report_lines
from ui.pages.record_section import record_list
from ui.pages.refusals import show_refusal
from ui.table_models.record_list_table_model import ID_ROLE, Column, RecordListTableModel
from ui.widgets.rule_report_view import RuleReportView
from ui.yearly_labels import yearly_label

RECEIVER = "Ủy ban Kiểm tra Tỉnh ủy"
COLUMNS = (
    Column(N_("Year"), lambda r: str(r["year"])),
    Column(N_("Kind"), lambda r: yearly_label(DeclarationKind, r["kind"])),
    Column(N_("Date completed"), lambda r: r["declared_on"]),
    Column(N_("Status"), lambda r: yearly_label(DeclarationStatus, r["status"])),
)


class AssetsPage(QWidget):
    def __init__(self, store: Store, cadre_id: str) -> None:
        super().__init__()
        self.store = store
        self.cadre_id = cadre_id
        self.records: list[dict[str, Any]] = []
        self.current: dict[str, Any] | None = None  # the declaration shown; None: a new one
        self.preview = DeclarationPreview()
        self.dirty = False
        self.stack = QStackedWidget()
        self.stack.addWidget(self._gate())
        self.stack.addWidget(QWidget())  # built when opened: nothing exists before
        self.content: QWidget | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    def _gate(self) -> QWidget:
        page = QWidget()
        note = QLabel(
            _(
                "Asset and income declarations are sensitive: they are not shown until you "
                "open them on purpose, and every opening is recorded in the access log."
            )
        )
        note.setWordWrap(True)
        note.setMaximumWidth(620)
        self.open_button = QPushButton(_("Open declarations"))
        self.open_button.clicked.connect(self.open_declarations)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addWidget(note)
        layout.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        return page

    def _build(self) -> QWidget:
        page = QWidget()
        self.kind = QComboBox()
        for kind in DeclarationKind:
            self.kind.addItem(yearly_label(DeclarationKind, kind.value), kind.value)
        self.kind.setCurrentIndex(self.kind.findData(DeclarationKind.ANNUAL.value))
        self.new_button = QPushButton(_("New declaration"))
        self.save_button = QPushButton(_("Save draft"))
        self.complete_button = QPushButton(_("Complete…"))
        self.close_button = QPushButton(_("Close declarations"))
        self.print_button = QPushButton(_("Print the declaration…"))
        self.status = QLabel()
        self.status.setStyleSheet("font-weight: 600;")
        bar = QHBoxLayout()
        bar.addWidget(self.kind)
        bar.addWidget(self.new_button)
        bar.addSpacing(12)
        bar.addWidget(self.status, 1)
        for button in (
            self.save_button,
            self.complete_button,
            self.print_button,
            self.close_button,
        ):
            bar.addWidget(button)
        self.list_model = RecordListTableModel(COLUMNS)
        self.list = record_list(self.list_model, 120)
        self.form = DeclarationForm(YearlyChoices(self.store.catalogs(), []))
        self.report = RuleReportView(_("Rule report"))
        self.report.setMinimumWidth(280)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.form)
        splitter.addWidget(self.report)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(page)
        layout.addLayout(bar)
        layout.addWidget(self.list)
        layout.addWidget(splitter, 1)
        self.timer = QTimer(page)
        self.timer.setSingleShot(True)
        self.timer.setInterval(150)
        self.timer.timeout.connect(self.judge)
        self.form.edited.connect(self._edited)
        self.list.clicked.connect(lambda index: self.show_declaration(index.data(ID_ROLE)))
        self.new_button.clicked.connect(self.new_declaration)
        self.save_button.clicked.connect(self.save)
        self.complete_button.clicked.connect(self.complete)
        self.close_button.clicked.connect(self.close_declarations)
        self.print_button.clicked.connect(self.print_form)
        return page

    @property
    def is_open(self) -> bool:
        return self.content is not None

    # -- opening on purpose ------------------------------------------------------------

    def open_declarations(self, keep: str | None = None) -> None:
        try:
            self.records = declaration_drafts.open_declarations(self.store, self.cadre_id)
        except CadreError as error:
            prompts.show_error(self, error.sentence())
            return
        if self.content is None:
            self.content = self._build()
            old = self.stack.widget(1)
            self.stack.insertWidget(1, self.content)
            self.stack.removeWidget(old)
            old.deleteLater()
        self.stack.setCurrentIndex(1)
        self.list_model.set_records(self.records)
        chosen = keep or (self.records[-1]["id"] if self.records else None)
        if chosen:
            self.show_declaration(chosen)
        else:
            self.new_declaration()

    def close_declarations(self) -> None:
        """Hide every figure again; opening them once more is audited once more."""
        if self.content is not None:
            self.stack.setCurrentIndex(0)
            self.stack.removeWidget(self.content)
            self.content.setParent(None)  # gone from the page now, not at the next event loop
            self.content.deleteLater()
            self.stack.insertWidget(1, QWidget())
        self.content, self.current, self.records = None, None, []

    def show_declaration(self, declaration_id: str) -> None:
        document = declarations.open_declaration(self.store, declaration_id)  # audited
        report, table = declarations.compare_with_previous(self.store, declaration_id)  # audited
        self.current = document
        completed = document["status"] == DeclarationStatus.COMPLETED
        self.form.load(document, read_only=completed)
        self.list.selectRow(self.list_model.row_of(declaration_id))
        self._buttons(completed)
        self.preview = DeclarationPreview(report=report, table=table)
        self._show_report(document)

    def new_declaration(self) -> None:
        kind = str(self.kind.currentData())
        try:
            form = declaration_drafts.new_declaration_form(
                self.store, self.cadre_id, kind, dt.date.today()
            )
        except CadreError as error:
            prompts.show_error(self, error.sentence())
            return
        self.current = None
        self.form.load(form, read_only=False)
        self.list.clearSelection()
        self._buttons(False)
        self.judge()

    def _buttons(self, completed: bool) -> None:
        self.dirty = False
        self.print_button.setEnabled(self.current is not None)
        self.save_button.setEnabled(not completed)
        self.complete_button.setEnabled(not completed)
        if self.current is None:
            self.status.setText(_("New declaration (not saved)"))
        elif completed:
            self.status.setText(
                _("Received as complete by {by} on {on} (read-only)").format(
                    by=self.current["received_by"], on=self.current["received_on"]
                )
            )
        else:
            self.status.setText(_("Draft (not received yet)"))

    # -- the live report ---------------------------------------------------------------

    def _edited(self) -> None:
        self.dirty = True
        self.timer.start()

    def judge(self) -> None:
        data, problems = self.form.data(self.cadre_id)
        current_id = self.current["id"] if self.current else None
        self.preview = declaration_drafts.preview_declaration(self.store, data, current_id)
        self.preview = DeclarationPreview(
            tuple(problems) + self.preview.problems, self.preview.report, self.preview.table
        )
        self._show_report(data)

    def _previous_text(self, form: dict[str, Any]) -> str | None:
        day = str(form.get("declared_on") or "")
        completed = [
            r
            for r in self.records
            if r["status"] == DeclarationStatus.COMPLETED
            and (self.current is None or r["id"] != self.current["id"])
        ]
        if not completed or not day:
            return None
        last = completed[-1]
        kind = yearly_label(DeclarationKind, last["kind"])
        return _("{kind} {year}, completed on {on}").format(
            kind=kind, year=last["year"], on=last["declared_on"]
        )

    def _show_report(self, form: dict[str, Any]) -> None:
        previous = self._previous_text(form)
        lines = report_lines(self.preview, form, previous)
        self.report.show_report(lines, self.preview.report, self.preview.problems)
        note = (
            _("Compared with: {previous}.").format(previous=previous)
            if self.preview.table is not None and previous
            else _("This is a first declaration: there is nothing to compare it with.")
        )
        self.form.show_comparison(self.preview.table, note)

    # -- actions -----------------------------------------------------------------------

    def _save(self) -> str | None:
        data, problems = self.form.data(self.cadre_id)
        if problems:
            prompts.show_report(self, _("The declaration was not saved."), problems)
            return None
        current_id = self.current["id"] if self.current else None
        try:
            outcome = declaration_drafts.save_declaration(self.store, data, current_id)
        except CadreError as error:
            show_refusal(self, error, [f.sentence() for f in self.preview.report.blocking])
            return None
        return outcome.declaration_id

    def save(self) -> bool:
        saved = self._save()
        if saved is None:
            return False
        self.open_declarations(keep=saved)
        return True

    def complete(self) -> None:
        self.judge()
        if self.preview.report.blocked or self.preview.problems:
            self._refuse_completion()
            return
        answer = yearly_dialogs.ask_receipt(self, RECEIVER)
        if answer is None:
            return
        saved = self._save()
        if saved is None:
            return
        received_by, received_on = answer
        try:
            declarations.complete_declaration(
                self.store, saved, received_by=received_by, received_on=received_on
            )
        except RefusedError:
            self.open_declarations(keep=saved)
            self._refuse_completion()
            return
        except CadreError as error:
            prompts.show_error(self, error.sentence())
            return
        self.open_declarations(keep=saved)

    def print_form(self) -> None:
        """The declaration shown, in the form's layout, as saved (printing is audited)."""
        if self.current is None:
            return
        draft = self.current["status"] == DeclarationStatus.DRAFT
        if draft and self.dirty and not self.save():
            return
        shown = self.current["id"]
        render = print_records.print_declaration
        prompts.exec_dialog(PrintPreviewDialog(self, lambda _l: render(self.store, shown)))

    def _refuse_completion(self) -> None:
        lines = list(self.preview.problems) + [f.sentence() for f in self.preview.report.blocking]
        prompts.show_report(self, _("The declaration cannot be completed yet."), lines)
