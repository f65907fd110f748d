"""Reports over many ratings: the quota per comparable group and the alerts a screen lists."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from cadre_desktop.domain.evaluation import Evaluation, live
from cadre_desktop.rules.findings import Finding
from cadre_desktop.rules.rating_groups import (
    GroupQuota,
    RatedPerson,
    YearRating,
    dismissal_alert,
    group_quota,
)
from cadre_desktop.rules.yearly_params import yearly_parameters
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


@dataclass(frozen=True)
class Alert:
    cadre_id: str | None
    name: str
    finding: Finding

    def as_json(self) -> dict[str, Any]:
        return {"cadre": self.cadre_id, "name": self.name, **self.finding.as_json()}


def rating_alerts(store: Store, year: int | None = None) -> list[Alert]:
    """Leaders to consider for dismissal, and groups over their excellent quota."""
    params = yearly_parameters()
    with store.unit_of_work() as uow:
        rows = _standing(yearly.annual_evaluations(uow.session))
        names = yearly.cadre_names(uow.session)
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
        if year is None or finding.params["year"] == year
    ]
    years = {r.year for r in rows} if year is None else {year}
    for each in sorted(years):
        for quota in quota_report(store, each):
            finding = quota.finding()
            if finding is not None:
                alerts.append(Alert(None, quota.group, finding))
    return alerts
