"""What a bundle carries, as parts: the dossiers (the dossier JSON format), the deletions, the
units and catalog entries they name, and the attachment contents the receiver lacks."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from cadre_desktop.domain.model import Tombstone
from cadre_desktop.errors import DamagedError
from cadre_desktop.services.dossier_json import FORMAT, VERSION
from cadre_desktop.sync import container

DOSSIERS, DELETIONS = "dossiers.json", "deletions.json"
UNITS, CATALOGS = "units.json", "catalogs.json"
BLOB_PREFIX = "blob/"


DAMAGED = container.NOT_A_BUNDLE


@dataclass
class Payload:
    """``document`` is a dossier file ({"format", "version", "dossiers"}), decoded as one."""

    document: dict[str, Any] = field(default_factory=dict)
    deletions: list[dict[str, Any]] = field(default_factory=list)
    units: list[dict[str, Any]] = field(default_factory=list)
    catalogs: list[dict[str, Any]] = field(default_factory=list)
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
            CATALOGS: _json(self.catalogs),
        }
        parts.update({BLOB_PREFIX + digest: data for digest, data in self.blobs.items()})
        return parts

    @classmethod
    def from_parts(cls, parts: dict[str, bytes]) -> Payload:
        try:
            document = json.loads(parts[DOSSIERS])
            deletions = json.loads(parts[DELETIONS])
            units = json.loads(parts[UNITS])
            catalogs = json.loads(parts.get(CATALOGS, b"[]"))
        except (KeyError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise DamagedError(DAMAGED) from exc
        if not (isinstance(document, dict) and isinstance(deletions, list)):
            raise DamagedError(DAMAGED)
        if not all(_is_deletion(d) for d in deletions) or not isinstance(units, list):
            raise DamagedError(DAMAGED)
        if not (isinstance(catalogs, list) and all(isinstance(c, dict) for c in catalogs)):
            raise DamagedError(DAMAGED)
        blobs = {
            name[len(BLOB_PREFIX) :]: data
            for name, data in parts.items()
            if name.startswith(BLOB_PREFIX)
        }
        return cls(document, deletions, units, catalogs, blobs)


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
