"""A read-only table over a list of plain rows: named columns, an id role, a colour for rows
that need attention (overdue, warned). The register's and the training plans' tables use it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from cadre_desktop.i18n import gettext as _

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1
R = TypeVar("R")
ATTENTION = {"late": QColor("#b3261e"), "soon": QColor("#9a5b00"), "muted": QColor("#666666")}


class RowsTableModel(QAbstractTableModel, Generic[R]):
    """``cells(row)`` gives the texts of a row, ``key(row)`` its id, ``attention(row)`` one of
    "late", "soon", "muted" or None."""

    ID_ROLE = ID_ROLE

    def __init__(
        self,
        headers: Sequence[str],  # msgids
        cells: Callable[[R], Sequence[str]],
        key: Callable[[R], str],
        attention: Callable[[R], str | None] = lambda _row: None,
    ) -> None:
        super().__init__()
        self._headers = tuple(headers)
        self._cells, self._key, self._attention = cells, key, attention
        self._rows: list[R] = []

    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> R | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rows(self) -> list[R]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._headers)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return _(self._headers[section]) if 0 <= section < len(self._headers) else None
        return str(section + 1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.column() < len(self._headers):
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            cells = self._cells(row)
            return cells[index.column()] if index.column() < len(cells) else ""
        if role == ID_ROLE:
            return self._key(row)
        if role == Qt.ItemDataRole.ForegroundRole:
            mark = self._attention(row)
            return QBrush(ATTENTION[mark]) if mark else None
        return None
