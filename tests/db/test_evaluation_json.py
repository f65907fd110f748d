"""The evaluation's self-check, reviews and complaints travel inside the dossier JSON, losslessly;
a finalised rating stays immutable on import, and a dossier save leaves ratings as stored."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from cadre_desktop.domain.values import PartialDate
from cadre_desktop.errors import InvalidInput, RefusedError
from cadre_desktop.i18n import gettext
from cadre_desktop.services import dossier_edit, dossiers
from cadre_desktop.services.evaluations import add_complaint, finalise_evaluation, record_evaluation
from cadre_desktop.services.stores import init_store
from cadre_desktop.storage import yearly
from tests.conftest import PASSPHRASE
from tests.db.test_evaluations import ALL_ITEMS, DECISION, sheet
from tests.dossiers import add_cadre


def _evaluated(store: Any) -> str:
    cadre = add_cadre(store)
    checks = [dict(c) for c in ALL_ITEMS]
    checks[7] = {"item": "1.8", "state": "remedied", "remark": "Đã khắc phục việc chậm báo cáo"}
    checks[13] = {"item": "2.5", "state": "present", "remark": "Còn nể nang trong phê bình"}
    data = sheet(cadre, "58.5", "good", checks=checks)
    data["reviews"][0].update(
        body="Chi bộ Văn phòng Sở", remarks="Thống nhất", proposed_rating="good"
    )
    final = record_evaluation(store, data).evaluation_id
    assert final is not None
    finalise_evaluation(store, final, DECISION)
    add_complaint(
        store, final, lodged_on=PartialDate(2026, 1, 5), content="Đề nghị xem xét lại điểm"
    )
    record_evaluation(store, {**sheet(cadre, "50", None), "year": 2026})  # a draft of 2026
    return cadre


def _dossier(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))["dossiers"][0]


def test_the_evaluation_parts_survive_export_and_import_exactly(store, tmp_path: Path) -> None:
    cadre = _evaluated(store)
    first = tmp_path / "a.json"
    dossiers.export_json(store, [cadre], first)
    rows = _dossier(first)["evaluations"]
    final = next(r for r in rows if r["status"] == "final")
    assert len(final["checks"]) == 27 and final["checks"][13]["state"] == "present"
    assert [r["venue"] for r in final["reviews"]] == ["party_cell", "leadership_collective"]
    assert final["complaints"][0]["content"] == "Đề nghị xem xét lại điểm"
    assert dossiers.import_json(store, first).unchanged == 1
    other, _key = init_store(
        tmp_path / "Kho khac.cadre", unit_name="Tỉnh ủy", unit_code="TU", officer="Hà",
        passphrase=PASSPHRASE,
    )  # fmt: skip
    try:
        assert dossiers.import_json(other, first).created == 1
        second = tmp_path / "b.json"
        dossiers.export_json(other, [cadre], second)
    finally:
        other.close()
    assert _dossier(second) == _dossier(first)


def test_a_file_changing_a_finalised_self_check_is_refused_whole(store, tmp_path: Path) -> None:
    cadre = _evaluated(store)
    target = tmp_path / "a.json"
    dossiers.export_json(store, [cadre], target)
    document = json.loads(target.read_text(encoding="utf-8"))
    final = next(r for r in document["dossiers"][0]["evaluations"] if r["status"] == "final")
    final["checks"][13]["state"] = "none"
    document["dossiers"][0]["given_name"] = "Đổi"
    target.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(RefusedError) as refused:
        dossiers.import_json(store, target)
    assert refused.value.rule_ids == ["RATING_FINALISED"]
    with store.unit_of_work() as uow:
        stored = next(e for e in yearly.annual_evaluations(uow.session, [cadre]) if e.is_final)
        assert stored.checks[13].state.value == "present"
        assert yearly.cadre_names(uow.session, [cadre])[cadre].endswith("Đức")


def test_twice_the_same_item_in_a_self_check_is_named(store, tmp_path: Path) -> None:
    cadre = _evaluated(store)
    target = tmp_path / "a.json"
    dossiers.export_json(store, [cadre], target)
    document = json.loads(target.read_text(encoding="utf-8"))
    draft = next(r for r in document["dossiers"][0]["evaluations"] if r["status"] == "draft")
    draft["checks"][1]["item"] = draft["checks"][0]["item"]
    target.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(InvalidInput) as refused:
        dossiers.import_json(store, target)
    twice = gettext("{items} appear(s) twice in the self-check").format(items="1.1")
    assert any(twice in p for p in refused.value.problems)


def test_a_dossier_saved_from_an_older_draft_keeps_a_rating_recorded_since(store) -> None:
    cadre = add_cadre(store)
    draft = dossier_edit.open_for_edit(store, cadre)
    recorded = record_evaluation(store, sheet(cadre, "50", "good")).evaluation_id
    draft.values["given_name"] = "Đạt"
    dossier_edit.save(store, draft)
    with store.unit_of_work() as uow:
        assert [e.id for e in yearly.annual_evaluations(uow.session, [cadre])] == [recorded]
