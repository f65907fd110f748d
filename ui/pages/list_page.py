"""The first tab: search box, unit tree, filters and the lazy cadre list."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cadre_desktop.domain.enums import Sex
from cadre_desktop.i18n import gettext as _
from cadre_desktop.services import browse, settings
from cadre_desktop.services.browse import CadreFilter
from cadre_desktop.services.stores import Store
from ui import prompts
from ui.dialogs.batch_print_dialog import BatchPrintDialog
from ui.dialogs.xlsx_export_dialog import export_filtered
from ui.table_models.cadre_table_model import ID_ROLE, CadreTableModel
from ui.widgets.filter_bar import FilterBar, status_of
from ui.widgets.unit_tree import UnitTree

COLUMN_WIDTHS = (200, 95, 65, 230, 270, 150)


def list_filter(values: dict[str, Any], text: str, units: frozenset[str] | None) -> CadreFilter:
    """The list filter from the search text, the unit chosen and the filter bar."""
    today = dt.date.today()
    status = status_of(values)
    query = CadreFilter(
        text=text,
        unit_ids=units,
        sex=Sex(values["sex"]) if values.get("sex") else None,
        party_member=values.get("party"),
        political_theory=values.get("theory"),
        planned={"planned": True, "not_planned": False}.get(status or ""),
        proposed=True if status == "proposed" else None,
        appointed_on=today.isoformat() if status == "appointed" else None,
    )
    return browse.with_age_range(query, values.get("age_from"), values.get("age_to"), today)


class ListPage(QWidget):
    open_requested = Signal(str)
    new_requested = Signal()
    lock_requested = Signal()
    language_requested = Signal(str)

    def __init__(self, store: Store, language: str) -> None:
        super().__init__()
        self.store: Store | None = store
        self.search_box = QLineEdit()
        self.search_box.setObjectName("search")
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setPlaceholderText(
            _("Search by name, other name, ID number or unit (Ctrl+F)")
        )
        self.search_box.setMinimumHeight(34)
        self.search_box.setMinimumWidth(260)
        self.filters = FilterBar(store.catalogs())
        new_button = QPushButton(_("New cadre (Ctrl+N)"))
        self.print_button = QPushButton(_("Print list…"))
        lock_button = QPushButton(_("Lock (Ctrl+L)"))
        self.export_button = QPushButton(_("Export list to Excel…"))
        self.language = QComboBox()
        self.language.addItem("Tiếng Việt", "vi")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        top = QHBoxLayout()
        top.addWidget(self.search_box, 1)
        top.addWidget(self.filters.saved)
        top.addWidget(self.filters.save_button)
        top.addWidget(new_button)
        top.addWidget(self.print_button)
        top.addWidget(self.export_button)
        top.addWidget(self.language)
        top.addWidget(lock_button)

        self.tree = UnitTree()
        self.tree.setMinimumWidth(280)
        self.model = CadreTableModel(self._count, self._page)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(30)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        for column, width in enumerate(COLUMN_WIDTHS):
            self.table.setColumnWidth(column, width)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.count_label = QLabel()
        self.count_label.setStyleSheet("color: #444;")

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.filters)
        right_layout.addWidget(self.table, 1)
        right_layout.addWidget(self.count_label)
        splitter = QSplitter()
        splitter.addWidget(self.tree)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([360, 1040])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 6)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

        self.search_box.textChanged.connect(lambda _text: self.apply())
        self.filters.changed.connect(self.apply)
        self.filters.save_requested.connect(self.save_filter)
        self.filters.saved_chosen.connect(self.use_saved)
        self.tree.unit_chosen.connect(lambda _ids: self.apply())
        self.table.activated.connect(self._activated)
        new_button.clicked.connect(self.new_requested.emit)
        self.print_button.clicked.connect(self.print_list)
        lock_button.clicked.connect(self.lock_requested.emit)
        self.export_button.clicked.connect(self.export_excel)
        self.language.activated.connect(
            lambda _i: self.language_requested.emit(str(self.language.currentData()))
        )
        self.filters.show_saved(sorted(settings.saved_filters()))
        self.refresh(keep_tree=False)

    def _count(self, query: CadreFilter) -> int:
        return browse.count(self.store, query) if self.store is not None else 0

    def _page(
        self, query: CadreFilter, offset: int, limit: int, total: int
    ) -> list[browse.CadreRow]:
        if self.store is None:
            return []
        return browse.page(self.store, query, offset, limit, total)

    def _activated(self, index: QModelIndex) -> None:
        cadre_id = index.data(ID_ROLE)
        if cadre_id:
            self.open_requested.emit(str(cadre_id))

    def current_filter(self) -> CadreFilter:
        query = list_filter(self.filters.values(), self.search_box.text(), self.tree.chosen_ids())
        old = self.model.query
        return CadreFilter(**{**query.__dict__, "sort": old.sort, "descending": old.descending})

    def apply(self) -> None:
        if self.store is None:
            return
        self.model.set_query(self.current_filter())
        count = self.model.rowCount()
        self.count_label.setText(_("{count} cadre(s)").format(count=f"{count:,}".replace(",", ".")))

    def refresh(self, keep_tree: bool = True) -> None:
        if self.store is None:
            return
        if not keep_tree:
            self.tree.show_units(browse.unit_tree(self.store), self.tree.chosen_unit())
        self.apply()

    def print_list(self) -> None:
        """Print a form for every cadre the list shows (ui/dialogs/batch_print_dialog.py)."""
        if self.store is None:
            return
        BatchPrintDialog(self, self.store, self.current_filter(), self.model.rowCount()).exec()

    def clear(self) -> None:
        """Nothing personal stays on screen while locked."""
        self.store = None
        self.model.clear()
        self.tree.clear()
        self.count_label.clear()

    def set_store(self, store: Store) -> None:
        self.store = store
        self.refresh(keep_tree=False)

    def export_excel(self) -> None:
        """The list as filtered now, with the columns the officer chooses, to Excel."""
        if self.store is not None:
            export_filtered(self, self.store, self.current_filter(), self.model.rowCount())

    # -- saved filters -------------------------------------------------------------------------

    def state(self) -> dict[str, Any]:
        return {
            **self.filters.values(),
            "text": self.search_box.text(),
            "unit": self.tree.chosen_unit(),
        }

    def restore(self, state: dict[str, Any]) -> None:
        if self.store is not None and state.get("unit"):
            self.tree.show_units(browse.unit_tree(self.store), state["unit"])
        self.search_box.blockSignals(True)
        self.search_box.setText(state.get("text") or "")
        self.search_box.blockSignals(False)
        self.filters.set_values(state)

    def save_filter(self) -> None:
        name = prompts.ask_text(self, _("Save filter"), _("Name of this filter:"))
        if name:
            settings.save_filter(name, self.state())
            self.filters.show_saved(sorted(settings.saved_filters()))

    def use_saved(self, name: str) -> None:
        state = settings.saved_filters().get(name)
        if state:
            self.restore(state)
