# ruff: noqa: E501
"""Oversight, revocation and training rules over plain facts, each at its boundary: the status
flow, deadlines and extensions, when a matter makes a conclusion stale, revocations, training
needs and the start/end-of-year windows of courses."""

import dataclasses
import datetime as dt

import pytest

from cadre_desktop.domain.basis import StaleReason
from cadre_desktop.domain.enums import TrainingKind
from cadre_desktop.domain.matter_basis import matter_stale_reasons
from cadre_desktop.domain.oversight_enums import Ground, MatterKind, MatterOutcome, MatterStatus
from cadre_desktop.domain.values import PartialDate
from cadre_desktop.rules import oversight as rules
from cadre_desktop.rules.params import ParameterSet
from cadre_desktop.rules.revocation import RevocationFacts, check_revocation
from cadre_desktop.rules.training import (
    CadreTraining,
    EnrollmentFacts,
    OpenCourse,
    PlannedFact,
    check_enrollment,
    course_findings,
    overdue_need,
    training_needs,
)
from cadre_desktop.services.rule_params import shipped_parameters

P = ParameterSet(shipped_parameters())
RECEIVED = dt.date(2026, 2, 20)
S = MatterStatus


def matter(**changes: object) -> rules.MatterFacts:
    base = rules.MatterFacts("1/2026", MatterKind.DENUNCIATION, S.RECEIVED, RECEIVED,
                             rules.default_due(MatterKind.DENUNCIATION, RECEIVED, P))  # fmt: skip
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def change_ids(facts: rules.MatterFacts, to: MatterStatus, on: dt.date, **kw: object) -> list[str]:
    return [f.rule_id for f in rules.check_change(facts, rules.StatusChange(to, on, **kw), P)]  # type: ignore[arg-type]


def test_deadlines_by_kind() -> None:
    assert rules.default_due(MatterKind.DENUNCIATION, RECEIVED, P) == dt.date(
        2026, 3, 22
    )  # Luật Tố cáo Đ30
    assert rules.default_due(MatterKind.INSPECTION, RECEIVED, P) == dt.date(2026, 4, 21)


@pytest.mark.parametrize(
    ("status", "to", "outcome", "allowed"),
    [
        (S.RECEIVED, S.ASSIGNED, None, True),
        (S.RECEIVED, S.VERIFYING, None, False),
        (S.ASSIGNED, S.VERIFYING, None, True),
        (S.VERIFYING, S.CONCLUDED, MatterOutcome.FOUNDED, True),
        (S.CONCLUDED, S.CLOSED, None, True),
        (S.CONCLUDED, S.VERIFYING, None, False),  # never backwards
        (S.CLOSED, S.CLOSED, MatterOutcome.NOT_ACCEPTED, False),
        (S.RECEIVED, S.CLOSED, MatterOutcome.NOT_ACCEPTED, True),  # an early ending
        (S.VERIFYING, S.CLOSED, MatterOutcome.TRANSFERRED, True),
        (S.VERIFYING, S.CLOSED, MatterOutcome.UNFOUNDED, False),  # that needs a conclusion
    ],
)
def test_the_status_flow(
    status: MatterStatus, to: MatterStatus, outcome: MatterOutcome | None, allowed: bool
) -> None:
    found = change_ids(matter(status=status), to, dt.date(2026, 3, 1), handling_body="UBKT",
                       outcome=outcome, conclusion="Kết luận")  # fmt: skip
    assert ("MATTER_STATUS_FLOW" not in found) is allowed


def test_assigning_needs_a_body_and_warns_after_ten_days() -> None:
    assert (
        change_ids(matter(), S.ASSIGNED, dt.date(2026, 3, 2), handling_body="UBKT") == []
    )  # day 10
    assert change_ids(matter(), S.ASSIGNED, dt.date(2026, 3, 3), handling_body="UBKT") == [
        "MATTER_ASSIGNED_LATE"
    ]
    assert change_ids(matter(), S.ASSIGNED, dt.date(2026, 2, 21)) == ["MATTER_HANDLER_MISSING"]
    assert change_ids(matter(), S.ASSIGNED, dt.date(2026, 2, 19), handling_body="UBKT") == [
        "MATTER_DATE_ORDER"
    ]


def test_a_conclusion_says_what_it_found_and_warns_when_late() -> None:
    verifying = matter(status=S.VERIFYING)
    on_time, late = dt.date(2026, 3, 22), dt.date(2026, 3, 23)
    assert (
        change_ids(
            verifying, S.CONCLUDED, on_time, outcome=MatterOutcome.FOUNDED, conclusion="Đúng"
        )
        == []
    )
    assert change_ids(
        verifying, S.CONCLUDED, late, outcome=MatterOutcome.FOUNDED, conclusion="Đúng"
    ) == ["MATTER_CONCLUDED_LATE"]
    assert change_ids(
        verifying, S.CONCLUDED, on_time, outcome=MatterOutcome.NOT_ACCEPTED, conclusion="x"
    ) == ["MATTER_CONCLUSION_MISSING"]
    assert change_ids(
        verifying, S.CONCLUDED, on_time, outcome=MatterOutcome.UNFOUNDED, conclusion=" "
    ) == ["MATTER_CONCLUSION_MISSING"]


def test_extensions_of_a_denunciation_twice_30_days_each() -> None:
    due = dt.date(2026, 3, 22)

    def ext(n: int, days: int) -> list[str]:
        new_due = due + dt.timedelta(days=days)
        return [f.rule_id for f in rules.check_extension(matter(extensions=n), new_due, P)]

    assert ext(0, 30) == [] and ext(1, 30) == []
    assert ext(2, 30) == ["MATTER_EXTENSION_LIMIT"]
    assert ext(0, 31) == ["MATTER_EXTENSION_TOO_LONG"] and ext(0, 0) == [
        "MATTER_EXTENSION_TOO_LONG"
    ]
    complaint = matter(kind=MatterKind.COMPLAINT)
    assert [
        f.rule_id for f in rules.check_extension(complaint, due + dt.timedelta(days=16), P)
    ] == ["MATTER_EXTENSION_TOO_LONG"]


def test_overdue_and_due_soon_alerts_at_their_boundaries() -> None:
    due = dt.date(2026, 3, 22)

    def alerts(day: dt.date, status: MatterStatus = S.ASSIGNED) -> list[str]:
        return [f.rule_id for f in rules.deadline_alerts(matter(status=status), day, P)]

    assert alerts(due - dt.timedelta(days=8)) == []
    assert alerts(due - dt.timedelta(days=7)) == ["MATTER_DUE_SOON"]
    assert alerts(due) == ["MATTER_DUE_SOON"]
    assert alerts(due + dt.timedelta(days=1)) == ["MATTER_OVERDUE"]
    assert alerts(due + dt.timedelta(days=1), status=S.CONCLUDED) == []  # only open matters
    waiting = [f.rule_id for f in rules.deadline_alerts(matter(), dt.date(2026, 3, 3), P)]
    assert waiting == ["MATTER_NOT_ASSIGNED"]
    assert rules.deadline_alerts(matter(), dt.date(2026, 3, 2), P) == []


def test_discipline_follows_only_a_founded_conclusion() -> None:
    assert rules.check_discipline("1/2026", S.CONCLUDED, MatterOutcome.PARTLY_FOUNDED) == []
    assert [
        f.rule_id for f in rules.check_discipline("1/2026", S.CONCLUDED, MatterOutcome.UNFOUNDED)
    ] == ["MATTER_DISCIPLINE_WITHOUT_VIOLATION"]
    assert rules.check_discipline("1/2026", S.VERIFYING, None)


@dataclasses.dataclass(frozen=True)
class M:
    id: str = "m1"
    number: str = "1/2026"
    received_on: PartialDate = dataclasses.field(default_factory=lambda: PartialDate(2026, 2, 20))
    concluded_on: PartialDate | None = None
    ground_set: frozenset[Ground] = frozenset({Ground.FAMILY})
    is_open: bool = True
    violation: bool = False


def test_a_matter_makes_a_conclusion_stale_only_when_it_postdates_it_on_its_grounds() -> None:
    concluded = PartialDate(2026, 2, 19)

    def said(reasons: list[StaleReason]) -> list[tuple[str, str, str]]:
        return [(r.change.value, r.kind.value, r.label) for r in reasons]

    assert said(matter_stale_reasons(concluded, [M()])) == [("open", "matter", "1/2026")]
    assert matter_stale_reasons(PartialDate(2026, 2, 20), [M()]) == []  # the same day
    assert matter_stale_reasons(PartialDate(2026, 2), [M()]) == []  # "02/2026" may be later
    assert matter_stale_reasons(concluded, [M(ground_set=frozenset({Ground.DUTIES}))]) == []
    closed = M(is_open=False, concluded_on=PartialDate(2026, 3, 10))
    assert matter_stale_reasons(concluded, [closed]) == []  # unfounded
    founded = dataclasses.replace(closed, violation=True)
    assert said(matter_stale_reasons(concluded, [founded])) == [("violation", "matter", "1/2026")]
    assert matter_stale_reasons(concluded, [founded])[0].as_text().endswith(": 1/2026")
    assert matter_stale_reasons(PartialDate(2026, 3, 10), [founded]) == []


def revocation(**changes: object) -> list[str]:
    base = RevocationFacts("45/QĐ-UBND", dt.date(2026, 3, 12), dt.date(2026, 6, 15), False, True,
                           "1/2026", MatterOutcome.FOUNDED)  # fmt: skip
    return [f.rule_id for f in check_revocation(dataclasses.replace(base, **changes))]  # type: ignore[arg-type]


def test_revocation_rules() -> None:
    assert revocation() == []
    assert revocation(effective=dt.date(2026, 3, 12)) == []
    assert revocation(effective=dt.date(2026, 3, 11)) == ["REVOKE_BEFORE_DECISION"]
    assert revocation(already_revoked=True) == ["REVOKE_ALREADY"]
    assert revocation(effects_in_place=False) == ["REVOKE_LATER_CHANGES"]
    assert revocation(matter=None, matter_outcome=None) == ["REVOKE_WITHOUT_MATTER"]
    assert revocation(matter_outcome=MatterOutcome.UNFOUNDED) == ["REVOKE_MATTER_UNFOUNDED"]


def cadre(**changes: object) -> CadreTraining:
    base = CadreTraining("c1", "Nguyễn Văn An", (PlannedFact("giam_doc_so", "2", dt.date(2026, 2, 1)),),
                         None, 2, 3, 3, 2)  # fmt: skip
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def needs(c: CadreTraining) -> list[tuple[str, dt.date]]:
    return [(n.rule_id, n.due) for n in training_needs([c], dt.date(2026, 6, 1), P)]


def test_training_needs_at_their_thresholds() -> None:
    assert needs(cadre()) == [("TRAINING_NEED_THEORY", dt.date(2028, 2, 1))]  # group 2: 24 months
    assert needs(cadre(theory_rank=3)) == []
    one = (PlannedFact("giam_doc_so", "1", dt.date(2026, 2, 1)),)
    assert needs(cadre(planned=one)) == [("TRAINING_NEED_THEORY", dt.date(2027, 2, 1))]
    assert needs(cadre(theory_rank=3, language_rank=2, it_rank=1)) == [
        ("TRAINING_NEED_IT", dt.date(2028, 2, 1)), ("TRAINING_NEED_LANGUAGE", dt.date(2029, 2, 1)),
    ]  # fmt: skip
    head = cadre(planned=(), theory_rank=None, head_since=dt.date(2025, 6, 1), state_rank=3)
    assert needs(head) == [
        ("TRAINING_NEED_SENIOR_SPECIALIST", dt.date(2027, 6, 1))
    ]  # not planned: no others
    assert needs(dataclasses.replace(head, state_rank=4)) == []


def test_planned_cadres_come_first_and_a_course_covers_a_need() -> None:
    head = cadre(cadre_id="h", planned=(), head_since=dt.date(2020, 1, 1), state_rank=3)
    planned = cadre(cadre_id="p")
    order = [n.cadre_id for n in training_needs([head, planned], dt.date(2026, 6, 1), P)]
    assert order == ["p", "h"]  # although the head's need is due earlier
    course = OpenCourse("k", "Cao cấp LLCT", TrainingKind.POLITICAL_THEORY, 3)
    [covered] = training_needs([cadre(courses=(course,))], dt.date(2026, 6, 1), P)
    assert covered.course == course
    assert overdue_need(covered, dt.date(2030, 1, 1)) is None  # assigned: not overdue
    [late] = training_needs([cadre()], dt.date(2026, 6, 1), P)
    assert overdue_need(late, dt.date(2028, 2, 1)) is None
    assert overdue_need(late, dt.date(2028, 2, 2)) is not None


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        (dt.date(2027, 1, 2), dt.date(2027, 3, 1), ["COURSE_YEAR_START"]),
        (dt.date(2026, 9, 1), dt.date(2026, 12, 28), ["COURSE_YEAR_END"]),
        (dt.date(2027, 1, 16), dt.date(2027, 12, 16), []),
        (dt.date(2027, 1, 15), dt.date(2027, 12, 17), ["COURSE_YEAR_START", "COURSE_YEAR_END"]),
        (dt.date(2027, 3, 2), dt.date(2027, 3, 1), ["COURSE_DATES"]),
    ],
)
def test_course_windows(start: dt.date, end: dt.date, expected: list[str]) -> None:
    assert [f.rule_id for f in course_findings(start, end, P)] == expected


def test_assigning_a_cadre_to_a_course() -> None:
    base = EnrollmentFacts("Cao cấp LLCT", True, 2, 1, True, False)

    def check(**kw: object) -> list[str]:
        return [f.rule_id for f in check_enrollment(dataclasses.replace(base, **kw))]  # type: ignore[arg-type]

    assert check() == []
    assert check(taken=2) == ["COURSE_FULL"]
    assert check(capacity=None, taken=99) == []
    assert check(course_open=False) == ["COURSE_CLOSED"]
    assert check(cadre_working=False) == ["ENROLL_INACTIVE"]
    assert check(holds_level=True) == ["ENROLL_HAS_LEVEL"]
    assert check(overlapping=("Tin học",)) == ["ENROLL_OVERLAP"]
