"""`cadre rules load-manifestations FILE`: the official wording of the 27 manifestations."""

from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path

import pytest
from sqlalchemy import select

from cadre_desktop.domain.model import AuditEntry
from cadre_desktop.rules.rating_procedure import MANIFESTATION_CODES
from cadre_desktop.services.manifestations import manifestation_wording
from cadre_desktop.services.stores import init_store, unlock
from tests.e2e.test_cli import PASS, cadre


def wording_file(path: Path, codes: tuple[str, ...] = MANIFESTATION_CODES) -> Path:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:  # as a spreadsheet saves it
        writer = csv.writer(handle)
        writer.writerow(["code", "text"])
        for code in codes:
            writer.writerow([code, f"Nội dung chính thức của biểu hiện {code}, có dấu phẩy"])
    return path


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    path = tmp_path / "Kho.cadre"
    store, _key = init_store(
        path, unit_name="Tỉnh ủy", unit_code="TU", officer="Lan", passphrase=PASS
    )
    store.close()
    return path


def test_loading_the_official_wording_versions_and_audits_it(
    store_path: Path, tmp_path: Path
) -> None:
    db = ("--db", str(store_path), "--lang", "en")
    source = wording_file(tmp_path / "27.csv")
    result = cadre(*db, "rules", "load-manifestations", str(source), "--json")
    assert result.returncode == 0, result.stderr
    loaded = json.loads(result.stdout)
    assert loaded["official"] and loaded["version"] == 1 and len(loaded["items"]) == 27
    assert loaded["legal_basis"] == "NQ 04-NQ/TW (30/10/2016)"
    again = cadre(
        *db, "rules", "load-manifestations", str(source),
        "--legal-basis", "KL 21-KL/TW (25/10/2021)", "--valid-from", "25/10/2021",
    )  # fmt: skip
    assert again.returncode == 0, again.stderr
    assert "version 2" in again.stdout
    store = unlock(store_path, PASS)
    try:
        assert not manifestation_wording(store, dt.date(2016, 1, 1)).official
        old = manifestation_wording(store, dt.date(2020, 12, 31))
        new = manifestation_wording(store, dt.date(2025, 12, 31))
        assert (old.version, new.version) == (1, 2)
        assert new.text("2.5") == "Nội dung chính thức của biểu hiện 2.5, có dấu phẩy"
        with store.unit_of_work() as uow:
            actions = list(uow.session.scalars(select(AuditEntry.action)))
        assert actions.count("load_manifestations") == 2
    finally:
        store.close()


def test_a_file_without_nine_items_in_each_group_is_refused_and_nothing_is_loaded(
    store_path: Path, tmp_path: Path
) -> None:
    db = ("--db", str(store_path), "--lang", "en")
    short = wording_file(tmp_path / "26.csv", MANIFESTATION_CODES[:-1])
    result = cadre(*db, "rules", "load-manifestations", str(short))
    assert result.returncode == 5
    assert "group 3 lacks item(s) 3.9" in result.stderr
    bad = tmp_path / "bad.csv"
    bad.write_text("code,text\n4.1,Không có nhóm 4\n", encoding="utf-8")
    result = cadre(*db, "rules", "load-manifestations", str(bad))
    assert result.returncode == 5 and '"4.1" is not an item code' in result.stderr
    latin = tmp_path / "latin.csv"
    latin.write_bytes("code,text\n1.1,Phai nh\xe1t\n".encode("latin-1"))
    result = cadre(*db, "rules", "load-manifestations", str(latin))
    assert result.returncode == 5 and len(result.stderr.strip().splitlines()) == 1
    store = unlock(store_path, PASS)
    try:
        assert not manifestation_wording(store).official
    finally:
        store.close()
