"""Which column of a sheet is which field of the dossier: one row per sheet header, a choice
of field (or "not imported") beside it, first filled by what the import recognised."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QTableWidget

from cadre_desktop.i18n import gettext as _
from cadre_desktop.services.xlsx_columns import COLUMNS


class ColumnMapping(QTableWidget):
    def __init__(self) -> None:
        super().__init__(0, 2)
        self.setHorizontalHeaderLabels([_("Column of the sheet"), _("Imported as")])
        self.horizontalHeader().setStretchLastSection(True)
        self.setColumnWidth(0, 320)

    def show_headers(self, headers: list[str], recognised: dict[int, str]) -> None:
        self.setRowCount(0)
        for index, header in enumerate(headers):
            if not header:
                continue
            row = self.rowCount()
            self.insertRow(row)
            self.setCellWidget(row, 0, QLabel(header))
            combo = QComboBox()
            combo.addItem(_("(not imported)"), None)
            for column in COLUMNS:
                combo.addItem(column.header, column.key)
            combo.setCurrentIndex(max(0, combo.findData(recognised.get(index))))
            self.setCellWidget(row, 1, combo)

    def chosen(self) -> dict[str, str | None] | None:
        """Sheet header → field key (None: not imported); None before any sheet was read."""
        if self.rowCount() == 0:
            return None
        found: dict[str, str | None] = {}
        for row in range(self.rowCount()):
            header, combo = self.cellWidget(row, 0), self.cellWidget(row, 1)
            if isinstance(header, QLabel) and isinstance(combo, QComboBox):
                found[header.text()] = combo.currentData()
        return found
