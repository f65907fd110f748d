"""Many dossiers encoded straight from their rows, exactly as services.dossier_json encodes
the ORM objects (the stored text already is the JSON form), without building the objects:
a bundle of 10,000 dossiers is read in seconds."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import JSON, Boolean, text
from sqlalchemy.orm import Session

from cadre_desktop.domain.model import Cadre
from cadre_desktop.services.dossier_fields import COLLECTION_CLASSES, NESTED, fields_of
from cadre_desktop.services.dossier_json import SYNC_KEYS

Convert = Callable[[Any], Any]


def _converter(cls: type[Any], attr: str, kind: str, unit_codes: dict[str, str]) -> Convert:
    column_type = cls.__table__.c[attr].type
    if kind == "unit":
        return lambda value: unit_codes.get(value) if value else value
    if isinstance(column_type, Boolean):
        return lambda value: None if value is None else bool(value)
    if isinstance(column_type, JSON):
        return lambda value: None if value is None else json.loads(value)
    return lambda value: value


class _Shape:
    """One table's SELECT and how each column becomes its JSON value."""

    def __init__(
        self, cls: type[Any], link: str | None, unit_codes: dict[str, str], keep_empty: bool
    ) -> None:
        self.keep_empty = keep_empty
        specs = fields_of(cls)
        self.keys = [*SYNC_KEYS, *(s.json_key for s in specs)]
        self.convert = [_converter(cls, k, "", unit_codes) for k in SYNC_KEYS]
        self.convert += [_converter(cls, s.attr, s.kind, unit_codes) for s in specs]
        columns = [*SYNC_KEYS, *(s.attr for s in specs)]
        self.link = link
        selected = ", ".join(f'"{c}"' for c in ([link, *columns] if link else columns))
        where = f'"{link or "id"}" IN (SELECT value FROM json_each(:ids))'
        order = ' ORDER BY "seq"' if link else ""
        self.sql = text(f'SELECT {selected} FROM "{cls.__tablename__}" WHERE {where}{order}')

    def rows(self, session: Session, ids: Sequence[str]) -> dict[str | None, list[dict[str, Any]]]:
        """Encoded rows by their parent id (by None for the cadres themselves)."""
        found: dict[str | None, list[dict[str, Any]]] = {}
        pairs = list(zip(self.keys, self.convert, strict=True))
        for raw in session.execute(self.sql, {"ids": json.dumps(list(ids))}):
            values = raw[1:] if self.link else raw
            row = {key: convert(value) for (key, convert), value in zip(pairs, values, strict=True)}
            if not self.keep_empty:  # an empty field reads back as empty; the file is smaller
                row = {key: value for key, value in row.items() if value is not None}
            found.setdefault(raw[0] if self.link else None, []).append(row)
        return found


def encode_rows(
    session: Session,
    cadre_ids: Sequence[str],
    unit_codes: dict[str, str],
    *,
    keep_empty: bool = True,
) -> list[dict[str, Any]]:
    """The dossiers, in the order given, as ``encode_dossier`` writes them (no attachment
    content: a bundle carries that apart); without ``keep_empty`` empty fields are left out."""
    cadres = _Shape(Cadre, None, unit_codes, keep_empty).rows(session, cadre_ids).get(None, [])
    by_id = {row["id"]: row for row in cadres}
    for name, cls in COLLECTION_CLASSES.items():
        children = _Shape(cls, "cadre_id", unit_codes, keep_empty).rows(session, list(by_id))
        for cadre_id, row in by_id.items():
            row[name] = children.get(cadre_id, [])
        for part_name, part in NESTED.get(cls, {}).items():
            parents = [child for rows in children.values() for child in rows]
            shape = _Shape(part, "evaluation_id", unit_codes, keep_empty)
            parts = shape.rows(session, [parent["id"] for parent in parents])
            for parent in parents:
                parent[part_name] = parts.get(parent["id"], [])
    return [by_id[i] for i in cadre_ids if i in by_id]
