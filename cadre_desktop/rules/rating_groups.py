"""Rules over many ratings: the excellent quota per comparable group, and the dismissal alert.

Quota: those rated "completed excellently" are at most 20% of those rated "completed well"
among comparable persons, 25% where the competent level marks the unit outstanding
(QĐ 366-QĐ/TW Điều 11; earlier QĐ 124/132). Dismissal: a leader rated "not completed" in
one year is a ground for dismissal (NĐ 170/2025/NĐ-CP Điều 53.1.c); before 30/08/2025 it
took two consecutive years.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from fractions import Fraction
from math import floor

from cadre_desktop.domain.enums import Rating
from cadre_desktop.i18n import N_
from cadre_desktop.rules.findings import Finding, Severity
from cadre_desktop.rules.params import ParameterSet
from cadre_desktop.rules.rating import period_end


@dataclass(frozen=True)
class RatedPerson:
    """One live rating (proposed or final) in a comparable group."""

    cadre_id: str
    name: str
    rating: Rating | None
    outstanding_unit: bool = False


@dataclass(frozen=True)
class GroupQuota:
    year: int
    quarter: int | None
    group: str
    rated: int
    excellent: int
    good: int
    share: Fraction
    source: str

    @property
    def period(self) -> str:
        return str(self.year) if self.quarter is None else f"Q{self.quarter}/{self.year}"

    @property
    def allowed_excellent(self) -> int:
        return floor(self.good * self.share)

    @property
    def exceeded(self) -> bool:
        return self.excellent > self.good * self.share

    def finding(self) -> Finding | None:
        if not self.exceeded:
            return None
        return Finding(
            "RATING_QUOTA_EXCEEDED",
            Severity.BLOCK,
            N_(
                'Group "{group}" ({period}): {excellent} rated excellent but at most '
                "{allowed} are allowed ({percent}% of the {good} rated good)."
            ),
            self.source,
            {
                "group": self.group,
                "year": self.year,
                "period": self.period,
                "excellent": self.excellent,
                "allowed": self.allowed_excellent,
                "percent": self.share * 100,
                "good": self.good,
            },
        )

    def as_json(self) -> dict[str, object]:
        return {
            "year": self.year,
            "quarter": self.quarter,
            "group": self.group,
            "rated": self.rated,
            "excellent": self.excellent,
            "good": self.good,
            "share": str(self.share),
            "allowed_excellent": self.allowed_excellent,
            "exceeded": self.exceeded,
            "source": self.source,
        }


def group_quota(
    params: ParameterSet,
    year: int,
    quarter: int | None,
    group: str,
    people: Iterable[RatedPerson],
) -> GroupQuota:
    people = list(people)
    day = period_end(year, quarter)
    outstanding = any(p.outstanding_unit for p in people)
    key = "rating.quota.outstanding_unit" if outstanding else "rating.quota.excellent_of_good"
    parameter = params.get(key, day)
    return GroupQuota(
        year=year,
        quarter=quarter,
        group=group,
        rated=sum(1 for p in people if p.rating is not None),
        excellent=sum(1 for p in people if p.rating is Rating.EXCELLENT),
        good=sum(1 for p in people if p.rating is Rating.GOOD),
        share=parameter.value,
        source=parameter.legal_basis,
    )


@dataclass(frozen=True)
class YearRating:
    """A leader's live, final annual rating."""

    year: int
    rating: Rating
    leader: bool


def dismissal_alert(params: ParameterSet, history: Iterable[YearRating]) -> list[Finding]:
    """The years whose rating makes dismissal a question, each judged by its own rules."""
    by_year = {r.year: r for r in history}
    alerts: list[Finding] = []
    for year in sorted(by_year):
        current = by_year[year]
        if not current.leader or current.rating is not Rating.NOT_COMPLETED:
            continue
        rule = params.get("rating.dismissal.consecutive_years", period_end(year, None))
        needed = rule.as_int
        run = [by_year.get(year - back) for back in range(needed)]
        if all(r is not None and r.rating is Rating.NOT_COMPLETED for r in run):
            alerts.append(
                Finding(
                    "RATING_DISMISSAL_CONSIDERATION",
                    Severity.WARN,
                    N_(
                        'Rated "not completed" for {years} year(s) up to {year}: '
                        "consider dismissal from the leadership post."
                    ),
                    rule.legal_basis,
                    {"years": needed, "year": year},
                )
            )
    return alerts
