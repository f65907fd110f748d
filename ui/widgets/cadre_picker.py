"""Choose a cadre by typing part of the name, ID number or unit (diacritics ignored), then
arrow keys and Enter, as in the main list."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cadre_desktop.i18n import gettext as _
from cadre_desktop.services import browse
from cadre_desktop.services.browse import CadreFilter
from cadre_desktop.services.stores import Store
from ui.table_models.cadre_table_model import CadreTableModel


class CadrePicker(QWidget):
    chosen = Signal(str)  # the cadre id, or "" when the choice is cleared

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.search = QLineEdit()
        self.search.setPlaceholderText(_("Type a name, ID number or unit, then ↓ and Enter"))
        self.search.setClearButtonEnabled(True)
        self.model = CadreTableModel(
            lambda q: browse.count(self.store, q),
            lambda q, offset, limit, total: browse.page(self.store, q, offset, limit, total),
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((190, 90, 50, 200, 200)):
            self.table.setColumnWidth(column, width)
        self.table.setFixedHeight(26 * 5 + 30)
        self.picked = QLabel()
        self.picked.setStyleSheet("font-weight: 600;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSizeConstraint(QVBoxLayout.SizeConstraint.SetMinimumSize)
        layout.addWidget(self.search)
        layout.addWidget(self.table)
        layout.addWidget(self.picked)
        self.cadre_id: str | None = None
        self.search.textChanged.connect(self._search)
        self.search.installEventFilter(self)
        self.table.activated.connect(lambda index: self._pick(index.row()))
        self.table.clicked.connect(lambda index: self._pick(index.row()))
        self._search("")

    def _search(self, text: str) -> None:
        self.model.set_query(CadreFilter(text=text))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """↓ from the search box goes to the results; Enter there picks the first one."""
        if watched is self.search and isinstance(event, QKeyEvent):
            if event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Down:
                self.table.setFocus()
                self.table.selectRow(0)
                return True
            if event.type() == QEvent.Type.KeyPress and event.key() in (
                Qt.Key.Key_Return,
                Qt.Key.Key_Enter,
            ):
                if self.model.rowCount():
                    self._pick(0)
                return True
        return super().eventFilter(watched, event)

    def _pick(self, row: int) -> None:
        cadre = self.model.cadre(row)
        if cadre is None:
            return
        self.choose(cadre.id, cadre.full_name, cadre.position)

    def choose(self, cadre_id: str, name: str, position: str | None = None) -> None:
        self.cadre_id = cadre_id
        who = f"{name} — {position}" if position else name
        self.picked.setText(_("Chosen: {name}").format(name=who))
        self.chosen.emit(cadre_id)

    def current_id(self) -> str | None:
        return self.cadre_id
