"""A history table on a dossier page, with add, remove and reorder in place."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cadre_desktop.i18n import gettext as _
from ui.forms.field_form import MESSAGE_STYLE
from ui.table_models.history_table_model import HistoryTableModel
from ui.widgets.history_delegate import HistoryDelegate


class HistorySection(QWidget):
    def __init__(self, title: str, model: HistoryTableModel) -> None:
        super().__init__()
        self.model = model
        heading = QLabel(f"<b>{title}</b>")
        self.add_button = QPushButton(_("Add row"))
        self.remove_button = QPushButton(_("Remove row"))
        self.up_button = QPushButton(_("Move up"))
        self.down_button = QPushButton(_("Move down"))
        self.add_button.setToolTip(_("Add a row (Ctrl+Ins)"))
        self.up_button.setToolTip(_("Move the row up (Alt+Up)"))
        self.down_button.setToolTip(_("Move the row down (Alt+Down)"))
        bar = QHBoxLayout()
        bar.addWidget(heading)
        bar.addStretch(1)
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            bar.addWidget(button)
        self.table = QTableView()
        self.table.setModel(model)
        self.table.setItemDelegate(HistoryDelegate(model))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, as in the rest of the form
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(30)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setMinimumSectionSize(70)
        header.setStretchLastSection(True)
        self._size_columns()
        rows = min(12, max(5, model.rowCount()))
        self.table.setMinimumHeight(rows * 30 + 52)
        self.message = QLabel()
        self.message.setStyleSheet(MESSAGE_STYLE)
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table)
        layout.addWidget(self.message)
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_row)
        self.up_button.clicked.connect(lambda: self.move_row(-1))
        self.down_button.clicked.connect(lambda: self.move_row(1))
        QShortcut(QKeySequence("Ctrl+Ins"), self.table, self.add_row)
        QShortcut(QKeySequence("Alt+Up"), self.table, lambda: self.move_row(-1))
        QShortcut(QKeySequence("Alt+Down"), self.table, lambda: self.move_row(1))
        self.table.selectionModel().currentChanged.connect(lambda *_: self.show_row_messages())
        model.dataChanged.connect(lambda *_: self.show_row_messages())

    def _size_columns(self) -> None:
        metrics = self.table.fontMetrics()
        for column, spec in enumerate(self.model.specs):
            if spec.kind == "date":
                width = metrics.horizontalAdvance("00/00/0000") + 28
            elif spec.kind in ("bool", "int", "decimal"):
                width = 90
            elif spec.kind == "enum":
                width = 130
            elif spec.kind == "unit":
                width = 240
            elif spec.max_length and spec.max_length <= 60:
                width = 150
            else:
                width = 220
            header = metrics.horizontalAdvance(_(spec.label)) + 24
            self.table.setColumnWidth(column, max(width, min(header, 240)))

    def current_row(self) -> int:
        index = self.table.currentIndex()
        return index.row() if index.isValid() else -1

    def _select(self, row: int, column: int = 0) -> None:
        index = self.model.index(row, column)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.table.scrollTo(index)

    def add_row(self) -> None:
        row = self.model.add_row({})
        self._select(row)
        self.table.setFocus()
        self.table.edit(self.model.index(row, 0))

    def remove_row(self) -> None:
        row = self.current_row()
        if row >= 0:
            self.model.remove_row(row)
            if self.model.rowCount():
                self._select(min(row, self.model.rowCount() - 1))

    def move_row(self, step: int) -> None:
        row = self.current_row()
        if row >= 0 and self.model.move_row(row, step):
            self._select(row + step, self.table.currentIndex().column())

    def show_row_messages(self) -> None:
        row = self.current_row()
        lines = []
        problems = 0
        for visible in range(self.model.rowCount()):
            for column in range(self.model.columnCount()):
                text = self.model.index(visible, column).data(Qt.ItemDataRole.ToolTipRole)
                if text:
                    problems += 1
                    if visible == row:
                        lines.append(
                            f"{self.model.headerData(column, Qt.Orientation.Horizontal)}: {text}"
                        )
        if not lines and problems:
            lines.append(
                _("{count} cell(s) in this table need attention (shown in red).").format(
                    count=problems
                )
            )
        self.message.setText("\n".join(lines))
