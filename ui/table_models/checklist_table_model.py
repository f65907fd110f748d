"""The self-check against the 27 manifestations, item by item: none / present / remedied, with
a remark. The wording is the official one once loaded; until then the short labels are shown
greyed and marked unofficial (DOMAIN.md decision 5)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from cadre_desktop.domain.yearly_enums import CheckState
from cadre_desktop.i18n import N_
from cadre_desktop.i18n import gettext as _
from ui.table_models.history_table_model import Index
from ui.yearly_labels import yearly_label

STATE_ROLE = Qt.ItemDataRole.UserRole + 20
COLUMNS = (N_("Item"), N_("Manifestation"), N_("Self-check"), N_("Remark"))
CODE, TEXT, STATE, REMARK = range(4)
_SHADE = {CheckState.PRESENT: QColor("#fde7e9"), CheckState.REMEDIED: QColor("#e6f4ea")}
UNOFFICIAL_MARK = N_("unofficial")


class ChecklistTableModel(QAbstractTableModel):
    edited = Signal()

    def __init__(self, wording: list[tuple[str, str]], official: bool) -> None:
        super().__init__()
        self.wording = wording
        self.official = official
        self.lines: dict[str, dict[str, Any]] = {}
        self.read_only = False

    def set_wording(self, wording: list[tuple[str, str]], official: bool) -> None:
        self.beginResetModel()
        self.wording, self.official = wording, official
        self.endResetModel()

    def load(self, checks: list[dict[str, Any]], read_only: bool) -> None:
        self.beginResetModel()
        self.lines = {c["item"]: {"state": c["state"], "remark": c.get("remark")} for c in checks}
        self.read_only = read_only
        self.endResetModel()

    def checks(self) -> list[dict[str, Any]]:
        """The lines recorded, in the items' order (an item without a state is not recorded)."""
        return [
            {"item": code, "state": line["state"], "remark": line.get("remark")}
            for code, _text in self.wording
            if (line := self.lines.get(code)) and line.get("state")
        ]

    def mark_rest_none(self) -> None:
        """Every item not yet answered becomes "none" (the usual answer, one click)."""
        for code, _text in self.wording:
            line = self.lines.setdefault(code, {"state": None, "remark": None})
            if not line.get("state"):
                line["state"] = CheckState.NONE.value
        if self.wording:
            self.dataChanged.emit(self.index(0, STATE), self.index(len(self.wording) - 1, STATE))
        self.edited.emit()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.wording)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if not 0 <= section < len(COLUMNS):
            return None
        title = _(COLUMNS[section])
        if section == TEXT and not self.official:
            title = f"{title} ({_(UNOFFICIAL_MARK)})"
        return title

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.wording):
            return None
        code, text = self.wording[index.row()]
        line = self.lines.get(code, {})
        state = line.get("state")
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == CODE:
                return code
            if column == TEXT:
                return text if self.official else f"{text} [{_(UNOFFICIAL_MARK)}]"
            if column == STATE:
                if role == Qt.ItemDataRole.EditRole:
                    return state
                return yearly_label(CheckState, state) if state else ""
            return line.get("remark") or ""
        if role == STATE_ROLE:
            return state
        if role == Qt.ItemDataRole.ToolTipRole and column == TEXT:
            if self.official:
                return text
            return _("Unofficial short label: the official wording has not been loaded.")
        if role == Qt.ItemDataRole.ForegroundRole and column == TEXT and not self.official:
            return QBrush(QColor("#6b6b6b"))
        if role == Qt.ItemDataRole.FontRole and column == TEXT and not self.official:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and state in _SHADE:
            return QBrush(_SHADE[CheckState(state)])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in (STATE, REMARK) and not self.read_only:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not (self.flags(index) & Qt.ItemFlag.ItemIsEditable):
            return False
        code = self.wording[index.row()][0]
        line = self.lines.setdefault(code, {"state": None, "remark": None})
        if index.column() == STATE:
            if value not in (None, *(s.value for s in CheckState)):
                return False
            line["state"] = value
        else:
            line["remark"] = str(value).strip() or None if value is not None else None
        self.dataChanged.emit(index, index.siblingAtColumn(REMARK))
        self.edited.emit()
        return True
