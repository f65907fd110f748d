"""The main window (a first version: the store, its size and a way to find a cadre)."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QMainWindow, QVBoxLayout, QWidget

from cadre_desktop.i18n import gettext as _
from cadre_desktop.services.search import search_cadres
from cadre_desktop.services.stores import Store

SHOWN = 200


class MainWindow(QMainWindow):
    def __init__(self, store: Store) -> None:
        super().__init__()
        self.store = store
        self.setWindowTitle(_("Cadre Desktop — {unit}").format(unit=store.unit_name))
        self.resize(1000, 680)
        self.search_box = QLineEdit(placeholderText=_("Search by name, ID number or unit (Ctrl+F)"))
        self.summary = QLabel()
        self.results = QListWidget()
        layout = QVBoxLayout()
        layout.addWidget(self.search_box)
        layout.addWidget(self.summary)
        layout.addWidget(self.results)
        central = QWidget()
        central.setLayout(layout)
        self.setCentralWidget(central)
        self.search_box.textChanged.connect(self.refresh)
        QShortcut(QKeySequence.StandardKey.Find, self, self.search_box.setFocus)
        self.refresh("")

    def refresh(self, query: str) -> None:
        with self.store.unit_of_work() as uow:
            hits = search_cadres(uow, query)
        self.summary.setText(_("{count} cadre(s)").format(count=len(hits)))
        self.results.clear()
        for hit in hits[:SHOWN]:
            line = f"{hit.full_name} — {hit.birth_date.vn()} — {hit.position or hit.unit or ''}"
            self.results.addItem(line)
