"""Cell editors for history tables: combo boxes for catalogs, date fields for dates."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QLineEdit, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from ui.table_models.history_table_model import HistoryTableModel
from ui.widgets.catalog_combo import CatalogCombo
from ui.widgets.partial_date_edit import PartialDateEdit

Index = QModelIndex | QPersistentModelIndex


class HistoryDelegate(QStyledItemDelegate):
    def __init__(self, model: HistoryTableModel) -> None:
        super().__init__()
        self.history = model

    def createEditor(  # noqa: N802
        self, parent: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> QWidget:
        spec = self.history.specs[index.column()]
        if self.history.choices.has_choices(spec):
            row = self.history.row_at(index.row())
            choices = self.history.choices.model_for(spec, row.values)
            return CatalogCombo(choices, editable=spec.kind != "enum", parent=parent)
        if spec.kind == "date":
            return PartialDateEdit(parent)
        editor = QLineEdit(parent)
        if spec.max_length:
            editor.setMaxLength(spec.max_length)
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, CatalogCombo):
            editor.set_value(value)
        elif isinstance(editor, QLineEdit):
            editor.setText("" if value is None else str(value))

    def setModelData(  # noqa: N802
        self, editor: QWidget, model: QAbstractItemModel, index: Index
    ) -> None:
        if isinstance(editor, CatalogCombo):
            model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, QLineEdit):
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)
