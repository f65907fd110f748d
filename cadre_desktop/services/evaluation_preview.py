"""What the rules say about an evaluation form while the officer fills it: the band of the
score, the level the hard conditions allow, the procedure's warnings, and the comparable
group's quota with this rating counted. Nothing is written."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from cadre_desktop.domain.enums import Rating
from cadre_desktop.errors import InvalidInput
from cadre_desktop.rules.findings import Report
from cadre_desktop.rules.rating import assess
from cadre_desktop.rules.rating_groups import GroupQuota, RatedPerson
from cadre_desktop.services.evaluation_input import read_evaluation
from cadre_desktop.services.evaluations import facts_of, judge, rules_for
from cadre_desktop.services.rating_quota import group_others, quota_of
from cadre_desktop.services.stores import Store


@dataclass(frozen=True)
class EvaluationPreview:
    problems: tuple[str, ...] = ()  # fields that cannot be read; nothing else is judged then
    source: str = ""  # the rule set of the period (its legal basis)
    scored: bool = True  # False: the older rules, levels by criteria without points
    score: Decimal | None = None
    by_score: Rating | None = None  # the band the score falls in
    allowed: Rating | None = None  # the best level the hard conditions leave
    reasons: tuple[str, ...] = ()  # msgids: why the level is below the band
    chosen: Rating | None = None  # the competent level's rating on the form
    report: Report = field(default_factory=Report)
    quota: GroupQuota | None = None

    @property
    def can_finalise(self) -> bool:
        return not self.problems and self.chosen is not None and not self.report.blocked


# (year, quarter, group, cadre) → the others' standing ratings; a form's page keeps one and
# clears it when ratings change, so judging on each keystroke does not read the group again.
GroupCache = dict[tuple[int, int | None, str, str], list[RatedPerson]]


def preview_evaluation(
    store: Store, data: dict[str, Any], cache: GroupCache | None = None
) -> EvaluationPreview:
    try:
        draft = read_evaluation(data)
    except InvalidInput as bad:
        return EvaluationPreview(problems=tuple(bad.problems))
    rules = rules_for(draft)
    facts = facts_of(draft)
    result = assess(facts, rules)
    report = judge(draft)
    rating = draft.fields.get("rating")
    quota = None
    group = draft.fields.get("comparable_group")
    if group:
        key = (draft.year, draft.quarter, group, draft.cadre_id)
        cache = {} if cache is None else cache
        if key not in cache:
            with store.unit_of_work() as uow:
                cache[key] = group_others(uow, draft.year, draft.quarter, group, draft.cadre_id)
        outstanding = bool(draft.fields.get("outstanding_unit"))
        people = [*cache[key], RatedPerson(draft.cadre_id, "", rating, outstanding)]
        quota = quota_of(draft.year, draft.quarter, group, people)
    finding = quota.finding() if quota is not None else None
    if finding is not None and rating is Rating.EXCELLENT:
        report += Report((finding,))
    return EvaluationPreview(
        source=rules.source,
        scored=rules.scored,
        score=facts.score,
        by_score=result.by_score,
        allowed=result.allowed,
        reasons=result.reasons,
        chosen=rating,
        report=report,
        quota=quota,
    )
