"""The targets dashboard as a table (one row per indicator, coloured by how far it is), and the
cadres behind the chosen indicator (who is missing what)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from cadre_desktop.i18n import N_
from cadre_desktop.i18n import gettext as _
from cadre_desktop.services.target_text import (
    count_text,
    gap_text,
    status_text,
    target_text,
    value_text,
)
from cadre_desktop.services.targets import BehindRow, IndicatorResult

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1
COLOUR_ROLE = Qt.ItemDataRole.UserRole + 2
COLOURS = {  # light backgrounds that keep black text readable
    "green": QColor("#d4edda"),
    "amber": QColor("#fff3cd"),
    "red": QColor("#f8d7da"),
    "grey": QColor("#e9ecef"),
}
TARGET_HEADERS = (
    N_("No."),
    N_("Indicator"),
    N_("Target"),
    N_("Result"),
    N_("Gap"),
    N_("Counted"),
    N_("Assessment"),
)


class TargetTableModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.results: list[IndicatorResult] = []

    def show(self, results: list[IndicatorResult]) -> None:
        self.beginResetModel()
        self.results = list(results)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.results)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(TARGET_HEADERS)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _(TARGET_HEADERS[section]) if 0 <= section < len(TARGET_HEADERS) else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.results):
            return None
        result = self.results[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            texts = (
                result.indicator.number,
                result.indicator.wording,
                target_text(result.indicator),
                value_text(result),
                gap_text(result),
                count_text(result),
                status_text(result),
            )
            if role == Qt.ItemDataRole.ToolTipRole:
                return f"{result.indicator.wording}\n{result.indicator.legal_basis}"
            return texts[index.column()]
        if role == Qt.ItemDataRole.BackgroundRole and index.column() in (3, 4, 6):
            return COLOURS[result.colour]
        if role == COLOUR_ROLE:
            return result.colour
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() != 1:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


BEHIND_HEADERS = (
    N_("Full name"),
    N_("Date of birth"),
    N_("Current position"),
    N_("Unit"),
    N_("Counted"),
    N_("What the dossier shows"),
)


class BehindTableModel(QAbstractTableModel):
    """The cadres behind one indicator; their ids open the dossiers."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[BehindRow] = []

    def show(self, rows: list[BehindRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(BEHIND_HEADERS)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _(BEHIND_HEADERS[section]) if 0 <= section < len(BEHIND_HEADERS) else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == ID_ROLE:
            return row.cadre_id
        if role == Qt.ItemDataRole.DisplayRole:
            born = row.birth.vn() if row.birth else ""
            counted = _("yes") if row.counted else _("no")
            return (row.name, born, row.post, row.unit, counted, row.note)[index.column()]
        return None
