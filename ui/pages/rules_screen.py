"""The rules in force: every personnel rule with what it checks, its severity and legal source,
the versioned parameters it reads (legal basis, validity), blocking rules that rest on
recollection marked [R] (DOMAIN.md decision 8); an administrator edits the editable
(provincial) parameters with a reason, and the edit is audited."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cadre_desktop.i18n import gettext as _
from cadre_desktop.rules.params import Parameter
from cadre_desktop.services import rules_overview
from cadre_desktop.services.stores import Store
from ui import colours, prompts
from ui.dialogs.rule_parameter_dialog import RuleParameterDialog
from ui.pages.screen import Screen
from ui.table_models.rule_table_models import ParameterTableModel, RuleTableModel
from ui.widgets.record_view import heading, record_table

PARAMETER_WIDTHS = (290, 60, 130, 320, 90, 90, 150, 80)


class RulesScreen(Screen):
    def __init__(self, store: Store) -> None:
        super().__init__(store)
        self.today = dt.date.today()
        intro = QLabel(
            _(
                "Every threshold is versioned data with its legal basis and validity; a check "
                "applies the records in force on the date of the action it judges. Provincial "
                "parameters may be changed by an administrator, with a reason (audited). [R] "
                "marks a blocking rule that rests on recollection: check it against the "
                "official text."
            )
        )
        intro.setWordWrap(True)
        intro.setStyleSheet(f"color: {colours.MUTED};")
        self.rules = RuleTableModel()
        self.rule_view = record_table(self.rules, 8, (240, 470, 70, 200, 260))
        self.rule_parameters = ParameterTableModel(self.today)
        self.rule_parameter_view = record_table(self.rule_parameters, 5, PARAMETER_WIDTHS)
        self.edit_button = QPushButton(_("Change the parameter… (administrator)"))
        bar = QHBoxLayout()
        bar.addWidget(heading(_("The parameters this rule reads")))
        bar.addStretch(1)
        bar.addWidget(self.edit_button)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addLayout(bar)
        lower_layout.addWidget(self.rule_parameter_view)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.rule_view)
        split.addWidget(lower)
        split.setSizes([430, 260])
        self.files = QComboBox()
        self.file_parameters = ParameterTableModel(self.today)
        self.file_view = record_table(self.file_parameters, 14, PARAMETER_WIDTHS)
        self.file_edit_button = QPushButton(_("Change the parameter… (administrator)"))
        file_bar = QHBoxLayout()
        file_bar.addWidget(QLabel(_("Parameter file:")))
        file_bar.addWidget(self.files)
        file_bar.addStretch(1)
        file_bar.addWidget(self.file_edit_button)
        every = QWidget()
        every_layout = QVBoxLayout(every)
        every_layout.addLayout(file_bar)
        every_layout.addWidget(self.file_view, 1)
        self.tabs = QTabWidget()
        self.tabs.addTab(split, _("Personnel rules"))
        self.tabs.addTab(every, _("Every parameter"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 6)
        layout.addWidget(intro)
        layout.addWidget(self.tabs, 1)
        self.rule_view.selectionModel().currentRowChanged.connect(lambda *_a: self._show_rule())
        self.rule_parameter_view.selectionModel().currentRowChanged.connect(
            lambda *_a: self._enable()
        )
        self.file_view.selectionModel().currentRowChanged.connect(lambda *_a: self._enable())
        self.files.currentIndexChanged.connect(lambda _i: self._show_file())
        self.edit_button.clicked.connect(lambda: self.edit(self.rule_parameter_view))
        self.file_edit_button.clicked.connect(lambda: self.edit(self.file_view))
        self.rule_parameter_view.activated.connect(lambda _i: self.edit(self.rule_parameter_view))
        self.file_view.activated.connect(lambda _i: self.edit(self.file_view))
        self.tables: list[tuple[str, list[Parameter]]] = []
        self.editable: set[str] = set()
        self.refresh()

    def refresh(self) -> None:
        row = max(self.rule_view.currentIndex().row(), 0)
        self.rules.set_rows(rules_overview.rules_overview(self.store, self.today))
        self.rule_view.selectRow(min(row, self.rules.rowCount() - 1))
        self._show_rule()
        chosen = self.files.currentIndex()
        self.tables = rules_overview.parameter_tables(self.store)
        # only the personnel parameters are edited here (the other files have their own rules)
        self.editable = {p.id for p in rules_overview.all_parameters(self.store) if p.editable}
        self.files.blockSignals(True)
        self.files.clear()
        for name, _found in self.tables:
            self.files.addItem(name)
        self.files.setCurrentIndex(max(chosen, 0))
        self.files.blockSignals(False)
        self._show_file()

    def _show_rule(self) -> None:
        index = self.rule_view.currentIndex()
        rule = self.rules.record(index.row()) if index.isValid() else None
        self.rule_parameters.set_rows(rule.parameters if rule else [])
        if rule and rule.parameters:
            self.rule_parameter_view.selectRow(0)
        self._enable()

    def _show_file(self) -> None:
        index = self.files.currentIndex()
        self.file_parameters.set_rows(
            self.tables[index][1] if 0 <= index < len(self.tables) else []
        )
        self._enable()

    @staticmethod
    def chosen(view: QTableView) -> Parameter | None:
        model = view.model()
        index = view.currentIndex()
        if not index.isValid() or not isinstance(model, ParameterTableModel):
            return None
        return model.record(index.row())

    def _enable(self) -> None:
        for view, button in (
            (self.rule_parameter_view, self.edit_button),
            (self.file_view, self.file_edit_button),
        ):
            parameter = self.chosen(view)
            button.setEnabled(parameter is not None and parameter.id in self.editable)

    def edit(self, view: QTableView) -> None:
        parameter = self.chosen(view)
        if parameter is None:
            return
        if parameter.id not in self.editable:
            prompts.show_error(
                self, _("This parameter follows a central regulation and cannot be edited.")
            )
            return
        if prompts.exec_dialog(RuleParameterDialog(self, self.store, parameter)):
            self.refresh()
