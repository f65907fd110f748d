"""The common ancestor of a conflict: the stored row with the changes the other side has not
seen undone, read back from the audit chain (each change records the version it made)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from cadre_desktop.domain.model import AuditEntry
from cadre_desktop.storage.uow import ROWS_KEY, VERSION_KEY
from cadre_desktop.sync.vectors import Vector, covers


def common_ancestor(
    session: Session, cadre_id: str, row_id: str, current: dict[str, Any], theirs: Vector
) -> dict[str, Any] | None:
    """The row as it was at the latest version the other side has seen; None when unknown."""
    values = dict(current)
    entries = session.scalars(
        select(AuditEntry)
        .where(AuditEntry.cadre_id == cadre_id, AuditEntry.entity_id == row_id)
        .where(AuditEntry.action.in_(("create", "update")))
        .order_by(AuditEntry.seq.desc())
    )
    for entry in entries:
        made = entry.changes.get(VERSION_KEY)
        if made is None:  # written before versions were audited
            return None
        if covers(theirs, made):
            return values
        if entry.action == "create":
            return None  # created on this side only: nothing in common
        for field, change in entry.changes.items():
            if field != VERSION_KEY and field in values:
                values[field] = change[0]
    arrived = _bulk_version(session, cadre_id, row_id)
    return values if arrived is not None and covers(theirs, arrived) else None


def _bulk_version(session: Session, cadre_id: str, row_id: str) -> dict[str, int] | None:
    """The version a row arrived with when its dossier came in bulk (one entry per dossier)."""
    entry = session.scalars(
        select(AuditEntry)
        .where(AuditEntry.cadre_id == cadre_id, AuditEntry.entity_id == cadre_id)
        .where(AuditEntry.action == "create")
        .order_by(AuditEntry.seq.desc())
        .limit(1)
    ).first()
    rows = entry.changes.get(ROWS_KEY) if entry is not None else None
    found = rows.get(row_id) if isinstance(rows, dict) else None
    return found if isinstance(found, dict) else None
