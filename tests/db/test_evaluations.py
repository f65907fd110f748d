"""Evaluations in a real store: drafts, finalising against the rules, re-rating, the quota."""

from __future__ import annotations

import json
from typing import Any

import pytest

from cadre_desktop.domain.enums import Rating
from cadre_desktop.domain.evaluation import Evaluation
from cadre_desktop.domain.values import PartialDate
from cadre_desktop.errors import RefusedError
from cadre_desktop.services import dossiers
from cadre_desktop.services.evaluations import (
    Decision,
    add_complaint,
    finalise_evaluation,
    record_evaluation,
    rerate,
)
from cadre_desktop.services.rating_reports import quota_report, rating_alerts
from cadre_desktop.storage import yearly
from tests.dossiers import add_cadre

DECISION = Decision(rated_by="Ban Thường vụ Tỉnh ủy", rated_on=PartialDate(2025, 12, 20))
ALL_ITEMS = [{"item": f"{g}.{i}", "state": "none"} for g in (1, 2, 3) for i in range(1, 10)]


def sheet(cadre_id: str, score_tasks: str, rating: str | None, **more: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "cadre": cadre_id,
        "year": 2025,
        "leader": True,
        "comparable_group": "Giám đốc sở",
        "results": "Hoàn thành 12 nhiệm vụ; sản phẩm: đề án chuyển đổi số",
        "commitment_signed": True,
        "score_general": "30",
        "score_tasks": score_tasks,
        "tasks_total": 10,
        "tasks_done": 10,
        "tasks_exceeding": 3,
        "tasks_late": 0,
        "rating": rating,
        "checks": ALL_ITEMS,
        "reviews": [
            {"venue": "party_cell", "held_on": "10/12/2025"},
            {"venue": "leadership_collective", "held_on": "12/12/2025"},
        ],
    }
    data.update(more)
    return data


def test_a_draft_is_recorded_with_its_self_check_and_reviews(store) -> None:
    cadre = add_cadre(store)
    outcome = record_evaluation(store, sheet(cadre, "50", "good"))
    assert not outcome.report.findings
    with store.unit_of_work() as uow:
        evaluation = yearly.evaluation(uow.session, outcome.evaluation_id)
        assert evaluation is not None and not evaluation.is_final
        assert len(evaluation.checks) == 27 and len(evaluation.reviews) == 2
        assert str(evaluation.score) == "80"


def test_a_rating_above_the_score_is_refused_and_nothing_is_written(store) -> None:
    cadre = add_cadre(store)
    with pytest.raises(RefusedError) as refused:
        record_evaluation(store, sheet(cadre, "59.5", "excellent"))
    assert "RATING_ABOVE_CRITERIA" in refused.value.rule_ids
    with store.unit_of_work() as uow:
        assert yearly.period_evaluations(uow.session, cadre, 2025, None) == []


def test_a_leader_missing_one_review_place_gets_a_warning(store) -> None:
    cadre = add_cadre(store)
    outcome = record_evaluation(
        store, sheet(cadre, "50", "good", reviews=[{"venue": "party_cell"}])
    )
    assert outcome.report.ids() == ["RATING_REVIEW_VENUES"]


def test_finalised_rating_is_never_edited_and_a_rerating_keeps_both(store) -> None:
    cadre = add_cadre(store)
    first = record_evaluation(store, sheet(cadre, "50", "good")).evaluation_id
    assert first is not None
    finalise_evaluation(store, first, DECISION)
    with pytest.raises(RefusedError):
        record_evaluation(store, sheet(cadre, "55", "good"))
    with pytest.raises(RefusedError), store.unit_of_work(write=True) as uow:  # no path edits it
        row = uow.session.get(Evaluation, first)
        assert row is not None
        row.note = "sửa lén"
        uow.session.flush()
    again = rerate(store, first, Rating.COMPLETED, "Phát hiện vi phạm sau khi xếp loại", DECISION)
    with store.unit_of_work() as uow:
        rows = yearly.period_evaluations(uow.session, cadre, 2025, None)
    assert [(r.revision, r.rating, r.amends_id) for r in rows] == [
        (0, Rating.GOOD, None),
        (1, Rating.COMPLETED, first),
    ]
    assert rows[1].id == again.evaluation_id and rows[1].rerating_reason
    add_complaint(store, rows[1].id, lodged_on=PartialDate(2026, 1, 5), content="Không đồng ý")


def test_quota_exactly_20_percent_finalises_and_one_more_excellent_blocks(store) -> None:
    good = [add_cadre(store, given=f"Tốt{i}", id_number=f"00107512{i:04d}") for i in range(5)]
    stars = [add_cadre(store, given=f"Giỏi{i}", id_number=f"00107599{i:04d}") for i in range(2)]
    drafts = [record_evaluation(store, sheet(c, "50", "good")).evaluation_id for c in good]
    drafts.append(record_evaluation(store, sheet(stars[0], "65", "excellent")).evaluation_id)
    assert [(q.excellent, q.good, q.exceeded) for q in quota_report(store, 2025)] == [(1, 5, False)]
    for draft in drafts:
        assert draft is not None
        finalise_evaluation(store, draft, DECISION)  # 1 of 5 = exactly 20 %: allowed
    second = record_evaluation(store, sheet(stars[1], "65", "excellent")).evaluation_id
    assert second is not None
    assert [(q.excellent, q.good, q.exceeded) for q in quota_report(store, 2025)] == [(2, 5, True)]
    with pytest.raises(RefusedError) as refused:
        finalise_evaluation(store, second, DECISION)
    assert refused.value.rule_ids == ["RATING_QUOTA_EXCEEDED"]
    assert [a.finding.rule_id for a in rating_alerts(store, 2025)] == ["RATING_QUOTA_EXCEEDED"]


def test_not_completed_leader_raises_the_dismissal_alert(store) -> None:
    cadre = add_cadre(store)
    draft = record_evaluation(store, sheet(cadre, "15", "not_completed")).evaluation_id
    assert draft is not None
    finalise_evaluation(store, draft, DECISION)
    alerts = rating_alerts(store)
    assert [(a.cadre_id, a.finding.rule_id) for a in alerts] == [
        (cadre, "RATING_DISMISSAL_CONSIDERATION")
    ]


def test_evaluations_travel_in_the_dossier_json(store, tmp_path) -> None:
    cadre = add_cadre(store)
    draft = record_evaluation(store, sheet(cadre, "55.5", "good")).evaluation_id
    assert draft is not None
    finalise_evaluation(store, draft, DECISION)
    target = tmp_path / "hoso.json"
    dossiers.export_json(store, [cadre], target)
    row = json.loads(target.read_text(encoding="utf-8"))["dossiers"][0]["evaluations"][0]
    assert row["score_tasks"] == "55.5" and row["status"] == "final" and row["rating"] == "good"
    result = dossiers.import_json(store, target)
    assert result.unchanged == 1


def test_a_draft_recorded_again_replaces_its_lines(store) -> None:
    cadre = add_cadre(store)
    first = record_evaluation(store, sheet(cadre, "50", "good")).evaluation_id
    changed = sheet(cadre, "50", "good", checks=[{"item": "2.6", "state": "remedied"}])
    assert record_evaluation(store, changed).evaluation_id == first
    with store.unit_of_work() as uow:
        evaluation = yearly.evaluation(uow.session, first or "")
        assert evaluation is not None
        assert [(c.item, c.state.value) for c in evaluation.checks] == [("2.6", "remedied")]
