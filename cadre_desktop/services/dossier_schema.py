"""The JSON Schema of the dossier file (docs/dossier.schema.json), generated from the models.

Regenerate with: python -m cadre_desktop.services.dossier_schema > docs/dossier.schema.json
"""

from __future__ import annotations

import json
import sys
from typing import Any

from cadre_desktop.domain.model import Cadre
from cadre_desktop.services.dossier_fields import COLLECTION_CLASSES, NESTED, FieldSpec, fields_of
from cadre_desktop.services.dossier_json import FORMAT, VERSION

_PARTIAL_DATE = r"^\d{4}(-\d{2}(-\d{2})?)?$"
_SYNC = {
    "id": {"type": "string", "format": "uuid", "description": "Never changes, in any store."},
    "origin": {"type": "string", "description": "Store instance of the last change."},
    "counter": {"type": "integer", "description": "That instance's counter at the change."},
    "version": {
        "type": "object",
        "additionalProperties": {"type": "integer"},
        "description": "Version vector: store instance → counter.",
    },
}


def _field(spec: FieldSpec) -> dict[str, Any]:
    schema: dict[str, Any] = {"description": spec.label}
    if spec.kind == "date":
        schema.update(type="string", pattern=_PARTIAL_DATE)
        schema["description"] += " (YYYY, YYYY-MM or YYYY-MM-DD)"
    elif spec.kind == "int":
        schema["type"] = "integer"
    elif spec.kind == "bool":
        schema["type"] = "boolean"
    elif spec.kind == "decimal":
        schema.update(type="string", pattern=r"^-?\d+(\.\d+)?$")
    elif spec.kind == "enum":
        schema.update(type="string", enum=list(spec.choices))
    elif spec.kind == "unit":
        schema["type"] = "string"
        schema["description"] += " (a unit code of the receiving store)"
    else:
        schema["type"] = "string"
        if spec.max_length:
            schema["maxLength"] = spec.max_length
    if spec.catalog:
        schema["description"] += f" (a code of the '{spec.catalog}' catalog)"
    if spec.format:
        schema["x-format"] = spec.format
    if not spec.required:
        schema = {"anyOf": [schema, {"type": "null"}]}
    return schema


def _row(cls: type[Any], extra: dict[str, Any] | None = None) -> dict[str, Any]:
    specs = fields_of(cls)
    properties = {**_SYNC, **{s.json_key: _field(s) for s in specs}, **(extra or {})}
    for name, part in NESTED.get(cls, {}).items():
        properties[name] = {"type": "array", "items": _row(part)}
    return {
        "type": "object",
        "additionalProperties": False,
        "required": ["id", *[s.json_key for s in specs if s.required]],
        "properties": properties,
    }


def dossier_schema() -> dict[str, Any]:
    collections = {}
    for name, cls in COLLECTION_CLASSES.items():
        extra = None
        if name == "attachments":
            extra = {"content": {"type": "string", "contentEncoding": "base64"}}
        collections[name] = {"type": "array", "items": _row(cls, extra)}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "Cadre Desktop dossier file",
        "description": "Whole 2C dossiers of cadres, as written by `cadre export-json`.",
        "type": "object",
        "required": ["format", "version", "dossiers"],
        "properties": {
            "format": {"const": FORMAT},
            "version": {"const": VERSION},
            "exported_at": {"type": "string", "format": "date-time"},
            "source": {"type": "object"},
            "dossiers": {"type": "array", "items": _row(Cadre, collections)},
        },
    }


def main() -> None:
    json.dump(dossier_schema(), sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
