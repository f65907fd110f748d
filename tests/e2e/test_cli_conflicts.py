"""`cadre conflicts list|resolve` on a real store with real conflicts: JSON and text output,
field choices, exit codes 0, 2 and 3 with one sentence on stderr."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from cadre_desktop.domain.model import Cadre, Conflict, PlanningEntry
from cadre_desktop.domain.personnel import PlanningGroup
from cadre_desktop.domain.values import PartialDate
from cadre_desktop.services.stores import unlock
from cadre_desktop.storage.queries import load_dossier
from tests.conflict_helpers import copy_dossier, record_conflict, second_store
from tests.conftest import PASSPHRASE
from tests.dossiers import add_cadre
from tests.e2e.test_cli import cadre


def _cli(store_path: Path, *args: str):  # type: ignore[no-untyped-def]
    return cadre("--db", str(store_path), "--lang", "en", *args, passphrase=PASSPHRASE)


def _edit(store: Any, cadre_id: str, change: Any) -> None:
    with store.unit_of_work(write=True) as uow:
        change(load_dossier(uow.session, cadre_id))


def _one_sentence(result: Any) -> None:
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr


def test_list_and_resolve_from_the_command_line(store: Any, tmp_path: Path) -> None:
    b = second_store(tmp_path)
    cadre_id = add_cadre(store)
    copy_dossier(store, b, cadre_id, tmp_path)

    def there(cadre: Cadre) -> None:
        cadre.other_names, cadre.phone = "Tư Hùng", "0912345678"

    def here(cadre: Cadre) -> None:
        cadre.other_names, cadre.phone = "Ba Hùng", "0987654321"

    _edit(store, cadre_id, there)
    _edit(b, cadre_id, here)
    conflict_id = record_conflict(b, store, Cadre, cadre_id, cadre_id)
    path = tmp_path / "Ban To chuc B.cadre"
    b.close()

    listed = _cli(path, "conflicts", "list", "--json")
    assert listed.returncode == 0, listed.stderr
    [row] = json.loads(listed.stdout)
    assert (row["id"], row["kind"], row["cadre"], row["section"]) == (
        conflict_id, "edit", cadre_id, "identity",
    )  # fmt: skip
    differing = {f["field"]: (f["mine"], f["theirs"]) for f in row["fields"] if f["differs"]}
    assert differing == {
        "other_names": ("Ba Hùng", "Tư Hùng"),
        "phone": ("0987654321", "0912345678"),
    }
    text = _cli(path, "conflicts", "list", "--cadre", cadre_id)
    assert text.returncode == 0 and "Nguyễn Văn Đức" in text.stdout and "Tư Hùng" in text.stdout

    nothing = _cli(path, "conflicts", "resolve", conflict_id)
    assert nothing.returncode == 2
    _one_sentence(nothing)
    wrong = _cli(path, "conflicts", "resolve", conflict_id, "--take", "restore")
    assert wrong.returncode == 2 and "mine, theirs" in wrong.stderr
    _one_sentence(wrong)
    bad_field = _cli(path, "conflicts", "resolve", conflict_id, "--field", "phone")
    assert bad_field.returncode == 2
    _one_sentence(bad_field)

    done = _cli(path, "conflicts", "resolve", conflict_id, "--take", "theirs",
                "--field", "phone=mine", "--reason", "Đã gọi điện xác minh")  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert conflict_id in done.stdout
    again = _cli(path, "conflicts", "resolve", conflict_id, "--take", "mine")
    assert again.returncode == 2 and "already resolved" in again.stderr
    _one_sentence(again)
    unknown = _cli(path, "conflicts", "resolve", "no-such-conflict", "--take", "mine")
    assert unknown.returncode == 2
    assert json.loads(_cli(path, "conflicts", "list", "--json").stdout) == []

    reopened = unlock(path, PASSPHRASE)
    try:
        with reopened.unit_of_work() as uow:
            stored = uow.session.get(Cadre, cadre_id)
            assert (stored.other_names, stored.phone) == ("Tư Hùng", "0987654321")
            resolution = uow.session.get(Conflict, conflict_id).resolution
            assert resolution["choice"]["phone"] == "mine"
            assert resolution["reason"] == "Đã gọi điện xác minh"
    finally:
        reopened.close()


def test_a_refused_restore_exits_3(store: Any, tmp_path: Path) -> None:
    b = second_store(tmp_path)
    cadre_id = add_cadre(store)

    def planned(cadre: Cadre) -> None:
        cadre.planning_entries.append(
            PlanningEntry(term_code="2025-2030", title_code="giam_doc_so",
                          group=PlanningGroup.ONE, start=PartialDate(2026, 2, 1))
        )  # fmt: skip

    _edit(store, cadre_id, planned)
    copy_dossier(store, b, cadre_id, tmp_path)
    with store.unit_of_work() as uow:
        entry_id = load_dossier(uow.session, cadre_id).planning_entries[0].id
    _edit(store, cadre_id, lambda c: setattr(c.planning_entries[0], "training_plan", "Cao cấp"))

    def dropped(cadre: Cadre) -> None:
        cadre.planning_entries.clear()
        cadre.clearances.clear()

    _edit(b, cadre_id, dropped)
    conflict_id = record_conflict(b, store, PlanningEntry, entry_id, cadre_id)
    b.close()
    path = tmp_path / "Ban To chuc B.cadre"
    refused = _cli(path, "conflicts", "resolve", conflict_id, "--take", "restore")
    assert refused.returncode == 3
    assert "POLITICAL_STANDARD_MISSING" in refused.stderr and "Traceback" not in refused.stderr
    kept = _cli(path, "conflicts", "resolve", conflict_id, "--take", "keep_deleted", "--json")
    assert kept.returncode == 0 and json.loads(kept.stdout) == {"resolved": conflict_id}
