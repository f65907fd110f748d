"""The Excel import wizard: choose the file, say which column is which, read the dry run's
problems (row by row, cell by cell) and choose the ambiguous values, then import with
progress and a cancel that leaves nothing half done."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from cadre_desktop.i18n import gettext as _
from cadre_desktop.services import browse, xlsx_export, xlsx_import
from cadre_desktop.services.stores import Store
from cadre_desktop.services.xlsx_rows import choice_key
from ui import prompts
from ui.widgets.column_mapping import ColumnMapping
from ui.widgets.task import TaskRunner, report_failure

FILES = "Excel (*.xlsx)"


class XlsxImportDialog(QDialog):
    imported = Signal(object)  # the Changes of the import

    def __init__(self, parent: QWidget | None, store: Store) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("Import cadres from Excel"))
        self.resize(900, 640)
        self.store = store
        self.path: Path | None = None
        self.plan: xlsx_import.ImportPlan | None = None
        self.runner = TaskRunner(self)
        self.result: xlsx_import.ImportResult | None = None
        self.resolved: dict[tuple[str, str], str] = {}  # the values chosen so far
        self.steps = QStackedWidget()
        self.steps.addWidget(self._file_step())
        self.steps.addWidget(self._mapping_step())
        self.steps.addWidget(self._check_step())
        self.steps.addWidget(self._progress_step())
        self.back = QPushButton(_("Back"))
        self.next = QPushButton(_("Next"))
        self.close_button = QPushButton(_("Close"))
        self.back.clicked.connect(lambda: self.go(self.steps.currentIndex() - 1))
        self.next.clicked.connect(self.forward)
        self.close_button.clicked.connect(self.reject)
        bar = QHBoxLayout()
        bar.addStretch(1)
        for button in (self.back, self.next, self.close_button):
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.steps, 1)
        layout.addLayout(bar)
        self.go(0)

    # -- steps -------------------------------------------------------------------------------

    def _file_step(self) -> QWidget:
        page = QWidget()
        self.file_label = QLabel(_("No file chosen."))
        choose = QPushButton(_("Choose an Excel file…"))
        template = QPushButton(_("Download the Vietnamese template…"))
        self.sheet = QComboBox()
        self.unit = QComboBox()
        self.unit.addItem(_("The store's own unit"), None)
        stack = list(browse.unit_tree(self.store))
        while stack:
            node = stack.pop(0)
            self.unit.addItem(node.name, node.code)
            stack[:0] = node.children
        form = QFormLayout(page)
        form.addRow(choose, self.file_label)
        form.addRow(_("Sheet:"), self.sheet)
        form.addRow(_("Managing unit of new dossiers:"), self.unit)
        form.addRow(template)
        choose.clicked.connect(self.choose_file)
        template.clicked.connect(self.save_template)
        return page

    def _mapping_step(self) -> QWidget:
        page = QWidget()
        self.mapping = ColumnMapping()
        layout = QVBoxLayout(page)
        layout.addWidget(QLabel(_("Say what each column of the sheet holds.")))
        layout.addWidget(self.mapping, 1)
        return page

    def _check_step(self) -> QWidget:
        page = QWidget()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.problems = QListWidget()
        self.choices = QFormLayout()
        recheck = QPushButton(_("Check again"))
        recheck.clicked.connect(self.dry_run)
        layout = QVBoxLayout(page)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems, 1)
        layout.addLayout(self.choices)
        layout.addWidget(recheck)
        return page

    def _progress_step(self) -> QWidget:
        page = QWidget()
        self.progress = QProgressBar()
        self.progress_label = QLabel()
        self.cancel_button = QPushButton(_("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        layout = QVBoxLayout(page)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.cancel_button)
        layout.addStretch(1)
        return page

    def go(self, step: int) -> None:
        step = max(0, min(step, 3))
        self.steps.setCurrentIndex(step)
        self.back.setEnabled(0 < step < 3)
        ready = self.plan is not None and self.plan.ok
        self.next.setText(_("Import") if step == 2 else _("Next"))
        self.next.setEnabled(
            (step == 0 and self.path is not None) or step == 1 or (step == 2 and ready)
        )
        self.next.setVisible(step < 3)

    def forward(self) -> None:
        step = self.steps.currentIndex()
        if step == 0:
            self.dry_run(then=1)
        elif step == 1:
            self.dry_run(then=2)
        elif step == 2:
            self.run_import()

    # -- the file and its columns -----------------------------------------------------------

    def choose_file(self) -> None:
        chosen = prompts.ask_open_files(self, _("Choose an Excel file"), FILES)
        if chosen:
            self.use_file(chosen[0])

    def use_file(self, path: Path) -> None:
        self.path, self.plan, self.resolved = path, None, {}
        self.file_label.setText(path.name)
        self.sheet.clear()
        self.mapping.setRowCount(0)
        self.go(0)

    def save_template(self) -> None:
        target = prompts.ask_save_path(self, _("Save the template as"), "mau-nhap-can-bo.xlsx")
        if target is not None:
            xlsx_export.write_template(self.store, target)
            prompts.show_info(self, _("Written: {path}").format(path=target))

    def _show_mapping(self, plan: xlsx_import.ImportPlan) -> None:
        if self.sheet.count() == 0:
            self.sheet.addItems(plan.sheets)
            self.sheet.setCurrentText(plan.sheet)
        self.mapping.show_headers(plan.headers, plan.mapping)

    def chosen_mapping(self) -> dict[str, str | None] | None:
        return self.mapping.chosen()

    def chosen_values(self) -> dict[tuple[str, str], str]:
        """Every value chosen so far, those of earlier checks included."""
        found: dict[tuple[str, str], str] = dict(self.resolved)
        for index in range(self.choices.rowCount()):
            item = self.choices.itemAt(index, QFormLayout.ItemRole.FieldRole)
            combo = item.widget() if item is not None else None
            if isinstance(combo, QComboBox) and combo.currentData():
                key, text = combo.property("choice")
                found[choice_key(key, text)] = combo.currentData()
        return found

    # -- dry run and import (off the GUI thread) ---------------------------------------------

    def _options(self) -> dict[str, Any]:
        return {
            "mapping": self.chosen_mapping(),
            "choices": self.chosen_values(),
            "unit_code": self.unit.currentData(),
            "sheet": self.sheet.currentText() or None,
        }

    def _start(self, work: Any, done: Any, text: str) -> None:
        self.progress_label.setText(text)
        self.progress.setRange(0, 0)
        self.go(3)
        self.cancel_button.setEnabled(True)
        self.runner.start("import", work, done, self._failed, self._progressed)

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def dry_run(self, then: int = 2) -> None:
        if self.path is None:
            return
        path, options = self.path, self._options()
        self.resolved = dict(options["choices"])

        def work(progress: Any) -> xlsx_import.ImportPlan:
            return xlsx_import.plan_import(self.store, path, progress=progress, **options)

        self._start(work, lambda plan: self._planned(plan, then), _("Checking every row…"))

    def _planned(self, plan: xlsx_import.ImportPlan, then: int) -> None:
        self.plan = plan
        self._show_mapping(plan)
        self._show_check(plan)
        self.go(then)

    def _show_check(self, plan: xlsx_import.ImportPlan) -> None:
        self.summary.setText(
            _("Would import: {create} new, {update} updated, {unchanged} unchanged.").format(
                create=plan.count("create"), update=plan.count("update"),
                unchanged=plan.count("unchanged"),
            )
            + (" " + _("Nothing is written until every problem is solved.") if not plan.ok else "")
        )  # fmt: skip
        self.problems.clear()
        self.problems.addItems([e.sentence() for e in plan.errors])
        self.problems.addItems(["! " + w.sentence() for w in plan.warnings])
        while self.choices.rowCount():
            self.choices.removeRow(0)
        for ambiguity in plan.ambiguities:
            combo = QComboBox()
            combo.addItem(_("(choose)"), None)
            for code, label in ambiguity.candidates:
                combo.addItem(label, code)
            combo.setProperty("choice", (ambiguity.key, ambiguity.value))
            self.choices.addRow(f'{ambiguity.column}: "{ambiguity.value}"', combo)

    def run_import(self) -> None:
        if self.path is None:
            return
        path, options = self.path, self._options()

        def work(progress: Any) -> xlsx_import.ImportResult:
            return xlsx_import.import_xlsx(self.store, path, progress=progress, **options)

        self._start(work, self._done, _("Importing…"))

    def _done(self, result: xlsx_import.ImportResult) -> None:
        self.result = result
        self.cancel_button.setEnabled(False)
        self.progress_label.setText(
            _("Imported: {created} new, {updated} updated, {unchanged} unchanged.").format(
                created=result.created, updated=result.updated, unchanged=result.unchanged
            )
        )
        self.imported.emit(result.changes)

    def _failed(self, error: BaseException) -> None:
        self.cancel_button.setEnabled(False)
        if isinstance(error, xlsx_import.ImportCancelled):
            self.progress_label.setText(error.sentence())
            self.go(2 if self.plan is not None else 0)
            return
        report_failure(self, error)
        self.go(2 if self.plan is not None else 0)

    def cancel(self) -> None:
        self.runner.cancel()

    def done(self, result: int) -> None:
        self.runner.cancel()
        self.runner.wait()
        super().done(result)
