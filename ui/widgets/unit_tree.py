"""The unit tree on the left of the main window, each unit with its number of cadres."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem

from cadre_desktop.i18n import gettext as _
from cadre_desktop.services.browse import UnitNode

IDS_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2


class UnitTree(QTreeWidget):
    """Emits the chosen unit's subtree (None for every unit)."""

    unit_chosen = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.setColumnCount(2)
        self.setHeaderLabels([_("Units"), _("Cadres")])
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.currentItemChanged.connect(self._chosen)

    def show_units(self, roots: list[UnitNode], chosen: str | None = None) -> None:
        self.blockSignals(True)
        self.clear()
        everyone = QTreeWidgetItem([_("All units"), str(sum(r.total for r in roots))])
        everyone.setData(0, IDS_ROLE, None)
        self._align(everyone)
        self.addTopLevelItem(everyone)
        current = everyone
        stack = [(everyone, root) for root in roots]
        while stack:
            parent, node = stack.pop(0)
            item = QTreeWidgetItem([node.name, f"{node.total:,}".replace(",", ".")])
            item.setData(0, IDS_ROLE, node.subtree_ids())
            item.setData(0, ID_ROLE, node.id)
            item.setToolTip(0, f"{node.name} ({node.code})")
            if node.abolished:
                item.setForeground(0, Qt.GlobalColor.gray)
            self._align(item)
            parent.addChild(item)
            if node.id == chosen:
                current = item
            stack.extend((item, child) for child in node.children)
        self.expandToDepth(1)
        self.setCurrentItem(current)
        self.blockSignals(False)

    @staticmethod
    def _align(item: QTreeWidgetItem) -> None:
        item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def chosen_unit(self) -> str | None:
        item = self.currentItem()
        value = item.data(0, ID_ROLE) if item is not None else None
        return str(value) if value else None

    def chosen_ids(self) -> frozenset[str] | None:
        item = self.currentItem()
        value = item.data(0, IDS_ROLE) if item is not None else None
        return frozenset(value) if value else None

    def _chosen(self, current: QTreeWidgetItem | None, _previous: object) -> None:
        self.unit_chosen.emit(self.chosen_ids())
