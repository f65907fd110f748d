"""The rating level a cadre's score and facts allow (QĐ 366-QĐ/TW Điều 11; earlier QĐ 124/132).

Each period is judged by the rule set in force on its last day, so a 2024 rating follows
QĐ 124-QĐ/TW (levels by criteria, no points) and a 2025 or 2026 one the 100-point sheet.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from cadre_desktop.domain.enums import Rating
from cadre_desktop.i18n import N_, gettext
from cadre_desktop.rules.findings import Finding, Report, Severity
from cadre_desktop.rules.params import ParameterSet

# Best first; a "higher" rating has a smaller index.
LEVELS = (Rating.EXCELLENT, Rating.GOOD, Rating.COMPLETED, Rating.NOT_COMPLETED)
LEVEL_NAMES = {
    Rating.EXCELLENT: N_("completed excellently"),
    Rating.GOOD: N_("completed well"),
    Rating.COMPLETED: N_("completed"),
    Rating.NOT_COMPLETED: N_("not completed"),
}


def better(a: Rating, b: Rating) -> bool:
    return LEVELS.index(a) < LEVELS.index(b)


def period_end(year: int, quarter: int | None) -> dt.date:
    """The day whose rules judge the period: its last day."""
    if quarter is None:
        return dt.date(year, 12, 31)
    month = quarter * 3
    return dt.date(year, month, calendar.monthrange(year, month)[1])


@dataclass(frozen=True)
class RatingFacts:
    """What the score sheet and the self-review say, as plain values."""

    leader: bool = False
    score_general: Decimal | None = None
    score_tasks: Decimal | None = None
    tasks_total: int | None = None
    tasks_done: int | None = None
    tasks_exceeding: int | None = None
    tasks_late: int | None = None
    shortcomings_previous: int | None = None
    shortcomings_remedied: int | None = None
    unit_tasks_percent: Decimal | None = None
    units_not_completed_percent: Decimal | None = None
    low_confidence_percent: Decimal | None = None
    unit_targets_failed: bool = False
    disciplined: bool = False
    degradation_concluded: bool = False
    corruption_in_scope: bool = False

    @property
    def score(self) -> Decimal | None:
        if self.score_general is None or self.score_tasks is None:
            return None
        return self.score_general + self.score_tasks


@dataclass(frozen=True)
class RatingRules:
    """The rule set in force on one day, read from the versioned parameters."""

    day: dt.date
    scored: bool
    source: str
    general_max: int = 0
    tasks_max: int = 0
    band_excellent: int = 0
    band_good: int = 0
    band_completed: int = 0
    exceeding_share: Fraction = Fraction(0)
    remedied_share: Fraction = Fraction(1)
    late_share_max: Fraction = Fraction(0)
    unit_tasks_min: Fraction = Fraction(0)
    low_confidence_max: Fraction = Fraction(1)
    units_failed_max: Fraction = Fraction(1)
    tasks_undone_max: Fraction = Fraction(1)

    @classmethod
    def on(cls, params: ParameterSet, day: dt.date) -> RatingRules:
        scored = params.get("rating.scored", day)
        if not scored.value:
            return cls(day=day, scored=False, source=scored.legal_basis)

        def v(key: str) -> Fraction:
            return params.value(key, day)

        return cls(
            day=day,
            scored=True,
            source=scored.legal_basis,
            general_max=int(v("rating.score.general_max")),
            tasks_max=int(v("rating.score.tasks_max")),
            band_excellent=int(v("rating.band.excellent")),
            band_good=int(v("rating.band.good")),
            band_completed=int(v("rating.band.completed")),
            exceeding_share=v("rating.excellent.exceeding_share"),
            remedied_share=v("rating.excellent.remedied_share"),
            late_share_max=v("rating.completed.late_share_max"),
            unit_tasks_min=v("rating.not_completed.unit_tasks_min"),
            low_confidence_max=v("rating.not_completed.low_confidence_max"),
            units_failed_max=v("rating.not_completed.units_failed_max"),
            tasks_undone_max=v("rating.not_completed.tasks_undone_max"),
        )


def _share(part: int | None, whole: int | None) -> Fraction | None:
    if part is None or whole is None or whole <= 0:
        return None
    return Fraction(part, whole)


def _percent(value: Decimal | None) -> Fraction | None:
    return None if value is None else Fraction(value) / 100


def disqualifiers(facts: RatingFacts, rules: RatingRules) -> list[str]:
    """Each fact that forces "not completed" whatever the score (msgids)."""
    found: list[str] = []
    if facts.disciplined:
        found.append(N_("disciplined (reprimand or higher) for a duty-related violation"))
    if facts.degradation_concluded:
        found.append(N_("concluded to show degradation, self-evolution or self-transformation"))
    if facts.corruption_in_scope:
        found.append(N_("corruption or waste disciplined in the direct scope of charge"))
    if facts.leader:
        unit_tasks = _percent(facts.unit_tasks_percent)
        if unit_tasks is not None and unit_tasks < rules.unit_tasks_min:
            found.append(N_("the units led completed too few of their planned tasks"))
        if facts.unit_targets_failed:
            found.append(N_("the basic socio-economic targets were not met"))
        failed_units = _percent(facts.units_not_completed_percent)
        if failed_units is not None and failed_units > rules.units_failed_max:
            found.append(N_("more than half of the units in charge were rated not completed"))
        low = _percent(facts.low_confidence_percent)
        if low is not None and low > rules.low_confidence_max:
            found.append(N_("more than half of the confidence votes were low"))
    else:
        undone = _share(
            None
            if facts.tasks_done is None or facts.tasks_total is None
            else facts.tasks_total - facts.tasks_done,
            facts.tasks_total,
        )
        if undone is not None and undone > rules.tasks_undone_max:
            found.append(N_("more than half of the year's tasks were not completed"))
    return found


def _all_done(facts: RatingFacts) -> bool:
    return facts.tasks_total is not None and facts.tasks_done == facts.tasks_total


def _conditions_met(level: Rating, facts: RatingFacts, rules: RatingRules) -> str | None:
    """None when the level's hard conditions hold, else a msgid saying which does not."""
    if level is Rating.NOT_COMPLETED:
        return None
    if not _all_done(facts):
        return N_("not every assigned task was completed")
    late = _share(facts.tasks_late or 0, facts.tasks_total)
    if level is Rating.COMPLETED:
        if late is not None and late > rules.late_share_max:
            return N_("too many tasks were behind schedule")
        return None
    if late:
        return N_("some tasks were not completed on time")
    if level is Rating.EXCELLENT:
        exceeding = _share(facts.tasks_exceeding, facts.tasks_total)
        if exceeding is None or exceeding < rules.exceeding_share:
            return N_("too few tasks exceeded requirements")
        remedied = _share(facts.shortcomings_remedied, facts.shortcomings_previous)
        if remedied is not None and remedied < rules.remedied_share:
            return N_("last year's shortcomings were not all remedied")
    return None


@dataclass(frozen=True)
class Assessment:
    """The best level the rules allow, and why it is not higher."""

    allowed: Rating | None  # None: the rules give no score-based level (older rules, no score)
    by_score: Rating | None
    reasons: tuple[str, ...] = ()


def assess(facts: RatingFacts, rules: RatingRules) -> Assessment:
    score = facts.score
    if not rules.scored or score is None:
        return Assessment(None, None)
    if score >= rules.band_excellent:
        by_score = Rating.EXCELLENT
    elif score >= rules.band_good:
        by_score = Rating.GOOD
    elif score >= rules.band_completed:
        by_score = Rating.COMPLETED
    else:
        by_score = Rating.NOT_COMPLETED
    reasons = disqualifiers(facts, rules)
    if reasons:
        return Assessment(Rating.NOT_COMPLETED, by_score, tuple(reasons))
    level = by_score
    while (reason := _conditions_met(level, facts, rules)) is not None:
        reasons.append(reason)
        level = LEVELS[LEVELS.index(level) + 1]
    return Assessment(level, by_score, tuple(reasons))


def check_scores(facts: RatingFacts, rules: RatingRules) -> Report:
    """The score sheet's parts stay inside their maximums (input, not judgement)."""
    findings: list[Finding] = []
    if not rules.scored:
        return Report()
    for value, top, msgid in (
        (facts.score_general, rules.general_max, N_("general criteria")),
        (facts.score_tasks, rules.tasks_max, N_("task results")),
    ):
        if value is not None and not 0 <= value <= top:
            findings.append(
                Finding(
                    "RATING_SCORE_OUT_OF_RANGE",
                    Severity.BLOCK,
                    N_("The score for {part} must be between 0 and {top} points."),
                    rules.source,
                    {"part": gettext(msgid), "top": top},
                )
            )
    return Report(tuple(findings))


def check_rating(facts: RatingFacts, rating: Rating, rules: RatingRules) -> Report:
    """Is the competent level's rating one the score and hard conditions allow?"""
    report = check_scores(facts, rules)
    if not rules.scored:
        return report
    if facts.score is None:
        return report + Report(
            (
                Finding(
                    "RATING_SCORE_MISSING",
                    Severity.BLOCK,
                    N_("Under these rules a rating needs the score sheet (30 + 70 points)."),
                    rules.source,
                ),
            )
        )
    result = assess(facts, rules)
    assert result.allowed is not None
    params = {
        "score": facts.score,
        "allowed": gettext(LEVEL_NAMES[result.allowed]),
        "reasons": "; ".join(gettext(r) for r in result.reasons) or "-",
    }
    if better(rating, result.allowed):
        finding = Finding(
            "RATING_ABOVE_CRITERIA",
            Severity.BLOCK,
            N_(
                "With {score} points and these facts the rating can be at most "
                '"{allowed}" ({reasons}).'
            ),
            rules.source,
            params,
        )
        return report + Report((finding,))
    if better(result.allowed, rating):
        finding = Finding(
            "RATING_BELOW_CRITERIA",
            Severity.WARN,
            N_(
                'With {score} points and these facts the rating could be "{allowed}"; '
                "check the lower rating."
            ),
            rules.source,
            params,
        )
        return report + Report((finding,))
    return report
