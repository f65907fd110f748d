# ruff: noqa: E501
"""`cadre rules list`, `cadre clearance`, `cadre plan` and `cadre check --rules` on a real store."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import PASSPHRASE
from tests.dossiers import add_cadre
from tests.e2e.test_cli import cadre


def _cli(store_path: Path, *args: str):  # type: ignore[no-untyped-def]
    return cadre("--db", str(store_path), "--lang", "en", *args, passphrase=PASSPHRASE)


def test_rules_planning_and_the_gate_from_the_command_line(store, store_path: Path) -> None:
    cadre_id = add_cadre(store)
    store.close()
    listed = _cli(store_path, "rules", "list", "--json")
    assert listed.returncode == 0, listed.stderr
    rules = {r["rule"]: r for r in json.loads(listed.stdout)["rules"]}
    assert "POLITICAL_STANDARD_MISSING" in rules
    sources = {p["legal_basis"] for p in rules["APPOINT_TIME_IN_POST"]["parameters"]}
    assert any("QĐ 80" in s for s in sources) and any("QĐ 377" in s for s in sources)

    assert _cli(store_path, "plan", "term", "2025-2030", "--years", "2025-2030",
                "--reference", "09/2030", "--level", "BTV Tỉnh ủy").returncode == 0  # fmt: skip
    assert (
        _cli(store_path, "plan", "title", "2025-2030", "giam_doc_so", "--seats", "1").returncode
        == 0
    )
    pending = _cli(store_path, "clearance", "add", cadre_id, "--number", "7-KL/TU",
                   "--date", "05/01/2026", "--body", "BTV Tỉnh ủy", "--result", "pending")  # fmt: skip
    assert pending.returncode == 0, pending.stderr
    plan = ("plan", "add", cadre_id, "--term", "2025-2030", "--title", "giam_doc_so",
            "--group", "1", "--date", "01/02/2026")  # fmt: skip
    refused = _cli(store_path, *plan)
    assert refused.returncode == 3
    assert "POLITICAL_STANDARD_PENDING" in refused.stderr
    assert "Traceback" not in refused.stderr
    assert _cli(store_path, "clearance", "add", cadre_id, "--number", "8-KL/TU", "--date",
                "06/01/2026", "--body", "BTV Tỉnh ủy", "--result", "meets").returncode == 0  # fmt: skip
    assert _cli(store_path, *plan).returncode == 0
    listing = json.loads(_cli(store_path, "plan", "list", "2025-2030", "--json").stdout)
    assert [row["cadre"] for row in listing[0]["planned"]] == [cadre_id]
    checked = _cli(store_path, "check", "--rules", "--json")
    assert checked.returncode == 0, checked.stderr
    assert isinstance(json.loads(checked.stdout), list)
