"""A bundle that is damaged, tampered, cut short, for another unit, from an untrusted or revoked
sender, outside the sender's scope, of a newer version or a replay: one clear sentence, and
the store unchanged apart from the audit entry that records the refusal."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, update

from cadre_desktop.domain.model import ExchangeIdentity, PeerState
from cadre_desktop.errors import CadreError, DamagedError, RefusedError
from cadre_desktop.services import units
from cadre_desktop.services.bundle_ack import receive_file
from cadre_desktop.services.bundle_export import export_bundle
from cadre_desktop.sync import container
from cadre_desktop.sync.keys import load_identity
from tests.dossiers import add_cadre
from tests.exchange import audit_count, dump, make_store, send, trust_each_other


@pytest.fixture
def province(province: Any) -> Any:
    add_cadre(province)  # every refused bundle would have carried this dossier
    return province


def refused(store: Any, path: Path, error: type[CadreError] = DamagedError) -> CadreError:
    """Import must fail with ``error``, change nothing but add one audit entry."""
    before, entries = dump(store), audit_count(store)
    with pytest.raises(error) as caught:
        receive_file(store, path)
    assert dump(store) == before
    assert audit_count(store) == entries + 1
    sentence = caught.value.sentence()
    assert "\n" not in sentence and sentence.endswith(".")
    return caught.value


def bundle(province: Any, department: Any, tmp_path: Path) -> Path:
    return send(province, department, tmp_path / "usb")


@pytest.mark.parametrize("where", [0, 20, 60, 200, -40, -1])
def test_a_flipped_bit_anywhere_is_refused(province, department, tmp_path: Path, where) -> None:
    path = bundle(province, department, tmp_path)
    data = bytearray(path.read_bytes())
    data[where] ^= 0x04
    path.write_bytes(bytes(data))
    refused(department, path)


@pytest.mark.parametrize("keep", [0, 5, 40, 0.5, 0.99])
def test_a_cut_short_file_is_refused(province, department, tmp_path: Path, keep) -> None:
    path = bundle(province, department, tmp_path)
    data = path.read_bytes()
    path.write_bytes(data[: int(len(data) * keep) if isinstance(keep, float) else keep])
    refused(department, path)


def test_a_file_that_is_not_a_bundle_is_refused(department, tmp_path: Path) -> None:
    path = tmp_path / "ghi-chu.cadrebundle"
    path.write_text("không phải gói hồ sơ", encoding="utf-8")
    refused(department, path)


def test_a_bundle_for_another_unit_is_refused(province, department, tmp_path: Path) -> None:
    third = make_store(tmp_path, "STC", "Sở Tài chính")
    trust_each_other(province, third, tmp_path / "k3", ("TU",))
    path = send(province, third, tmp_path / "usb")
    assert "another unit" in refused(department, path).msgid
    third.close()


def test_an_untrusted_sender_is_refused(province, tmp_path: Path) -> None:
    stranger = make_store(tmp_path, "STC", "Sở Tài chính")
    trust_each_other(province, stranger, tmp_path / "k", ("TU",))
    lone = make_store(tmp_path / "lone", "SNV", "Sở Nội vụ")  # trusts nobody
    key = tmp_path / "lone.cadrekey"
    fingerprint = units.export_key(lone, key)
    units.trust_unit(province, key, fingerprint, ["TU"])  # the sender knows it, not vice versa
    path = send(province, lone, tmp_path / "usb")
    refused(lone, path)
    lone.close()
    stranger.close()


def test_a_revoked_sender_is_refused(province, department, tmp_path: Path) -> None:
    path = bundle(province, department, tmp_path)
    units.revoke(department, "TU", "mất máy")
    refused(department, path)


def test_records_outside_the_senders_scope_are_refused_with_exit_3(
    province, tmp_path: Path
) -> None:
    narrow = make_store(tmp_path, "SNV", "Sở Nội vụ")
    for a, b, scope in ((province, narrow, ["SNV"]), (narrow, province, ["TU"])):
        key = tmp_path / f"{a.instance_id}.cadrekey"
        units.trust_unit(b, key, units.export_key(a, key), scope)
    path = send(province, narrow, tmp_path / "usb")  # the dossier is managed by TU
    error = refused(narrow, path, RefusedError)
    assert isinstance(error, RefusedError) and error.rule_ids == ["BUNDLE_OUT_OF_SCOPE"]
    narrow.close()


def test_a_replayed_sequence_number_is_refused(province, department, tmp_path: Path) -> None:
    first = bundle(province, department, tmp_path)
    receive_file(department, first)
    with province.unit_of_work(write=True) as uow:  # a forged or replayed copy reuses number 1
        uow.session.execute(update(PeerState).values(next_seq=1))
    second = export_bundle(province, "SNV", tmp_path / "again").path
    assert "replayed" in refused(department, second).msgid


def test_a_bundle_of_a_newer_version_is_refused(province, department, tmp_path: Path) -> None:
    with province.unit_of_work() as uow:
        identity = load_identity(uow.session)
    manifest = {"bundle_id": "b" * 36, "schema": 99,
                "receiver": department.instance_id, "seq": 1}  # fmt: skip
    with department.unit_of_work() as uow:
        box_public = uow.session.scalars(select(ExchangeIdentity)).one().box_public
    data = container.seal(
        kind="bundle",
        identity=identity,
        receiver_instance=department.instance_id,
        receiver_box_public=box_public,
        manifest=manifest,
        parts={"dossiers.json": json.dumps({"dossiers": []}).encode()},
    )
    path = tmp_path / "newer.cadrebundle"
    path.write_bytes(data)
    assert "newer version" in refused(department, path).msgid


def test_a_planning_entry_without_a_valid_conclusion_is_refused_like_any_path(
    province, department, tmp_path: Path
) -> None:
    from cadre_desktop.domain.enums import ClearanceResult
    from cadre_desktop.domain.model import Clearance
    from cadre_desktop.services import clearances, planning
    from tests.db.test_personnel_gate import DRAFT, _draft, _setup

    for store in (province, department):
        _setup(store)
    cadre_id = add_cadre(province, given="Hùng")
    clearances.record_clearance(province, cadre_id, DRAFT)
    planning.plan(province, _draft(cadre_id))
    with province.unit_of_work(write=True) as uow:  # the sender's copy is not valid (any cause)
        for clearance in uow.session.scalars(select(Clearance)):
            clearance.result = ClearanceResult.PENDING
    path = bundle(province, department, tmp_path)
    error = refused(department, path, RefusedError)
    assert isinstance(error, RefusedError) and error.rule_ids == ["POLITICAL_STANDARD_PENDING"]
