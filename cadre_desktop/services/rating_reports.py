"""Reports over many ratings: the quota per comparable group and the alerts a screen lists."""

from __future__ import annotations

from cadre_desktop.domain.evaluation import Evaluation, live
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


def _standing(rows: list[Evaluation]) -> list[Evaluation]:
    by_cadre: dict[str, list[Evaluation]] = {}
    for row in rows:
        by_cadre.setdefault(row.cadre_id, []).append(row)
    return [e for group in by_cadre.values() for e in live(group)]


def quota_report(store: Store, year: int, quarter: int | None = None) -> list[GroupQuota]:
    """Each comparable group of the period with its excellent and good counts (drafts included)."""
    with store.unit_of_work() as uow:
        rows = _standing(yearly.evaluations_of_period(uow.session, year, quarter))
        names = yearly.cadre_names(uow.session, [r.cadre_id for r in rows])
    groups: dict[str, list[RatedPerson]] = {}
    for row in rows:
        if row.comparable_group:
            groups.setdefault(row.comparable_group, []).append(
                RatedPerson(
                    row.cadre_id, names.get(row.cadre_id, ""), row.rating, row.outstanding_unit
                )
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
    with store.unit_of_work() as uow:
        rows = _standing(yearly.annual_evaluations(uow.session))
        names = yearly.cadre_names(uow.session)
        periods = yearly.periods(uow.session)
    history: dict[str, list[YearRating]] = {}
    for row in rows:
        if row.is_final and row.rating is not None:
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
