"""The excellent quota of a comparable group in a period, counted with one rating standing at
the level given (QĐ 366-QĐ/TW Điều 11: at most 20 % of those rated good, 25 % for an
outstanding unit); drafts count, so a group cannot be filled one finalisation at a time."""

from __future__ import annotations

from cadre_desktop.domain.enums import Rating
from cadre_desktop.domain.evaluation import Evaluation, live
from cadre_desktop.rules.findings import Report
from cadre_desktop.rules.rating_groups import GroupQuota, RatedPerson, group_quota
from cadre_desktop.rules.yearly_params import yearly_parameters
from cadre_desktop.storage import yearly
from cadre_desktop.storage.uow import UnitOfWork


def group_others(
    uow: UnitOfWork, year: int, quarter: int | None, group: str, cadre_id: str
) -> list[RatedPerson]:
    """The standing ratings of the comparable group in the period, but ``cadre_id``'s."""
    by_cadre: dict[str, list[Evaluation]] = {}
    for e in yearly.group_evaluations(uow.session, year, quarter, group):
        by_cadre.setdefault(e.cadre_id, []).append(e)
    names = yearly.cadre_names(uow.session, list(by_cadre))
    people = []
    for other, rows in by_cadre.items():
        if other != cadre_id:
            standing = live(rows)[0]
            people.append(
                RatedPerson(other, names.get(other, ""), standing.rating, standing.outstanding_unit)
            )
    return people


def _live_group(
    uow: UnitOfWork, evaluation: Evaluation, rating: Rating | None
) -> list[RatedPerson]:
    """The comparable group's live ratings with ``evaluation`` standing at ``rating``."""
    if not evaluation.comparable_group:
        return []
    others = group_others(
        uow, evaluation.year, evaluation.quarter, evaluation.comparable_group, evaluation.cadre_id
    )
    return [*others, RatedPerson(evaluation.cadre_id, "", rating, evaluation.outstanding_unit)]


def quota_of(year: int, quarter: int | None, group: str, people: list[RatedPerson]) -> GroupQuota:
    return group_quota(yearly_parameters(), year, quarter, group, people)


def standing_quota(
    uow: UnitOfWork, evaluation: Evaluation, rating: Rating | None
) -> GroupQuota | None:
    """The comparable group's quota for the period, with ``evaluation`` standing at ``rating``."""
    people = _live_group(uow, evaluation, rating)
    if not people:
        return None
    assert evaluation.comparable_group is not None
    return quota_of(evaluation.year, evaluation.quarter, evaluation.comparable_group, people)


def quota_finding(uow: UnitOfWork, evaluation: Evaluation, rating: Rating | None) -> Report:
    quota = standing_quota(uow, evaluation, rating)
    finding = quota.finding() if quota else None
    return Report((finding,)) if finding else Report()
