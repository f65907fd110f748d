"""The evaluation page of a dossier: pick the period, fill the self-review, the 27-item
self-check and the score sheet, see the rule report live beside the form, save a draft,
finalise (refused when a rule blocks, e.g. the group's quota), re-rate with a reason, and
record complaints. A final rating is read-only; a correction is a re-rating record."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from cadre_desktop.domain.yearly_enums import EvaluationStatus
from cadre_desktop.errors import CadreError
from cadre_desktop.i18n import gettext as _
from cadre_desktop.rules.rating import period_end
from cadre_desktop.services import evaluation_view, evaluations, manifestations, print_records
from cadre_desktop.services.evaluation_preview import (
    EvaluationPreview,
    GroupCache,
    preview_evaluation,
)
from cadre_desktop.services.stores import Store
from ui import prompts
from ui.dialogs import yearly_dialogs
from ui.dialogs.print_preview_dialog import PrintPreviewDialog
from ui.forms.yearly_choices import YearlyChoices
from ui.pages.evaluation_form import EvaluationForm
from ui.pages.evaluation_report import report_lines
from ui.pages.evaluation_texts import COLUMNS, decision_text, status_text
from ui.pages.record_section import record_list
from ui.pages.refusals import show_refusal
from ui.table_models.record_list_table_model import ID_ROLE, RecordListTableModel
from ui.widgets.rule_report_view import RuleReportView

DEFAULT_RATER = "Ban Thường vụ Tỉnh ủy"


class EvaluationPage(QWidget):
    def __init__(self, store: Store, cadre_id: str) -> None:
        super().__init__()
        self.store = store
        self.cadre_id = cadre_id
        self.records: list[dict[str, Any]] = []
        self.current: dict[str, Any] | None = None  # the record shown; None: a new one
        self.dirty = False
        self.preview = EvaluationPreview()
        self.group_cache: GroupCache = {}  # the group's other ratings, read once per period
        self.choices = YearlyChoices(store.catalogs(), [])

        self.year = QSpinBox()
        self.year.setRange(1990, 2100)
        self.year.setValue(dt.date.today().year)
        self.quarter = QComboBox()
        self.quarter.addItem(_("Whole year"), None)
        for q in range(1, 5):
            self.quarter.addItem(_("Quarter {n}").format(n=q), q)
        self.status = QLabel()
        self.status.setStyleSheet("font-weight: 600;")
        self.save_button = QPushButton(_("Save draft"))
        self.finalise_button = QPushButton(_("Finalise…"))
        self.rerate_button = QPushButton(_("Re-rate…"))
        self.complaint_button = QPushButton(_("Add complaint…"))
        self.print_button = QPushButton(_("Print the review form…"))
        bar = QHBoxLayout()
        bar.addWidget(QLabel(_("Year")))
        bar.addWidget(self.year)
        bar.addWidget(self.quarter)
        bar.addSpacing(12)
        bar.addWidget(self.status, 1)
        for button in (
            self.save_button,
            self.finalise_button,
            self.rerate_button,
            self.complaint_button,
            self.print_button,
        ):
            bar.addWidget(button)

        self.list_model = RecordListTableModel(COLUMNS, faded=lambda r: not r["standing"])
        self.list = record_list(self.list_model, 150)

        self.wording = manifestations.manifestation_wording(store)
        groups = evaluation_view.comparable_groups(store)
        self.form = EvaluationForm(self.choices, self.wording, groups)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.form)
        self.report = RuleReportView(_("Rule report"))
        self.report.setMinimumWidth(300)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(scroll)
        splitter.addWidget(self.report)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.list)
        layout.addWidget(splitter, 1)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(150)  # judge when the officer pauses, not on every keystroke
        self.timer.timeout.connect(self.judge)
        self.form.edited.connect(self._edited)
        self.form.load_wording_requested.connect(self.load_wording)
        self.year.valueChanged.connect(lambda _v: self._period_changed())
        self.quarter.currentIndexChanged.connect(lambda _i: self._period_changed())
        self.list.clicked.connect(lambda index: self.show_record(index.data(ID_ROLE)))
        self.save_button.clicked.connect(self.save)
        self.finalise_button.clicked.connect(self.finalise)
        self.rerate_button.clicked.connect(self.rerate)
        self.complaint_button.clicked.connect(self.add_complaint)
        self.print_button.clicked.connect(self.print_form)
        self.reload()

    # -- showing ---------------------------------------------------------------------

    def period(self) -> tuple[int, int | None]:
        return self.year.value(), self.quarter.currentData()

    def reload(self, keep: str | None = None) -> None:
        self.group_cache.clear()  # ratings may have changed, here or elsewhere
        self.records = evaluation_view.evaluations_of(self.store, self.cadre_id)
        self.list_model.set_records(self.records)
        if keep is not None:
            self.show_record(keep)
            return
        standing = next((r for r in self.records if r["standing"]), None)
        if standing is not None:
            self.show_record(standing["id"])
        else:
            self.show_period()

    def _period_changed(self) -> None:
        if self.dirty and not prompts.confirm(
            self, _("Discard the changes not saved in this evaluation?")
        ):
            return
        self.show_period()

    def show_period(self) -> None:
        year, quarter = self.period()
        here = [
            r
            for r in self.records
            if r["standing"] and (r["form"]["year"], r["form"]["quarter"]) == (year, quarter)
        ]
        if here:
            self._show(here[0])
        else:
            self._show(None)

    def show_record(self, record_id: str) -> None:
        record = next((r for r in self.records if r["id"] == record_id), None)
        if record is None:
            return
        for widget, value in ((self.year, record["form"]["year"]),):
            widget.blockSignals(True)
            widget.setValue(value)
            widget.blockSignals(False)
        self.quarter.blockSignals(True)
        self.quarter.setCurrentIndex(self.quarter.findData(record["form"]["quarter"]))
        self.quarter.blockSignals(False)
        self._show(record)

    def _blank(self) -> dict[str, Any]:
        latest = self.records[0]["form"] if self.records else None
        return evaluation_view.blank_form(self.cadre_id, *self.period(), latest)

    def _show(self, record: dict[str, Any] | None) -> None:
        self.current = record
        year, quarter = self.period()
        # The wording in force at the end of the period (a later version replaces it).
        self.wording = manifestations.manifestation_wording(self.store, period_end(year, quarter))
        self.form.set_wording(self.wording)
        final = record is not None and record["status"] == EvaluationStatus.FINAL
        self.form.load(record["form"] if record else self._blank(), read_only=final)
        self.form.decision.setText(decision_text(record))
        row = self.list_model.row_of(record["id"] if record else None)
        if row >= 0:
            self.list.selectRow(row)
        else:
            self.list.clearSelection()
        standing = record is not None and record["standing"]
        self.save_button.setEnabled(not final)
        self.finalise_button.setEnabled(not final)
        self.rerate_button.setEnabled(final and standing)
        self.complaint_button.setEnabled(record is not None)
        self.print_button.setEnabled(record is not None)
        self.status.setText(status_text(record))
        self.dirty = False
        self.judge()

    # -- the live report ---------------------------------------------------------------

    def _edited(self) -> None:
        self.dirty = True
        self.timer.start()

    def judge(self) -> None:
        data, problems = self.form.data(self.cadre_id, *self.period())
        self.preview = preview_evaluation(self.store, data, self.group_cache)
        typed = tuple(problems) + self.preview.problems
        final = self.current is not None and self.current["status"] == EvaluationStatus.FINAL
        self.report.show_report(report_lines(self.preview, final), self.preview.report, typed)

    # -- actions -----------------------------------------------------------------------

    def _refused(self, error: CadreError) -> None:
        show_refusal(self, error, [f.sentence() for f in self.preview.report.blocking])

    def _save(self) -> str | None:
        data, problems = self.form.data(self.cadre_id, *self.period())
        if problems:
            prompts.show_report(self, _("The evaluation was not saved."), problems)
            return None
        try:
            outcome = evaluations.record_evaluation(self.store, data)
        except CadreError as error:
            self.judge()
            self._refused(error)
            return None
        return outcome.evaluation_id

    def save(self) -> bool:
        saved = self._save()
        if saved is None:
            return False
        self.reload(keep=saved)
        return True

    def finalise(self) -> None:
        self.judge()
        if self.preview.report.blocked:
            sentence = _("The rating cannot be finalised: a rule blocks it.")
            prompts.show_report(
                self, sentence, [f.sentence() for f in self.preview.report.blocking]
            )
            return
        decision = yearly_dialogs.ask_decision(self, self._rater())
        if decision is None:
            return
        saved = self._save()
        if saved is None:
            return
        try:
            evaluations.finalise_evaluation(self.store, saved, decision)
        except CadreError as error:
            self.reload(keep=saved)
            self._refused(error)
            return
        self.reload(keep=saved)

    def _rater(self) -> str:
        rated = [r["rated_by"] for r in self.records if r["rated_by"]]
        return rated[0] if rated else DEFAULT_RATER

    def rerate(self) -> None:
        if self.current is None:
            return
        answer = yearly_dialogs.ask_rerating(self, self._rater())
        if answer is None:
            return
        rating, reason, decision = answer
        try:
            outcome = evaluations.rerate(self.store, self.current["id"], rating, reason, decision)
        except CadreError as error:
            self._refused(error)
            return
        self.reload(keep=outcome.evaluation_id)

    def add_complaint(self) -> None:
        if self.current is None:
            return
        answer = yearly_dialogs.ask_complaint(self)
        if answer is None:
            return
        try:
            evaluations.add_complaint(self.store, self.current["id"], **answer)
        except CadreError as error:
            self._refused(error)
            return
        self.reload(keep=self.current["id"])

    def print_form(self) -> None:
        """The review and rating form of the record shown, as saved (printing is audited)."""
        if self.current is None or (self.dirty and not self.save()):
            return
        shown = self.current["id"]
        render = print_records.print_evaluation
        prompts.exec_dialog(PrintPreviewDialog(self, lambda _l: render(self.store, shown)))

    def load_wording(self) -> None:
        """The administrator loads the official wording (a CSV file: code, text)."""
        chosen = prompts.ask_open_files(
            self, _("The official wording of the 27 manifestations"), "CSV (*.csv);;*"
        )
        if not chosen:
            return
        basis = prompts.ask_text(
            self, _("Legal basis"), _("Legal basis of the wording"), manifestations.DEFAULT_BASIS
        )
        if basis is None:
            return
        try:
            self.wording = manifestations.load_manifestations(
                self.store, chosen[0], legal_basis=basis
            )
        except CadreError as error:
            self._refused(error)
            return
        self.form.set_wording(self.wording)
        prompts.show_info(
            self,
            _("Official wording version {version} loaded.").format(version=self.wording.version),
        )
