"""`check --rules` findings of the yearly records: the quota, the dismissal consideration,
missing annual declarations after the deadline, and unexplained increases."""

from __future__ import annotations

import datetime as dt

from cadre_desktop.services import alerts
from cadre_desktop.services.declarations import add_declaration, complete_declaration
from cadre_desktop.services.evaluations import finalise_evaluation, record_evaluation
from cadre_desktop.services.yearly_alerts import last_closed_year
from tests.db.test_declarations import HOUSE, RECEIVED, declaration, savings
from tests.db.test_evaluations import DECISION, sheet
from tests.dossiers import add_cadre


def found(store, today: dt.date) -> list[tuple[str | None, str]]:  # type: ignore[no-untyped-def]
    """(cadre, rule) of the yearly alerts."""
    return [
        (a.cadre_id, a.finding.rule_id)
        for a in alerts.alerts(store, today)
        if a.finding.rule_id.startswith(("RATING_", "DECLARATION_"))
    ]


def test_the_declaration_deadline_closes_on_31_december() -> None:
    assert last_closed_year(dt.date(2025, 12, 30)) == 2024
    assert last_closed_year(dt.date(2025, 12, 31)) == 2025


def test_check_rules_lists_each_yearly_finding(store) -> None:
    good = add_cadre(store, given="Tốt", id_number="001075120001")
    star = add_cadre(store, given="Giỏi", id_number="001075120002")
    weak = add_cadre(store, given="Yếu", id_number="001075120003")
    done = record_evaluation(store, sheet(good, "50", "good")).evaluation_id
    record_evaluation(store, sheet(star, "65", "excellent"))  # 1 excellent of 1 good: over
    failed = record_evaluation(store, sheet(weak, "15", "not_completed")).evaluation_id
    for evaluation_id in (done, failed):
        assert evaluation_id is not None
        finalise_evaluation(store, evaluation_id, DECISION)
    first = add_declaration(store, declaration(good, 2024, [HOUSE, savings(100_000_000)]))
    complete_declaration(store, first.declaration_id, **RECEIVED)
    change = {"category": "5", "direction": "increase", "value_vnd": 300_000_000}
    grown = declaration(good, 2025, [HOUSE, savings(400_000_000)], changes=[change])
    add_declaration(store, grown)
    before = found(store, dt.date(2025, 12, 30))  # 2024 closed: only two never declared
    assert len(before) == 5 and set(before) == {
        (None, "RATING_QUOTA_EXCEEDED"),
        (weak, "RATING_DISMISSAL_CONSIDERATION"),
        (star, "DECLARATION_MISSING"),
        (weak, "DECLARATION_MISSING"),
        (good, "DECLARATION_UNEXPLAINED_INCREASE"),
    }
    after = found(store, dt.date(2025, 12, 31))  # 2025 closed: the draft does not count
    assert (good, "DECLARATION_MISSING") in after
    later = found(store, dt.date(2027, 6, 1))  # 2025 ratings are no longer watched
    assert not [rule for _c, rule in later if rule.startswith("RATING_")]


def test_the_unexplained_increase_alert_shows_no_figure(store) -> None:
    cadre = add_cadre(store)
    first = add_declaration(store, declaration(cadre, 2024, [savings(123_456_789)]))
    complete_declaration(store, first.declaration_id, **RECEIVED)
    change = {"category": "5", "direction": "increase", "value_vnd": 876_543_211}
    add_declaration(store, declaration(cadre, 2025, [savings(999_999_999)], changes=[change]))
    (alert,) = [
        a
        for a in alerts.alerts(store, dt.date(2026, 1, 5))
        if a.finding.rule_id == "DECLARATION_UNEXPLAINED_INCREASE"
    ]
    text = str(alert.as_json())
    assert alert.name == "Nguyễn Văn Đức" and "300.000.000" in text
    assert not any(figure in text for figure in ("876", "999", "123"))
