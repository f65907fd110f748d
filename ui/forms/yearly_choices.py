"""Choices for the evaluation and asset pages: the yearly enumerations named by their kind,
and the declaration form's categories (a table offers only its own heading's sub-items)."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QStandardItemModel

from cadre_desktop.i18n import language
from cadre_desktop.rules.yearly_params import Category, categories
from cadre_desktop.services.dossier_fields import FieldSpec
from ui.forms.choices import Choices
from ui.widgets.catalog_combo import choice_model
from ui.yearly_labels import enum_of, yearly_label


def category_text(category: Category) -> str:
    return category.label_en if language() == "en" else category.label


def category_label(category: Category) -> str:
    return f"{category.code}. {category_text(category)}"


class YearlyChoices(Choices):
    def has_choices(self, spec: FieldSpec) -> bool:
        return spec.attr == "category" or super().has_choices(spec)

    def _group(self, row: dict[str, Any] | None) -> str:
        code = str((row or {}).get("category") or "")
        return code.split(".")[0]

    def model_for(self, spec: FieldSpec, row: dict[str, Any] | None = None) -> QStandardItemModel:
        kind = enum_of(spec.choices) if spec.kind == "enum" else None
        if spec.attr == "category":
            group = self._group(row)
            key = (f"category:{group}", False)
            pairs = [
                (c.code, category_label(c)) for c in categories() if not group or c.group == group
            ]
        elif kind is not None:
            optional = not spec.required and spec.default is None
            key = (f"yearly:{kind.__name__}", optional)
            pairs = [(value, yearly_label(kind, value)) for value in spec.choices]
        else:
            return super().model_for(spec, row)
        if key not in self._models:
            self._models[key] = choice_model(pairs, key[1])
        return self._models[key]

    def label(self, spec: FieldSpec, value: Any, row: dict[str, Any] | None = None) -> str:
        if value is None:
            return ""
        if spec.attr == "category":
            return str(value)
        kind = enum_of(spec.choices) if spec.kind == "enum" else None
        if kind is not None:
            return yearly_label(kind, str(value))
        return super().label(spec, value, row)
