"""Dossiers new to this store, from a bundle, written in bulk with the versions they travelled
with: what the ORM path writes (derived columns, search index, and the audit: one "create"
entry per dossier with its values, its version and the version of each of its rows), in a few
statements per batch, so a first bundle takes seconds."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from sqlalchemy import text

from cadre_desktop.services.dossier_fields import COLLECTION_CLASSES, NESTED
from cadre_desktop.services.dossier_json import Draft
from cadre_desktop.services.xlsx_bulk import stored
from cadre_desktop.storage.audit import plain
from cadre_desktop.storage.blobs import put_blob
from cadre_desktop.storage.bulk import insert_dossiers
from cadre_desktop.storage.uow import ROWS_KEY, VERSION_KEY, UnitOfWork


def _row(draft: Draft, **links: Any) -> dict[str, Any]:
    row = {k: stored(v) for k, v in draft.values.items() if v is not None}
    row.update(links)
    row["id"] = draft.sync["id"]
    row["origin"] = draft.sync["origin"] or ""
    row["counter"] = int(draft.sync["counter"] or 0)
    row["version"] = json.dumps(draft.sync["version"] or {})  # what the JSON column writes
    return row


def insert_new(uow: UnitOfWork, drafts: Sequence[Draft], bundle_id: str) -> None:
    """Insert dossiers that are neither here nor deleted here; each row keeps its version."""
    if not drafts:
        return
    cadres: list[dict[str, Any]] = []
    children: dict[str, list[dict[str, Any]]] = {}
    audited: list[tuple[str, str | None, str | None, dict[str, Any]]] = []
    for draft in drafts:
        cadre_id = draft.sync["id"]
        cadres.append(_row(draft))
        versions: dict[str, Any] = {}
        for name, cls in COLLECTION_CLASSES.items():
            for seq, child in enumerate(draft.children.get(name, [])):
                _child(uow, cls, child, seq, {"cadre_id": cadre_id}, children, versions)
        values: dict[str, Any] = {
            k: [None, plain(v)] for k, v in draft.values.items() if v is not None
        }
        values[VERSION_KEY] = plain(dict(draft.sync["version"] or {}))
        values[ROWS_KEY] = versions
        audited.append(("cadre", cadre_id, cadre_id, values))
    insert_dossiers(
        uow, cadres, children, action="import", changes={"cadres": len(cadres),
        "bundle": bundle_id}, reason=uow.reason, keep_versions=True,
    )  # fmt: skip
    uow.audit.append_rows("create", audited, uow.reason)
    uow.session.execute(
        text("INSERT OR REPLACE INTO dossier_tick (cadre_id, tick) VALUES (:cadre, :tick)"),
        [{"cadre": d.sync["id"], "tick": uow.counter()} for d in drafts],
    )


def _child(
    uow: UnitOfWork,
    cls: type[Any],
    draft: Draft,
    seq: int,
    links: dict[str, str],
    children: dict[str, list[dict[str, Any]]],
    versions: dict[str, Any],
) -> None:
    if draft.content is not None:
        put_blob(uow.session, draft.content)
    children.setdefault(cls.__tablename__, []).append(_row(draft, seq=seq, **links))
    versions[draft.sync["id"]] = dict(draft.sync["version"] or {})
    for part_name, part in NESTED.get(cls, {}).items():
        for index, nested in enumerate(draft.children.get(part_name, [])):
            link = {"evaluation_id": draft.sync["id"]}
            _child(uow, part, nested, index, link, children, versions)
