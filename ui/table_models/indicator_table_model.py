"""The indicators of a target set being entered or revised."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from cadre_desktop.i18n import N_
from cadre_desktop.i18n import gettext as _
from cadre_desktop.services.target_edits import params_line
from cadre_desktop.services.target_sets import IndicatorDef
from cadre_desktop.services.target_text import target_text

Index = QModelIndex | QPersistentModelIndex
HEADERS = (
    N_("No."),
    N_("Indicator"),
    N_("Kind"),
    N_("Population"),
    N_("Condition"),
    N_("Parameters"),
    N_("Target"),
)


class IndicatorTableModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.indicators: list[IndicatorDef] = []

    def show(self, indicators: list[IndicatorDef]) -> None:
        self.beginResetModel()
        self.indicators = list(indicators)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.indicators)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _(HEADERS[section]) if 0 <= section < len(HEADERS) else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.indicators):
            return None
        i = self.indicators[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            try:
                target = target_text(i)
            except (TypeError, ValueError):  # a number still being typed
                target = i.target
            values = (
                i.number,
                i.wording,
                i.kind,
                i.population,
                i.condition,
                params_line(i),
                target,
            )
            return values[index.column()]
        return None
