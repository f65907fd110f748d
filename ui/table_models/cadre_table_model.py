"""The main list: a lazy table that fetches cadres page by page (50,000 stay smooth)."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from cadre_desktop.i18n import N_
from cadre_desktop.i18n import gettext as _
from cadre_desktop.services.browse import SORT_COLUMNS, CadreFilter, CadreRow
from ui.labels import enum_label

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1
PAGE = 200
KEPT_PAGES = 30
HEADERS = (
    N_("Full name"),
    N_("Date of birth"),
    N_("Sex"),
    N_("Unit"),
    N_("Current position"),
    N_("Political standard"),
)


class CadreTableModel(QAbstractTableModel):
    """Rows come from ``fetch_page(query, offset, limit, total)``; visited pages are kept."""

    ID_ROLE = ID_ROLE

    def __init__(
        self,
        count: Callable[[CadreFilter], int],
        fetch_page: Callable[[CadreFilter, int, int, int], list[CadreRow]],
    ) -> None:
        super().__init__()
        self._count = count
        self._fetch = fetch_page
        self.query = CadreFilter()
        self._rows = 0
        self._pages: OrderedDict[int, list[CadreRow]] = OrderedDict()

    def set_query(self, query: CadreFilter) -> None:
        self.beginResetModel()
        self.query = query
        self._pages.clear()
        self._rows = self._count(query)
        self.endResetModel()

    def clear(self) -> None:
        """Show nothing (while the store is locked)."""
        self.beginResetModel()
        self._pages.clear()
        self._rows = 0
        self.endResetModel()

    def refresh(self) -> None:
        self.set_query(self.query)

    def cadre(self, row: int) -> CadreRow | None:
        if not 0 <= row < self._rows:
            return None
        number = row // PAGE
        page = self._pages.get(number)
        if page is None:
            page = self._fetch(self.query, number * PAGE, PAGE, self._rows)
            self._pages[number] = page
            while len(self._pages) > KEPT_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        offset = row % PAGE
        return page[offset] if offset < len(page) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self._rows

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return _(HEADERS[section]) if 0 <= section < len(HEADERS) else None
        return str(section + 1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        cadre = self.cadre(index.row())
        if cadre is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                cadre.full_name,
                cadre.birth_date.vn(),
                enum_label(cadre.sex),
                cadre.unit or "",
                cadre.position or "",
                enum_label(cadre.political_standard),
            )[index.column()]
        if role == ID_ROLE:
            return cadre.id
        if role == Qt.ItemDataRole.ToolTipRole and index.column() in (3, 4):
            return cadre.unit if index.column() == 3 else cadre.position
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(SORT_COLUMNS):
            descending = order == Qt.SortOrder.DescendingOrder
            self.set_query(replace(self.query, sort=SORT_COLUMNS[column], descending=descending))
