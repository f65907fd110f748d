"""Real stores of different units that trust each other, and what a bundle test compares."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import select, text

from cadre_desktop.domain.enums import UnitKind, UnitLevel
from cadre_desktop.domain.model import Unit
from cadre_desktop.services import units
from cadre_desktop.services.bundle_ack import receive_file
from cadre_desktop.services.bundle_export import export_bundle
from cadre_desktop.services.stores import init_store
from tests.conftest import PASSPHRASE

PROVINCE_TREE = (("TU", "Tỉnh ủy Thử Nghiệm", None), ("SNV", "Sở Nội vụ", "TU"),
                 ("STC", "Sở Tài chính", "TU"))  # fmt: skip

# Rows that record an exchange, not the dossiers; compared apart.
LOCAL_TABLES = {"audit_entry", "store_instance", "bundle_record", "peer_state", "peer_blob",
                "dossier_tick", "exchange_identity", "trusted_unit", "key_revocation",
                "alembic_version", "setting"}  # fmt: skip


def make_store(folder: Path, code: str, name: str) -> Any:
    store, _key = init_store(
        folder / f"{code}.cadre", unit_name=name, unit_code=code, officer="Lan",
        passphrase=PASSPHRASE,
    )  # fmt: skip
    with store.unit_of_work(write=True) as uow:
        by_code = {u.code: u for u in uow.session.scalars(select(Unit))}
        for unit_code, unit_name, parent in PROVINCE_TREE:
            if unit_code not in by_code:
                parent_id = by_code[parent].id if parent in by_code else None
                unit = Unit(code=unit_code, name=unit_name, kind=UnitKind.STATE,
                            level=UnitLevel.PROVINCE, parent_id=parent_id)  # fmt: skip
                uow.session.add(unit)
                uow.session.flush()
                by_code[unit_code] = unit
    return store


def trust_each_other(first: Any, second: Any, folder: Path, scope: tuple[str, ...]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for a, b in ((first, second), (second, first)):
        key_file = folder / f"key-{a.instance_id}.cadrekey"
        fingerprint = units.export_key(a, key_file)
        units.trust_unit(b, key_file, fingerprint, list(scope))


def send(sender: Any, receiver: Any, folder: Path, **options: Any) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    code = _code(receiver)
    return export_bundle(sender, code, folder, **options).path


def deliver(sender: Any, receiver: Any, folder: Path, **options: Any) -> Any:
    """Carry a bundle and bring its acknowledgement back."""
    received = receive_file(receiver, send(sender, receiver, folder, **options))
    if getattr(received, "ack_path", None) is not None:
        receive_file(sender, received.ack_path)
    return received


def _code(store: Any) -> str:
    with store.unit_of_work() as uow:
        return str(uow.session.execute(text("SELECT unit_code FROM store_instance")).scalar_one())


def dump(store: Any, *, skip: set[str] = LOCAL_TABLES) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table (search index included), sorted: equal dumps, equal stores."""
    with store.unit_of_work() as uow:
        connection = uow.session.connection()
        names = [
            row[0]
            for row in connection.execute(
                text("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
            )
            if row[0] not in skip and not row[0].startswith("sqlite_")
        ]
        return {
            name: sorted(map(tuple, connection.execute(text(f'SELECT * FROM "{name}"'))), key=repr)
            for name in names
        }


def audit_count(store: Any) -> int:
    with store.unit_of_work() as uow:
        return int(uow.session.execute(text("SELECT count(*) FROM audit_entry")).scalar_one())


def dossier_values(store: Any) -> dict[str, list[tuple[Any, ...]]]:
    """What the officer sees, without versions or local bookkeeping: converged stores agree."""
    tables = {"cadre": ("id", "family_name", "middle_name", "given_name", "other_names"),
              "posting": ("id", "cadre_id", "title_name", "start"),
              "family_member": ("id", "cadre_id", "full_name", "occupation")}  # fmt: skip
    with store.unit_of_work() as uow:
        connection = uow.session.connection()
        return {
            table: sorted(
                map(tuple, connection.execute(text(f"SELECT {', '.join(cols)} FROM {table}"))),
                key=repr,
            )
            for table, cols in tables.items()
        }
