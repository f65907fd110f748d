"""The Statistics tab of the Reports screen: one table or list at a time, with its chart."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QComboBox, QSplitter, QVBoxLayout, QWidget

from cadre_desktop.services import stats
from ui.table_models.stat_table_model import StatTableModel
from ui.widgets.bar_chart import BarChart
from ui.widgets.tables import table_view


class StatisticsTab(QWidget):
    open_requested = Signal(str)  # a cadre id from one of the lists

    def __init__(self) -> None:
        super().__init__()
        self.statistics: stats.Statistics | None = None
        self.choice = QComboBox()
        self.model = StatTableModel()
        self.view = table_view(self.model)
        self.view.activated.connect(self._open)
        self.chart = BarChart()
        self.choice.currentIndexChanged.connect(lambda _i: self._show_chosen())
        split = QSplitter()
        split.addWidget(self.view)
        split.addWidget(self.chart)
        split.setSizes([820, 480])
        layout = QVBoxLayout(self)
        layout.addWidget(self.choice)
        layout.addWidget(split, 1)

    def show_statistics(self, statistics: stats.Statistics | None) -> None:
        self.statistics = statistics
        self.choice.blockSignals(True)
        self.choice.clear()
        if statistics is not None:
            for table in statistics.tables:
                self.choice.addItem(table.title, table.key)
            for listed in statistics.lists:
                self.choice.addItem(f"{listed.title} ({len(listed.rows)})", listed.key)
        self.choice.blockSignals(False)
        self._show_chosen()

    def _show_chosen(self) -> None:
        if self.statistics is None:
            self.model.show(None)
            self.chart.clear()
            return
        key = self.choice.currentData()
        table = next((t for t in self.statistics.tables if t.key == key), None)
        listed = next((t for t in self.statistics.lists if t.key == key), None)
        self.model.show(table or listed)
        self.view.resizeColumnsToContents()
        if table is not None:
            self.chart.show_counts(table.title, list(table.columns), list(table.total))
        else:
            self.chart.clear()

    def _open(self, index: QModelIndex) -> None:
        ids = self.model.ids
        cadre_id = ids[index.row()] if index.row() < len(ids) else None
        if cadre_id:
            self.open_requested.emit(str(cadre_id))
