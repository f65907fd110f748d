"""Bundles between real stores, through the real file: what arrives, what is sent again, and
that any order of bundles, concurrent edits and a ring of three stores all end the same."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from cadre_desktop.domain.model import BundleRecord, Cadre, Conflict, PeerState
from cadre_desktop.services.bundle_ack import receive_file
from cadre_desktop.services.bundle_export import export_bundle
from cadre_desktop.services.bundle_import import preview_bundle
from tests.dossiers import add_cadre
from tests.exchange import (
    audit_count,
    deliver,
    dossier_values,
    dump,
    make_store,
    send,
    trust_each_other,
)

EVERYTHING = ("TU",)


def rename(store: Any, cadre_id: str, given: str) -> None:
    with store.unit_of_work(write=True) as uow:
        uow.session.get(Cadre, cadre_id).given_name = given


def given_name(store: Any, cadre_id: str) -> str | None:
    with store.unit_of_work() as uow:
        cadre = uow.session.get(Cadre, cadre_id)
        return cadre.given_name if cadre else None


def test_the_first_bundle_carries_everything_then_only_what_changed(
    province, department, tmp_path: Path
) -> None:
    ids = [add_cadre(province, given=name) for name in ("Đức", "An", "Bình")]
    received = deliver(province, department, tmp_path / "usb")
    assert received.applied and received.preview.count("created") == 3
    assert received.backup is not None and received.backup.exists()
    assert sorted(dossier_values(department)["cadre"]) == sorted(dossier_values(province)["cadre"])
    nothing = export_bundle(province, "SNV", tmp_path / "usb")
    assert (nothing.dossiers, nothing.incremental) == (0, True)
    rename(province, ids[1], "Ân")
    again = export_bundle(province, "SNV", tmp_path / "usb")
    assert again.dossiers == 1
    receive_file(department, again.path)
    assert given_name(department, ids[1]) == "Ân"


def test_an_unacknowledged_bundle_is_sent_again_in_the_next(
    province, department, tmp_path: Path
) -> None:
    cadre_id = add_cadre(province)
    send(province, department, tmp_path / "lost")  # the stick was lost: no acknowledgement
    rename(province, cadre_id, "Đạt")
    second = export_bundle(province, "SNV", tmp_path / "usb")
    assert second.dossiers == 1 and second.seq == 2
    receive_file(department, second.path)
    assert given_name(department, cadre_id) == "Đạt"


def test_a_hand_picked_bundle_sends_only_those(province, department, tmp_path: Path) -> None:
    first, second = add_cadre(province), add_cadre(province, given="Hà")
    result = export_bundle(province, "SNV", tmp_path, cadre_ids=[second])
    assert result.dossiers == 1
    receive_file(department, result.path)
    assert given_name(department, second) == "Hà" and given_name(department, first) is None


def test_the_same_bundle_twice_changes_nothing_the_second_time(
    province, department, tmp_path: Path
) -> None:
    add_cadre(province)
    path = send(province, department, tmp_path / "usb")
    receive_file(department, path)
    before, entries = dump(department), audit_count(department)
    again = receive_file(department, path)
    assert again.preview.already is not None and not again.applied
    assert dump(department) == before and audit_count(department) == entries


def test_the_preview_writes_nothing(province, department, tmp_path: Path) -> None:
    add_cadre(province)
    path = send(province, department, tmp_path / "usb")
    before, entries = dump(department), audit_count(department)
    preview = preview_bundle(department, path)
    assert preview.count("created") == 1 and preview.sender_code == "TU"
    assert dump(department) == before and audit_count(department) == entries


@pytest.mark.parametrize("order", [(0, 1), (1, 0)])
def test_bundles_in_any_order_end_the_same(
    province, department, tmp_path: Path, order: tuple[int, int]
) -> None:
    cadre_id = add_cadre(province)
    paths = [send(province, department, tmp_path / "b1")]
    rename(province, cadre_id, "Đạt")
    paths.append(send(province, department, tmp_path / "b2"))
    for index in order:
        receive_file(department, paths[index])
    assert given_name(department, cadre_id) == "Đạt"
    assert dossier_values(department) == dossier_values(province)


def test_concurrent_edits_become_a_conflict_with_both_values(
    province, department, tmp_path: Path
) -> None:
    cadre_id = add_cadre(province)
    deliver(province, department, tmp_path / "1")
    rename(province, cadre_id, "Đạt")
    rename(department, cadre_id, "Đông")
    received = deliver(province, department, tmp_path / "2")
    assert received.preview.count("conflict") == 1
    with department.unit_of_work() as uow:
        conflict = uow.session.scalars(select(Conflict)).one()
    assert (conflict.mine["given_name"], conflict.theirs["given_name"]) == ("Đông", "Đạt")
    assert conflict.ancestor["given_name"] == "Đức"
    assert given_name(department, cadre_id) == "Đông"


def test_a_deleted_dossier_travels_as_a_deletion(province, department, tmp_path: Path) -> None:
    cadre_id = add_cadre(province)
    deliver(province, department, tmp_path / "1")
    with province.unit_of_work(write=True) as uow:
        uow.session.delete(uow.session.get(Cadre, cadre_id))
    received = deliver(province, department, tmp_path / "2")
    assert received.preview.count("deleted") == 1
    assert given_name(department, cadre_id) is None


def test_the_ledger_and_acknowledgement_move_the_peer_on(
    province, department, tmp_path: Path
) -> None:
    add_cadre(province)
    deliver(province, department, tmp_path)
    with province.unit_of_work() as uow:
        record = uow.session.scalars(select(BundleRecord)).one()
        state = uow.session.get(PeerState, department.instance_id)
        assert record.acknowledged_at is not None and state.acked_tick == record.tick
    with department.unit_of_work() as uow:
        assert uow.session.scalars(select(BundleRecord)).one().direction == "in"


def test_three_stores_in_a_ring_converge(province, tmp_path: Path) -> None:
    first = make_store(tmp_path, "SNV", "Sở Nội vụ")
    second = make_store(tmp_path, "STC", "Sở Tài chính")
    ring = [province, first, second]
    for index, store in enumerate(ring):
        trust_each_other(store, ring[(index + 1) % 3], tmp_path / f"keys{index}", EVERYTHING)
    add_cadre(province, given="Đức")
    add_cadre(first, given="An", id_number=None)
    shared = add_cadre(second, given="Bình", id_number=None)
    for round_ in range(3):  # an edit made on one store reaches the other two within two hops
        if round_ == 2:
            rename(first, shared, "Bảo")
        for index, store in enumerate(ring):
            deliver(store, ring[(index + 1) % 3], tmp_path / f"r{round_}-{index}")
    values = [dossier_values(store) for store in ring]
    assert values[0] == values[1] == values[2]
    assert len(values[0]["cadre"]) == 3 and given_name(province, shared) == "Bảo"
    first.close()
    second.close()


def test_an_attachment_goes_once(province, department, tmp_path: Path) -> None:
    from cadre_desktop.domain.enums import AttachmentKind
    from cadre_desktop.domain.model import Attachment
    from cadre_desktop.storage.blobs import put_blob, read_blob

    cadre_id = add_cadre(province)
    scan = b"%PDF-1.4 quyet dinh bo nhiem " * 100
    with province.unit_of_work(write=True) as uow:
        digest = put_blob(uow.session, scan)
        cadre = uow.session.get(Cadre, cadre_id)  # held: the session keeps it weakly
        cadre.attachments.append(
            Attachment(kind=AttachmentKind.OTHER, title="Quyết định", filename="qd.pdf",
                       media_type="application/pdf", size=len(scan), sha256=digest)
        )  # fmt: skip
    first = export_bundle(province, "SNV", tmp_path / "1")
    assert first.attachments == 1
    received = receive_file(department, first.path)
    receive_file(province, received.ack_path)
    with department.unit_of_work() as uow:
        assert read_blob(uow.session, digest) == scan
    rename(province, cadre_id, "Đạt")
    second = export_bundle(province, "SNV", tmp_path / "2")
    assert (second.dossiers, second.attachments) == (1, 0)
    receive_file(department, second.path)
    assert given_name(department, cadre_id) == "Đạt"


def test_a_conflict_on_a_history_row_shows_its_common_ancestor(
    province, department, tmp_path: Path
) -> None:
    from cadre_desktop.domain.model import FamilyMember

    add_cadre(province)
    deliver(province, department, tmp_path / "1")  # arrives in bulk: one entry per dossier
    for store, job in ((province, "Hưu trí"), (department, "Nông dân")):
        with store.unit_of_work(write=True) as uow:
            uow.session.scalars(select(FamilyMember)).one().occupation = job
    deliver(province, department, tmp_path / "2")
    with department.unit_of_work() as uow:
        conflict = uow.session.scalars(select(Conflict)).one()
    assert conflict.entity == "family_member"
    assert (conflict.mine["occupation"], conflict.theirs["occupation"]) == ("Nông dân", "Hưu trí")
    assert conflict.ancestor is not None and conflict.ancestor["occupation"] is None


def test_a_line_taken_out_of_a_rating_travels_as_a_deletion(
    province, department, tmp_path: Path
) -> None:
    from cadre_desktop.domain.enums import Rating
    from cadre_desktop.domain.model import Evaluation, EvaluationCheck
    from cadre_desktop.domain.yearly_enums import CheckState, EvaluationStatus
    from cadre_desktop.storage.queries import load_dossier

    cadre_id = add_cadre(province)
    with province.unit_of_work(write=True) as uow:
        cadre = load_dossier(uow.session, cadre_id)
        evaluation = Evaluation(year=2024, rating=Rating.GOOD, status=EvaluationStatus.DRAFT)
        evaluation.checks.append(EvaluationCheck(item="1.1", state=CheckState.NONE))
        evaluation.checks.append(EvaluationCheck(item="1.2", state=CheckState.NONE))
        cadre.evaluations.append(evaluation)
    deliver(province, department, tmp_path / "1")
    with province.unit_of_work(write=True) as uow:
        cadre = load_dossier(uow.session, cadre_id)
        del cadre.evaluations[0].checks[1]
    assert deliver(province, department, tmp_path / "2").preview.count("updated") == 1
    with department.unit_of_work() as uow:
        assert [c.item for c in uow.session.scalars(select(EvaluationCheck))] == ["1.1"]
