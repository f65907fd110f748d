# ruff: noqa: E501
"""`cadre matter`, `cadre revoke`, `cadre training` and their alerts in `cadre check --rules` on
a real store: exit codes 0, 2 and 3, one sentence on stderr, JSON output, PDF and CSV files."""

from __future__ import annotations

import json
from pathlib import Path

from pypdf import PdfReader

from cadre_desktop.domain.model import Cadre
from tests.conftest import PASSPHRASE
from tests.e2e.test_cli import cadre
from tests.personnel import ready_cadre


def _cli(store_path: Path, *args: str):  # type: ignore[no-untyped-def]
    return cadre("--db", str(store_path), "--lang", "en", *args, passphrase=PASSPHRASE)


def test_the_register_from_the_command_line(store, store_path: Path, tmp_path: Path) -> None:
    cadre_id = ready_cadre(store)
    with store.unit_of_work() as uow:
        [entry] = uow.session.get(Cadre, cadre_id).planning_entries
    store.close()
    added = _cli(store_path, "matter", "add", "--kind", "denunciation", "--source", "Công dân",
                 "--received", "20/02/2026", "--summary", "Không khai người thân ở nước ngoài",
                 "--cadre", cadre_id, "--ground", "abroad", "--complainant", "Trần Thị Mơ")  # fmt: skip
    assert added.returncode == 0, added.stderr
    assert "1/2026" in added.stdout and "22/03/2026" in added.stdout
    listed = json.loads(_cli(store_path, "matter", "list", "--open", "--json").stdout)
    [row] = listed
    assert row["summary"] is None and "complainant" not in row  # restricted: not in lists
    matter_id = row["id"]
    skipped = _cli(
        store_path, "matter", "update", matter_id, "--status", "verifying", "--date", "01/03/2026"
    )
    assert skipped.returncode == 3
    assert "MATTER_STATUS_FLOW" in skipped.stderr and "Traceback" not in skipped.stderr
    assert len(skipped.stderr.strip().splitlines()) == 2  # the sentence, then the rule ids
    bad_date = _cli(
        store_path, "matter", "update", matter_id, "--status", "assigned", "--date", "31/02/2026"
    )
    assert bad_date.returncode == 2
    assert _cli(store_path, "matter", "update", matter_id, "--status", "assigned", "--date",
                "25/02/2026", "--body", "Ủy ban Kiểm tra Tỉnh ủy").returncode == 0  # fmt: skip
    alerts = json.loads(_cli(store_path, "check", "--rules", "--json").stdout)
    rules = {a["rule"] for a in alerts if a["cadre"] == cadre_id}
    assert {"MATTER_OPEN", "POLITICAL_STANDARD_STALE", "MATTER_OVERDUE"} <= rules
    shown = json.loads(_cli(store_path, "matter", "show", matter_id, "--json").stdout)
    assert shown["complainant"] == "Trần Thị Mơ" and [e["action"] for e in shown["events"]] == [
        "received",
        "assigned",
    ]
    pdf = tmp_path / "so.pdf"
    assert _cli(store_path, "matter", "print", "-o", str(pdf)).returncode == 0
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "ĐẢNG CỘNG SẢN VIỆT NAM" in text and "1/2026" in text and "Trần Thị Mơ" not in text
    csv_file = tmp_path / "so.csv"
    no_purpose = _cli(store_path, "matter", "export", "-o", str(csv_file), "--purpose", " ")
    assert no_purpose.returncode == 2 and not csv_file.exists()
    exported = _cli(
        store_path, "matter", "export", "-o", str(csv_file), "--purpose", "Báo cáo UBKT"
    )
    exported_text = csv_file.read_text(encoding="utf-8-sig")
    assert exported.returncode == 0 and "1/2026" in exported_text
    assert "Trần Thị Mơ" not in exported_text and "người thân" not in exported_text  # restricted
    revoke = ("revoke", entry.id, "--number", "20-QĐ/TU", "--date", "01/03/2026",
              "--signer", "Bí thư Tỉnh ủy", "--body", "Tỉnh ủy", "--reason", "Quy hoạch sai")  # fmt: skip
    checked = json.loads(_cli(store_path, *revoke, "--check", "--json").stdout)
    assert [f["rule"] for f in checked] == ["REVOKE_WITHOUT_MATTER"]
    assert _cli(store_path, *revoke).returncode == 0
    again = _cli(store_path, *revoke)
    assert again.returncode == 3 and "REVOKE_ALREADY" in again.stderr
    assert _cli(store_path, "revoke", "no-such-id", *revoke[2:]).returncode == 2


def test_training_from_the_command_line(store, store_path: Path) -> None:
    cadre_id = ready_cadre(store)
    store.close()
    warned = _cli(store_path, "training", "course", "Tiếng Anh giao tiếp B1", "--kind", "language",
                  "--institution", "Trường Chính trị tỉnh", "--from", "02/01/2027", "--to",
                  "28/03/2027", "--level", "bac_3", "--language", "en", "--places", "5")  # fmt: skip
    assert warned.returncode == 0, warned.stderr
    assert "COURSE_YEAR_START" in warned.stdout
    course_id = warned.stdout.strip().splitlines()[-1].split()[-1]
    bad_level = _cli(store_path, "training", "course", "X", "--kind", "it", "--institution", "Y",
                     "--from", "01/03/2027", "--to", "01/04/2027", "--level", "bac_3")  # fmt: skip
    assert bad_level.returncode == 2 and len(bad_level.stderr.strip().splitlines()) == 1
    needs = json.loads(
        _cli(store_path, "training", "needs", "--date", "01/06/2026", "--json").stdout
    )
    assert {(n["cadre"], n["rule"]) for n in needs} >= {
        (cadre_id, "TRAINING_NEED_LANGUAGE"),
        (cadre_id, "TRAINING_NEED_IT"),
    }
    assert (
        _cli(
            store_path, "training", "assign", course_id, "--from-needs", "--date", "01/06/2026"
        ).returncode
        == 0
    )
    assert (
        _cli(
            store_path,
            "training",
            "assign",
            course_id,
            cadre_id,
            "--from-needs",
            "--date",
            "01/06/2026",
        ).returncode
        == 2
    )
    early = _cli(store_path, "training", "complete", course_id, "--date", "01/03/2027")
    assert early.returncode == 2
    assert (
        _cli(store_path, "training", "complete", course_id, "--date", "28/03/2027").returncode == 0
    )
    after = json.loads(
        _cli(store_path, "training", "needs", "--date", "01/06/2027", "--json").stdout
    )
    assert (cadre_id, "TRAINING_NEED_LANGUAGE") not in {(n["cadre"], n["rule"]) for n in after}
    progress = json.loads(_cli(store_path, "training", "progress", "--json").stdout)
    assert progress["TRAINING_NEED_LANGUAGE"]["met"] == 1
