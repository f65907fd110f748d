# ruff: noqa: E501
"""Appointment, planning, ballot and rotation rules at their boundaries, under 2024 and 2026 sets."""

import dataclasses
import datetime as dt

from cadre_desktop.domain.enums import Sex
from cadre_desktop.domain.values import PartialDate
from cadre_desktop.rules.appointment import (
    COMPONENTS,
    AppointFacts,
    DisciplineFact,
    check_appointment,
)
from cadre_desktop.rules.ballots import StepFacts, Vote, check_procedure, check_step
from cadre_desktop.rules.locality import PlaceFacts, local_reasons
from cadre_desktop.rules.opinions import OpinionFact
from cadre_desktop.rules.params import ParameterSet
from cadre_desktop.rules.planning import PlanFacts, PlannedPerson, check_plan, title_report
from cadre_desktop.rules.retirement import retirement_day
from cadre_desktop.rules.rotation import RotationFacts, check_rotation
from cadre_desktop.services.rule_params import shipped_parameters

P = ParameterSet(shipped_parameters())
ON = dt.date(2026, 3, 12)


def appoint(**changes: object) -> AppointFacts:
    base = AppointFacts(
        kind="appoint", on=ON, title_code="giam_doc_so", title_rank=5,
        current_title_code="pho_giam_doc_so", current_post_start=PartialDate(2025, 3, 12),
        planned_ranks=(5,), special_case=False, birth_date=PartialDate(1975, 3, 2), sex=Sex.MALE,
        rating_years=frozenset({2023, 2024, 2025}), asset_declaration=PartialDate(2026, 3, 2),
        disciplines=(), components=frozenset(COMPONENTS), photo_date=PartialDate(2025, 9, 12),
        health_date=PartialDate(2025, 9, 12), department_leader=False,
    )  # fmt: skip
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def ids(facts: AppointFacts) -> list[str]:
    return [f.rule_id for f in check_appointment(facts, P)]


def test_the_allowed_case_passes_at_every_boundary() -> None:
    assert ids(appoint()) == []  # exactly 12 months, exactly 10 days, documents exactly 6 months


def test_one_day_short_blocks() -> None:
    assert ids(appoint(current_post_start=PartialDate(2025, 3, 13))) == ["APPOINT_TIME_IN_POST"]
    assert ids(appoint(asset_declaration=PartialDate(2026, 3, 3))) == ["APPOINT_ASSET_DECLARATION"]
    assert ids(appoint(photo_date=PartialDate(2025, 9, 11))) == ["APPOINT_DOCUMENT_TOO_OLD"]
    assert ids(appoint(rating_years=frozenset({2024, 2025}))) == ["APPOINT_RATINGS_MISSING"]
    assert ids(appoint(planned_ranks=(6,))) == ["APPOINT_NOT_PLANNED"]
    assert ids(appoint(planned_ranks=(4,))) == []  # planned higher is enough
    assert ids(appoint(components=frozenset(COMPONENTS) - {"cv"})) == ["APPOINT_DOSSIER_INCOMPLETE"]


def test_a_special_case_turns_the_time_block_into_a_warning() -> None:
    [finding] = check_appointment(
        appoint(current_post_start=PartialDate(2025, 6, 1), special_case=True), P
    )
    assert (finding.rule_id, finding.severity.value) == ("APPOINT_TIME_IN_POST", "warn")


def test_the_same_proposal_under_2024_and_2026_rules() -> None:
    """18 months in post: QĐ 80 (2024) wanted 24, QĐ 377 (2026) wants 12."""
    facts_2026 = appoint(current_post_start=PartialDate(2024, 9, 12))
    on_2024 = dt.date(2024, 9, 12)
    facts_2024 = appoint(
        on=on_2024, current_post_start=PartialDate(2023, 3, 12), rating_years=frozenset({2021, 2022, 2023}),
        asset_declaration=PartialDate(2024, 9, 1), photo_date=PartialDate(2024, 6, 1),
        health_date=PartialDate(2024, 6, 1),
    )  # fmt: skip
    assert ids(facts_2026) == []
    assert ids(facts_2024) == ["APPOINT_TIME_IN_POST"]
    assert "QĐ 80" in check_appointment(facts_2024, P)[0].source


def test_age_exactly_60_months_passes_and_48_needs_a_special_case() -> None:
    born = PartialDate(1970, 1, 15)
    retires = retirement_day(born, Sex.MALE, P, ON)  # 2032-01-01 at 62
    exactly_60 = dt.date(retires.year - 5, retires.month, retires.day)
    assert ids(appoint(birth_date=born, on=exactly_60, rating_years=frozenset({2024, 2025, 2026}),
                       asset_declaration=PartialDate(2026, 12, 1), photo_date=PartialDate(2026, 12, 1),
                       health_date=PartialDate(2026, 12, 1), current_post_start=PartialDate(2025, 1, 1))) == []  # fmt: skip
    day_after = exactly_60 + dt.timedelta(days=1)
    facts = appoint(birth_date=born, on=day_after, rating_years=frozenset({2024, 2025, 2026}),
                    asset_declaration=PartialDate(2026, 12, 1), photo_date=PartialDate(2026, 12, 1),
                    health_date=PartialDate(2026, 12, 1), current_post_start=PartialDate(2025, 1, 1))  # fmt: skip
    assert ids(facts) == ["APPOINT_AGE"]
    [warn] = check_appointment(dataclasses.replace(facts, special_case=True), P)
    assert warn.severity.value == "warn"


def test_discipline_waiting_times() -> None:
    warning = DisciplineFact("party_canh_cao", PartialDate(2023, 3, 12), PartialDate(2024, 3, 11))
    assert ids(appoint(disciplines=(warning,))) == []  # exactly 36 months after
    late = dataclasses.replace(warning, start=PartialDate(2023, 3, 13))
    assert ids(appoint(disciplines=(late,))) == ["APPOINT_DISCIPLINE_WAIT"]
    running = DisciplineFact("gov_khien_trach", PartialDate(2026, 1, 1), None)
    assert ids(appoint(disciplines=(running,))) == ["APPOINT_DISCIPLINE_PERIOD"]


def step(number: int, invited: int, present: int, *votes: tuple[str, int]) -> StepFacts:
    return StepFacts(number, ON, invited, present, tuple(Vote(c, n) for c, n in votes))


def test_quorum_is_two_thirds_of_those_invited() -> None:
    assert check_step(step(1, 30, 20), "local", 1, P) == []
    assert [f.rule_id for f in check_step(step(1, 30, 19), "local", 1, P)] == ["MEETING_QUORUM"]


def test_fifty_and_thirty_percent_of_those_invited() -> None:
    # 30 invited: 15 votes is exactly 50 % (not chosen), 9 is exactly 30 % (goes forward)
    full = [step(1, 30, 30), step(2, 30, 30, ("a", 16), ("b", 9)), step(3, 9, 9, ("a", 9), ("b", 0)),
            step(4, 30, 30, ("a", 20), ("b", 10)), step(5, 9, 9, ("a", 5), ("b", 4))]  # fmt: skip
    assert check_procedure(full, "local", 1, "a", P, complete=True) == []
    half = [*full[:4], step(5, 10, 10, ("a", 5), ("b", 5))]
    assert [f.rule_id for f in check_procedure(half, "local", 1, "a", P, complete=True)] == [
        "BALLOT_NOT_CHOSEN"
    ]
    nobody = step(2, 30, 30, ("a", 8), ("b", 8))
    assert "BALLOT_NOBODY_30" in [f.rule_id for f in check_step(nobody, "local", 1, P)]
    assert "BALLOT_NOBODY_30" not in [
        f.rule_id for f in check_step(step(2, 30, 30, ("a", 9), ("b", 8)), "local", 1, P)
    ]


def test_step_three_differing_needs_two_thirds_of_the_collective() -> None:
    two = step(2, 30, 30, ("a", 16), ("b", 10))
    exactly = step(3, 9, 9, ("a", 3), ("b", 6))
    assert check_procedure([two, exactly], "local", 1, "b", P, complete=False) == []
    short = step(3, 9, 9, ("a", 4), ("b", 5))
    assert [
        f.rule_id for f in check_procedure([two, short], "local", 1, "b", P, complete=False)
    ] == ["BALLOT_STEP3_DIFFERS"]


def test_the_provincial_surplus_rule() -> None:
    alone = step(2, 30, 30, ("a", 20))
    assert [f.rule_id for f in check_step(alone, "local", 1, P)] == ["BALLOT_NO_SURPLUS"]


def plan(**changes: object) -> PlanFacts:
    base = PlanFacts(
        on=ON, reference_date=dt.date(2030, 9, 1), title_code="giam_doc_so", title_rank=5,
        committee=False, seats=1, group="1", current_title_code="pho_giam_doc_so",
        current_title_rank=6, directly_lower=frozenset({"pho_giam_doc_so"}),
        birth_date=PartialDate(1975, 3, 2), sex=Sex.MALE, theory_rank=3, has_training_plan=False,
        discipline_in_force=False, others_planned_for_title=2, other_titles_same_level=2,
    )  # fmt: skip
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def plan_ids(facts: PlanFacts) -> list[str]:
    return [f.rule_id for f in check_plan(facts, P)]


def test_planning_rules_at_their_limits() -> None:
    assert plan_ids(plan()) == []  # the third of 3 per seat, the third title
    assert plan_ids(plan(others_planned_for_title=3)) == ["PLANNING_TOO_MANY_PER_TITLE"]
    assert plan_ids(plan(other_titles_same_level=3)) == ["PLANNING_TOO_MANY_TITLES"]
    assert plan_ids(plan(current_title_rank=5, current_title_code="giam_doc_so")) == [
        "PLANNING_NOT_UPWARD",
        "PLANNING_GROUP_MISMATCH",
    ]
    assert plan_ids(plan(theory_rank=2)) == ["PLANNING_THEORY_LEVEL"]
    assert plan_ids(
        plan(
            theory_rank=2,
            group="2",
            current_title_code="truong_phong",
            current_title_rank=7,
            birth_date=PartialDate(1985, 1, 1),
        )
    ) == ["PLANNING_TRAINING_PLAN"]
    assert plan_ids(plan(discipline_in_force=True)) == ["PLANNING_DISCIPLINED"]
    committee = plan(committee=True, seats=15, others_planned_for_title=22)
    assert plan_ids(committee) == []  # 23 = ceil(1.5 × 15)
    assert plan_ids(dataclasses.replace(committee, others_planned_for_title=23)) == [
        "PLANNING_COMMITTEE_RATIO"
    ]


def test_exactly_60_and_120_months_to_retirement() -> None:
    born = PartialDate(1970, 1, 15)  # retires 01/02/2032 (62 reached in 01/2032)
    retires = retirement_day(born, Sex.MALE, P, ON)
    ref_60 = dt.date(retires.year - 5, retires.month, 1)
    assert plan_ids(plan(birth_date=born, reference_date=ref_60)) == []
    assert plan_ids(plan(birth_date=born, reference_date=ref_60 + dt.timedelta(days=1))) == [
        "PLANNING_AGE_GROUP1"
    ]
    ref_120 = dt.date(retires.year - 10, retires.month, 1)
    g2 = plan(birth_date=born, group="2", current_title_code="truong_phong", current_title_rank=7)
    assert plan_ids(dataclasses.replace(g2, reference_date=ref_120)) == []
    assert plan_ids(dataclasses.replace(g2, reference_date=ref_120 + dt.timedelta(days=1))) == [
        "PLANNING_AGE_GROUP2"
    ]


def test_the_two_thirds_report() -> None:
    def people(lower: int, other: int) -> list[PlannedPerson]:
        make = lambda flag: PlannedPerson(flag, Sex.FEMALE, PartialDate(1990), False, True)  # noqa: E731
        return [make(True)] * lower + [make(False)] * other

    assert title_report("giam_doc_so", 1, people(2, 1), ON, P).findings == []
    report = title_report("giam_doc_so", 2, people(3, 2), ON, P)
    assert [f.rule_id for f in report.findings] == ["PLANNING_LOWER_POST_SHARE"]
    assert report.figures["women"] == 5


def test_rotation_needs_ten_years_left_and_three_years() -> None:
    born = PartialDate(1970, 1, 15)
    retires = retirement_day(born, Sex.MALE, P, ON)
    start = dt.date(retires.year - 10, retires.month, 1)
    ok = RotationFacts(start, dt.date(start.year + 3, start.month, 1), born, Sex.MALE)
    assert check_rotation(ok, P) == []
    late = dataclasses.replace(ok, start=start + dt.timedelta(days=1))
    assert "ROTATION_SERVICE_LEFT" in [f.rule_id for f in check_rotation(late, P)]
    short = dataclasses.replace(
        ok, planned_end=dt.date(start.year + 3, start.month, 1) - dt.timedelta(days=1)
    )
    assert [f.rule_id for f in check_rotation(short, P)] == ["ROTATION_TOO_SHORT"]


def test_step_three_choosing_among_the_names_carried_from_step_two_does_not_differ() -> None:
    carried = step(2, 30, 30, ("a", 12), ("b", 10))  # nobody chosen; both carried (≥ 30 %)
    assert check_procedure([carried, step(3, 9, 9, ("b", 5), ("a", 4))], "local", 1, "b", P,
                           complete=False) == []  # fmt: skip
    outsider = step(3, 9, 9, ("c", 5), ("a", 4))  # someone step 2 did not carry
    assert [f.rule_id for f in check_procedure([carried, outsider], "local", 1, "c", P,
                                               complete=False)] == ["BALLOT_STEP3_DIFFERS"]  # fmt: skip


def test_a_reappointment_is_one_ballot_of_the_collective() -> None:
    assert check_procedure([step(1, 9, 9, ("a", 5))], "reappoint", 1, "a", P, complete=True) == []
    assert [f.rule_id for f in check_procedure([], "reappoint", 1, "a", P, complete=True)] == [
        "PROPOSAL_STEPS_MISSING"
    ]


def test_the_named_units_opinions() -> None:
    groups = ("commune_party_committees", "provincial_departments")
    good = OpinionFact("commune_party_committees", "Đảng ủy xã A", 30, 20, "uy tín")
    facts = appoint(department_leader=True, opinion_groups=groups, opinions=(good,))
    assert ids(facts) == ["APPOINT_UNIT_OPINIONS"]  # the departments have not given theirs
    other = OpinionFact("provincial_departments", "Sở B", 30, 19, "")
    assert sorted(ids(appoint(department_leader=True, opinion_groups=groups, opinions=(good, other)))) == [
        "APPOINT_UNIT_OPINION_CRITERIA", "MEETING_QUORUM"]  # fmt: skip
    assert ids(appoint(department_leader=False, opinion_groups=groups)) == []


def test_local_by_home_town_birthplace_or_long_residence() -> None:
    def reasons(**changes: object) -> list[str]:
        base = PlaceFacts("P08.2025", frozenset(), frozenset(), frozenset(), 0)
        return local_reasons(dataclasses.replace(base, **changes), P, ON)  # type: ignore[arg-type]

    assert reasons() == []
    assert reasons(home_town=frozenset({"P08.2025"})) == ["home town"]
    assert reasons(birth_place=frozenset({"X", "P08.2025"})) == ["birthplace"]
    assert reasons(residence=frozenset({"P08.2025"}), months_worked_there=119) == []
    assert reasons(residence=frozenset({"P08.2025"}), months_worked_there=120) == ["long residence"]
