"""A read-only list of a cadre's yearly records (ratings by period, declarations by year), one
row per record dict, with named columns; the record's id is under ``ID_ROLE``."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from cadre_desktop.i18n import gettext as _
from ui.table_models.history_table_model import Index

ID_ROLE = Qt.ItemDataRole.UserRole + 40


@dataclass(frozen=True)
class Column:
    title: str  # msgid
    text: Callable[[dict[str, Any]], str]


class RecordListTableModel(QAbstractTableModel):
    def __init__(
        self,
        columns: tuple[Column, ...],
        faded: Callable[[dict[str, Any]], bool] = lambda _r: False,
    ) -> None:
        super().__init__()
        self.columns = columns
        self.faded = faded  # e.g. a rating a re-rating replaced
        self.records: list[dict[str, Any]] = []

    def set_records(self, records: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self.records = records
        self.endResetModel()

    def row_of(self, record_id: str | None) -> int:
        return next((i for i, r in enumerate(self.records) if r["id"] == record_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return _(self.columns[section].title) if 0 <= section < len(self.columns) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.records):
            return None
        record = self.records[index.row()]
        if role == Qt.ItemDataRole.DisplayRole and 0 <= index.column() < len(self.columns):
            return self.columns[index.column()].text(record)
        if role == ID_ROLE:
            return record["id"]
        if role == Qt.ItemDataRole.ForegroundRole and self.faded(record):
            return QBrush(QColor("#7a7a7a"))
        if role == Qt.ItemDataRole.FontRole and self.faded(record):
            font = QFont()
            font.setItalic(True)
            return font
        return None
