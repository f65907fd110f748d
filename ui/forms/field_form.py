"""A group of dossier fields laid out as label | editor | message, generated from FieldSpecs."""

from __future__ import annotations

from typing import Any, cast

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from cadre_desktop.i18n import gettext as _
from cadre_desktop.services.dossier_fields import FieldSpec
from cadre_desktop.services.field_text import TypedValueError
from ui.forms.choices import Choices
from ui.forms.field_editors import FieldEditor, make_editor

# Fields the 2C form cannot be filed without, beyond the columns that may not be empty.
ALSO_REQUIRED = frozenset({"birth_date", "sex", "ethnicity", "religion"})
MESSAGE_STYLE = "color: #b3261e;"


def required(spec: FieldSpec) -> bool:
    return (spec.required and spec.default is None) or spec.json_key in ALSO_REQUIRED


class FieldForm(QWidget):
    """Fields in titled groups; ``edited`` names the field an officer changed."""

    edited = Signal(str)

    def __init__(
        self,
        groups: tuple[tuple[str, tuple[str, ...]], ...],
        specs: dict[str, FieldSpec],
        choices: Choices,
    ) -> None:
        super().__init__()
        self.specs = specs
        self.editors: dict[str, QWidget] = {}
        self.messages: dict[str, QLabel] = {}
        self.labels: dict[str, QLabel] = {}
        widest = max(
            (
                self.fontMetrics().horizontalAdvance(_(specs[k].label))
                for _t, ks in groups
                for k in ks
            ),
            default=120,
        )
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(14)
        for title, keys in groups:
            box = QGroupBox(_(title))
            grid = QGridLayout(box)
            grid.setHorizontalSpacing(12)
            grid.setVerticalSpacing(8)
            grid.setColumnMinimumWidth(0, widest + 24)
            grid.setColumnStretch(1, 3)
            grid.setColumnStretch(2, 2)
            for row, key in enumerate(keys):
                self._add_field(grid, row, specs[key], choices)
            outer.addWidget(box)

    def _add_field(self, grid: QGridLayout, row: int, spec: FieldSpec, choices: Choices) -> None:
        text = _(spec.label)
        if required(spec):
            text += ' <span style="color:#b3261e">*</span>'
        label = QLabel(text)
        label.setTextFormat(Qt.TextFormat.RichText)
        editor = make_editor(spec, choices)
        editor.setObjectName(spec.json_key)
        editor.setAccessibleName(_(spec.label))
        label.setBuddy(editor)
        message = QLabel()
        message.setStyleSheet(MESSAGE_STYLE)
        message.setWordWrap(True)
        editor.setMaximumWidth(min(editor.maximumWidth(), 560))
        tall = spec.kind == "str" and spec.max_length is None
        align = Qt.AlignmentFlag.AlignTop if tall else Qt.AlignmentFlag.AlignVCenter
        grid.addWidget(label, row, 0, align)
        grid.addWidget(editor, row, 1)
        grid.addWidget(message, row, 2)
        cast(FieldEditor, editor).edited.connect(lambda key=spec.json_key: self.edited.emit(key))
        self.editors[spec.json_key] = editor
        self.messages[spec.json_key] = message
        self.labels[spec.json_key] = label

    def load(self, values: dict[str, Any]) -> None:
        for key, editor in self.editors.items():
            editor.blockSignals(True)
            cast(FieldEditor, editor).set_value(values.get(key))
            editor.blockSignals(False)

    def read(self, key: str, values: dict[str, Any]) -> str | None:
        """Put the field's typed value in ``values``; the message when it cannot be read."""
        try:
            values[key] = cast(FieldEditor, self.editors[key]).value()
        except TypedValueError as error:
            return _(error.msgid)
        return None

    def show_message(self, key: str, text: str) -> None:
        self.messages[key].setText(text)
