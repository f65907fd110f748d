"""export-json / import-json: lossless, and all-or-nothing with a sentence per bad field."""

from __future__ import annotations

import copy
import json
import unicodedata
import uuid
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from cadre_desktop.domain.model import AuditEntry, Cadre
from cadre_desktop.errors import InvalidInput
from cadre_desktop.services import dossiers
from tests.dossiers import add_cadre


def export(store: Any, ids: list[str], path: Path) -> dict[str, Any]:
    dossiers.export_json(store, ids, path)
    return json.loads(path.read_text(encoding="utf-8"))


def count_rows(store: Any) -> tuple[int, int]:
    with store.unit_of_work() as uow:
        return (
            uow.session.scalar(select(func.count()).select_from(Cadre)) or 0,
            uow.session.scalar(select(func.count()).select_from(AuditEntry)) or 0,
        )


def test_export_then_import_into_another_store_is_lossless(store, tmp_path: Path) -> None:
    from cadre_desktop.services.stores import init_store

    cadre_id = add_cadre(store)
    first = export(store, [cadre_id], tmp_path / "a.json")
    other, _ = init_store(
        tmp_path / "other.cadre",
        unit_name="Tỉnh ủy",
        unit_code="TU",
        officer="Hà",
        passphrase="mật khẩu khác",
    )
    result = dossiers.import_json(other, tmp_path / "a.json")
    assert (result.created, result.updated) == (1, 0)
    second = export(other, [cadre_id], tmp_path / "b.json")
    other.close()
    assert first["dossiers"] == second["dossiers"]


def test_importing_the_same_file_twice_changes_nothing(store, tmp_path: Path) -> None:
    cadre_id = add_cadre(store)
    export(store, [cadre_id], tmp_path / "a.json")
    before = count_rows(store)
    result = dossiers.import_json(store, tmp_path / "a.json")
    assert (result.created, result.updated, result.unchanged) == (0, 0, 1)
    assert count_rows(store) == before


def test_an_edited_file_updates_the_dossier_and_keeps_the_rest(store, tmp_path: Path) -> None:
    cadre_id = add_cadre(store)
    document = export(store, [cadre_id], tmp_path / "a.json")
    document["dossiers"][0]["other_names"] = "Ba Đức"
    document["dossiers"][0]["family"] = []
    (tmp_path / "b.json").write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    result = dossiers.import_json(store, tmp_path / "b.json")
    assert result.updated == 1
    after = export(store, [cadre_id], tmp_path / "c.json")["dossiers"][0]
    assert after["other_names"] == "Ba Đức" and after["family"] == []
    assert after["postings"] == document["dossiers"][0]["postings"]


def broken(document: dict[str, Any], change: Any) -> dict[str, Any]:
    bad = copy.deepcopy(document)
    change(bad["dossiers"][0])
    return bad


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda d: d.update(id_number="12345"), "12"),
        (lambda d: d.update(birth_date="1980-02-31"), "1980-02-31"),
        (lambda d: d.update(ethnicity="99x"), "99x"),
        (lambda d: d["postings"][0].update(start="2020-13"), "2020-13"),
        (lambda d: d.update(sex="X"), "'X'"),
        (lambda d: d.update(family_name=None), "required"),
        (lambda d: d.update(managing_unit="NOWHERE"), "NOWHERE"),
        (lambda d: d.update(unknown_field=1), "unknown_field"),
    ],
)
def test_bad_fields_are_named_and_nothing_is_written(
    store, tmp_path: Path, change: Any, expected: str
) -> None:
    from cadre_desktop.i18n import set_language

    set_language("en")
    try:
        cadre_id = add_cadre(store)
        document = export(store, [cadre_id], tmp_path / "a.json")
        document["dossiers"][0]["id"] = "00000000-0000-4000-8000-000000000001"  # a new dossier
        for name in ("postings", "trainings", "family", "clearances"):
            for row in document["dossiers"][0][name]:
                row["id"] = str(uuid.uuid4())
        document["dossiers"].insert(0, copy.deepcopy(document["dossiers"][0]))
        good = document["dossiers"][0]
        good["id"] = "00000000-0000-4000-8000-000000000002"  # a good one first
        for name in ("postings", "trainings", "family", "clearances"):
            good[name] = []
        bad = broken(document, lambda d: None)
        change(bad["dossiers"][1])
        path = tmp_path / "bad.json"
        path.write_text(json.dumps(bad, ensure_ascii=False), encoding="utf-8")
        before = count_rows(store)
        with pytest.raises(InvalidInput) as error:
            dossiers.import_json(store, path)
        assert any(expected in problem for problem in error.value.problems), error.value.problems
        assert all(problem.startswith("dossier 2") for problem in error.value.problems)
        assert error.value.exit_code == 5
        assert count_rows(store) == before
    finally:
        set_language("vi")


def test_decomposed_text_is_stored_composed(store, tmp_path: Path) -> None:
    cadre_id = add_cadre(store)
    document = export(store, [cadre_id], tmp_path / "a.json")
    entry = document["dossiers"][0]
    entry["id"] = "00000000-0000-4000-8000-0000000000aa"
    for key in ("id", "origin", "counter", "version"):
        entry.pop(key) if key != "id" else None
    entry["given_name"] = unicodedata.normalize("NFD", "Nguyệt")
    entry["postings"] = [
        dict(p, id="00000000-0000-4000-8000-0000000000ab") for p in entry["postings"]
    ]
    for name in ("trainings", "family", "clearances"):
        entry[name] = []
    raw = json.dumps(document, ensure_ascii=False)
    assert "Nguye\u0323\u0302t" in raw or "Nguye\u0302\u0323t" in raw
    (tmp_path / "nfd.json").write_text(raw, encoding="utf-8")
    dossiers.import_json(store, tmp_path / "nfd.json")
    with store.unit_of_work() as uow:
        assert uow.session.get(Cadre, entry["id"]).given_name == "Nguyệt"


def test_a_file_that_is_not_json_is_refused(store, tmp_path: Path) -> None:
    from cadre_desktop.errors import DamagedError

    path = tmp_path / "cut.json"
    path.write_text('{"format": "cadre-dossiers", "dossiers": [', encoding="utf-8")
    with pytest.raises(DamagedError):
        dossiers.import_json(store, path)


def test_attachments_travel_with_their_bytes_and_are_stored_once(store, tmp_path: Path) -> None:
    import base64
    import hashlib

    from cadre_desktop.domain.model import Blob, BlobChunk

    cadre_id = add_cadre(store)
    document = export(store, [cadre_id], tmp_path / "a.json")
    scan = bytes(range(256)) * 2000  # 512 KB: more than one chunk
    digest = hashlib.sha256(scan).hexdigest()
    for name in ("Quyết định bổ nhiệm", "Bản sao quyết định"):
        document["dossiers"][0]["attachments"].append(
            {
                "id": str(uuid.uuid4()),
                "kind": "decision",
                "title": name,
                "filename": "qd.pdf",
                "media_type": "application/pdf",
                "size": len(scan),
                "sha256": digest,
                "content": base64.b64encode(scan).decode("ascii"),
            }
        )
    (tmp_path / "b.json").write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    dossiers.import_json(store, tmp_path / "b.json")
    with store.unit_of_work() as uow:
        assert uow.session.scalar(select(func.count()).select_from(Blob)) == 1
        assert uow.session.scalar(select(func.count()).select_from(BlobChunk)) == 2
    again = export(store, [cadre_id], tmp_path / "c.json")["dossiers"][0]["attachments"]
    assert [base64.b64decode(a["content"]) for a in again] == [scan, scan]


def test_attachment_bytes_that_do_not_match_their_hash_are_refused(store, tmp_path: Path) -> None:
    cadre_id = add_cadre(store)
    document = export(store, [cadre_id], tmp_path / "a.json")
    document["dossiers"][0]["attachments"].append(
        {
            "id": str(uuid.uuid4()),
            "kind": "photo",
            "title": "Ảnh 4x6",
            "filename": "anh.jpg",
            "media_type": "image/jpeg",
            "size": 3,
            "sha256": "0" * 64,
            "content": "YWJj",
        }
    )
    (tmp_path / "b.json").write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(InvalidInput):
        dossiers.import_json(store, tmp_path / "b.json")
