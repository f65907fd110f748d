"""Pieces of the yearly records' pages: a history table whose long title wraps (the buttons
stay in view) and which is only as tall as its rows, so a page of ten tables stays readable;
the short list of a cadre's records above the form."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QTableView

from ui.pages.history_section import HistorySection
from ui.table_models.record_list_table_model import RecordListTableModel
from ui.table_models.record_rows_table_model import RecordRowsTableModel

ROW = 30  # the history tables' row height


def record_section(title: str, model: RecordRowsTableModel) -> HistorySection:
    section = HistorySection(title, model)
    heading = section.findChild(QLabel)
    bar = section.layout().itemAt(0).layout()
    if heading is not None and isinstance(bar, QHBoxLayout):
        heading.setWordWrap(True)
        bar.setStretch(0, 1)  # the title takes the room the buttons leave, then wraps
        bar.setStretch(1, 0)
    fit(section)
    model.rowsInserted.connect(lambda *_: fit(section))
    model.rowsRemoved.connect(lambda *_: fit(section))
    model.modelReset.connect(lambda: fit(section))
    return section


def fit(section: HistorySection) -> None:
    rows = min(12, max(2, section.model.rowCount() + 1))
    section.table.setMinimumHeight(rows * ROW + 52)
    section.table.setMaximumHeight(rows * ROW + 52)


def record_list(model: RecordListTableModel, height: int) -> QTableView:
    """The records of the cadre, one row each, chosen by a click."""
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    view.setMaximumHeight(height)
    return view
