"""Reference data a bundle brings with its dossiers: the units and catalog entries they name.
What this store lacks is added; what it has is never changed (its own tree decides what a
sender may write, its own catalogs what a code means)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select

from cadre_desktop.domain.catalogs import CatalogItem
from cadre_desktop.domain.enums import UnitKind, UnitLevel
from cadre_desktop.domain.model import CatalogEntry, Unit
from cadre_desktop.errors import DamagedError
from cadre_desktop.services.bundle_payload import DAMAGED
from cadre_desktop.storage.catalogs import add_catalog_rows
from cadre_desktop.storage.uow import UnitOfWork


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
    """Units this store lacks are added under their parent."""
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


def catalog_entries(uow: UnitOfWork) -> list[dict[str, Any]]:
    return [
        {"catalog": e.catalog, "code": e.code, "label": e.label, "label_en": e.label_en,
         "valid_from": e.valid_from.isoformat() if e.valid_from else None,
         "valid_to": e.valid_to.isoformat() if e.valid_to else None,
         "legal_basis": e.legal_basis, "confidence": e.confidence, "extra": e.extra}
        for e in uow.session.scalars(select(CatalogEntry).order_by(CatalogEntry.seq))
    ]  # fmt: skip


def add_missing_entries(uow: UnitOfWork, entries: list[dict[str, Any]]) -> int:
    """Catalog entries this store lacks (e.g. the communes another unit added) are appended."""
    known = {
        (c, k) for c, k in uow.session.execute(select(CatalogEntry.catalog, CatalogEntry.code))
    }
    items = []
    for raw in entries:
        try:
            key = (str(raw["catalog"]), str(raw["code"]))
            if key in known:
                continue
            items.append(
                CatalogItem(
                    catalog=key[0], code=key[1], label=str(raw["label"]),
                    label_en=raw.get("label_en"),
                    valid_from=_date(raw.get("valid_from")), valid_to=_date(raw.get("valid_to")),
                    legal_basis=raw.get("legal_basis"), confidence=raw.get("confidence"),
                    extra=dict(raw.get("extra") or {}),
                )
            )  # fmt: skip
        except (KeyError, TypeError, ValueError) as exc:
            raise DamagedError(DAMAGED) from exc
        known.add(key)
    if items:
        add_catalog_rows(uow.session, items)
    return len(items)


def _date(value: Any) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None
