"""Merging dossiers by version vectors between two real stores (the bundle file itself is
tested apart): dominating versions apply, concurrent edits and delete-vs-edit are conflicts
that keep both sides, and the common ancestor is read back from the audit chain."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from cadre_desktop.domain.model import Cadre, Conflict, FamilyMember, Tombstone
from cadre_desktop.services.bundle_merge import Merger, Origin
from cadre_desktop.services.bundle_payload import encode_deletion
from cadre_desktop.services.dossier_json import DecodeContext, Problems, decode_file, encode_dossier
from cadre_desktop.services.stores import init_store
from cadre_desktop.storage.queries import load_dossiers, unit_codes
from tests.conftest import PASSPHRASE
from tests.dossiers import add_cadre


@pytest.fixture
def other(tmp_path: Path) -> Any:
    opened, _key = init_store(
        tmp_path / "So Noi vu.cadre",
        unit_name="Sở Nội vụ",
        unit_code="TU",
        officer="Hà",
        passphrase=PASSPHRASE,
    )
    yield opened
    opened.close()


def carry(source: Any, target: Any, cadre_ids: list[str]) -> Merger:
    """What a bundle does, without the file: encode on one side, merge on the other."""
    with source.unit_of_work() as uow:
        codes = unit_codes(uow.session)
        dossiers = [encode_dossier(c, codes) for c in load_dossiers(uow.session, cadre_ids)]
        tombs = uow.session.scalars(select(Tombstone).where(Tombstone.cadre_id.in_(cadre_ids)))
        deletions = [encode_deletion(t) for t in tombs]
    with target.unit_of_work(write=True, reason="test bundle") as uow:
        ids = {c: u for u, c in unit_codes(uow.session).items()}
        problems = Problems()
        document = {"format": "cadre-dossiers", "version": 1, "dossiers": dossiers}
        drafts = decode_file(document, DecodeContext(target.catalogs(), ids), problems)
        assert problems.items == []
        merger = Merger(uow, Origin(source.instance_id, "b-1"), lambda _unit: True)
        merger.dossiers(drafts)
        merger.deletions(deletions, {})
    return merger


def given_name(store: Any, cadre_id: str) -> str:
    with store.unit_of_work() as uow:
        return uow.session.get(Cadre, cadre_id).given_name


def rename(store: Any, cadre_id: str, given: str) -> None:
    with store.unit_of_work(write=True) as uow:
        uow.session.get(Cadre, cadre_id).given_name = given


def conflicts(store: Any) -> list[Conflict]:
    with store.unit_of_work() as uow:
        return list(uow.session.scalars(select(Conflict).where(Conflict.resolved_at.is_(None))))


def test_a_new_dossier_arrives_whole_and_a_second_time_changes_nothing(store, other) -> None:
    cadre_id = add_cadre(store)
    first = carry(store, other, [cadre_id])
    assert first.outcomes[cadre_id].kind == "created"
    with other.unit_of_work() as uow:
        theirs = load_dossiers(uow.session, [cadre_id])[0]
        assert [len(theirs.postings), len(theirs.family), len(theirs.clearances)] == [1, 1, 1]
    again = carry(store, other, [cadre_id])
    assert again.outcomes[cadre_id].kind == "unchanged" and not again.touched


def test_a_dominating_edit_is_applied_and_an_older_one_is_not(store, other) -> None:
    cadre_id = add_cadre(store)
    carry(store, other, [cadre_id])
    rename(store, cadre_id, "Đạt")
    assert carry(store, other, [cadre_id]).outcomes[cadre_id].kind == "updated"
    assert given_name(other, cadre_id) == "Đạt"
    rename(other, cadre_id, "Đông")  # other now dominates: the older version is not applied
    assert carry(store, other, [cadre_id]).outcomes[cadre_id].kind == "unchanged"
    assert given_name(other, cadre_id) == "Đông"


def test_concurrent_edits_keep_both_sides_with_the_common_ancestor(store, other) -> None:
    cadre_id = add_cadre(store)
    carry(store, other, [cadre_id])
    rename(store, cadre_id, "Đạt")
    rename(other, cadre_id, "Đông")
    merger = carry(store, other, [cadre_id])
    assert merger.outcomes[cadre_id].kind == "conflict"
    assert given_name(other, cadre_id) == "Đông"  # nothing lost: mine stays, theirs waits
    [conflict] = conflicts(other)
    assert (conflict.kind, conflict.entity, conflict.row_id) == ("edit", "cadre", cadre_id)
    assert conflict.mine["given_name"] == "Đông"
    assert conflict.theirs["given_name"] == "Đạt"
    assert conflict.ancestor["given_name"] == "Đức"


def test_a_deletion_against_a_concurrent_edit_is_a_conflict(store, other) -> None:
    cadre_id = add_cadre(store)
    carry(store, other, [cadre_id])
    with store.unit_of_work(write=True) as uow:
        cadre = load_dossiers(uow.session, [cadre_id])[0]
        cadre.family.clear()
    with other.unit_of_work(write=True) as uow:
        member = uow.session.scalars(select(FamilyMember)).one()
        member.occupation = "Hưu trí"
    carry(store, other, [cadre_id])
    [conflict] = conflicts(other)
    assert conflict.kind == "deleted_there" and conflict.mine["occupation"] == "Hưu trí"
    with other.unit_of_work() as uow:  # the edited row is still here
        assert uow.session.scalars(select(FamilyMember)).one().occupation == "Hưu trí"


def test_a_deletion_that_dominates_is_applied_and_travels_on(store, other) -> None:
    cadre_id = add_cadre(store)
    carry(store, other, [cadre_id])
    with store.unit_of_work(write=True) as uow:
        cadre = load_dossiers(uow.session, [cadre_id])[0]  # held: the session keeps it weakly
        cadre.family.clear()
    merger = carry(store, other, [cadre_id])
    assert merger.outcomes[cadre_id].kind == "updated"
    with other.unit_of_work() as uow:
        assert uow.session.scalars(select(FamilyMember)).all() == []
        [tomb] = uow.session.scalars(select(Tombstone)).all()
    with store.unit_of_work() as uow:
        [theirs] = uow.session.scalars(select(Tombstone)).all()
    assert tomb.version == theirs.version  # the deletion keeps the version it travelled with
    assert carry(store, other, [cadre_id]).outcomes[cadre_id].kind == "unchanged"


def test_an_edit_against_a_deletion_here_waits_as_a_conflict(store, other) -> None:
    cadre_id = add_cadre(store)
    carry(store, other, [cadre_id])
    with other.unit_of_work(write=True) as uow:
        cadre = load_dossiers(uow.session, [cadre_id])[0]  # held: the session keeps it weakly
        cadre.family.clear()
    with store.unit_of_work(write=True) as uow:
        uow.session.scalars(select(FamilyMember)).one().occupation = "Nông dân"
    carry(store, other, [cadre_id])
    [conflict] = conflicts(other)
    assert conflict.kind == "deleted_here" and conflict.mine is None
    assert conflict.theirs["occupation"] == "Nông dân" and conflict.theirs["cadre_id"] == cadre_id
    with other.unit_of_work() as uow:
        assert uow.session.scalars(select(FamilyMember)).all() == []


def test_out_of_scope_dossiers_are_not_touched(store, other) -> None:
    cadre_id = add_cadre(store)
    with store.unit_of_work() as uow:
        codes = unit_codes(uow.session)
        dossier = encode_dossier(load_dossiers(uow.session, [cadre_id])[0], codes)
    with other.unit_of_work(write=True) as uow:
        ids = {c: u for u, c in unit_codes(uow.session).items()}
        document = {"format": "cadre-dossiers", "version": 1, "dossiers": [dossier]}
        drafts = decode_file(document, DecodeContext(other.catalogs(), ids), Problems())
        merger = Merger(uow, Origin(store.instance_id, "b-1"), lambda _unit: False)
        merger.dossiers(drafts)
        assert merger.outcomes[cadre_id].kind == "out_of_scope" and not merger.touched
        assert uow.session.get(Cadre, cadre_id) is None
