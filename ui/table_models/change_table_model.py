"""The comparison with the previous declaration, item by item: value before and after and the
change, increases and decreases highlighted (rules/declaration_changes.py computes it)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from cadre_desktop.domain.yearly_enums import ChangeDirection
from cadre_desktop.i18n import N_
from cadre_desktop.i18n import gettext as _
from cadre_desktop.rules.declaration_changes import ChangeRow, ChangeTable
from ui.table_models.history_table_model import Index

DIRECTION_ROLE = Qt.ItemDataRole.UserRole + 30
COLUMNS = (
    N_("Category"),
    N_("Asset or income"),
    N_("Previous declaration (đồng)"),
    N_("This declaration (đồng)"),
    N_("Change (đồng)"),
)
CATEGORY, ITEM, BEFORE, AFTER, CHANGE = range(5)
INCREASE = QColor("#fdecd3")  # amber: an increase needs its origin explained
DECREASE = QColor("#e3eefb")


def dots(amount: int) -> str:
    """Whole đồng with Vietnamese grouping, as the form writes figures: 1.234.567."""
    return f"{amount:,}".replace(",", ".")


def signed(amount: int) -> str:
    if amount > 0:
        return f"+{dots(amount)}"
    if amount < 0:
        return f"−{dots(-amount)}"
    return "0"


class ChangeTableModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.table: ChangeTable | None = None

    def set_table(self, table: ChangeTable | None) -> None:
        self.beginResetModel()
        self.table = table
        self.endResetModel()

    def _rows(self) -> tuple[ChangeRow, ...]:
        return self.table.rows if self.table is not None else ()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows())

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return _(COLUMNS[section]) if 0 <= section < len(COLUMNS) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        rows = self._rows()
        if not index.isValid() or not 0 <= index.row() < len(rows):
            return None
        row = rows[index.row()]
        income = row.category == "10"  # income is for the period: listed, never netted
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == CATEGORY:
                return row.category
            if column == ITEM:
                return row.description
            if column == BEFORE:
                return "—" if income or not row.present_before else dots(row.before)
            if column == AFTER:
                return dots(row.after) if row.present_after else "—"
            return "" if income else signed(row.delta)
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= BEFORE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == DIRECTION_ROLE:
            return None if income or row.direction is None else row.direction.value
        if role == Qt.ItemDataRole.BackgroundRole and not income:
            if row.direction is ChangeDirection.INCREASE:
                return QBrush(INCREASE)
            if row.direction is ChangeDirection.DECREASE:
                return QBrush(DECREASE)
        return None
