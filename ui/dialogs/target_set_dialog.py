"""Entering a resolution's targets: a new set (2026-2030) or a revision of one, indicator by
indicator from the fixed library; saved as a new revision with its reason (audited)."""

from __future__ import annotations

import re
from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cadre_desktop.errors import CadreError
from cadre_desktop.i18n import gettext as _
from cadre_desktop.services import target_library as lib
from cadre_desktop.services.stores import Store
from cadre_desktop.services.target_edits import params_line, without
from cadre_desktop.services.target_sets import IndicatorDef, TargetSetDef, current_sets, save_set
from ui import prompts
from ui.table_models.indicator_table_model import IndicatorTableModel
from ui.widgets.tables import table_view
from ui.widgets.task import report_failure


def _combo(items: dict[str, str] | dict[str, lib.Part]) -> QComboBox:
    combo = QComboBox()
    for code, value in items.items():
        label = value.label if isinstance(value, lib.Part) else value
        combo.addItem(f"{code} — {_(label)}", code)
    return combo


class TargetSetDialog(QDialog):
    saved = Signal()

    def __init__(self, parent: QWidget | None, store: Store) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("Target sets"))
        self.resize(1100, 760)
        self.store = store
        self.sets = current_sets(store)
        self.draft: TargetSetDef | None = None
        self.chooser = QComboBox()
        for s in self.sets:
            self.chooser.addItem(f"{s.code} — {s.title}", s.code)
        new = QPushButton(_("New set…"))
        self.title = QLineEdit()
        self.basis = QLineEdit()
        self.first, self.last = QSpinBox(), QSpinBox()
        for box in (self.first, self.last):
            box.setRange(2000, 2200)
        self.model = IndicatorTableModel()
        self.table = table_view(self.model)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(lambda c, _o: self.load_row(c.row()))
        top = QHBoxLayout()
        top.addWidget(QLabel(_("Target set:")))
        top.addWidget(self.chooser, 1)
        top.addWidget(new)
        head = QFormLayout()
        years = QHBoxLayout()
        years.addWidget(self.first)
        years.addWidget(QLabel("–"))
        years.addWidget(self.last)
        years.addStretch(1)
        head.addRow(_("Title:"), self.title)
        head.addRow(_("Years:"), years)
        head.addRow(_("Resolution (legal basis):"), self.basis)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(head)
        layout.addWidget(self.table, 1)
        layout.addLayout(self._editor())
        layout.addLayout(self._buttons())
        self.chooser.currentIndexChanged.connect(lambda _i: self.load_set())
        new.clicked.connect(self.new_set)
        self.load_set()

    def _editor(self) -> QFormLayout:
        self.number = QLineEdit()
        self.wording = QLineEdit()
        self.kind = _combo(lib.KINDS)
        self.population = _combo(lib.POPULATIONS)
        self.condition = _combo(lib.CONDITIONS)
        self.params = QLineEdit()
        self.params.setPlaceholderText("titles=@department_leaders;@key_locality age=40")
        self.comparison = _combo(lib.COMPARISONS)
        self.target, self.high = QLineEdit(), QLineEdit()
        self.indicator_basis = QLineEdit()
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow(_("No."), self.number)
        form.addRow(_("Indicator"), self.wording)
        row = QHBoxLayout()
        for widget in (self.kind, self.population, self.condition, self.comparison):
            row.addWidget(widget)
        form.addRow(_("Computed as"), row)
        form.addRow(_("Parameters"), self.params)
        form.addRow("", self.hint)
        numbers = QHBoxLayout()
        numbers.addWidget(self.target)
        numbers.addWidget(QLabel(_("up to")))
        numbers.addWidget(self.high)
        form.addRow(_("Target"), numbers)
        form.addRow(_("Legal basis"), self.indicator_basis)
        for combo in (self.population, self.condition):
            combo.currentIndexChanged.connect(lambda _i: self._show_hint())
        return form

    def _buttons(self) -> QHBoxLayout:
        add, apply, remove = (
            QPushButton(_("Add as a new indicator")),
            QPushButton(_("Apply to the indicator")),
            QPushButton(_("Remove the indicator")),
        )
        save, close = QPushButton(_("Save as a new revision…")), QPushButton(_("Close"))
        add.clicked.connect(lambda: self.apply_row(new=True))
        apply.clicked.connect(lambda: self.apply_row(new=False))
        remove.clicked.connect(self.remove_row)
        save.clicked.connect(self.save)
        close.clicked.connect(self.reject)
        bar = QHBoxLayout()
        for button in (add, apply, remove):
            bar.addWidget(button)
        bar.addStretch(1)
        bar.addWidget(save)
        bar.addWidget(close)
        self.save_button = save
        return bar

    def _show_hint(self) -> None:
        specs = lib.specs_of(self.population.currentData(), self.condition.currentData())
        names = ", ".join(f"{s.name} ({_(s.label)})" for s in specs) or _("no parameters")
        groups = ", ".join(f"@{code}" for code in lib.title_groups())
        self.hint.setText(_("Parameters: {names}. Groups of titles: {groups}.").format(
            names=names, groups=groups
        ))  # fmt: skip

    # -- the set -----------------------------------------------------------------------------

    def load_set(self) -> None:
        code = self.chooser.currentData()
        chosen = next((s for s in self.sets if s.code == code), None)
        if chosen is not None:
            self.show_head(chosen)
            self.show_draft(chosen)

    def show_head(self, draft: TargetSetDef) -> None:
        self.title.setText(draft.title)
        self.basis.setText(draft.legal_basis)
        self.first.setValue(draft.start_year)
        self.last.setValue(draft.end_year)

    def show_draft(self, draft: TargetSetDef, select: str | None = None) -> None:
        """Show the draft's indicators, the one numbered ``select`` (else the first) chosen."""
        self.draft = draft
        self.model.show(list(draft.indicators))
        numbers = [i.number for i in draft.indicators]
        if numbers:
            row = numbers.index(select) if select in numbers else 0
            self.table.selectRow(row)
            self.load_row(row)

    def new_set(self) -> None:
        code = prompts.ask_text(self, _("New target set"), _("Years of the new set (2026-2030):"))
        if not code:
            return
        match = re.fullmatch(r"(\d{4})-(\d{4})", code.strip())
        if match is None:
            prompts.show_error(self, _("Give the years like 2026-2030."))
            return
        start = self.draft.indicators if self.draft is not None else ()
        draft = TargetSetDef(code.strip(), f"Chỉ tiêu về công tác cán bộ giai đoạn {code}", "",
                             int(match.group(1)), int(match.group(2)), tuple(start))  # fmt: skip
        self.chooser.blockSignals(True)
        self.chooser.addItem(f"{draft.code} — {_('new')}", draft.code)
        self.chooser.setCurrentIndex(self.chooser.count() - 1)
        self.chooser.blockSignals(False)
        self.show_head(draft)
        self.show_draft(draft)

    # -- one indicator -----------------------------------------------------------------------

    def load_row(self, row: int) -> None:
        if self.draft is None or not 0 <= row < len(self.draft.indicators):
            return
        i = self.draft.indicators[row]
        self.number.setText(i.number)
        self.wording.setText(i.wording)
        chosen = (
            (self.kind, i.kind),
            (self.population, i.population),
            (self.condition, i.condition),
            (self.comparison, i.comparison),
        )
        for combo, value in chosen:
            combo.setCurrentIndex(max(0, combo.findData(value)))
        self.params.setText(params_line(i))
        self.target.setText(i.target)
        self.high.setText(i.target_high or "")
        self.indicator_basis.setText(i.legal_basis)
        self._show_hint()

    def _indicator(self, old: IndicatorDef | None) -> IndicatorDef:
        return IndicatorDef(
            number=self.number.text().strip(), code=old.code if old else "",
            wording=self.wording.text().strip(), kind=self.kind.currentData(),
            population=self.population.currentData(), condition=self.condition.currentData(),
            params=lib.parse_params(self.params.text()), comparison=self.comparison.currentData(),
            target=self.target.text().strip(), target_high=self.high.text().strip() or None,
            legal_basis=self.indicator_basis.text().strip() or self.basis.text().strip(),
            note=old.note if old else "",
        )  # fmt: skip

    def apply_row(self, new: bool) -> None:
        if self.draft is None:
            return
        number = self.number.text().strip()
        old = self.draft.indicator(number)
        if new and old is not None:
            prompts.show_error(self, _("Another indicator has this number; give a new one."))
            return
        if not new and old is None:
            prompts.show_error(self, _("Choose the indicator to change first."))
            return
        indicator = self._indicator(old)
        if new:
            self.show_draft(self.draft.with_indicators([*self.draft.indicators, indicator]), number)
        else:
            self.show_draft(self.draft.with_indicators(
                indicator if i.number == number else i for i in self.draft.indicators
            ), number)  # fmt: skip

    def remove_row(self) -> None:
        if self.draft is not None and self.draft.indicator(self.number.text().strip()):
            self.show_draft(without(self.draft, self.number.text().strip()))

    def save(self) -> None:
        if self.draft is None:
            return
        reason = prompts.ask_text(self, _("Save the target set"), _("Reason for entering it:"))
        if not reason:
            return
        draft = replace(
            self.draft, title=self.title.text().strip(), legal_basis=self.basis.text().strip(),
            start_year=self.first.value(), end_year=self.last.value(),
        )  # fmt: skip
        try:
            saved = save_set(self.store, draft, reason)
        except CadreError as error:
            report_failure(self, error)
            return
        sentence = _("Target set {code} saved as revision {revision} ({count} indicators).")
        count = len(saved.indicators)
        prompts.show_info(
            self, sentence.format(code=saved.code, revision=saved.revision, count=count)
        )
        self.sets = current_sets(self.store)
        self.saved.emit()
