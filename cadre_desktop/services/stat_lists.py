"""The lists of the statistics: who retires within 24 months, whose salary step falls due
within 12 months (or is overdue), and how far each planned title is covered."""

from __future__ import annotations

import csv
import datetime as dt
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from cadre_desktop.domain.enums import Sex
from cadre_desktop.domain.values import PartialDate
from cadre_desktop.i18n import N_, gettext
from cadre_desktop.paths import resources_dir
from cadre_desktop.rules.dates import add_months
from cadre_desktop.rules.params import Parameter, ParameterSet
from cadre_desktop.rules.retirement import retirement_day
from cadre_desktop.services.stores import Store
from cadre_desktop.services.target_facts import Facts, Person
from cadre_desktop.storage import targets as q
from cadre_desktop.storage.uow import UnitOfWork

RETIREMENT_MONTHS = 24
SALARY_MONTHS = 12


@dataclass(frozen=True)
class ListTable:
    key: str
    title: str  # translated
    columns: tuple[str, ...]  # translated headers
    rows: tuple[tuple[Any, ...], ...]  # str, int, float or dt.date values
    cadre_ids: tuple[str | None, ...] = field(default=())

    def as_json(self) -> dict[str, Any]:
        def plain(value: Any) -> Any:
            return value.isoformat() if isinstance(value, dt.date) else value

        return {
            "key": self.key,
            "title": self.title,
            "columns": list(self.columns),
            "rows": [[plain(v) for v in row] for row in self.rows],
            "cadres": list(self.cadre_ids),
        }


@cache
def salary_parameters() -> ParameterSet:
    """How often a salary step is due, by salary group (resources/rules/salary) [R]."""
    path = resources_dir() / "rules" / "salary" / "parameters.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        return ParameterSet(Parameter.from_row(row) for row in csv.DictReader(handle))


def _name(row: Any) -> str:
    return " ".join(p for p in (row.family_name, row.middle_name, row.given_name) if p)


def step_due(row: Any, store: Store, day: dt.date) -> dt.date | None:
    """When the next step (or beyond-the-frame percentage) of an open salary line falls due."""
    catalogs, params = store.catalogs(), salary_parameters()
    rank = catalogs.get("civil_service_rank", row.rank_code) if row.rank_code else None
    group = str(rank.extra.get("salary_group") or "") if rank else ""
    scale = catalogs.get("salary_scale", group) if group else None
    if scale is None or row.step is None:
        return None
    letter = "CGCC" if group == "CGCC" else group[:1]
    if int(row.step) < int(scale.extra.get("steps") or 0):
        months = params.whole(f"salary.step_months.{letter}", day)
    elif row.beyond_frame_percent is None:
        months = params.whole("salary.beyond_frame_first_months", day)
    else:
        months = params.whole("salary.beyond_frame_next_months", day)
    return add_months(PartialDate.parse_iso(row.start).earliest(), months)


def lists(
    uow: UnitOfWork, store: Store, facts: Facts, people: list[Person],
    salary: dict[str, Any], params: ParameterSet, day: dt.date,
) -> tuple[ListTable, ...]:  # fmt: skip
    horizon = add_months(day, RETIREMENT_MONTHS)
    retiring: list[tuple[dt.date, str]] = []
    for person in people:
        born = PartialDate.parse_iso(person.birth)
        if born.year > day.year - 52:  # nobody retires before 55 (DOMAIN.md §11)
            continue
        leaves = retirement_day(born, Sex(person.sex), params, day)
        if day <= leaves < horizon:
            retiring.append((leaves, person.id))
    due: list[tuple[dt.date, str]] = []
    for cadre_id, row in salary.items():
        when = step_due(row, store, day)
        if when is not None and when <= add_months(day, SALARY_MONTHS):
            due.append((when, cadre_id))
    names = q.people(uow.session, {i for _d, i in retiring} | {i for _d, i in due})
    soon = add_months(day, 12)
    retire_rows = [
        (_name(names[i]), PartialDate.parse_iso(names[i].birth_date).earliest(),
         gettext("Female") if names[i].sex == "F" else gettext("Male"),
         names[i].current_position or "", names[i].unit or "", leaves,
         gettext(N_("yes")) if leaves < soon else "")
        for leaves, i in sorted(retiring)
    ]  # fmt: skip
    catalogs = store.catalogs()
    salary_rows = [
        (_name(names[i]), catalogs.label("civil_service_rank", salary[i].rank_code) or "",
         int(salary[i].step), PartialDate.parse_iso(salary[i].start).earliest(), when,
         gettext(N_("overdue")) if when < day else "")
        for when, i in sorted(due)
    ]  # fmt: skip
    return (
        ListTable(
            "retirement", gettext(N_("Retirement within 24 months")),
            tuple(gettext(c) for c in (N_("Full name"), N_("Date of birth"), N_("Sex"),
                  N_("Post"), N_("Unit"), N_("Retires on"), N_("Within 12 months"))),
            tuple(retire_rows), tuple(i for _d, i in sorted(retiring)),
        ),
        ListTable(
            "salary", gettext(N_("Salary steps due within 12 months")),
            tuple(gettext(c) for c in (N_("Full name"), N_("Civil-service rank"), N_("Step"),
                  N_("Since"), N_("Next step due"), N_("Overdue"))),
            tuple(salary_rows), tuple(i for _d, i in sorted(due)),
        ),
        planning_coverage(uow, store, facts, day),
    )  # fmt: skip


def planning_coverage(uow: UnitOfWork, store: Store, facts: Facts, day: dt.date) -> ListTable:
    """Per title planned in a term under way: seats, people planned (in the unit), coverage."""
    catalogs = store.catalogs()
    planned = facts.planned(None)
    groups: dict[tuple[str, str], list[str]] = {}
    for row in facts.planning:
        if row.cadre_id in planned and row.title_code in planned[row.cadre_id]:
            groups.setdefault((row.term_code, row.title_code), []).append(row.group)
    rows = []
    for title in q.planned_titles(uow.session):
        if not title.start_year <= day.year <= title.end_year:
            continue
        entries = groups.get((title.term_code, title.title_code), [])
        coverage = round(100 * len(entries) / title.seats, 1) if title.seats else 0.0
        rows.append(
            (title.term_code, catalogs.label("title", title.title_code) or title.title_code,
             int(title.seats), len(entries), coverage, entries.count("1"), entries.count("2"))
        )  # fmt: skip
    columns = (N_("Planning term"), N_("Title"), N_("Seats"), N_("Planned"),
               N_("Planned per seat (%)"), N_("Group 1"), N_("Group 2"))  # fmt: skip
    return ListTable(
        "planning", gettext(N_("Planning coverage per title")),
        tuple(gettext(c) for c in columns), tuple(rows), tuple(None for _r in rows),
    )  # fmt: skip
