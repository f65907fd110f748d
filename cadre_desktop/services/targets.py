"""The targets dashboard: each indicator of the set in force, for a year and a unit subtree,
as value / target / gap with a colour, and the cadres behind the number (who is missing what).

The reference date of a year is its last day (today, for the year under way). Populations are
the active dossiers of the store; a holder belongs to the subtree of the unit of the post held
on that day, everybody else to the unit they are listed under.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

from cadre_desktop.domain.values import PartialDate
from cadre_desktop.errors import UsageError
from cadre_desktop.i18n import N_
from cadre_desktop.services import target_library as lib
from cadre_desktop.services.rule_params import parameters
from cadre_desktop.services.stores import Store
from cadre_desktop.services.target_conditions import JUDGES, Outcome, note_text
from cadre_desktop.services.target_facts import Facts
from cadre_desktop.services.target_sets import IndicatorDef, TargetSetDef, checked, set_for_year
from cadre_desktop.services.unit_scope import Scope, scope_of
from cadre_desktop.storage import targets as q

AMBER_POINTS = Fraction(10)  # a share within 10 points of its target is "nearly there"


@dataclass(frozen=True)
class Member:
    """A cadre behind a number: counted or not, and why."""

    cadre_id: str
    counted: bool
    msgid: str
    args: dict[str, Any]

    def note(self) -> str:
        return note_text(self.msgid, self.args)


@dataclass(frozen=True)
class IndicatorResult:
    indicator: IndicatorDef
    numerator: int
    denominator: int
    value: Fraction | None  # a share in percent, or a number; None when nobody is counted
    met: bool | None
    gap: Fraction | None  # value minus the nearest bound of the target; 0 within a range
    colour: str  # green | amber | red | grey
    ids: tuple[str, ...]
    outcomes: dict[str, Outcome]

    @property
    def members(self) -> list[Member]:
        return [Member(i, *self.outcomes[i]) for i in self.ids]

    @property
    def missing(self) -> list[Member]:
        """Who keeps a share below its target (not counted), or makes a number (counted)."""
        if self.indicator.kind == "share":
            return [m for m in self.members if not m.counted]
        return [m for m in self.members if m.counted]

    def as_json(self, details: bool = False) -> dict[str, Any]:
        i = self.indicator
        found: dict[str, Any] = {
            "number": i.number, "code": i.code, "indicator": i.wording, "kind": i.kind,
            "comparison": i.comparison, "target": fraction_text(i.low),
            "target_high": fraction_text(i.high) if i.high is not None else None,
            "value": fraction_text(self.value) if self.value is not None else None,
            "gap": fraction_text(self.gap) if self.gap is not None else None,
            "numerator": self.numerator, "denominator": self.denominator,
            "met": self.met, "colour": self.colour, "legal_basis": i.legal_basis,
        }  # fmt: skip
        if details:
            found["cadres"] = [
                {"cadre": m.cadre_id, "counted": m.counted, "note": m.note()} for m in self.members
            ]
        return found


@dataclass(frozen=True)
class Dashboard:
    target_set: TargetSetDef
    year: int
    on: dt.date
    scope: Scope
    results: tuple[IndicatorResult, ...]

    def as_json(self, details: bool = False) -> dict[str, Any]:
        s = self.target_set
        return {
            "set": s.code, "revision": s.revision, "title": s.title, "legal_basis": s.legal_basis,
            "year": self.year, "reference_date": self.on.isoformat(),
            "unit": self.scope.code, "unit_name": self.scope.name,
            "indicators": [r.as_json(details) for r in self.results],
        }  # fmt: skip


def fraction_text(value: Fraction | None) -> str:
    """ "33.3" for 100/3, "30" for 30: one decimal, the JSON and table form of a figure."""
    if value is None:
        return ""
    rounded = round(value * 10) / 10
    text = f"{float(rounded):.1f}"
    return text[:-2] if text.endswith(".0") else text


def reference_day(year: int, today: dt.date) -> dt.date:
    if year > today.year:
        raise UsageError("The year {year} has not begun; choose an earlier year.", year=year)
    return min(dt.date(year, 12, 31), today)


def compute(
    store: Store,
    year: int,
    unit_code: str | None = None,
    set_code: str | None = None,
    today: dt.date | None = None,
) -> Dashboard:
    """Every indicator of the set in force for ``year`` over the unit subtree."""
    on = reference_day(year, today or dt.date.today())
    catalogs = store.catalogs()
    definition = checked(set_for_year(store, year, set_code), catalogs)  # parameters typed
    with store.unit_of_work() as uow:
        scope = scope_of(uow, unit_code)
        facts = Facts(
            uow, catalogs, parameters(uow), year=year, on=on,
            since=dt.date(definition.start_year, 1, 1), unit_ids=scope.unit_ids,
            holder_titles=holder_titles(definition),
        )  # fmt: skip
        results = tuple(_result(facts, indicator) for indicator in definition.indicators)
    return Dashboard(definition, year, on, scope, results)


def holder_titles(definition: TargetSetDef) -> frozenset[str]:
    """Every title the set's populations name, read from the work history in one pass."""
    found: set[str] = set()
    for indicator in definition.indicators:
        if indicator.population == "holders":
            found |= lib.expand_titles(indicator.params.get("titles") or [])
    return frozenset(found)


def _population(facts: Facts, indicator: IndicatorDef) -> tuple[list[str], dict[str, Any]]:
    params = indicator.params
    titles = params.get("titles")
    if indicator.population == "holders":
        valid = frozenset(
            code
            for code in lib.expand_titles(titles or [])
            if (item := facts.catalogs.get("title", code)) is not None and item.valid_on(facts.on)
        )  # a title abolished or not yet created on the day (district/commune) holds nobody
        holders = facts.holders(valid)
        return sorted(holders), holders
    if indicator.population == "planned":
        chosen = lib.expand_titles(titles) if titles else None
        return sorted(facts.planned(chosen)), {}
    return facts.scope(), {}


def _result(facts: Facts, indicator: IndicatorDef) -> IndicatorResult:
    ids, holders = _population(facts, indicator)
    outcomes: dict[str, Outcome] = JUDGES[indicator.condition](
        facts, ids, dict(indicator.params), holders
    )
    counted = sum(1 for i in ids if outcomes[i].met)
    value: Fraction | None
    if indicator.kind == "share":
        value = Fraction(100 * counted, len(ids)) if ids else None
    else:
        value = Fraction(counted)
    met, gap, colour = judge(indicator, value)
    return IndicatorResult(
        indicator, counted, len(ids), value, met, gap, colour, tuple(ids), outcomes
    )


def judge(
    indicator: IndicatorDef, value: Fraction | None
) -> tuple[bool | None, Fraction | None, str]:
    """Met or not, the gap to the target, and the colour the dashboard shows."""
    if value is None:
        return None, None, "grey"
    low, high = indicator.low, indicator.high
    if indicator.comparison == ">=" or indicator.comparison == "<=":
        gap = value - low
    else:
        upper = high if high is not None else low
        gap = value - low if value < low else (value - upper if value > upper else Fraction(0))
    met = (
        gap == 0
        if indicator.comparison == "between"
        else (gap >= 0 if indicator.comparison == ">=" else gap <= 0)
    )
    if met:
        return True, gap, "green"
    margin = AMBER_POINTS if indicator.kind == "share" else max(Fraction(1), low / 10)
    return False, gap, "amber" if abs(gap) <= margin else "red"


@dataclass(frozen=True)
class BehindRow:
    """A cadre behind a number, as the drill-down list and the exported sheet show them."""

    cadre_id: str
    name: str
    birth: PartialDate
    post: str
    unit: str
    counted: bool
    note: str


def behind(store: Store, result: IndicatorResult, only_missing: bool = True) -> list[BehindRow]:
    """Who is missing what (or, for a number, who makes it), in Vietnamese name order."""
    members = result.missing if only_missing else result.members
    with store.unit_of_work() as uow:
        people = q.people(uow.session, {m.cadre_id for m in members})
    members.sort(key=lambda m: people[m.cadre_id].sort_key)
    return [
        BehindRow(
            m.cadre_id,
            " ".join(p for p in (row.family_name, row.middle_name, row.given_name) if p),
            PartialDate.parse_iso(row.birth_date),
            row.current_position or "",
            row.unit or "",
            m.counted,
            m.note(),
        )
        for m in members
        if (row := people[m.cadre_id]) is not None
    ]


STATUS_TEXT = {
    "green": N_("met"),
    "amber": N_("nearly met"),
    "red": N_("not met"),
    "grey": N_("no one to count"),
}
