"""Every change and every access is in the hash chain, in the same transaction."""

from __future__ import annotations

import pytest
from sqlalchemy import select, text

from cadre_desktop.domain.model import AuditEntry, Cadre, Tombstone
from cadre_desktop.services import dossiers, stores
from tests.dossiers import add_cadre


def entries(store) -> list[AuditEntry]:
    with store.unit_of_work() as uow:
        return list(uow.session.scalars(select(AuditEntry).order_by(AuditEntry.seq)))


def test_a_change_records_who_what_old_and_new(store) -> None:
    cadre_id = add_cadre(store)
    with store.unit_of_work(write=True, reason="sửa tên gọi khác") as uow:
        uow.session.get(Cadre, cadre_id).other_names = "Ba Đức"
    last = entries(store)[-1]
    assert (last.actor, last.action, last.entity, last.cadre_id) == (
        "Lan",
        "update",
        "cadre",
        cadre_id,
    )
    version = {store.instance_id: last.changes["@version"][store.instance_id]}
    assert last.changes == {"other_names": [None, "Ba Đức"], "@version": version}
    assert last.reason == "sửa tên gọi khác"


def test_a_failed_transaction_leaves_no_audit_entry(store) -> None:
    cadre_id = add_cadre(store)
    before = len(entries(store))
    with pytest.raises(RuntimeError), store.unit_of_work(write=True) as uow:
        uow.session.get(Cadre, cadre_id).other_names = "không lưu"
        uow.session.flush()
        raise RuntimeError("the officer's save was refused")
    assert len(entries(store)) == before


def test_opening_a_dossier_is_logged(store) -> None:
    cadre_id = add_cadre(store)
    with store.unit_of_work(write=True) as uow:
        dossiers.open_dossier(uow, cadre_id)
    assert entries(store)[-1].action == "open"


def test_removing_a_history_row_leaves_a_tombstone(store) -> None:
    cadre_id = add_cadre(store)
    with store.unit_of_work(write=True) as uow:
        cadre = uow.session.get(Cadre, cadre_id)
        removed = cadre.family.pop()
        removed_id = removed.id
    with store.unit_of_work() as uow:
        tombstone = uow.session.get(Tombstone, removed_id)
    assert tombstone is not None and tombstone.cadre_id == cadre_id
    assert entries(store)[-1].action == "delete"


def test_every_change_advances_the_version_vector(store) -> None:
    cadre_id = add_cadre(store)
    with store.unit_of_work() as uow:
        first = dict(uow.session.get(Cadre, cadre_id).version)
    with store.unit_of_work(write=True) as uow:
        uow.session.get(Cadre, cadre_id).strengths = "Tổng hợp"
    with store.unit_of_work() as uow:
        second = uow.session.get(Cadre, cadre_id).version
    assert second[store.instance_id] > first[store.instance_id]


def test_an_altered_entry_breaks_the_chain(store) -> None:
    add_cadre(store)
    assert stores.check(store).ok
    with store.unit_of_work(write=True) as uow:
        uow.session.execute(text("UPDATE audit_entry SET actor = 'someone else' WHERE seq = 2"))
    report = stores.check(store)
    assert any("audit entry 2" in problem for problem in report.problems)


def test_a_deleted_entry_breaks_the_chain(store) -> None:
    add_cadre(store)
    with store.unit_of_work(write=True) as uow:
        uow.session.execute(text("DELETE FROM audit_entry WHERE seq = 3"))
    assert not stores.check(store).ok
