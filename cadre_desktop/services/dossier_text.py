"""A dossier as plain text lines: what `cadre show` prints for a person to read."""

from __future__ import annotations

from typing import Any

from cadre_desktop.domain.catalogs import Catalogs
from cadre_desktop.domain.model import Cadre
from cadre_desktop.domain.values import PartialDate
from cadre_desktop.i18n import gettext
from cadre_desktop.services.dossier_fields import (
    COLLECTION_CLASSES,
    COLLECTION_TITLES,
    TRAINING_LEVEL_CATALOG,
    FieldSpec,
    fields_of,
)


def _shown(spec: FieldSpec, value: Any, row: dict[str, Any], catalogs: Catalogs) -> str:
    if spec.kind == "date":
        return PartialDate.parse_iso(value).vn()
    if spec.kind == "bool":
        return gettext("yes") if value else gettext("no")
    catalog = spec.catalog
    if spec.attr == "level":
        catalog = TRAINING_LEVEL_CATALOG.get(str(row.get("kind")))
    if catalog:
        return catalogs.label(catalog, str(value)) or str(value)
    return str(value)


def _fields(cls: type[Any], row: dict[str, Any], catalogs: Catalogs) -> list[tuple[str, str]]:
    return [
        (gettext(spec.label), _shown(spec, row[spec.json_key], row, catalogs))
        for spec in fields_of(cls)
        if row.get(spec.json_key) not in (None, "", False)
    ]


def dossier_lines(document: dict[str, Any], catalogs: Catalogs) -> list[str]:
    lines = [f"{label}: {value}" for label, value in _fields(Cadre, document, catalogs)]
    for name, cls in COLLECTION_CLASSES.items():
        rows = document.get(name) or []
        if not rows:
            continue
        lines.append(f"{gettext(COLLECTION_TITLES[name])} ({len(rows)})")
        for row in rows:
            parts = [f"{label}: {value}" for label, value in _fields(cls, row, catalogs)]
            lines.append("  - " + "; ".join(parts))
    return lines
