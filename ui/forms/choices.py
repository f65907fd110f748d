"""The choices of catalog, enumeration and unit fields, built once per window and shared."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QStandardItemModel

from cadre_desktop.domain.catalogs import Catalogs
from cadre_desktop.services.dossier_fields import TRAINING_LEVEL_CATALOG, FieldSpec
from ui.labels import catalog_label, enum_label
from ui.widgets.catalog_combo import choice_model


class Choices:
    def __init__(self, catalogs: Catalogs, units: list[tuple[str, str]]) -> None:
        self.catalogs = catalogs
        self.units = units
        self._models: dict[tuple[str, bool], QStandardItemModel] = {}

    def catalog_of(self, spec: FieldSpec, row: dict[str, Any] | None = None) -> str | None:
        if spec.attr == "level" and row is not None and spec.catalog is None:
            return TRAINING_LEVEL_CATALOG.get(str(row.get("kind")))
        return spec.catalog

    def has_choices(self, spec: FieldSpec) -> bool:
        return spec.kind in ("enum", "unit") or spec.catalog is not None or spec.attr == "level"

    def model_for(self, spec: FieldSpec, row: dict[str, Any] | None = None) -> QStandardItemModel:
        optional = not spec.required and spec.default is None
        if spec.kind == "enum":
            key = (f"enum:{','.join(spec.choices)}", optional)
            pairs = [(value, enum_label(value)) for value in spec.choices]
        elif spec.kind == "unit":
            key, pairs = ("unit:", optional), list(self.units)
        else:
            catalog = self.catalog_of(spec, row) or ""
            key = (f"catalog:{catalog}", optional)
            pairs = [(item.code, catalog_label(item)) for item in self.catalogs.items(catalog)]
        if key not in self._models:
            self._models[key] = choice_model(pairs, optional)
        return self._models[key]

    def label(self, spec: FieldSpec, value: Any, row: dict[str, Any] | None = None) -> str:
        """The text a table shows for a chosen code."""
        if value is None:
            return ""
        if spec.kind == "enum":
            return enum_label(str(value))
        if spec.kind == "unit":
            return dict(self.units).get(str(value), str(value))
        catalog = self.catalog_of(spec, row)
        item = self.catalogs.get(catalog, str(value)) if catalog else None
        return catalog_label(item) if item else str(value)
