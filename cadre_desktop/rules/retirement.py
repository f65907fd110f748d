"""Retirement age by NĐ 135/2020/NĐ-CP's roadmap, read from versioned parameters.

Men: 60y3m for those reaching it in 2021, +3 months a year, 62 from 2028; women: 55y4m in
2021, +4 months a year, 60 from 2035 (roadmap values marked [R] in DOMAIN.md §11, so they
are data an administrator can correct). A person retires at the end of the month in which
the age is reached (BLLĐ 2019 Đ169 [R]); we return the first day after it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from cadre_desktop.domain.enums import Sex
from cadre_desktop.domain.values import PartialDate
from cadre_desktop.rules.dates import add_months, whole_months
from cadre_desktop.rules.params import ParameterSet

SOURCE = "NĐ 135/2020/NĐ-CP Đ4; BLLĐ 2019 Đ169"


@dataclass(frozen=True)
class Roadmap:
    before_months: int  # the age before the roadmap starts
    start_year: int
    start_months: int
    step_months: int
    final_months: int

    def age_in(self, year: int) -> int:
        if year < self.start_year:
            return self.before_months
        return min(
            self.final_months, self.start_months + self.step_months * (year - self.start_year)
        )


def roadmap(params: ParameterSet, sex: Sex, on: dt.date) -> Roadmap:
    side = "male" if sex == Sex.MALE else "female"

    def whole(name: str) -> int:
        return params.whole(f"retirement.{side}.{name}", on)

    return Roadmap(
        before_months=whole("before_months"),
        start_year=params.whole("retirement.start_year", on),
        start_months=whole("start_months"),
        step_months=whole("step_months"),
        final_months=whole("final_months"),
    )


def retirement_age_months(birth: dt.date, plan: Roadmap) -> int:
    """The age (in months) at which someone born on ``birth`` retires."""
    if add_months(birth, plan.before_months).year < plan.start_year:
        return plan.before_months
    year = plan.start_year
    while True:
        age = plan.age_in(year)
        if add_months(birth, age).year <= year or age == plan.final_months:
            return age
        year += 1


def retirement_day(birth: PartialDate, sex: Sex, params: ParameterSet, on: dt.date) -> dt.date:
    """The first day of retirement.

    A partial birth date is taken at its earliest day: the earliest possible retirement,
    so that a rule needing "enough time left" never passes on a guess.
    """
    born = birth.earliest()
    reached = add_months(born, retirement_age_months(born, roadmap(params, sex, on)))
    return add_months(reached.replace(day=1), 1)


def months_to_retirement(birth: PartialDate, sex: Sex, params: ParameterSet, on: dt.date) -> int:
    return whole_months(on, retirement_day(birth, sex, params, on))
