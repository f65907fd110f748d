"""A read-only table over plain rows given as a list of texts per row, with an id role and a
colour for rows that need attention (overdue, warned): the register's and the training plans'
tables. Built on RecordTableModel, one column per text."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from PySide6.QtCore import Qt

from ui.table_models.record_table_model import Column, Index, RecordTableModel

ID_ROLE = Qt.ItemDataRole.UserRole + 1
R = TypeVar("R")
ATTENTION = {"late": "#b3261e", "soon": "#9a5b00", "muted": "#666666"}


class RowsTableModel(RecordTableModel[R]):
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
        def text(number: int) -> Callable[[R], str]:
            def cell(row: R) -> str:
                texts = cells(row)
                return texts[number] if number < len(texts) else ""

            return cell

        def colour(row: R) -> str | None:
            mark = attention(row)
            return ATTENTION[mark] if mark else None

        super().__init__([Column(h, text(n), colour=colour) for n, h in enumerate(headers)])
        self._key = key

    def row_at(self, row: int) -> R | None:
        return self.record(row)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == ID_ROLE:
            row = self.record(index.row()) if index.isValid() else None
            return None if row is None else self._key(row)
        return super().data(index, role)
