"""One history table of a dossier (work, salary, family…), edited in place on the draft's rows."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from cadre_desktop.i18n import gettext as _
from cadre_desktop.services.dossier_edit import EditableRow
from cadre_desktop.services.dossier_fields import FieldSpec
from cadre_desktop.services.field_text import TypedValueError, read_typed, shown_text
from ui.forms.choices import Choices

Index = QModelIndex | QPersistentModelIndex
SPEC_ROLE = Qt.ItemDataRole.UserRole + 10
ROW_VALUES_ROLE = Qt.ItemDataRole.UserRole + 11
PROBLEM = QColor("#fde7e9")


class HistoryTableModel(QAbstractTableModel):
    """Shows the rows of ``rows`` that belong to this table (``only``), in their order."""

    edited = Signal()

    def __init__(
        self,
        rows: list[EditableRow],
        specs: list[FieldSpec],
        choices: Choices,
        only: tuple[str, tuple[str, ...]] | None = None,
    ) -> None:
        super().__init__()
        self.rows = rows
        self.specs = specs
        self.choices = choices
        self.only = only
        self.messages: dict[tuple[int, str], str] = {}  # (id of the row, key) → message
        self.typed_errors: dict[tuple[int, str], tuple[str, str]] = {}  # → (text, message)

    # -- which rows ------------------------------------------------------------------

    def _visible(self) -> list[int]:
        if self.only is None:
            return list(range(len(self.rows)))
        key, values = self.only
        return [i for i, row in enumerate(self.rows) if str(row.values.get(key)) in values]

    def row_at(self, visible: int) -> EditableRow:
        return self.rows[self._visible()[visible]]

    # -- reading ---------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._visible())

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.specs)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return _(self.specs[section].label) if 0 <= section < len(self.specs) else None
        return str(section + 1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= self.rowCount():
            return None
        row = self.row_at(index.row())
        spec = self.specs[index.column()]
        value = row.values.get(spec.json_key)
        cell = (id(row), spec.json_key)
        if role == Qt.ItemDataRole.DisplayRole:
            if cell in self.typed_errors:
                return self.typed_errors[cell][0]
            if spec.kind == "bool":
                return None
            if self.choices.has_choices(spec):
                return self.choices.label(spec, value, row.values)
            return shown_text(spec, value)
        if role == Qt.ItemDataRole.EditRole:
            if cell in self.typed_errors:
                return self.typed_errors[cell][0]
            return value if self.choices.has_choices(spec) else shown_text(spec, value)
        if role == Qt.ItemDataRole.CheckStateRole and spec.kind == "bool":
            return Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._message(cell)
        if role == Qt.ItemDataRole.BackgroundRole and self._message(cell):
            return QBrush(PROBLEM)
        if role == SPEC_ROLE:
            return spec.json_key
        return None

    def _message(self, cell: tuple[int, str]) -> str | None:
        if cell in self.typed_errors:
            return self.typed_errors[cell][1]
        return self.messages.get(cell)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.specs[index.column()].kind == "bool":
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable

    # -- editing ---------------------------------------------------------------------

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid():
            return False
        row = self.row_at(index.row())
        spec = self.specs[index.column()]
        cell = (id(row), spec.json_key)
        if role == Qt.ItemDataRole.CheckStateRole and spec.kind == "bool":
            row.values[spec.json_key] = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role == Qt.ItemDataRole.EditRole:
            self.typed_errors.pop(cell, None)
            if self.choices.has_choices(spec):
                row.values[spec.json_key] = value
            else:
                try:
                    row.values[spec.json_key] = read_typed(spec, str(value or ""))
                except TypedValueError as error:
                    self.typed_errors[cell] = (str(value), _(error.msgid))
        else:
            return False
        self.dataChanged.emit(index, index)
        self.edited.emit()
        return True

    def add_row(self, values: dict[str, Any]) -> int:
        """Append a row after the last visible one; returns its visible position."""
        if self.only is not None:
            values = {self.only[0]: self.only[1][0], **values}
        row = EditableRow({spec.json_key: None for spec in self.specs} | values)
        visible = self._visible()
        at = visible[-1] + 1 if visible else len(self.rows)
        self.beginInsertRows(QModelIndex(), len(visible), len(visible))
        self.rows.insert(at, row)
        self.endInsertRows()
        self.edited.emit()
        return len(visible)

    def add_existing(self, row: EditableRow) -> None:
        count = self.rowCount()
        self.beginInsertRows(QModelIndex(), count, count)
        self.rows.append(row)
        self.endInsertRows()
        self.edited.emit()

    def remove_row(self, visible: int) -> None:
        self.beginRemoveRows(QModelIndex(), visible, visible)
        del self.rows[self._visible()[visible]]
        self.endRemoveRows()
        self.edited.emit()

    def move_row(self, visible: int, step: int) -> bool:
        """Swap a row with its visible neighbour (up: -1, down: +1)."""
        order = self._visible()
        other = visible + step
        if not (0 <= visible < len(order) and 0 <= other < len(order)):
            return False
        a, b = order[visible], order[other]
        self.rows[a], self.rows[b] = self.rows[b], self.rows[a]
        top, bottom = min(visible, other), max(visible, other)
        self.dataChanged.emit(self.index(top, 0), self.index(bottom, self.columnCount() - 1))
        self.edited.emit()
        return True

    def set_messages(self, messages: dict[tuple[int, str], str]) -> None:
        self.messages = messages
        if self.rowCount():
            bottom = self.index(self.rowCount() - 1, self.columnCount() - 1)
            self.dataChanged.emit(self.index(0, 0), bottom)

    def refresh_all(self) -> None:
        self.beginResetModel()
        self.endResetModel()
