"""A read-only table over a short list of records (conclusions, candidates, steps, alerts…),
each column a named function of the record; the personnel screens' models are built on it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from fractions import Fraction
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from cadre_desktop.i18n import gettext as _
from cadre_desktop.services.personnel_words import percent_text

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex
RECORD_ROLE = Qt.ItemDataRole.UserRole + 20  # the record itself


@dataclass(frozen=True)
class Column(Generic[T]):
    title: str  # msgid
    text: Callable[[T], str]
    tooltip: Callable[[T], str] | None = None
    colour: Callable[[T], str | None] | None = None  # the text colour, e.g. BLOCK_COLOUR
    numeric: bool = False  # right-aligned


class RecordTableModel(QAbstractTableModel, Generic[T]):
    RECORD_ROLE = RECORD_ROLE

    def __init__(self, columns: Sequence[Column[T]], rows: Sequence[T] = ()) -> None:
        super().__init__()
        self.columns = list(columns)
        self.rows: list[T] = list(rows)

    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def record(self, row: int) -> T | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return _(self.columns[section].title) if 0 <= section < len(self.columns) else None
        return str(section + 1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        if not 0 <= index.column() < len(self.columns):
            return None
        record, column = self.rows[index.row()], self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(record)
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = column.tooltip(record) if column.tooltip else column.text(record)
            return tip or None
        if role == Qt.ItemDataRole.ForegroundRole and column.colour is not None:
            colour = column.colour(record)
            return QBrush(QColor(colour)) if colour else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == RECORD_ROLE:
            return record
        return None


def text_of(value: object) -> str:
    """A cell's text for an optional value."""
    return "" if value is None else str(value)


def percent(part: int, whole: int) -> str:
    """ "7/10 (70 %)" — shares are shown over those invited (NĐ 170 Đ33)."""
    if not whole:
        return f"{part}/{whole}"
    return f"{part}/{whole} ({round(100 * part / whole)} %)"


def share_text(share: Fraction) -> str:
    """A ratio as the rules state it: "15 %", or "2/3" when it is no whole percentage."""
    return percent_text(str(share))
