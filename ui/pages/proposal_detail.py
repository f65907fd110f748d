"""One proposal on the proposal screen: what it asks, what the rules say about deciding it, its
NĐ 170 Đ35 dossier (present or missing, editable), its steps and ballots, the units' opinions."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cadre_desktop.domain.values import InvalidDate, PartialDate
from cadre_desktop.errors import CadreError
from cadre_desktop.i18n import gettext as _
from cadre_desktop.rules.findings import Report
from cadre_desktop.services import proposals
from cadre_desktop.services.personnel_words import COMPONENT_LABELS, sentences_for
from cadre_desktop.services.rule_params import every_opinion_group
from cadre_desktop.services.stores import Store
from ui import prompts
from ui.dialogs.action_dialog import date
from ui.labels import enum_label
from ui.table_models.proposal_table_models import OpinionTableModel, StepTableModel
from ui.widgets.open_matters_note import OpenMattersNote
from ui.widgets.partial_date_edit import PartialDateEdit
from ui.widgets.record_view import heading, record_table
from ui.widgets.report_view import ReportView


def _iso_to_vn(text: str | None) -> str:
    if not text:
        return ""
    try:
        return PartialDate.parse_iso(text).vn()
    except InvalidDate:
        return ""


class DossierForm(QWidget):
    """The ten components of NĐ 170/2025 Đ35, each present (with its date) or missing, and the
    dates of the photo and the health certificate (not older than 6 months)."""

    saved = Signal()

    def __init__(self, store: Store) -> None:
        super().__init__()
        self.store = store
        self.proposal_id: str | None = None
        grid = QGridLayout()
        self.present: dict[str, QCheckBox] = {}
        self.dates: dict[str, PartialDateEdit] = {}
        for row, (code, label) in enumerate(COMPONENT_LABELS.items()):
            self.present[code] = QCheckBox(f"{row + 1}. {_(label)}")
            self.dates[code] = PartialDateEdit()
            self.dates[code].setPlaceholderText(_("date added"))
            grid.addWidget(self.present[code], row, 0)
            grid.addWidget(self.dates[code], row, 1)
        row = len(COMPONENT_LABELS)
        self.photo = PartialDateEdit()
        self.health = PartialDateEdit()
        self.special = QLineEdit()
        grid.addWidget(QLabel(_("Photo taken on:")), row, 0)
        grid.addWidget(self.photo, row, 1)
        grid.addWidget(QLabel(_("Health certificate dated:")), row + 1, 0)
        grid.addWidget(self.health, row + 1, 1)
        grid.addWidget(QLabel(_("Special-case justification:")), row + 2, 0)
        grid.addWidget(self.special, row + 2, 1)
        grid.setColumnStretch(0, 1)
        self.save_button = QPushButton(_("Save the dossier"))
        self.save_button.clicked.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addStretch(1)

    def load(self, shown: dict[str, Any]) -> None:
        self.proposal_id = shown["id"]
        dates = shown.get("component_dates", {})
        for code, box in self.present.items():
            box.setChecked(bool(shown["components"].get(code)))
            self.dates[code].setText(_iso_to_vn(dates.get(code)))
        self.photo.setText(shown.get("photo") or "")
        self.health.setText(shown.get("health_certificate") or "")
        self.special.setText(shown.get("special_case") or "")
        editable = shown["status"] == "open"
        for widget in [*self.present.values(), *self.dates.values()]:
            widget.setEnabled(editable)
        for widget in (self.photo, self.health, self.special, self.save_button):
            widget.setEnabled(editable)

    def save(self) -> None:
        if self.proposal_id is None:
            return
        try:
            present = {
                code: date(self.dates[code], "", optional=True)
                for code, box in self.present.items()
                if box.isChecked()
            }
            missing = tuple(code for code, box in self.present.items() if not box.isChecked())
            proposals.set_dossier(
                self.store, self.proposal_id, present=present, missing=missing,
                photo=date(self.photo, "", optional=True),
                health=date(self.health, "", optional=True),
                special_case=self.special.text().strip(),
            )  # fmt: skip
        except CadreError as error:
            prompts.show_error(self, error.sentence())
            return
        self.saved.emit()


class ProposalDetail(QWidget):
    def __init__(self, store: Store, title_name: Any) -> None:
        super().__init__()
        self.store = store
        self.title_name = title_name
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.matters = OpenMattersNote()
        self.report_label = heading(_("What the rules say about the decision"))
        self.report = ReportView(sentences_for(store))
        overview = QWidget()
        overview_layout = QVBoxLayout(overview)
        overview_layout.addWidget(self.summary)
        overview_layout.addWidget(self.matters)
        overview_layout.addWidget(self.report_label)
        overview_layout.addWidget(self.report, 1)
        self.dossier = DossierForm(store)
        self.steps = StepTableModel()
        self.step_view = record_table(self.steps, 5, (50, 360, 95, 80, 120))
        self.ballot_button = QPushButton(_("Record the next step…"))
        steps = QWidget()
        steps_layout = QVBoxLayout(steps)
        steps_layout.addWidget(self.step_view, 1)
        steps_layout.addWidget(self.ballot_button, 0, Qt.AlignmentFlag.AlignRight)
        groups = {g.group: g.label for g in every_opinion_group()}
        self.opinions = OpinionTableModel(lambda code: groups.get(code or "", code or ""))
        self.opinion_view = record_table(self.opinions, 5, (200, 220, 95, 80, 110, 110))
        self.opinion_button = QPushButton(_("Record an opinion…"))
        opinions = QWidget()
        opinions_layout = QVBoxLayout(opinions)
        opinions_layout.addWidget(self.opinion_view, 1)
        opinions_layout.addWidget(self.opinion_button, 0, Qt.AlignmentFlag.AlignRight)
        self.tabs = QTabWidget()
        self.tabs.addTab(overview, _("Overview and rules"))
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.dossier)
        self.tabs.addTab(scroll, _("Dossier (NĐ 170 Đ35)"))
        self.tabs.addTab(steps, _("Steps and ballots"))
        self.tabs.addTab(opinions, _("Units' opinions"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.shown: dict[str, Any] | None = None

    def show_proposal(self, shown: dict[str, Any] | None, report: Report | None) -> None:
        self.shown = shown
        if shown is None:
            self.summary.setText(_("Choose a proposal, or start a new one."))
            self.report.show_note("")
            self.steps.set_rows([])
            self.opinions.set_rows([])
            self.matters.show_for(self.store, None)
            return
        self.summary.setText(self._summary(shown))
        self.matters.show_for(self.store, shown["cadre"])
        if shown["status"] == "decided":
            self.report_label.setText(_("The proposal is decided"))
            self.report.show_note(_("The decision is recorded; the work history shows the post."))
        elif report is not None:
            self.report_label.setText(
                _("What the rules say about deciding it on {date}").format(date=shown["expected"])
            )
            self.report.show_report(report, empty=_("Every rule is met: it can be decided."))
        steps = [{**s, "procedure": shown["procedure"]} for s in shown["steps"]]
        self.steps.set_rows(steps)
        self.opinions.set_rows(shown["opinions"])
        self.dossier.load(shown)
        open_ = shown["status"] == "open"
        self.ballot_button.setEnabled(open_ and len(steps) < shown["total_steps"])
        self.opinion_button.setEnabled(open_)

    def _summary(self, s: dict[str, Any]) -> str:
        parts = [
            f"<b>{html.escape(s['name'])}</b> — {html.escape(enum_label(s['kind']))}: "
            f"{html.escape(self.title_name(s['title']))}"
            + (f", {html.escape(s['unit_name'])}" if s.get("unit_name") else ""),
            _("{source}; {seats} seat(s); expected decision date {date}; status: {status}.").format(
                source=enum_label(s["source"]),
                seats=s["seats"],
                date=s["expected"],
                status=enum_label(s["status"]),
            ),
        ]
        if s.get("department_leader"):
            parts.append(_("Leader of a provincial department: the named units' opinions apply."))
        if s.get("special_case"):
            parts.append(_("Special case: {text}").format(text=s["special_case"]))
        if d := s.get("decision"):
            parts.append(
                _("Decision {number} of {date} ({body}), effective {effective}").format(**d)
                + (
                    _("; the term ends on {end}.").format(end=d["term_end"])
                    if d["term_end"]
                    else "."
                )
            )
        return "<br>".join(html.escape(p) if i else p for i, p in enumerate(parts))
