# ruff: noqa: E501
"""`cadre propose|ballot|decide|rotate` and `cadre rules list` on a real store, exit codes included."""

from __future__ import annotations

import json
from pathlib import Path

from cadre_desktop.rules.appointment import COMPONENTS
from tests.conftest import PASSPHRASE
from tests.e2e.test_cli import cadre
from tests.personnel import ready_cadre


def _cli(store_path: Path, *args: str):  # type: ignore[no-untyped-def]
    return cadre("--db", str(store_path), "--lang", "en", *args, passphrase=PASSPHRASE)


def test_a_proposal_from_the_command_line(store, store_path: Path) -> None:
    cadre_id = ready_cadre(store)
    unplanned = ready_cadre(store, given="Hòa", plan=False)
    store.close()
    new = ("propose", "new", "--title", "giam_doc_so", "--date", "12/03/2026")
    checked = _cli(store_path, *new, unplanned, "--check", "--json")
    assert checked.returncode == 0, checked.stderr
    assert "APPOINT_NOT_PLANNED" in [f["rule"] for f in json.loads(checked.stdout)]
    refused = _cli(store_path, *new, unplanned)
    assert refused.returncode == 3 and "APPOINT_NOT_PLANNED" in refused.stderr
    assert "Traceback" not in refused.stderr

    started = _cli(store_path, *new, cadre_id)
    assert started.returncode == 0, started.stderr
    proposal_id = started.stdout.strip().rsplit(" ", 1)[-1]
    present = [arg for c in COMPONENTS for arg in ("--present", f"{c}=01/03/2026")]
    dossier = _cli(store_path, "propose", "dossier", proposal_id, *present,
                   "--photo", "12/09/2025", "--health", "12/09/2025")  # fmt: skip
    assert dossier.returncode == 0, dossier.stderr
    quorum = _cli(store_path, "ballot", proposal_id, "--step", "1", "--date", "01/02/2026",
                  "--invited", "9", "--present", "5")  # fmt: skip
    assert quorum.returncode == 3 and "MEETING_QUORUM" in quorum.stderr
    for number in range(1, 6):
        votes = [] if number == 1 else ["--vote", f"{cadre_id}=7", "--vote", "Trần Văn Hải=2"]
        step = _cli(store_path, "ballot", proposal_id, "--step", str(number), "--date",
                    f"0{number}/02/2026", "--invited", "9", "--present", "9", *votes)  # fmt: skip
        assert step.returncode == 0, step.stderr
    decide = ("decide", proposal_id, "--number", "45/QĐ-UBND", "--date", "12/03/2026",
              "--signer", "Chủ tịch UBND tỉnh", "--body", "UBND tỉnh")  # fmt: skip
    report = json.loads(_cli(store_path, *decide, "--check", "--json").stdout)
    assert report == []
    assert _cli(store_path, *decide).returncode == 0
    again = _cli(store_path, *decide)
    assert again.returncode == 3 and "PROPOSAL_CLOSED" in again.stderr
    shown = json.loads(_cli(store_path, "propose", "show", proposal_id, "--json").stdout)
    assert shown["status"] == "decided" and len(shown["steps"]) == 5

    short = _cli(store_path, "rotate", "plan", unplanned, "--title", "pho_giam_doc_so",
                 "--from", "01/04/2026", "--until", "31/03/2029")  # fmt: skip
    assert short.returncode == 3 and "ROTATION_TOO_SHORT" in short.stderr
    planned = _cli(store_path, "rotate", "plan", unplanned, "--title", "pho_giam_doc_so",
                   "--from", "01/04/2026", "--until", "01/04/2029")  # fmt: skip
    assert planned.returncode == 0, planned.stderr


def test_rules_list_shows_every_parameter_file(store, store_path: Path) -> None:
    store.close()
    listed = _cli(store_path, "rules", "list", "--json")
    assert listed.returncode == 0, listed.stderr
    files = {f["file"]: f["parameters"] for f in json.loads(listed.stdout)["files"]}
    assert {
        "rules/parameters.csv",
        "rules/rating/parameters.csv",
        "rules/declarations/parameters.csv",
    } <= set(files)
    assert all(p["legal_basis"] for ps in files.values() for p in ps)
    text = _cli(store_path, "rules", "list")
    assert "rules/rating/parameters.csv:" in text.stdout
