"""Rating rules at their boundaries, each period judged by the rules of its own date."""

import datetime as dt
from decimal import Decimal

import pytest

from cadre_desktop.domain.enums import Rating
from cadre_desktop.rules.rating import RatingFacts, RatingRules, assess, check_rating, period_end
from cadre_desktop.rules.rating_groups import RatedPerson, YearRating, dismissal_alert, group_quota
from cadre_desktop.rules.yearly_params import yearly_parameters

PARAMS = yearly_parameters()
NEW = RatingRules.on(PARAMS, dt.date(2025, 12, 31))


def facts(score: str, **more: object) -> RatingFacts:
    total = Decimal(score)
    base: dict[str, object] = {
        "score_general": Decimal(30) if total >= 30 else total,
        "score_tasks": total - 30 if total >= 30 else Decimal(0),
        "tasks_total": 10,
        "tasks_done": 10,
        "tasks_exceeding": 3,
        "tasks_late": 0,
        "shortcomings_previous": 2,
        "shortcomings_remedied": 2,
    }
    base.update(more)
    return RatingFacts(**base)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("score", "level"),
    [
        ("90", Rating.EXCELLENT),
        ("89.5", Rating.GOOD),
        ("70", Rating.GOOD),
        ("69.5", Rating.COMPLETED),
        ("50", Rating.COMPLETED),
        ("49.5", Rating.NOT_COMPLETED),
    ],
)
def test_score_bands_at_their_edges(score: str, level: Rating) -> None:
    assert assess(facts(score), NEW).allowed is level


def test_excellent_is_refused_at_89_5_and_allowed_at_90() -> None:
    assert check_rating(facts("89.5"), Rating.EXCELLENT, NEW).ids() == ["RATING_ABOVE_CRITERIA"]
    assert not check_rating(facts("90"), Rating.EXCELLENT, NEW).blocked


def test_excellent_needs_30_percent_exceeding_and_last_years_shortcomings_remedied() -> None:
    assert assess(facts("95", tasks_exceeding=2), NEW).allowed is Rating.GOOD
    assert assess(facts("95", shortcomings_remedied=1), NEW).allowed is Rating.GOOD
    assert assess(facts("95", shortcomings_previous=0, shortcomings_remedied=0), NEW).allowed is (
        Rating.EXCELLENT
    )


def test_completed_allows_at_most_20_percent_late() -> None:
    assert assess(facts("60", tasks_late=2), NEW).allowed is Rating.COMPLETED
    assert assess(facts("60", tasks_late=3), NEW).allowed is Rating.NOT_COMPLETED
    assert assess(facts("80", tasks_late=1), NEW).allowed is Rating.COMPLETED


def test_a_disqualifier_forces_not_completed_whatever_the_score() -> None:
    assert assess(facts("98", disciplined=True), NEW).allowed is Rating.NOT_COMPLETED
    leader = facts("98", leader=True, low_confidence_percent=Decimal("50.5"))
    assert assess(leader, NEW).allowed is Rating.NOT_COMPLETED
    at_half = facts("98", leader=True, low_confidence_percent=Decimal("50"))
    assert assess(at_half, NEW).allowed is Rating.EXCELLENT
    units = facts("98", leader=True, unit_tasks_percent=Decimal("69.9"))
    assert assess(units, NEW).allowed is Rating.NOT_COMPLETED
    assert assess(facts("98", leader=True, unit_tasks_percent=Decimal(70)), NEW).allowed is (
        Rating.EXCELLENT
    )


def test_scores_outside_30_and_70_are_refused() -> None:
    bad = RatingFacts(score_general=Decimal("31"), score_tasks=Decimal("60"))
    assert "RATING_SCORE_OUT_OF_RANGE" in check_rating(bad, Rating.GOOD, NEW).ids()


def test_the_rule_set_changes_on_30_august_2025() -> None:
    assert not RatingRules.on(PARAMS, dt.date(2025, 8, 29)).scored
    assert RatingRules.on(PARAMS, dt.date(2025, 8, 30)).scored


def test_a_2024_rating_is_judged_by_the_old_rules_and_a_2026_one_by_the_new() -> None:
    old = RatingRules.on(PARAMS, period_end(2024, None))
    new = RatingRules.on(PARAMS, period_end(2026, None))
    no_score = RatingFacts()
    assert not check_rating(no_score, Rating.EXCELLENT, old).findings
    assert check_rating(no_score, Rating.EXCELLENT, new).ids() == ["RATING_SCORE_MISSING"]
    assert "124-QĐ/TW" in old.source and "366-QĐ/TW" in new.source


def people(excellent: int, good: int, outstanding: bool = False) -> list[RatedPerson]:
    ratings = [Rating.EXCELLENT] * excellent + [Rating.GOOD] * good + [Rating.COMPLETED]
    return [RatedPerson(str(i), f"P{i}", r, outstanding) for i, r in enumerate(ratings)]


def test_quota_exactly_20_percent_passes_and_one_more_is_refused() -> None:
    assert not group_quota(PARAMS, 2025, None, "GĐ sở", people(2, 10)).exceeded
    over = group_quota(PARAMS, 2025, None, "GĐ sở", people(3, 10))
    assert over.exceeded and over.allowed_excellent == 2
    assert over.finding() is not None and over.finding().rule_id == "RATING_QUOTA_EXCEEDED"


def test_an_outstanding_unit_may_have_25_percent_from_the_new_rules_only() -> None:
    assert not group_quota(PARAMS, 2025, None, "g", people(3, 12, outstanding=True)).exceeded
    assert group_quota(PARAMS, 2025, None, "g", people(4, 12, outstanding=True)).exceeded
    assert group_quota(PARAMS, 2024, None, "g", people(3, 12, outstanding=True)).exceeded


def test_dismissal_alert_one_year_now_two_consecutive_years_before_the_new_rules() -> None:
    not_done = Rating.NOT_COMPLETED
    assert [
        f.params["year"] for f in dismissal_alert(PARAMS, [YearRating(2025, not_done, True)])
    ] == [2025]
    assert dismissal_alert(PARAMS, [YearRating(2024, not_done, True)]) == []
    two = [YearRating(2023, not_done, True), YearRating(2024, not_done, True)]
    assert [f.params["year"] for f in dismissal_alert(PARAMS, two)] == [2024]
    assert dismissal_alert(PARAMS, [YearRating(2025, not_done, False)]) == []
    assert "170/2025" in dismissal_alert(PARAMS, [YearRating(2026, not_done, True)])[0].source
