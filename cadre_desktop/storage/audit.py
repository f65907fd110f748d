"""The hash-chained audit log: each entry's hash covers its content and the previous hash."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from decimal import Decimal
from enum import Enum
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from cadre_desktop.domain.base import utcnow
from cadre_desktop.domain.model import AuditEntry
from cadre_desktop.domain.values import PartialDate

GENESIS = "0" * 64


def plain(value: Any) -> Any:
    """A JSON-ready form of a column value, for the log and for hashing."""
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, PartialDate):
        return value.iso()
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    return str(value)


def entry_hash(entry: AuditEntry) -> str:
    return fields_hash(
        entry.seq, entry.at, entry.actor, entry.action, entry.entity, entry.entity_id,
        entry.cadre_id, entry.changes, entry.reason, entry.prev_hash,
    )  # fmt: skip


def fields_hash(
    seq: int, at: dt.datetime, actor: str, action: str, entity: str, entity_id: str | None,
    cadre_id: str | None, changes: Any, reason: str | None, prev: str,
) -> str:  # fmt: skip
    """The hash of an entry's content and its predecessor's hash (the chain's link)."""
    body = {
        "seq": seq,
        "at": plain(at),
        "actor": actor,
        "action": action,
        "entity": entity,
        "entity_id": entity_id,
        "cadre_id": cadre_id,
        "changes": changes,
        "reason": reason,
        "prev": prev,
    }
    canonical = json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


class AuditChain:
    """Appends entries to the chain of one session, reading the chain's head only once."""

    def __init__(self, session: Session, actor: str) -> None:
        self.session = session
        self.actor = actor
        self._head: tuple[int, str] | None = None

    def _read_head(self) -> tuple[int, str]:
        if self._head is None:
            with self.session.no_autoflush:
                last = self.session.execute(
                    select(AuditEntry.seq, AuditEntry.hash).order_by(AuditEntry.seq.desc()).limit(1)
                ).first()
            self._head = (last.seq, last.hash) if last else (0, GENESIS)
        return self._head

    def head_seq(self) -> int:
        return self._read_head()[0]

    def append(
        self,
        action: str,
        entity: str,
        entity_id: str | None = None,
        cadre_id: str | None = None,
        changes: dict[str, Any] | None = None,
        reason: str | None = None,
    ) -> AuditEntry:
        seq, prev = self._read_head()
        entry = AuditEntry(
            seq=seq + 1,
            at=utcnow(),
            actor=self.actor,
            action=action,
            entity=entity,
            entity_id=entity_id,
            cadre_id=cadre_id,
            changes=plain(changes or {}),
            reason=reason,
            prev_hash=prev,
        )
        entry.hash = entry_hash(entry)
        self.session.add(entry)
        self._head = (entry.seq, entry.hash)
        return entry

    def append_many(
        self,
        action: str,
        entity: str,
        rows: list[tuple[str | None, str | None]],
        changes: dict[str, Any],
        reason: str | None = None,
    ) -> None:
        """One entry per (entity id, cadre id), the same action and changes, inserted in one
        statement: an export of 50,000 dossiers records each of them without 50,000 objects."""
        body = plain(changes)
        self.append_rows(action, [(entity, e, c, body) for e, c in rows], reason)

    def append_rows(
        self,
        action: str,
        rows: list[tuple[str, str | None, str | None, dict[str, Any]]],
        reason: str | None = None,
    ) -> None:
        """One entry per (entity, entity id, cadre id, plain changes), in one statement: the
        rows a bulk import creates are each recorded as the ORM path records them."""
        seq, prev = self._read_head()
        at = utcnow()
        values = []
        for entity, entity_id, cadre_id, body in rows:
            seq += 1
            link = prev
            prev = fields_hash(
                seq, at, self.actor, action, entity, entity_id, cadre_id, body, reason, link
            )
            values.append(
                {"seq": seq, "at": at, "actor": self.actor, "action": action, "entity": entity,
                 "entity_id": entity_id, "cadre_id": cadre_id, "changes": body,
                 "reason": reason, "prev_hash": link, "hash": prev}
            )  # fmt: skip
        if values:
            self.session.execute(insert(AuditEntry), values)
        self._head = (seq, prev)


@dataclass(frozen=True)
class ChainBreak:
    seq: int
    problem: str


def verify_chain(session: Session) -> list[ChainBreak]:
    """Walk the whole chain; report every entry whose hash or link does not check."""
    breaks: list[ChainBreak] = []
    expected_prev, expected_seq = GENESIS, 1
    for entry in session.scalars(select(AuditEntry).order_by(AuditEntry.seq)).yield_per(2000):
        if entry.seq != expected_seq:
            breaks.append(ChainBreak(entry.seq, "missing entries before this one"))
        if entry.prev_hash != expected_prev:
            breaks.append(ChainBreak(entry.seq, "link to the previous entry is broken"))
        if entry_hash(entry) != entry.hash:
            breaks.append(ChainBreak(entry.seq, "entry was altered"))
        expected_prev, expected_seq = entry.hash, entry.seq + 1
    return breaks
