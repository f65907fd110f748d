"""A combo box you can type into, completing on any part of the label, diacritics ignored."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from cadre_desktop.text import fold

CODE_ROLE = Qt.ItemDataRole.UserRole + 1
FOLDED_ROLE = Qt.ItemDataRole.UserRole + 2


def choice_model(choices: list[tuple[str, str]], optional: bool = True) -> QStandardItemModel:
    """(code, label) pairs as a model; an optional field starts with an empty choice."""
    model = QStandardItemModel()
    if optional:
        empty = QStandardItem("")
        empty.setData(None, CODE_ROLE)
        empty.setData("", FOLDED_ROLE)
        model.appendRow(empty)
    for code, label in choices:
        item = QStandardItem(label)
        item.setData(code, CODE_ROLE)
        item.setData(fold(f"{label} {code}"), FOLDED_ROLE)
        item.setToolTip(label)
        model.appendRow(item)
    return model


class FoldingCompleter(QCompleter):
    """Matches the folded text anywhere in the label; puts the real label back in the box."""

    def __init__(self, model: QStandardItemModel, parent: QWidget) -> None:
        super().__init__(model, parent)
        self.setCompletionRole(FOLDED_ROLE)
        self.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setMaxVisibleItems(12)

    def splitPath(self, path: str) -> list[str]:  # noqa: N802 - Qt's name
        return [fold(path)]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:  # noqa: N802
        return str(index.data(Qt.ItemDataRole.DisplayRole) or "")


class CatalogCombo(QComboBox):
    """The value is a code; typing completes labels, and unknown text is kept for the check."""

    edited = Signal()

    def __init__(
        self, model: QStandardItemModel, *, editable: bool = True, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setEditable(editable)
        self.setMaxVisibleItems(15)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(18)
        if editable:
            self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            self.setCompleter(FoldingCompleter(model, self))
            self.lineEdit().editingFinished.connect(self._settle)
            self.lineEdit().textEdited.connect(lambda _text: self.edited.emit())
        self.activated.connect(lambda _index: self.edited.emit())

    def _settle(self) -> None:
        """On leaving the box, snap typed text that names a choice to that choice."""
        text = self.currentText().strip()
        row = self._row_of(text)
        if row is not None and row != self.currentIndex():
            self.setCurrentIndex(row)
        self.edited.emit()

    def _row_of(self, text: str) -> int | None:
        folded = fold(text)
        model = self.model()
        for row in range(model.rowCount()):
            index = model.index(row, 0)
            label = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
            code = index.data(CODE_ROLE)
            if text == label or (code is not None and text == code) or folded == fold(label):
                return row
        return None

    def value(self) -> Any:
        """The chosen code; typed text that names no choice comes back as it is."""
        text = self.currentText().strip()
        if not text:
            return None
        row = self._row_of(text)
        if row is None:
            return text
        return self.model().index(row, 0).data(CODE_ROLE)

    def set_value(self, code: Any) -> None:
        row = self.findData(code, CODE_ROLE) if code is not None else self.findData(None, CODE_ROLE)
        if row >= 0:
            self.setCurrentIndex(row)
        elif self.isEditable():
            self.setEditText("" if code is None else str(code))
