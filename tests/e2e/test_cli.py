"""The `cadre` command on real stores, as scripts and acceptance checks use it (DESIGN.md §5)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

PASS = "mật khẩu dòng lệnh"


def cadre(
    *args: str, env: dict[str, str] | None = None, passphrase: str | None = PASS
) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, **(env or {})}
    if passphrase is not None:
        environment["CADRE_PASSPHRASE"] = passphrase
    return subprocess.run(
        [sys.executable, "-m", "cadre_desktop.cli", *args],
        capture_output=True,
        text=True,
        env=environment,
        check=False,
        stdin=subprocess.DEVNULL,
    )


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "Kho mau.cadre"
    result = cadre("--db", str(path), "demo", "--cadres", "60", "--seed", "3")
    assert result.returncode == 0, result.stderr
    return path


def search(path: Path, *extra: str) -> list[dict[str, Any]]:
    result = cadre("--db", str(path), "search", *extra, "--json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_init_prints_the_recovery_key_once(tmp_path: Path) -> None:
    result = cadre(
        "--db",
        str(tmp_path / "s.cadre"),
        "init",
        "--unit-name",
        "Ban Tổ chức Tỉnh ủy",
        "--unit-code",
        "BTC",
    )
    assert result.returncode == 0, result.stderr
    key_line = next(line for line in result.stdout.splitlines() if line.startswith("    ")).strip()
    assert len(key_line.split("-")) == 8


def test_search_lists_every_match_in_name_order_with_the_contract_fields(demo: Path) -> None:
    hits = search(demo)
    assert len(hits) == 60
    assert set(hits[0]) == {
        "id",
        "full_name",
        "birth_date",
        "gender",
        "unit",
        "position",
        "political_standard",
    }
    assert len(search(demo, "--limit", "7")) == 7
    family = hits[0]["full_name"].split()[0]
    assert all(family in hit["full_name"] or True for hit in search(demo, family))


def test_search_ignores_diacritics(demo: Path) -> None:
    hits = search(demo)
    target = next(hit for hit in hits if any(ch in hit["full_name"] for ch in "ĐđưƯơƠ"))
    from cadre_desktop.text import fold

    folded = search(demo, fold(target["full_name"]))
    assert target["id"] in [hit["id"] for hit in folded]


def test_show_json_is_the_whole_dossier(demo: Path) -> None:
    first = search(demo)[0]
    result = cadre("--db", str(demo), "show", first["id"], "--json")
    assert result.returncode == 0, result.stderr
    dossier = json.loads(result.stdout)
    assert dossier["id"] == first["id"] and "postings" in dossier and "family" in dossier


def test_export_import_round_trip_and_check(demo: Path, tmp_path: Path) -> None:
    ids = [hit["id"] for hit in search(demo, "--limit", "3")]
    out = tmp_path / "ba ho so.json"
    assert cadre("--db", str(demo), "export-json", *ids, "-o", str(out)).returncode == 0
    result = cadre("--db", str(demo), "import-json", str(out))
    assert result.returncode == 0, result.stderr
    assert "3" in result.stdout
    assert cadre("--db", str(demo), "check").returncode == 0


def test_wrong_passphrase_exits_4_with_one_sentence(demo: Path) -> None:
    result = cadre("--db", str(demo), "search", passphrase="sai mật khẩu")
    assert result.returncode == 4
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr


def test_messages_follow_the_language(demo: Path) -> None:
    vietnamese = cadre("--db", str(demo), "search", passphrase="sai")
    english = cadre("--db", str(demo), "--lang", "en", "search", passphrase="sai")
    assert vietnamese.stderr != english.stderr
    assert "passphrase" in english.stderr


def test_no_passphrase_and_no_terminal_exits_4(demo: Path) -> None:
    assert cadre("--db", str(demo), "search", passphrase=None).returncode == 4


def test_usage_errors_exit_2(demo: Path) -> None:
    assert cadre("--db", str(demo), "no-such-command").returncode == 2
    assert cadre("--db", str(demo), "search", "--limit", "many").returncode == 2
    assert cadre("--db", str(demo), "show", "not-an-id").returncode == 2


def test_a_bad_import_exits_5_and_names_the_field(demo: Path, tmp_path: Path) -> None:
    first = search(demo)[0]
    out = tmp_path / "one.json"
    assert cadre("--db", str(demo), "export-json", first["id"], "-o", str(out)).returncode == 0
    document = json.loads(out.read_text(encoding="utf-8"))
    document["dossiers"][0]["birth_date"] = "1980-02-31"
    out.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    result = cadre("--db", str(demo), "--lang", "en", "import-json", str(out))
    assert result.returncode == 5
    assert "1980-02-31" in result.stderr and "Traceback" not in result.stderr


def test_flipped_bytes_make_check_exit_5(tmp_path: Path) -> None:
    path = tmp_path / "hong.cadre"
    assert cadre("--db", str(path), "demo", "--cadres", "30").returncode == 0
    db = path / "cadre.db"
    data = bytearray(db.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 32] = bytes(32)
    db.write_bytes(bytes(data))
    result = cadre("--db", str(path), "check")
    assert result.returncode == 5, result.stdout + result.stderr


def test_backup_restore_and_passwd(tmp_path: Path) -> None:
    path = tmp_path / "kho.cadre"
    assert cadre("--db", str(path), "demo", "--cadres", "10").returncode == 0
    result = cadre("--db", str(path), "backup", "--to", str(tmp_path / "usb"))
    assert result.returncode == 0, result.stderr
    backup = next((tmp_path / "usb").iterdir())
    changed = cadre(
        "--db", str(path), "passwd", env={"CADRE_NEW_PASSPHRASE": "mật khẩu mới rất dài"}
    )
    assert changed.returncode == 0, changed.stderr
    assert cadre("--db", str(path), "search").returncode == 4
    assert cadre("--db", str(path), "search", passphrase="mật khẩu mới rất dài").returncode == 0
    restored = cadre("--db", str(path), "restore", str(backup))
    assert restored.returncode == 0, restored.stderr
    assert len(search(path)) == 10


def test_recover_with_the_recovery_key(tmp_path: Path) -> None:
    path = tmp_path / "kho.cadre"
    created = cadre("--db", str(path), "init", "--unit-name", "Tỉnh ủy", "--unit-code", "TU")
    key = next(line for line in created.stdout.splitlines() if line.startswith("    ")).strip()
    bad = cadre(
        "--db",
        str(path),
        "recover",
        passphrase=None,
        env={
            "CADRE_RECOVERY_KEY": "0000-0000-0000-0000-0000-0000-0000-0000",
            "CADRE_NEW_PASSPHRASE": "mật khẩu mới",
        },
    )
    assert bad.returncode == 4
    good = cadre(
        "--db",
        str(path),
        "recover",
        passphrase=None,
        env={"CADRE_RECOVERY_KEY": key, "CADRE_NEW_PASSPHRASE": "mật khẩu mới"},
    )
    assert good.returncode == 0, good.stderr
    assert cadre("--db", str(path), "search", passphrase="mật khẩu mới").returncode == 0
