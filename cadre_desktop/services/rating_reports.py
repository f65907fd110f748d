"""Reports over many ratings: the quota per comparable group and the alerts a screen lists.

They read columns, not whole records: a store may hold 50,000 ratings a year.
"""

from __future__ import annotations

from typing import Any

from cadre_desktop.domain.enums import Rating
from cadre_desktop.domain.yearly_enums import EvaluationStatus
from cadre_desktop.rules.rating_groups import (
    GroupQuota,
    RatedPerson,
    YearRating,
    dismissal_alert,
    group_quota,
)
from cadre_desktop.rules.yearly_params import yearly_parameters
from cadre_desktop.services.alert import Alert
from cadre_desktop.services.stores import Store
from cadre_desktop.storage import yearly


def _standing(rows: list[Any], *key: str) -> list[Any]:
    """The latest revision of each cadre's rating of a period (a re-rating replaces)."""
    latest: dict[tuple[Any, ...], Any] = {}
    for row in rows:
        at = (row.cadre_id, *(getattr(row, k) for k in key))
        if at not in latest or row.revision > latest[at].revision:
            latest[at] = row
    return list(latest.values())


def quota_report(store: Store, year: int, quarter: int | None = None) -> list[GroupQuota]:
    """Each comparable group of the period with its excellent and good counts (drafts included)."""
    with store.unit_of_work() as uow:
        rows = _standing(yearly.grouped_ratings(uow.session, year, quarter))
        names = yearly.cadre_names(uow.session, [r.cadre_id for r in rows])
    groups: dict[str, list[RatedPerson]] = {}
    for row in rows:
        groups.setdefault(row.comparable_group, []).append(
            RatedPerson(row.cadre_id, names.get(row.cadre_id, ""), row.rating, row.outstanding_unit)
        )
    params = yearly_parameters()
    return [
        group_quota(params, year, quarter, name, people) for name, people in sorted(groups.items())
    ]


def rating_alerts(
    store: Store, year: int | None = None, *, since: int | None = None
) -> list[Alert]:
    """Leaders to consider for dismissal, and groups over their excellent quota in any period
    (the year or one of its quarters); ``year`` keeps one year, ``since`` the years from it."""

    def kept(each: int) -> bool:
        return (year is None or each == year) and (since is None or each >= since)

    params = yearly_parameters()
    # The older rule looks back one more year (two consecutive years "not completed").
    first = None if since is None and year is None else min(y for y in (since, year) if y) - 1
    with store.unit_of_work() as uow:
        rows = _standing(yearly.annual_ratings(uow.session, first), "year")
        periods = yearly.periods(uow.session)
        failed = {
            r.cadre_id for r in rows if r.leader and r.rating is Rating.NOT_COMPLETED
        }  # only they can raise the dismissal alert
        names = yearly.cadre_names(uow.session, sorted(failed))
    history: dict[str, list[YearRating]] = {}
    for row in rows:
        final = row.status is EvaluationStatus.FINAL and row.rating is not None
        if final and row.cadre_id in failed:
            history.setdefault(row.cadre_id, []).append(
                YearRating(row.year, row.rating, row.leader)
            )
    alerts = [
        Alert(cadre_id, names.get(cadre_id, ""), finding)
        for cadre_id in names
        for finding in dismissal_alert(params, history.get(cadre_id, []))
        if kept(finding.params["year"])
    ]
    for each, quarter in sorted(periods, key=lambda p: (p[0], p[1] or 0)):
        if not kept(each):
            continue
        for quota in quota_report(store, each, quarter):
            finding = quota.finding()
            if finding is not None:
                alerts.append(Alert(None, quota.group, finding))
    return alerts
