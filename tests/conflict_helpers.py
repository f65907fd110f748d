"""Real conflicts between two real stores, before bundles exist: a dossier copied from store A
to store B with export-json/import-json (ids and versions kept), both edited, and the Conflict
row written on B from B's stored row and A's, as a bundle import will write it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from cadre_desktop.domain.base import new_id
from cadre_desktop.domain.model import Conflict, Tombstone, Unit
from cadre_desktop.services import dossiers
from cadre_desktop.services.stores import init_store
from cadre_desktop.storage.queries import unit_codes
from cadre_desktop.sync.resolve import officer_columns, parent_links, values_of
from tests.conftest import PASSPHRASE


def second_store(tmp_path: Path, name: str = "Ban To chuc B") -> Any:
    """Another store of the same province (same unit codes, its own instance id)."""
    opened, _recovery = init_store(
        tmp_path / f"{name}.cadre",
        unit_name="Tỉnh ủy Thử Nghiệm",
        unit_code="TU",
        officer="Hà",
        passphrase=PASSPHRASE,
    )
    return opened


def copy_dossier(source: Any, target: Any, cadre_id: str, tmp_path: Path) -> None:
    """The dossier as it is in ``source``, into ``target`` with the same ids and versions."""
    file = tmp_path / f"copy-{new_id()}.json"
    dossiers.export_json(source, [cadre_id], file)
    dossiers.import_json(target, file)
    file.unlink()


def _their_side(
    store: Any, cls: type[Any], row_id: str
) -> tuple[dict[str, Any] | None, dict[str, int]]:
    """The row's values on ``store`` (unit references as unit codes) and its version."""
    with store.unit_of_work() as uow:
        obj = uow.session.get(cls, row_id)
        if obj is None:
            tombstone = uow.session.get(Tombstone, row_id)
            assert tombstone is not None, "the row is neither stored nor deleted there"
            return None, dict(tombstone.version)
        codes = unit_codes(uow.session)
        values = values_of(obj, links=True)
        for attr in _unit_columns(cls):
            values[attr] = codes.get(values[attr]) if values.get(attr) else None
        return values, dict(obj.version)


def _unit_columns(cls: type[Any]) -> dict[str, Any]:
    return {
        attr: column
        for attr, column in officer_columns(cls).items()
        if any(key.column.table.name == Unit.__tablename__ for key in column.foreign_keys)
    }


def record_conflict(
    mine_store: Any,
    their_store: Any,
    cls: type[Any],
    row_id: str,
    cadre_id: str,
    *,
    ancestor: dict[str, Any] | None = None,
) -> str:
    """Write on ``mine_store`` the conflict its row ``row_id`` has with ``their_store``'s."""
    theirs, their_version = _their_side(their_store, cls, row_id)
    with mine_store.unit_of_work(write=True, reason="test conflict") as uow:
        obj = uow.session.get(cls, row_id)
        mine = values_of(obj) if obj is not None else None
        if theirs is not None:  # unit codes back to this store's unit ids
            ids = {code: uid for uid, code in unit_codes(uow.session).items()}
            for attr in _unit_columns(cls):
                theirs[attr] = ids.get(theirs[attr]) if theirs.get(attr) else None
            links = parent_links(cls)
            assert set(links) <= set(theirs)
        kind = (
            "edit"
            if mine is not None and theirs is not None
            else ("deleted_there" if theirs is None else "deleted_here")
        )
        conflict = Conflict(
            id=new_id(), cadre_id=cadre_id, entity=cls.__tablename__, row_id=row_id, kind=kind,
            mine=mine, theirs=theirs, ancestor=ancestor, their_version=their_version,
            peer_instance=their_store.instance_id, bundle_id=new_id(),
        )  # fmt: skip
        uow.session.add(conflict)
        return conflict.id
