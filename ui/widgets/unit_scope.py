"""The units a trusted unit may write, ticked in the unit tree: each ticked unit brings its
whole subtree, so its children are shown ticked and greyed."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem

from cadre_desktop.i18n import gettext as _
from cadre_desktop.services.browse import UnitNode

CODE_ROLE = Qt.ItemDataRole.UserRole + 1


class UnitScopeTree(QTreeWidget):
    scope_changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setColumnCount(2)
        self.setHeaderLabels([_("Units"), _("Code")])
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.setUniformRowHeights(True)
        self.itemChanged.connect(self._ticked)

    def show_units(self, roots: Iterable[UnitNode], ticked: Iterable[str] = ()) -> None:
        chosen = set(ticked)
        self.blockSignals(True)
        self.clear()
        stack: list[tuple[QTreeWidgetItem | None, UnitNode]] = [(None, r) for r in roots]
        while stack:
            parent, node = stack.pop(0)
            item = QTreeWidgetItem([node.name, node.code])
            item.setData(0, CODE_ROLE, node.code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                0, Qt.CheckState.Checked if node.code in chosen else Qt.CheckState.Unchecked
            )
            if parent is None:
                self.addTopLevelItem(item)
            else:
                parent.addChild(item)
            stack.extend((item, child) for child in node.children)
        self.expandToDepth(1)
        self._grey_covered()
        self.blockSignals(False)

    def scope(self) -> list[str]:
        """The ticked units that no ticked unit above already covers, in tree order."""
        codes: list[str] = []
        stack = [self.topLevelItem(i) for i in range(self.topLevelItemCount())]
        while stack:
            item = stack.pop(0)
            if item.checkState(0) == Qt.CheckState.Checked:
                codes.append(str(item.data(0, CODE_ROLE)))
                continue  # its subtree is in the scope already
            stack[:0] = [item.child(i) for i in range(item.childCount())]
        return codes

    def tick(self, code: str) -> None:
        for item in self._items():
            if item.data(0, CODE_ROLE) == code:
                item.setCheckState(0, Qt.CheckState.Checked)

    def _items(self) -> list[QTreeWidgetItem]:
        found: list[QTreeWidgetItem] = []
        stack = [self.topLevelItem(i) for i in range(self.topLevelItemCount())]
        while stack:
            item = stack.pop(0)
            found.append(item)
            stack[:0] = [item.child(i) for i in range(item.childCount())]
        return found

    def _ticked(self, _item: QTreeWidgetItem, column: int) -> None:
        if column == 0:
            self.blockSignals(True)
            self._grey_covered()
            self.blockSignals(False)
            self.scope_changed.emit()

    def _grey_covered(self) -> None:
        """A unit under a ticked one is in the scope anyway: shown greyed, not tickable."""

        def walk(item: QTreeWidgetItem, covered: bool) -> None:
            flags = item.flags()
            if covered:
                item.setFlags(flags & ~Qt.ItemFlag.ItemIsEnabled)
            else:
                item.setFlags(flags | Qt.ItemFlag.ItemIsEnabled)
            below = covered or item.checkState(0) == Qt.CheckState.Checked
            for i in range(item.childCount()):
                walk(item.child(i), below)

        for i in range(self.topLevelItemCount()):
            walk(self.topLevelItem(i), False)
