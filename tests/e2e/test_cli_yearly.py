"""`cadre rating …` and `cadre declare …` on a real store, with the contracted exit codes."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from cadre_desktop.services.stores import init_store
from tests.dossiers import add_cadre
from tests.e2e.test_cli import PASS, cadre

ITEMS = [{"item": f"{g}.{i}", "state": "none"} for g in (1, 2, 3) for i in range(1, 10)]


@pytest.fixture
def setup(tmp_path: Path) -> tuple[Path, str]:
    path = tmp_path / "Kho.cadre"
    store, _key = init_store(
        path, unit_name="Tỉnh ủy", unit_code="TU", officer="Lan", passphrase=PASS
    )
    try:
        cadre_id = add_cadre(store)
    finally:
        store.close()
    return path, cadre_id


def write(tmp_path: Path, name: str, data: dict[str, Any]) -> str:
    target = tmp_path / name
    target.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return str(target)


def sheet(cadre_id: str, tasks: str, rating: str) -> dict[str, Any]:
    return {
        "cadre": cadre_id,
        "year": 2025,
        "leader": True,
        "comparable_group": "GĐ sở",
        "commitment_signed": True,
        "score_general": "28",
        "score_tasks": tasks,
        "tasks_total": 8,
        "tasks_done": 8,
        "tasks_exceeding": 1,
        "tasks_late": 0,
        "rating": rating,
        "checks": ITEMS,
        "reviews": [{"venue": "party_cell"}, {"venue": "leadership_collective"}],
    }


def test_rating_record_finalise_and_rerate(setup, tmp_path: Path) -> None:
    path, cadre_id = setup
    db = ("--db", str(path), "--lang", "en")
    refused = cadre(
        *db, "rating", "record", write(tmp_path, "a.json", sheet(cadre_id, "61", "excellent"))
    )
    assert refused.returncode == 3 and "RATING_ABOVE_CRITERIA" in refused.stderr
    assert "Traceback" not in refused.stderr
    saved = cadre(*db, "rating", "record", write(tmp_path, "b.json", sheet(cadre_id, "61", "good")))
    assert saved.returncode == 0, saved.stderr
    evaluation_id = saved.stdout.split("Evaluation ")[1].split()[0]
    final = cadre(
        *db, "rating", "finalise", evaluation_id, "--by", "BTV Tỉnh ủy", "--on", "20/12/2025"
    )
    assert final.returncode == 0, final.stderr
    again = cadre(*db, "rating", "record", write(tmp_path, "c.json", sheet(cadre_id, "62", "good")))
    assert again.returncode == 3 and "RATING_FINALISED" in again.stderr
    rerated = cadre(
        *db,
        "rating",
        "rerate",
        evaluation_id,
        "--rating",
        "completed",
        "--reason",
        "Kết luận kiểm tra 2026",
        "--by",
        "BTV Tỉnh ủy",
        "--on",
        "10/03/2026",
    )
    assert rerated.returncode == 0, rerated.stderr
    report = cadre(*db, "rating", "report", "--year", "2025", "--json")
    assert json.loads(report.stdout)[0]["good"] == 0
    bad_date = cadre(*db, "rating", "finalise", evaluation_id, "--by", "X", "--on", "31/02/2025")
    assert bad_date.returncode == 2


def test_declare_add_changes_and_missing(setup, tmp_path: Path) -> None:
    path, cadre_id = setup
    db = ("--db", str(path), "--lang", "en")
    first = {
        "cadre": cadre_id,
        "kind": "annual",
        "year": 2024,
        "declared_on": "10/12/2024",
        "items": [{"category": "5", "description": "Tiền gửi", "value_vnd": 200_000_000}],
    }
    added = cadre(
        *db,
        "declare",
        "add",
        write(tmp_path, "d1.json", first),
        "--complete",
        "--received-by",
        "UBKT Tỉnh ủy",
        "--received-on",
        "12/12/2024",
    )
    assert added.returncode == 0, added.stderr
    second = {
        **first,
        "year": 2025,
        "declared_on": "10/12/2025",
        "items": [{"category": "5", "description": "Tiền gửi", "value_vnd": 500_000_000}],
        "changes": [{"category": "5", "direction": "increase", "value_vnd": 300_000_000}],
    }
    draft = cadre(*db, "declare", "add", write(tmp_path, "d2.json", second))
    assert draft.returncode == 0, draft.stderr
    declaration_id = draft.stdout.split("Declaration ")[1].split()[0]
    blocked = cadre(
        *db,
        "declare",
        "complete",
        declaration_id,
        "--received-by",
        "UBKT",
        "--received-on",
        "12/12/2025",
    )
    assert blocked.returncode == 3 and "DECLARATION_UNEXPLAINED_INCREASE" in blocked.stderr
    changes = cadre(*db, "declare", "changes", declaration_id, "--json")
    table = json.loads(changes.stdout)["table"]
    assert table["total_increase_vnd"] == 300_000_000
    listing = cadre(*db, "declare", "list", "--cadre", cadre_id)
    assert "500" not in listing.stdout.replace(declaration_id, "")
    missing = cadre(*db, "declare", "missing", "--year", "2025", "--on", "31/12/2025", "--json")
    assert [row["overdue"] for row in json.loads(missing.stdout)] == [True]
    floats = cadre(
        *db,
        "declare",
        "add",
        write(
            tmp_path,
            "d3.json",
            {**first, "items": [{"category": "5", "description": "x", "value_vnd": 1.5}]},
        ),
    )
    assert floats.returncode == 5 and "whole number of đồng" in floats.stderr


def test_check_rules_lists_the_yearly_findings(setup, tmp_path: Path) -> None:
    """The day is today's, so the records are dated in the last year whose declarations closed."""
    import datetime as dt

    from cadre_desktop.services.yearly_alerts import last_closed_year

    path, cadre_id = setup
    db = ("--db", str(path), "--lang", "en")
    year = last_closed_year(dt.date.today())
    failed = {
        **sheet(cadre_id, "10", "not_completed"),
        "year": year,
        "score_general": "20",
        "tasks_done": 2,
    }
    saved = cadre(*db, "rating", "record", write(tmp_path, "f.json", failed))
    assert saved.returncode == 0, saved.stderr
    evaluation_id = saved.stdout.split("Evaluation ")[1].split()[0]
    final = cadre(*db, "rating", "finalise", evaluation_id, "--by", "BTV", "--on", f"20/12/{year}")
    assert final.returncode == 0, final.stderr
    money = {"category": "5", "description": "Tiền gửi", "value_vnd": 100_000_000}
    first = {"cadre": cadre_id, "kind": "annual", "year": year - 1,
             "declared_on": f"10/12/{year - 1}", "items": [money]}  # fmt: skip
    receipt = ("--complete", "--received-by", "UBKT", "--received-on", f"12/12/{year - 1}")
    added = cadre(*db, "declare", "add", write(tmp_path, "d1.json", first), *receipt)
    assert added.returncode == 0, added.stderr
    change = {"category": "5", "direction": "increase", "value_vnd": 300_000_000}
    grown = {**first, "year": year, "declared_on": f"10/12/{year}",
             "items": [{**money, "value_vnd": 400_000_000}], "changes": [change]}  # fmt: skip
    assert cadre(*db, "declare", "add", write(tmp_path, "d2.json", grown)).returncode == 0
    result = cadre(*db, "check", "--rules", "--json")
    assert result.returncode == 0, result.stderr
    rules = {a["rule"] for a in json.loads(result.stdout) if a["cadre"] == cadre_id}
    assert {
        "RATING_DISMISSAL_CONSIDERATION",
        "DECLARATION_MISSING",
        "DECLARATION_UNEXPLAINED_INCREASE",
    } <= rules
    plain = cadre(*db, "check", "--rules")
    assert "DECLARATION_UNEXPLAINED_INCREASE" in plain.stdout and "400.000.000" not in plain.stdout
