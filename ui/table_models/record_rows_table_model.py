"""A history table over the rows of a yearly record (reviews, people, assets, changes);
read-only once the record is final or received."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from ui.table_models.history_table_model import HistoryTableModel, Index


class RecordRowsTableModel(HistoryTableModel):
    read_only = False

    def set_read_only(self, read_only: bool) -> None:
        self.beginResetModel()
        self.read_only = read_only
        self.endResetModel()

    def set_rows(self, rows: list[Any]) -> None:
        """Show another record's rows (the list is edited in place, as the dossier's are)."""
        self.beginResetModel()
        self.rows = rows
        self.messages, self.typed_errors = {}, {}
        self.endResetModel()

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if self.read_only:
            flags &= ~(Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsUserCheckable)
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if self.read_only:
            return False
        return super().setData(index, value, role)

    def total(self, key: str = "value_vnd") -> int:
        """The sum of a money column over the rows this table shows (whole đồng)."""
        values = (self.row_at(i).values.get(key) for i in range(self.rowCount()))
        return sum(v for v in values if isinstance(v, int) and not isinstance(v, bool))
