"""New dossiers of an import written in batches: the checked drafts as stored rows for
storage/bulk.py (which computes what the ORM path computes), and one audit entry per
dossier with its values, as the ORM path records a created row."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from enum import Enum
from typing import Any

from cadre_desktop.domain.values import PartialDate
from cadre_desktop.services.dossier_fields import COLLECTION_CLASSES
from cadre_desktop.services.dossier_json import Draft
from cadre_desktop.storage.audit import plain
from cadre_desktop.storage.bulk import insert_dossiers
from cadre_desktop.storage.uow import UnitOfWork

BATCH = 1000  # dossiers per executemany


def stored(value: Any) -> Any:
    """A draft's value as the column stores it (see storage/bulk.py)."""
    if isinstance(value, PartialDate):
        return value.iso()
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, date):
        return value.isoformat()
    return value


def _row(values: dict[str, Any]) -> dict[str, Any]:
    return {k: stored(v) for k, v in values.items() if v is not None}


def insert_drafts(uow: UnitOfWork, drafts: Sequence[Draft], reason: str) -> list[str]:
    """Insert new dossiers; each gets its "create" audit entry with the values imported."""
    cadres: list[dict[str, Any]] = []
    children: dict[str, list[dict[str, Any]]] = {}
    for draft in drafts:
        cadre_id = draft.sync["id"]
        cadres.append({"id": cadre_id, **_row(draft.values)})
        for name, rows in draft.children.items():
            table = COLLECTION_CLASSES[name].__tablename__
            for seq, child in enumerate(rows):
                row = {"id": child.sync["id"], "cadre_id": cadre_id, "seq": seq}
                children.setdefault(table, []).append({**row, **_row(child.values)})
    ids = insert_dossiers(
        uow, cadres, children, action="import", changes={"cadres": len(cadres)}, reason=reason
    )
    for draft in drafts:
        values = {k: [None, plain(v)] for k, v in draft.values.items() if v is not None}
        counts = {name: len(found) for name, found in draft.children.items() if found}
        cadre_id = draft.sync["id"]
        uow.audit.append("create", "cadre", cadre_id, cadre_id, {**values, **counts}, reason)
    return ids
