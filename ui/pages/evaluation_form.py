"""The evaluation's form: who is rated, the self-review, the 27-item self-check, the score
sheet with the facts behind the hard conditions, the reviews, the appraisal and the rating.

Values are held as the dossier file holds them and handed to the services as the JSON
``evaluation_input`` reads; a final rating is shown read-only.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cadre_desktop.domain.model import Evaluation, EvaluationReview
from cadre_desktop.domain.values import PartialDate
from cadre_desktop.domain.yearly_enums import CheckState
from cadre_desktop.i18n import N_
from cadre_desktop.i18n import gettext as _
from cadre_desktop.services.dossier_edit import EditableRow
from cadre_desktop.services.dossier_fields import fields_of
from cadre_desktop.services.manifestations import Wording
from ui.forms.field_form import FieldForm
from ui.forms.yearly_choices import YearlyChoices
from ui.pages.record_section import record_section
from ui.table_models.checklist_table_model import REMARK, STATE, ChecklistTableModel
from ui.table_models.record_rows_table_model import RecordRowsTableModel
from ui.widgets.catalog_combo import choice_model
from ui.widgets.choice_delegate import ChoiceDelegate
from ui.yearly_labels import yearly_label

WHO = (
    (N_("Who is rated"), ("leader", "comparable_group", "outstanding_unit")),
    (N_("Self-review (step 1)"), ("results", "self_rating", "commitment_signed")),
)
SHEET = (
    (
        N_("Score sheet (30 general + 70 task results)"),
        (
            "score_general",
            "score_tasks",
            "tasks_total",
            "tasks_done",
            "tasks_exceeding",
            "tasks_late",
            "shortcomings_previous",
            "shortcomings_remedied",
        ),
    ),
    (
        N_("Facts behind the hard conditions"),
        (
            "unit_tasks_percent",
            "units_not_completed_percent",
            "low_confidence_percent",
            "unit_targets_failed",
            "disciplined",
            "degradation_concluded",
            "corruption_in_scope",
        ),
    ),
)
RATING = (
    (
        N_("Appraisal by the advisory body (step 2)"),
        ("appraisal_body", "appraisal", "proposed_rating"),
    ),
    (N_("Rating by the competent level (step 3)"), ("rating", "emulation_title", "note")),
)
REVIEW_KEYS = ("venue", "body", "held_on", "remarks", "proposed_rating")
READ_ONLY = (
    "QLineEdit:disabled, QPlainTextEdit:disabled, QComboBox:disabled, QCheckBox:disabled,"
    " QLabel:disabled, QGroupBox:disabled { color: #2b2b2b; }"
)
BANNER = "background: #fff4e0; color: #6d4200; padding: 6px 8px; border-radius: 4px;"


class EvaluationForm(QWidget):
    edited = Signal()
    load_wording_requested = Signal()

    def __init__(self, choices: YearlyChoices, wording: Wording, groups: list[str]) -> None:
        super().__init__()
        self.specs = {spec.json_key: spec for spec in fields_of(Evaluation)}
        self.forms = [FieldForm(groups_, self.specs, choices) for groups_ in (WHO, SHEET, RATING)]
        for form in self.forms:
            form.edited.connect(lambda _key: self.edited.emit())
        group_box = self.editor("comparable_group")
        assert isinstance(group_box, QLineEdit)
        group_box.setCompleter(QCompleter(groups, group_box))

        self.checklist = ChecklistTableModel([], True)
        self.checklist.edited.connect(self.edited.emit)
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(BANNER)
        self.wording_button = QPushButton(_("Load the official wording…"))
        self.wording_button.clicked.connect(self.load_wording_requested.emit)
        self.none_button = QPushButton(_("Mark the rest “none”"))
        self.none_button.clicked.connect(self.checklist.mark_rest_none)
        self.table = QTableView()
        self.table.setModel(self.checklist)
        states = [(s.value, yearly_label(CheckState, s.value)) for s in CheckState]
        self.table.setItemDelegate(ChoiceDelegate({STATE: choice_model(states)}))
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 48)
        self.table.setColumnWidth(STATE, 130)
        self.table.setColumnWidth(REMARK, 220)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.set_wording(wording)

        review_specs = [s for s in fields_of(EvaluationReview) if s.json_key in REVIEW_KEYS]
        self.reviews = RecordRowsTableModel([], review_specs, choices)
        self.reviews.edited.connect(self.edited.emit)
        self.review_section = record_section(
            _("Reviews (a leader is reviewed in both places)"), self.reviews
        )
        self.review_section.table.setColumnWidth(0, 210)  # "Tập thể lãnh đạo nơi công tác"
        self.decision = QLabel()
        self.decision.setWordWrap(True)

        checklist_bar = QHBoxLayout()
        title = _("Self-check against the 27 manifestations")
        heading = QLabel(f"<b>{title}</b>")
        heading.setWordWrap(True)  # the Vietnamese title is long; the buttons stay in view
        checklist_bar.addWidget(heading, 1)
        checklist_bar.addWidget(self.none_button)
        checklist_bar.addWidget(self.wording_button)
        # A final rating is read-only: its fields stay as legible as when they were typed.
        self.setStyleSheet(READ_ONLY)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 16)
        layout.setSpacing(14)
        layout.addWidget(self.forms[0])
        layout.addLayout(checklist_bar)
        layout.addWidget(self.banner)
        layout.addWidget(self.table)
        layout.addWidget(self.forms[1])
        layout.addWidget(self.review_section)
        layout.addWidget(self.forms[2])
        layout.addWidget(self.decision)
        layout.addStretch(1)

    def editor(self, key: str) -> QWidget:
        return next(form.editors[key] for form in self.forms if key in form.editors)

    def _fit_table(self) -> None:
        """All 27 items at once, texts wrapped: the page scrolls, not the table."""
        self.table.resizeRowsToContents()
        rows = sum(self.table.rowHeight(r) for r in range(self.checklist.rowCount()))
        self.table.setFixedHeight(rows + self.table.horizontalHeader().height() + 4)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit_table()  # the wrapped texts take more or fewer lines

    def set_wording(self, wording: Wording) -> None:
        self.checklist.set_wording([(m.code, m.text) for m in wording.items], wording.official)
        self._fit_table()
        if wording.official:
            self.banner.setText(
                _("Official wording, version {version} ({basis}).").format(
                    version=wording.version, basis=wording.legal_basis
                )
            )
            self.banner.setStyleSheet("color: #3a3a3a;")
        else:
            self.banner.setText(
                _(
                    "Unofficial short labels: the official wording of the 27 manifestations "
                    "(NQ 04-NQ/TW) has not been loaded. An administrator loads it from the "
                    "provincial personnel office's file; it is never printed as these labels."
                )
            )
            self.banner.setStyleSheet(BANNER)

    def load(self, form: dict[str, Any], read_only: bool) -> None:
        for editors in self.forms:
            editors.load(form)
            editors.setEnabled(not read_only)
        for line in self.findChildren(QLineEdit):
            line.setCursorPosition(0)  # show a long text from its start
        self.checklist.load(form.get("checks", []), read_only)
        self.none_button.setEnabled(not read_only)
        rows = [
            EditableRow({k: _file_date(k, r.get(k)) for k in REVIEW_KEYS}) for r in form["reviews"]
        ]
        self.reviews.set_rows(rows)
        self.reviews.set_read_only(read_only)
        for button in (
            self.review_section.add_button,
            self.review_section.remove_button,
            self.review_section.up_button,
            self.review_section.down_button,
        ):
            button.setEnabled(not read_only)

    def data(
        self, cadre_id: str, year: int, quarter: int | None
    ) -> tuple[dict[str, Any], list[str]]:
        """The form as ``evaluation_input`` reads it, and what cannot be read as typed."""
        values: dict[str, Any] = {"cadre": cadre_id, "year": year, "quarter": quarter}
        problems: list[str] = []
        for form in self.forms:
            for key in form.editors:
                message = form.read(key, values)
                form.show_message(key, message or "")
                if message:
                    problems.append(f"{_(self.specs[key].label)}: {message}")
        values["checks"] = self.checklist.checks()
        values["reviews"] = [dict(row.values) for row in self.reviews.rows]
        for text, message in self.reviews.typed_errors.values():
            problems.append(f"'{text}': {message}")
        return values, problems


def _file_date(key: str, value: Any) -> Any:
    """Review dates come as dd/mm/yyyy; the table holds them as the dossier file does."""
    if key == "held_on" and isinstance(value, str) and "/" in value:
        return PartialDate.parse_vn(value).iso()
    return value
