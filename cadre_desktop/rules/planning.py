"""Planning rules (QĐ 377-QĐ/TW Đ19, 25, 26, 29; predecessor QĐ 50-QĐ/TW) and the province's
2/3 rule, over plain facts. Thresholds come from the parameters in force on the action date."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction

from cadre_desktop.domain.enums import Sex
from cadre_desktop.domain.values import PartialDate
from cadre_desktop.i18n import N_
from cadre_desktop.rules.dates import whole_months
from cadre_desktop.rules.findings import Finding, Severity
from cadre_desktop.rules.params import ParameterSet
from cadre_desktop.rules.retirement import months_to_retirement


@dataclass(frozen=True)
class PlanFacts:
    on: dt.date  # the day of the planning decision being judged
    reference_date: dt.date  # the term's age reference date
    title_code: str
    title_rank: int | None
    committee: bool  # committee planning counts by ratio, not per seat
    seats: int
    group: str  # "1" or "2"
    current_title_code: str | None
    current_title_rank: int | None
    directly_lower: frozenset[str]
    birth_date: PartialDate
    sex: Sex
    theory_rank: int | None
    has_training_plan: bool
    discipline_in_force: bool
    others_planned_for_title: int
    other_titles_same_level: int  # leadership titles, committee memberships excluded


def _f(rule_id: str, severity: Severity, msgid: str, source: str, **params: object) -> Finding:
    return Finding(rule_id, severity, msgid, source, dict(params))


def check_plan(facts: PlanFacts, params: ParameterSet) -> list[Finding]:
    on = facts.on
    found: list[Finding] = []
    if facts.current_title_rank is not None and (
        facts.title_rank is None
        or facts.title_rank >= facts.current_title_rank
        or facts.title_code == facts.current_title_code
    ):
        found.append(
            _f(
                "PLANNING_NOT_UPWARD",
                Severity.BLOCK,
                N_("Planning goes only upward: {title} is not higher than the current post."),
                "QĐ 377-QĐ/TW Đ19",
                title=facts.title_code,
            )
        )
    if facts.group == "1" and facts.current_title_code not in facts.directly_lower:
        found.append(
            _f(
                "PLANNING_GROUP_MISMATCH",
                Severity.WARN,
                N_("Group 1 is for holders of the directly lower post; the current post is not."),
                "QĐ 377-QĐ/TW Đ19; HD 45-HD/BTCTW",
            )
        )
    if facts.committee:
        top = params.get("planning.committee_max_ratio", on)
        limit = math.ceil(top.value * facts.seats)
        if facts.others_planned_for_title + 1 > limit:
            found.append(
                _f(
                    "PLANNING_COMMITTEE_RATIO",
                    Severity.BLOCK,
                    N_("At most {limit} may be planned for a committee of {seats}."),
                    top.legal_basis,
                    limit=limit,
                    seats=facts.seats,
                )
            )
    else:
        per_seat = params.get("planning.max_per_seat", on)
        limit = per_seat.as_int * facts.seats
        if facts.others_planned_for_title + 1 > limit:
            found.append(
                _f(
                    "PLANNING_TOO_MANY_PER_TITLE",
                    Severity.BLOCK,
                    N_("At most {limit} cadres may be planned for {title} ({seats} seat(s))."),
                    per_seat.legal_basis,
                    limit=limit,
                    seats=facts.seats,
                    title=facts.title_code,
                )
            )
        titles = params.get("planning.max_titles_per_cadre", on)
        if facts.other_titles_same_level + 1 > titles.as_int:
            found.append(
                _f(
                    "PLANNING_TOO_MANY_TITLES",
                    Severity.BLOCK,
                    N_("A cadre may be planned for at most {limit} titles at one level."),
                    titles.legal_basis,
                    limit=titles.as_int,
                )
            )
    group = "group1" if facts.group == "1" else "group2"
    age = params.get(f"planning.min_months_to_retirement.{group}", on)
    left = months_to_retirement(facts.birth_date, facts.sex, params, facts.reference_date)
    if left < age.as_int:
        found.append(
            _f(
                f"PLANNING_AGE_{group.upper()}",
                Severity.BLOCK,
                N_("Only {left} months to retirement at the reference date; {need} are needed."),
                age.legal_basis + "; NĐ 135/2020/NĐ-CP",
                left=left,
                need=age.as_int,
            )
        )
    theory = params.get("planning.required_theory_rank", on)
    if (facts.theory_rank or 0) < theory.as_int:
        if facts.group == "1":
            found.append(
                _f(
                    "PLANNING_THEORY_LEVEL",
                    Severity.BLOCK,
                    N_("Group 1 must already meet the title's political-theory standard."),
                    theory.legal_basis,
                )
            )
        elif not facts.has_training_plan:
            found.append(
                _f(
                    "PLANNING_TRAINING_PLAN",
                    Severity.WARN,
                    N_("Group 2 below the political-theory standard needs a training plan."),
                    theory.legal_basis,
                )
            )
    if facts.discipline_in_force:
        found.append(
            _f(
                "PLANNING_DISCIPLINED",
                Severity.BLOCK,
                N_("A disciplined cadre leaves the planning at once and cannot be planned."),
                "QĐ 377-QĐ/TW Đ29",
            )
        )
    return found


@dataclass(frozen=True)
class PlannedPerson:
    holds_directly_lower: bool
    sex: Sex
    birth_date: PartialDate
    ethnic_minority: bool
    science: bool


@dataclass(frozen=True)
class TitleReport:
    title_code: str
    planned: int
    seats: int
    figures: dict[str, int]
    findings: list[Finding]


def title_report(
    title_code: str, seats: int, people: Sequence[PlannedPerson], on: dt.date,
    params: ParameterSet,
) -> TitleReport:  # fmt: skip
    """The per-title 2/3 report and structure figures beside the list."""
    n = len(people)
    young_age = params.whole("planning.young_age_years", on)
    under40_age = params.whole("planning.under40_age_years", on)

    def age(person: PlannedPerson) -> int:
        return whole_months(person.birth_date.latest(), on) // 12  # latest: never older than known

    figures = {
        "lower_post": sum(p.holds_directly_lower for p in people),
        "women": sum(p.sex == Sex.FEMALE for p in people),
        "under_40": sum(age(p) < under40_age for p in people),
        "under_42": sum(age(p) < young_age for p in people),
        "ethnic_minority": sum(p.ethnic_minority for p in people),
        "science": sum(p.science for p in people),
    }
    found: list[Finding] = []
    share = params.get("planning.lower_post_share", on)
    if n and Fraction(figures["lower_post"], n) < share.value:
        found.append(
            _f(
                "PLANNING_LOWER_POST_SHARE",
                Severity.WARN,
                N_("Only {count} of {total} planned hold the directly lower post; {share} needed."),
                share.legal_basis,
                count=figures["lower_post"],
                total=n,
                share=share.text,
            )
        )
    for key, figure in (("women", "women"), ("young", "under_42"), ("science", "science")):
        target = params.get(f"planning.target.{key}", on)
        if n and Fraction(figures[figure], n) < target.value:
            found.append(
                _f(
                    f"PLANNING_STRUCTURE_{key.upper()}",
                    Severity.WARN,
                    N_("The share of {group} among those planned is below the target {target}."),
                    target.legal_basis,
                    group=key,
                    target=target.text,
                )
            )
    return TitleReport(title_code, n, seats, figures, found)
