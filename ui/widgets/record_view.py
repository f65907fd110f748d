"""The read-only, row-selecting table and the bold heading every personnel screen uses."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView

ROW_HEIGHT = 28


def record_table(
    model: QAbstractItemModel, rows: int = 8, widths: tuple[int, ...] = ()
) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    metrics = header.fontMetrics()
    for column in range(model.columnCount()):
        text = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        wanted = widths[column] if column < len(widths) else 120
        # never narrower than the header's own words (Vietnamese headers run longer)
        view.setColumnWidth(column, max(wanted, metrics.horizontalAdvance(text) + 24))
    view.setMinimumHeight(rows * ROW_HEIGHT + 30)
    return view


def heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setStyleSheet("font-weight: 600;")
    return label
