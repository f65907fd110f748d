"""Export the list as it is filtered to Excel: the columns chosen, then progress and a cancel
that leaves no file behind."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cadre_desktop.i18n import gettext as _
from cadre_desktop.services import xlsx_export
from cadre_desktop.services.browse import CadreFilter
from cadre_desktop.services.stores import Store
from cadre_desktop.services.xlsx_columns import COLUMNS
from ui import prompts
from ui.widgets.task import TaskRunner, report_failure

KEY_ROLE = Qt.ItemDataRole.UserRole + 1


class XlsxExportDialog(QDialog):
    def __init__(
        self, parent: QWidget | None, store: Store, query: CadreFilter, count: int
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("Export list to Excel"))
        self.resize(460, 560)
        self.store, self.query = store, query
        self.runner = TaskRunner(self)
        self.written: Path | None = None
        self.columns = QListWidget()
        for column in COLUMNS:
            item = QListWidgetItem(column.header)
            item.setData(KEY_ROLE, column.key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = column.key in xlsx_export.DEFAULT_COLUMNS
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.columns.addItem(item)
        self.progress = QProgressBar()
        self.progress.setRange(0, max(count, 1))
        self.export_button = QPushButton(_("Export…"))
        self.cancel_button = QPushButton(_("Cancel"))
        self.export_button.clicked.connect(self.export)
        self.cancel_button.clicked.connect(self.cancel)
        bar = QHBoxLayout()
        bar.addStretch(1)
        bar.addWidget(self.export_button)
        bar.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(_("{count} cadre(s); columns to export:").format(count=count)))
        layout.addWidget(self.columns, 1)
        layout.addWidget(self.progress)
        layout.addLayout(bar)

    def chosen(self) -> list[str]:
        found = []
        for row in range(self.columns.count()):
            item = self.columns.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                found.append(str(item.data(KEY_ROLE)))
        return found

    def export(self) -> None:
        columns = self.chosen()
        if not columns:
            prompts.show_error(self, _("Choose at least one column."))
            return
        target = prompts.ask_save_path(self, _("Export list to Excel"), "danh-sach-can-bo.xlsx")
        if target is None:
            return
        self.export_button.setEnabled(False)
        store, query = self.store, self.query

        def work(progress: Any) -> Path:
            xlsx_export.export_list(store, query, target, columns, progress=progress)
            return target

        self.runner.start("export", work, self._written, self._failed, self._progressed)

    def _progressed(self, done: int, _total: int) -> None:
        self.progress.setValue(done)

    def _written(self, target: Path) -> None:
        self.written = target
        prompts.show_info(self, _("Written: {path}").format(path=target))
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.export_button.setEnabled(True)
        self.progress.setValue(0)
        task = self.runner.latest("export")
        if not (task is not None and task.cancelled):
            report_failure(self, error)

    def cancel(self) -> None:
        if self.runner.running():
            self.runner.cancel()
        else:
            self.reject()

    def done(self, result: int) -> None:
        self.runner.cancel()
        self.runner.wait()
        super().done(result)


def export_filtered(parent: QWidget | None, store: Store, query: CadreFilter, count: int) -> None:
    """What the list's "Export list to Excel…" button opens."""
    XlsxExportDialog(parent, store, query, count).exec()
