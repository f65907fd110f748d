"""What a bundle carries, as parts: the dossiers (the dossier JSON format), the deletions, the
units they name, and the attachment contents the receiver lacks."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select

from cadre_desktop.domain.enums import UnitKind, UnitLevel
from cadre_desktop.domain.model import Tombstone, Unit
from cadre_desktop.errors import DamagedError
from cadre_desktop.services.dossier_json import FORMAT, VERSION
from cadre_desktop.storage.uow import UnitOfWork
from cadre_desktop.sync import container

DOSSIERS, DELETIONS, UNITS = "dossiers.json", "deletions.json", "units.json"
BLOB_PREFIX = "blob/"


DAMAGED = container.NOT_A_BUNDLE


@dataclass
class Payload:
    """``document`` is a dossier file ({"format", "version", "dossiers"}), decoded as one."""

    document: dict[str, Any] = field(default_factory=dict)
    deletions: list[dict[str, Any]] = field(default_factory=list)
    units: list[dict[str, Any]] = field(default_factory=list)
    blobs: dict[str, bytes] = field(default_factory=dict)

    @classmethod
    def of(cls, dossiers: list[dict[str, Any]], **parts: Any) -> Payload:
        return cls({"format": FORMAT, "version": VERSION, "dossiers": dossiers}, **parts)

    @property
    def dossiers(self) -> list[dict[str, Any]]:
        found = self.document.get("dossiers")
        return found if isinstance(found, list) else []

    def parts(self) -> dict[str, bytes]:
        parts = {
            DOSSIERS: _json(self.document),
            DELETIONS: _json(self.deletions),
            UNITS: _json(self.units),
        }
        parts.update({BLOB_PREFIX + digest: data for digest, data in self.blobs.items()})
        return parts

    @classmethod
    def from_parts(cls, parts: dict[str, bytes]) -> Payload:
        try:
            document = json.loads(parts[DOSSIERS])
            deletions = json.loads(parts[DELETIONS])
            units = json.loads(parts[UNITS])
        except (KeyError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise DamagedError(DAMAGED) from exc
        if not (isinstance(document, dict) and isinstance(deletions, list)):
            raise DamagedError(DAMAGED)
        if not all(_is_deletion(d) for d in deletions) or not isinstance(units, list):
            raise DamagedError(DAMAGED)
        blobs = {
            name[len(BLOB_PREFIX) :]: data
            for name, data in parts.items()
            if name.startswith(BLOB_PREFIX)
        }
        return cls(document, deletions, units, blobs)


def _json(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _is_deletion(value: Any) -> bool:
    return (
        isinstance(value, dict)
        and isinstance(value.get("id"), str)
        and isinstance(value.get("entity"), str)
        and isinstance(value.get("version"), dict)
        and all(isinstance(v, int) for v in value["version"].values())
        and isinstance(value.get("origin"), str)
        and isinstance(value.get("counter"), int)
    )


def encode_deletion(tomb: Tombstone) -> dict[str, Any]:
    return {
        "id": tomb.id,
        "entity": tomb.entity,
        "cadre_id": tomb.cadre_id,
        "origin": tomb.origin,
        "counter": tomb.counter,
        "version": dict(tomb.version or {}),
    }


def units_named(uow: UnitOfWork, unit_ids: set[str]) -> list[dict[str, Any]]:
    """The units the dossiers name and every unit above them, parents first."""
    units = {u.id: u for u in uow.session.scalars(select(Unit))}
    wanted: list[Unit] = []
    seen: set[str] = set()

    def add(unit_id: str | None) -> None:
        if unit_id is None or unit_id in seen or unit_id not in units:
            return
        seen.add(unit_id)
        add(units[unit_id].parent_id)
        wanted.append(units[unit_id])

    for unit_id in sorted(unit_ids):
        add(unit_id)
    return [
        {
            "code": u.code,
            "name": u.name,
            "kind": u.kind.value,
            "level": u.level.value,
            "parent": units[u.parent_id].code if u.parent_id in units else None,
            "valid_from": u.valid_from.isoformat() if u.valid_from else None,
            "valid_to": u.valid_to.isoformat() if u.valid_to else None,
        }
        for u in wanted
    ]


def add_missing_units(uow: UnitOfWork, units: list[dict[str, Any]]) -> int:
    """Units this store lacks are added under their parent; existing ones are never changed
    (the local tree decides what a sender may write)."""
    by_code = {u.code: u for u in uow.session.scalars(select(Unit))}
    added = 0
    for raw in units:
        try:
            code, name = str(raw["code"]), str(raw["name"])
            kind, level = UnitKind(raw["kind"]), UnitLevel(raw["level"])
            valid_from = dt.date.fromisoformat(raw["valid_from"]) if raw.get("valid_from") else None
            valid_to = dt.date.fromisoformat(raw["valid_to"]) if raw.get("valid_to") else None
        except (KeyError, TypeError, ValueError) as exc:
            raise DamagedError(DAMAGED) from exc
        if code in by_code:
            continue
        parent = by_code.get(raw.get("parent") or "")
        unit = Unit(
            code=code,
            name=name,
            kind=kind,
            level=level,
            parent_id=parent.id if parent else None,
            valid_from=valid_from,
            valid_to=valid_to,
        )
        uow.session.add(unit)
        uow.session.flush()
        by_code[code] = unit
        added += 1
    return added
