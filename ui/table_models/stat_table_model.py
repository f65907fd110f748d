"""A statistics table (units by categories, with totals) or a statistics list, shown as is."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from cadre_desktop.i18n import gettext as _
from cadre_desktop.services.stat_lists import ListTable
from cadre_desktop.services.stats import StatTable

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1


class StatTableModel(QAbstractTableModel):
    """Either a StatTable (a total row and column are added) or a ListTable."""

    def __init__(self) -> None:
        super().__init__()
        self.headers: list[str] = []
        self.rows: list[list[Any]] = []
        self.ids: list[str | None] = []
        self.total_row = False

    def show(self, table: StatTable | ListTable | None) -> None:
        self.beginResetModel()
        self.total_row = isinstance(table, StatTable)
        if isinstance(table, StatTable):
            self.headers = [_("Unit"), *table.columns, _("Total")]
            self.rows = [[unit, *counts, sum(counts)] for unit, counts in table.rows]
            self.rows.append([_("Total"), *table.total, sum(table.total)])
            self.ids = [None] * len(self.rows)
        elif isinstance(table, ListTable):
            self.headers = list(table.columns)
            self.rows = [list(r) for r in table.rows]
            self.ids = list(table.cadre_ids) or [None] * len(self.rows)
        else:
            self.headers, self.rows, self.ids = [], [], []
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.headers)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section] if 0 <= section < len(self.headers) else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        value = self.rows[index.row()][index.column()]
        if role == ID_ROLE:
            return self.ids[index.row()] if index.row() < len(self.ids) else None
        if role == Qt.ItemDataRole.DisplayRole:
            if isinstance(value, dt.date):
                return value.strftime("%d/%m/%Y")
            if isinstance(value, float):
                return f"{value:.1f}".replace(".", ",")
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(value, int | float):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if (
            role == Qt.ItemDataRole.FontRole
            and self.total_row
            and index.row() == len(self.rows) - 1
        ):
            font = QFont()
            font.setBold(True)
            return font
        return None
