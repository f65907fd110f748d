"""One editor per field kind, all with the same small interface: value, set_value, edited."""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtCore import Signal, SignalInstance
from PySide6.QtWidgets import QCheckBox, QLineEdit, QPlainTextEdit, QWidget

from cadre_desktop.services.dossier_fields import FieldSpec
from cadre_desktop.services.field_text import read_typed, shown_text
from ui.forms.choices import Choices
from ui.widgets.catalog_combo import CatalogCombo
from ui.widgets.partial_date_edit import PartialDateEdit


class FieldEditor(Protocol):
    edited: SignalInstance

    def value(self) -> Any: ...  # the file's value; raises TypedValueError

    def set_value(self, value: Any) -> None: ...


class TextEditor(QLineEdit):
    edited = Signal()

    def __init__(self, spec: FieldSpec) -> None:
        super().__init__()
        self.spec = spec
        if spec.max_length:
            self.setMaxLength(spec.max_length)
        self.textEdited.connect(lambda _text: self.edited.emit())

    def value(self) -> Any:
        return read_typed(self.spec, self.text())

    def set_value(self, value: Any) -> None:
        self.setText(shown_text(self.spec, value))


class DateEditor(PartialDateEdit):
    def __init__(self, spec: FieldSpec) -> None:
        super().__init__()
        self.spec = spec

    def value(self) -> Any:
        return read_typed(self.spec, self.text())

    def set_value(self, value: Any) -> None:
        self.setText(shown_text(self.spec, value))


class NoteEditor(QPlainTextEdit):
    """Longer text; Tab moves on, as in every other field."""

    edited = Signal()

    def __init__(self, spec: FieldSpec) -> None:
        super().__init__()
        self.spec = spec
        self.setTabChangesFocus(True)
        self.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.textChanged.connect(self.edited.emit)

    def value(self) -> Any:
        return read_typed(self.spec, self.toPlainText())

    def set_value(self, value: Any) -> None:
        self.blockSignals(True)
        self.setPlainText("" if value is None else str(value))
        self.blockSignals(False)


class CheckEditor(QCheckBox):
    edited = Signal()

    def __init__(self, spec: FieldSpec) -> None:
        super().__init__()
        self.toggled.connect(lambda _on: self.edited.emit())

    def value(self) -> Any:
        return self.isChecked()

    def set_value(self, value: Any) -> None:
        self.setChecked(bool(value))


class ChoiceEditor(CatalogCombo):
    def __init__(self, spec: FieldSpec, choices: Choices) -> None:
        super().__init__(choices.model_for(spec), editable=spec.kind != "enum")


def make_editor(spec: FieldSpec, choices: Choices) -> QWidget:
    if choices.has_choices(spec):
        return ChoiceEditor(spec, choices)
    if spec.kind == "date":
        return DateEditor(spec)
    if spec.kind == "bool":
        return CheckEditor(spec)
    if spec.kind == "str" and spec.max_length is None:
        return NoteEditor(spec)
    editor = TextEditor(spec)
    if spec.kind in ("int", "decimal"):
        editor.setMaximumWidth(200)
    return editor
