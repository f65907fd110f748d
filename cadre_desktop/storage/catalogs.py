"""Loading the shipped catalogs (``resources/catalogs``) into a store, and reading them back."""

from __future__ import annotations

import csv
import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from cadre_desktop.domain.catalogs import CatalogItem, Catalogs
from cadre_desktop.domain.model import AdminSuccession, CatalogEntry
from cadre_desktop.paths import resources_dir
from cadre_desktop.text import clean

COMMON = ("code", "label", "label_en", "valid_from", "valid_to", "legal_basis", "confidence")


def _date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def _extra_value(text: str) -> Any:
    """Numbers become ints (ranks, steps, flags); codes with a leading zero stay text."""
    digits = text.removeprefix("-")
    if digits.isdigit() and (digits == "0" or not digits.startswith("0")):
        return int(text)
    return text


def read_catalog_file(name: str, path: Path) -> Iterator[CatalogItem]:
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            extra = {
                key: _extra_value(value)
                for key, value in row.items()
                if key not in COMMON and value not in (None, "")
            }
            yield CatalogItem(
                catalog=name,
                code=row["code"],
                label=clean(row["label"]) or row["code"],
                label_en=clean(row.get("label_en")),
                valid_from=_date(row.get("valid_from")),
                valid_to=_date(row.get("valid_to")),
                legal_basis=row.get("legal_basis") or None,
                confidence=row.get("confidence") or None,
                extra=extra,
            )


def shipped_version(folder: Path | None = None) -> int:
    folder = folder or resources_dir() / "catalogs"
    return int(json.loads((folder / "catalogs.json").read_text(encoding="utf-8"))["version"])


def load_catalogs(session: Session, folder: Path | None = None) -> int:
    """Bring the shipped catalogs into the store; returns the rows loaded.

    Entries are replaced by code and never removed: old dossiers keep the codes they cite,
    and entries a store added itself (the demo province, an administrator's) stay.
    """
    folder = folder or resources_dir() / "catalogs"
    manifest = json.loads((folder / "catalogs.json").read_text(encoding="utf-8"))
    rows: list[dict[str, Any]] = []
    for entry in manifest["catalogs"]:
        name = entry["name"]
        for seq, item in enumerate(read_catalog_file(name, folder / f"{name}.csv")):
            rows.append(_row(item, seq))
    for row in rows:
        session.execute(
            delete(CatalogEntry).where(
                CatalogEntry.catalog == row["catalog"], CatalogEntry.code == row["code"]
            )
        )
    if rows:
        session.execute(insert(CatalogEntry), rows)
    succession = folder / "admin_succession.csv"
    if succession.exists():
        add_succession(session, succession)
    return len(rows)


def add_catalog_rows(session: Session, items: list[CatalogItem]) -> None:
    """Append a store's own entries after the shipped ones, in the order given."""
    start = (session.scalar(select(func.max(CatalogEntry.seq))) or 0) + 1
    session.execute(insert(CatalogEntry), [_row(item, start + i) for i, item in enumerate(items)])


def add_succession(session: Session, path: Path) -> None:
    """Add (or replace) the succession rows of a CSV file."""
    with path.open(encoding="utf-8", newline="") as handle:
        rows = [
            {
                "from_id": row["from_id"],
                "to_id": row["to_id"],
                "effective": dt.date.fromisoformat(row["effective"]),
                "legal_basis": row.get("legal_basis") or None,
            }
            for row in csv.DictReader(handle)
        ]
    for row in rows:
        session.execute(
            delete(AdminSuccession).where(
                AdminSuccession.from_id == row["from_id"], AdminSuccession.to_id == row["to_id"]
            )
        )
    if rows:
        session.execute(insert(AdminSuccession), rows)


def _row(item: CatalogItem, seq: int) -> dict[str, Any]:
    return {
        "catalog": item.catalog,
        "code": item.code,
        "label": item.label,
        "label_en": item.label_en,
        "valid_from": item.valid_from,
        "valid_to": item.valid_to,
        "legal_basis": item.legal_basis,
        "confidence": item.confidence,
        "seq": seq,
        "extra": dict(item.extra),
    }


def read_catalogs(session: Session) -> Catalogs:
    entries = session.scalars(select(CatalogEntry).order_by(CatalogEntry.catalog, CatalogEntry.seq))
    items = [
        CatalogItem(
            catalog=e.catalog,
            code=e.code,
            label=e.label,
            label_en=e.label_en,
            valid_from=e.valid_from,
            valid_to=e.valid_to,
            legal_basis=e.legal_basis,
            confidence=e.confidence,
            extra=e.extra,
        )
        for e in entries
    ]
    succession = [
        (s.from_id, s.to_id, s.effective) for s in session.scalars(select(AdminSuccession))
    ]
    return Catalogs(items, succession)
