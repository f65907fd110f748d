# ruff: noqa: E501
"""The political-standard gate on a real store: service, staleness, import-json; refusals audited."""

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from cadre_desktop.domain.enums import ClearancePurpose, ClearanceResult, PoliticalStandard
from cadre_desktop.domain.model import AuditEntry, Cadre, Clearance
from cadre_desktop.domain.personnel import PlanningGroup
from cadre_desktop.domain.values import PartialDate
from cadre_desktop.errors import RefusedError
from cadre_desktop.services import clearances, dossiers, planning
from cadre_desktop.storage.queries import load_dossier
from tests.dossiers import add_cadre

DRAFT = clearances.ClearanceDraft(
    number="5-KL/BTVTU", date=PartialDate(2026, 1, 5), body="Ban Thường vụ Tỉnh ủy",
    purpose=ClearancePurpose.PLANNING, result=ClearanceResult.MEETS,
    verified=frozenset({"family", "history"}),
)  # fmt: skip


def _setup(store) -> None:  # type: ignore[no-untyped-def]
    planning.add_term(store, "2025-2030", 2025, 2030, PartialDate(2030, 9), "BTV Tỉnh ủy")
    planning.set_title(store, "2025-2030", "giam_doc_so", 1)


def _draft(cadre_id: str) -> planning.PlanDraft:
    return planning.PlanDraft(
        cadre_id, "2025-2030", "giam_doc_so", PlanningGroup.ONE, PartialDate(2026, 2, 1), "12-QĐ/TU"
    )


def _refusals(store) -> list[AuditEntry]:  # type: ignore[no-untyped-def]
    with store.unit_of_work() as uow:
        return list(uow.session.scalars(select(AuditEntry).where(AuditEntry.action == "refused")))


def _drop_clearances(store, cadre_id: str) -> None:  # type: ignore[no-untyped-def]
    with store.unit_of_work(write=True) as uow:
        load_dossier(uow.session, cadre_id).clearances = []


def test_no_conclusion_is_refused_and_audited(store) -> None:
    _setup(store)
    cadre_id = add_cadre(store)
    _drop_clearances(store, cadre_id)
    assert "POLITICAL_STANDARD_MISSING" in planning.check_plan(store, _draft(cadre_id)).ids()
    with pytest.raises(RefusedError) as refused:
        planning.plan(store, _draft(cadre_id))
    assert refused.value.rule_ids == ["POLITICAL_STANDARD_MISSING"]
    [entry] = _refusals(store)
    assert entry.cadre_id == cadre_id and entry.changes["rules"] == ["POLITICAL_STANDARD_MISSING"]


def test_a_valid_conclusion_lets_the_planning_through(store) -> None:
    _setup(store)
    cadre_id = add_cadre(store)
    clearances.record_clearance(store, cadre_id, DRAFT)
    assert planning.check_plan(store, _draft(cadre_id)).blocked is False
    entry_id = planning.plan(store, _draft(cadre_id))
    [title] = planning.planning_list(store, "2025-2030", PartialDate(2026, 3, 1).earliest())
    assert [row["entry"] for row in title["planned"]] == [entry_id]


def test_a_family_edit_makes_the_conclusion_stale(store) -> None:
    _setup(store)
    cadre_id = add_cadre(store)
    clearances.record_clearance(store, cadre_id, DRAFT)
    with store.unit_of_work(write=True) as uow:
        cadre = load_dossier(uow.session, cadre_id)
        assert cadre.political_standard is PoliticalStandard.MEETS
        cadre.family[0].abroad, cadre.family[0].country = True, "Hoa Kỳ"
    with store.unit_of_work() as uow:
        assert uow.session.get(Cadre, cadre_id).political_standard is PoliticalStandard.STALE
    report = planning.check_plan(store, _draft(cadre_id))
    assert report.blocking[0].rule_id == "POLITICAL_STANDARD_STALE"
    assert "Nguyễn Văn Bình" in report.blocking[0].sentence()
    [row, _older] = clearances.list_clearances(store, cadre_id)
    assert row["stale"][0]["changed_at"]  # the audit log says when
    clearances.record_clearance(store, cadre_id, DRAFT)  # a new conclusion covers it again
    assert planning.check_plan(store, _draft(cadre_id)).blocked is False


def test_a_ceiling_below_the_post_is_refused(store) -> None:
    _setup(store)
    cadre_id = add_cadre(store)
    low = clearances.ClearanceDraft(**{**DRAFT.__dict__, "result": ClearanceResult.MEETS_WITH_CEILING,
                                       "ceiling_title": "pho_giam_doc_so"})  # fmt: skip
    clearances.record_clearance(store, cadre_id, low)
    with pytest.raises(RefusedError) as refused:
        planning.plan(store, _draft(cadre_id))
    assert refused.value.rule_ids == ["POLITICAL_STANDARD_CEILING"]


def test_import_json_cannot_bring_in_a_planning_entry_without_a_valid_conclusion(
    store, tmp_path: Path
) -> None:
    _setup(store)
    cadre_id = add_cadre(store)
    clearances.record_clearance(store, cadre_id, DRAFT)
    planning.plan(store, _draft(cadre_id))
    path = tmp_path / "hs.json"
    dossiers.export_json(store, [cadre_id], path)
    data = json.loads(path.read_text(encoding="utf-8"))
    for clearance in data["dossiers"][0]["clearances"]:
        clearance["result"] = "pending"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(RefusedError) as refused:
        dossiers.import_json(store, path)
    assert refused.value.rule_ids == ["POLITICAL_STANDARD_PENDING"]
    with store.unit_of_work() as uow:
        results = {c.result for c in uow.session.scalars(select(Clearance))}
    assert ClearanceResult.PENDING not in results  # nothing was written
    assert _refusals(store)[-1].entity == "import"
