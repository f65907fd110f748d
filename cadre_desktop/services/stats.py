"""Statutory statistics of the cadre contingent by unit: quantity and quality tables (one row
per sub-unit, one column per category), and the lists of retirements, salary steps due and
planning coverage per title, on a chosen day."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from cadre_desktop.domain.catalogs import Catalogs
from cadre_desktop.domain.values import PartialDate
from cadre_desktop.i18n import N_, gettext
from cadre_desktop.rules.dates import whole_months
from cadre_desktop.services import stat_lists
from cadre_desktop.services.rule_params import parameters
from cadre_desktop.services.stores import Store
from cadre_desktop.services.target_facts import Facts, Person
from cadre_desktop.services.unit_scope import Scope, scope_of
from cadre_desktop.storage import targets as q

NONE = N_("Not recorded")
COMMUNICATIVE, BELOW = N_("Communicative level or above"), N_("Below a communicative level")
MEMBERS, NOT_MEMBERS = N_("Party members"), N_("Not members")
# Age bands of the statistical reports on cadres (MoHA report forms) [R]: ≤ 30, then by decade.
AGE_BANDS = ((30, N_("30 or under")), (40, N_("31 to 40")), (50, N_("41 to 50")),
             (60, N_("51 to 60")), (200, N_("over 60")))  # fmt: skip


@dataclass(frozen=True)
class StatTable:
    key: str
    title: str  # translated
    columns: tuple[str, ...]
    rows: tuple[tuple[str, tuple[int, ...]], ...]  # (unit, count per column)

    @property
    def total(self) -> tuple[int, ...]:
        return tuple(sum(row[1][i] for row in self.rows) for i in range(len(self.columns)))

    def as_json(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "title": self.title,
            "columns": list(self.columns),
            "rows": [{"unit": unit, "counts": list(counts)} for unit, counts in self.rows],
            "total": list(self.total),
        }


@dataclass(frozen=True)
class Statistics:
    on: dt.date
    scope: Scope
    tables: tuple[StatTable, ...]
    lists: tuple[stat_lists.ListTable, ...]

    def as_json(self) -> dict[str, Any]:
        return {
            "date": self.on.isoformat(),
            "unit": self.scope.code,
            "unit_name": self.scope.name,
            "tables": [t.as_json() for t in self.tables],
            "lists": [t.as_json() for t in self.lists],
        }


def _best(catalogs: Catalogs, catalog: str, codes: list[str | None]) -> str | None:
    """The highest-ranked code of a catalog among ``codes`` (summary field, training rows)."""
    ranked = []
    for code in codes:
        item = catalogs.get(catalog, code) if code else None
        if item is not None:
            ranked.append((int(item.extra.get("rank") or 0), item.code))
    return max(ranked)[1] if ranked else None


def _levels(catalogs: Catalogs, catalog: str) -> list[str]:
    """A catalog's labels, highest rank first, then "not recorded"."""
    items = sorted(catalogs.items(catalog), key=lambda i: -int(i.extra.get("rank") or 0))
    return [i.label for i in items] + [gettext(NONE)]


@dataclass(frozen=True)
class Dimension:
    key: str
    title: str  # msgid
    category: Callable[[Person], str]  # the person's column (translated)
    order: tuple[str, ...] = ()  # fixed columns; empty: those found, the most common first


class _Categories:
    """Which column of each table a cadre falls in, on the day counted."""

    def __init__(self, facts: Facts, ids: list[str], salary: dict[str, Any], day: dt.date) -> None:
        self.catalogs, self.day, self.salary = facts.catalogs, day, salary
        self.theory = facts.trainings(("political_theory",), ids)
        self.management = facts.trainings(("state_management",), ids)
        self.languages = facts.trainings(("language",), ids)

    def label(self, catalog: str, code: str | None) -> str:
        item = self.catalogs.get(catalog, code) if code else None
        return item.label if item else gettext(NONE)

    def age(self, p: Person) -> str:
        age = whole_months(PartialDate.parse_iso(p.birth).earliest(), self.day) // 12
        return gettext(next(label for limit, label in AGE_BANDS if age <= limit))

    def sex(self, p: Person) -> str:
        return gettext("Female") if p.sex == "F" else gettext("Male")

    def theory_level(self, p: Person) -> str:
        codes = [p.theory] + [r.level for r in self.theory.get(p.id, [])]
        return self.label(
            "political_theory_level", _best(self.catalogs, "political_theory_level", codes)
        )

    def management_level(self, p: Person) -> str:
        codes = [p.state_management] + [r.level for r in self.management.get(p.id, [])]
        catalog = "state_management_level"
        return self.label(catalog, _best(self.catalogs, catalog, codes))

    def language(self, p: Person) -> str:
        rows = self.languages.get(p.id, [])
        levels = [self.catalogs.get("foreign_language_level", r.level) for r in rows if r.level]
        if any(item is not None and item.extra.get("communicative") == 1 for item in levels):
            return gettext(COMMUNICATIVE)
        return gettext(BELOW) if levels else gettext(NONE)

    def party(self, p: Person) -> str:
        return gettext(MEMBERS) if p.party else gettext(NOT_MEMBERS)

    def rank(self, p: Person) -> str:
        row = self.salary.get(p.id)
        return self.label("civil_service_rank", row.rank_code if row is not None else None)

    def dimensions(self) -> list[Dimension]:
        c = self.catalogs
        return [
            Dimension("age", N_("Age"), self.age, tuple(gettext(b[1]) for b in AGE_BANDS)),
            Dimension("sex", N_("Sex"), self.sex, (gettext("Male"), gettext("Female"))),
            Dimension("ethnicity", N_("Ethnicity"), lambda p: self.label("ethnicity", p.ethnicity)),
            Dimension("religion", N_("Religion"), lambda p: self.label("religion", p.religion)),
            Dimension(
                "education", N_("Professional qualification"),
                lambda p: self.label("education_level", p.education),
                tuple(_levels(c, "education_level")),
            ),
            Dimension(
                "political_theory", N_("Political theory"), self.theory_level,
                tuple(_levels(c, "political_theory_level")),
            ),
            Dimension(
                "state_management", N_("State management"), self.management_level,
                tuple(_levels(c, "state_management_level")),
            ),
            Dimension(
                "language", N_("Foreign languages"), self.language,
                (gettext(COMMUNICATIVE), gettext(BELOW), gettext(NONE)),
            ),
            Dimension("party", N_("Party membership"), self.party,
                      (gettext(MEMBERS), gettext(NOT_MEMBERS))),
            Dimension("rank", N_("Civil-service rank"), self.rank),
        ]  # fmt: skip


def statistics(store: Store, unit_code: str | None = None, on: dt.date | None = None) -> Statistics:
    """Every table and list for the unit subtree (the whole store when None) on ``on``."""
    day = on or dt.date.today()
    catalogs = store.catalogs()
    with store.unit_of_work() as uow:
        scope = scope_of(uow, unit_code, store.unit_name)
        params = parameters(uow)
        facts = Facts(
            uow, catalogs, params, year=day.year, on=day, since=day, unit_ids=scope.unit_ids
        )
        ids = facts.scope()
        people = [facts.people[i] for i in ids]
        salary = {row.cadre_id: row for row in q.current_salary_steps(uow.session, scope.unit_ids)}
        categories = _Categories(facts, ids, salary, day)
        lists = stat_lists.lists(uow, store, facts, people, salary, params, day)
    tables = [_table(d, people, scope) for d in categories.dimensions()]
    return Statistics(day, scope, tuple(tables), lists)


def _table(dimension: Dimension, people: list[Person], scope: Scope) -> StatTable:
    found = [dimension.category(p) for p in people]
    columns = list(dimension.order)
    columns += [label for label, _n in Counter(found).most_common() if label not in columns]
    index = {label: i for i, label in enumerate(columns)}
    part_of = {unit: part.name for part in scope.parts for unit in part.unit_ids}
    counts: dict[str, list[int]] = {part.name: [0] * len(columns) for part in scope.parts}
    for person, label in zip(people, found, strict=True):
        row = counts.setdefault(part_of.get(person.unit_id or "", scope.name), [0] * len(columns))
        row[index[label]] += 1
    rows = tuple((name, tuple(values)) for name, values in counts.items() if any(values))
    return StatTable(dimension.key, gettext(dimension.title), tuple(columns), rows)
