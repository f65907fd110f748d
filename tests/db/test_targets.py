"""The 2021-2025 targets on a store where each number is known (tests/targets_store.py)."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction
from typing import Any

import pytest

from cadre_desktop.errors import UsageError
from cadre_desktop.services import targets
from cadre_desktop.services.target_sets import TargetSetInvalid, checked, shipped_sets
from tests.targets_store import build

TODAY = dt.date(2026, 3, 1)


@pytest.fixture
def people(store: Any) -> dict[str, str]:
    return build(store)


def by_code(dashboard: targets.Dashboard) -> dict[str, targets.IndicatorResult]:
    return {r.indicator.code: r for r in dashboard.results}


def test_the_shipped_set_is_valid(store: Any) -> None:
    (shipped,) = shipped_sets()
    assert shipped.code == "2021-2025" and len(shipped.indicators) == 14
    checked(shipped, store.catalogs())  # raises when a parameter names an unknown title


def test_every_figure_of_2024(store: Any, people: dict[str, str]) -> None:
    found = by_code(targets.compute(store, 2024, today=TODAY))
    expected = {  # code: (counted, population, value)
        "rated_good_all": (3, 5, 60),  # A good, B excellent, E good; C completed, D none
        "commitment_all": (2, 5, 40),  # A and E signed
        "trained_all": (2, 5, 40),  # A (2022) and B (2023); C's course was in 2015
        "language_leaders": (1, 3, Fraction(100, 3)),  # A bậc 3 of A, B, C
        "young_leaders": (1, 2, 50),  # B is 36
        "young_in_key_posts": (0, 2, 0),  # C 49, E 56
        "women_in_key_posts": (0, 2, 0),
        "rotated": (1, 5, 1),  # D in 05/2023
        "committee_locality": (1, 1, 100),  # E was Chủ tịch UBND huyện
        "theory_planned": (1, 1, 100),  # C planned, advanced theory
        "heads_rated": (1, 2, 50),  # A good, C completed
        "heads_senior": (1, 2, 50),  # A senior specialist, C not
        "heads_terms": (1, 1, 1),  # A since 01/2010: 179 months > 120
        "secretaries_not_local": (0, 1, 0),  # C's home town is the district's locality
    }
    for code, (counted, population, value) in expected.items():
        result = found[code]
        assert (result.numerator, result.denominator, result.value) == (
            counted,
            population,
            Fraction(value),
        ), code
    assert found["language_leaders"].colour == "green"  # 33.3 ≥ 30
    assert found["young_leaders"].gap == 35 and found["young_leaders"].colour == "red"  # 50 vs 15
    assert found["heads_terms"].colour == "amber" and found["heads_terms"].gap == 1
    assert found["rotated"].gap == -9 and found["rotated"].colour == "red"
    assert found["committee_locality"].met is True


def test_drill_down_says_who_is_missing_what(store: Any, people: dict[str, str]) -> None:
    found = by_code(targets.compute(store, 2024, today=TODAY))
    missing = {m.cadre_id: m.note() for m in found["rated_good_all"].missing}
    assert set(missing) == {people["C"], people["D"]}
    assert "2024" in missing[people["D"]] and "2024" in missing[people["C"]]
    language = {m.cadre_id: m.note() for m in found["language_leaders"].missing}
    assert set(language) == {people["B"], people["C"]}
    counted = [m.cadre_id for m in found["heads_terms"].missing]  # a number: who makes it
    assert counted == [people["A"]]


def test_the_locality_level_follows_the_2025_reform(store: Any, people: dict[str, str]) -> None:
    before = by_code(targets.compute(store, 2024, today=TODAY))
    after = by_code(targets.compute(store, 2025, today=TODAY))
    # C is a district secretary in 2024 and a commune secretary at the end of 2025.
    assert [m.cadre_id for m in before["secretaries_not_local"].members] == [people["C"]]
    assert [m.cadre_id for m in after["secretaries_not_local"].members] == [people["C"]]
    mid = by_code(targets.compute(store, 2025, today=dt.date(2025, 3, 1)))
    assert mid["secretaries_not_local"].denominator == 1  # still the district post on 01/03


def test_a_unit_subtree(store: Any, people: dict[str, str]) -> None:
    found = by_code(targets.compute(store, 2024, unit_code="UB.SNV", today=TODAY))
    assert found["rated_good_all"].denominator == 2  # A and B are listed under Sở Nội vụ
    assert found["young_leaders"].denominator == 2
    assert found["secretaries_not_local"].denominator == 0
    assert found["secretaries_not_local"].colour == "grey"
    with pytest.raises(UsageError):
        targets.compute(store, 2024, unit_code="NOWHERE", today=TODAY)


def test_years_without_a_set_or_not_begun(store: Any) -> None:
    with pytest.raises(UsageError):
        targets.compute(store, 2027, today=TODAY)  # not begun
    with pytest.raises(UsageError):
        targets.compute(store, 2026, today=TODAY)  # no set covers 2026 until one is entered


def test_judge_at_the_boundaries() -> None:
    (shipped,) = shipped_sets()
    language = next(i for i in shipped.indicators if i.code == "language_leaders")
    assert targets.judge(language, Fraction(30))[2] == "green"
    assert targets.judge(language, Fraction(2999, 100))[2] == "amber"
    assert targets.judge(language, Fraction(20))[2] == "amber"
    assert targets.judge(language, Fraction(1999, 100))[2] == "red"
    young = next(i for i in shipped.indicators if i.code == "young_leaders")
    assert targets.judge(young, Fraction(10))[:2] == (True, 0)
    assert targets.judge(young, Fraction(15))[:2] == (True, 0)
    assert targets.judge(young, Fraction(16))[:2] == (False, 1)
    assert targets.judge(young, None) == (None, None, "grey")


def test_an_invalid_set_is_refused_with_every_problem(store: Any) -> None:
    (shipped,) = shipped_sets()
    from dataclasses import replace

    broken = replace(shipped.indicators[0], params={"titles": "@nobody"}, comparison="=~")
    with pytest.raises(TargetSetInvalid) as refused:
        checked(shipped.with_indicators([broken]), store.catalogs())
    assert len(refused.value.problems) == 2


def test_entering_a_set_is_a_new_audited_revision(store: Any) -> None:
    from dataclasses import replace

    from sqlalchemy import select

    from cadre_desktop.domain.model import AuditEntry
    from cadre_desktop.services import target_sets as ts

    (shipped,) = shipped_sets()
    with pytest.raises(UsageError):
        ts.save_set(store, shipped, "  ")  # a reason is required
    first = ts.save_set(store, replace(shipped, title="Chỉ tiêu (sửa)"), "Sửa tên")
    changed = replace(first, indicators=first.indicators[:3])
    second = ts.save_set(store, changed, "Bỏ bớt chỉ tiêu")
    assert (first.revision, second.revision) == (1, 2)
    assert ts.find_set(store, "2021-2025").indicators == second.indicators
    revisions = [s.revision for s in ts.all_revisions(store) if s.code == "2021-2025"]
    assert revisions == [0, 1, 2]  # the shipped one and every revision are kept
    with store.unit_of_work() as uow:
        entries = uow.session.scalars(
            select(AuditEntry.reason).where(AuditEntry.action == "enter_targets")
        ).all()
    assert entries == ["Sửa tên", "Bỏ bớt chỉ tiêu"]


def test_a_course_assignment_shows_behind_the_number(store: Any, people: dict[str, str]) -> None:
    """Issue 9's training plans: who lacks the level but is assigned to a course says so."""
    from cadre_desktop.domain.enums import TrainingKind
    from cadre_desktop.domain.model import Course, Enrollment
    from cadre_desktop.domain.values import PartialDate

    with store.unit_of_work(write=True) as uow:
        course = Course(
            name="Tiếng Anh giao tiếp B1", kind=TrainingKind.LANGUAGE, level="bac_3",
            institution="Trường Chính trị tỉnh", start=PartialDate(2024, 9, 1),
            end=PartialDate(2025, 1, 31),
        )  # fmt: skip
        uow.session.add(course)
        uow.session.flush()
        uow.session.add(
            Enrollment(course_id=course.id, cadre_id=people["B"], assigned_on=PartialDate(2024, 8))
        )
    found = by_code(targets.compute(store, 2024, today=TODAY))
    notes = {m.cadre_id: m.note() for m in found["language_leaders"].missing}
    assert "Tiếng Anh giao tiếp B1" in notes[people["B"]] and "31/01/2025" in notes[people["B"]]
    assert "Tiếng Anh giao tiếp B1" not in notes[people["C"]]
