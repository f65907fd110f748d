"""The plain facts the indicators of one year and unit subtree read, each read once and only
when an indicator needs it (the dashboard computes every indicator of a set together)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from dataclasses import dataclass
from functools import cached_property
from typing import Any, NamedTuple

from cadre_desktop.domain.catalogs import Catalogs
from cadre_desktop.domain.model import Cadre
from cadre_desktop.domain.values import PartialDate
from cadre_desktop.rules.params import ParameterSet
from cadre_desktop.storage import targets as q
from cadre_desktop.storage.personnel import localities, term_ends
from cadre_desktop.storage.uow import UnitOfWork


def day(text: str | None) -> PartialDate | None:
    return PartialDate.parse_iso(text) if text else None


def covers(start: str | None, end: str | None, on: dt.date) -> bool:
    """A dated line (ISO partial dates) is in force on ``on``: begun, and not certainly ended."""
    begun = day(start)
    ended = day(end)
    return (begun is None or begun.earliest() <= on) and (ended is None or ended.latest() >= on)


class Person(NamedTuple):
    """An active cadre, as the indicators see them (one per dossier: a tuple, kept light)."""

    id: str
    sex: str
    birth: str  # ISO partial date, parsed only where an age is needed
    ethnicity: str
    religion: str | None
    education: str | None
    theory: str | None
    state_management: str | None
    party: bool
    unit_id: str | None


@dataclass(frozen=True)
class Line:
    """A work-history line in force on the reference date."""

    id: str
    title_code: str
    unit_id: str | None
    start: PartialDate


class Yearly(NamedTuple):
    rating: str | None
    final: bool
    commitment: bool


class Facts:
    """What the store says about the cadres on the reference date of a year."""

    def __init__(
        self,
        uow: UnitOfWork,
        catalogs: Catalogs,
        params: ParameterSet,
        *,
        year: int,
        on: dt.date,
        since: dt.date,
        unit_ids: frozenset[str] | None,
        holder_titles: frozenset[str] = frozenset(),
    ) -> None:
        self.uow, self.catalogs, self.params = uow, catalogs, params
        self.year, self.on, self.since = year, on, since
        self.unit_ids = unit_ids
        self.holder_titles = holder_titles  # every title a population of the set names
        self._holders: dict[frozenset[str], dict[str, list[Line]]] = {}

    @property
    def session(self) -> Any:
        return self.uow.session

    def in_scope(self, unit_id: str | None) -> bool:
        return self.unit_ids is None or unit_id in self.unit_ids

    @cached_property
    def people(self) -> dict[str, Person]:
        """Every active cadre (in or out of the subtree: a holder is placed by the post)."""
        return {
            row.id: Person(
                row.id,
                row.sex,
                row.birth_date,
                row.ethnicity,
                row.religion,
                row.education_level,
                row.political_theory,
                row.state_management,
                row.party_join_date is not None,
                row.unit_id,
            )
            for row in q.scope_cadres(self.session, None)
        }

    @cached_property
    def _scope(self) -> list[str]:
        return [p.id for p in self.people.values() if self.in_scope(p.unit_id)]

    def scope(self) -> list[str]:
        return self._scope

    @cached_property
    def _lines(self) -> dict[str, list[tuple[str, Line]]]:
        """Title → (cadre, line) for every line of the set's titles in force on the day."""
        found: dict[str, list[tuple[str, Line]]] = {}
        for row in q.postings_holding(self.session, self.holder_titles, self.on.isoformat()):
            person = self.people.get(row.cadre_id)
            if person is None or not covers(row.start, row.end, self.on):
                continue
            if not self.in_scope(row.unit_id or person.unit_id):
                continue
            line = Line(row.id, row.title_code, row.unit_id, PartialDate.parse_iso(row.start))
            found.setdefault(row.title_code, []).append((row.cadre_id, line))
        return found

    def holders(self, titles: frozenset[str]) -> dict[str, list[Line]]:
        """Cadre → the lines with one of the titles held on the reference date in the subtree."""
        if titles not in self._holders:
            if not titles <= self.holder_titles:  # a title the set did not announce
                self.holder_titles = self.holder_titles | titles
                self.__dict__.pop("_lines", None)
            found: dict[str, list[Line]] = {}
            for title in sorted(titles):
                for cadre_id, line in self._lines.get(title, []):
                    found.setdefault(cadre_id, []).append(line)
            self._holders[titles] = found
        return self._holders[titles]

    def planned(self, titles: frozenset[str] | None) -> dict[str, list[str]]:
        """Cadre in the subtree → the titles they are planned for on the reference date."""
        found: dict[str, list[str]] = {}
        for row in self.planning:
            person = self.people.get(row.cadre_id)
            if person is None or not self.in_scope(person.unit_id):
                continue
            if titles is not None and row.title_code not in titles:
                continue
            begun = day(row.start)
            ended = day(row.end)
            if (begun is None or begun.earliest() <= self.on) and (
                ended is None or ended.earliest() > self.on
            ):
                found.setdefault(row.cadre_id, []).append(row.title_code)
        return found

    @cached_property
    def planning(self) -> list[Any]:
        return list(q.planning_entries(self.session))

    @cached_property
    def yearly(self) -> dict[str, Yearly]:
        """Cadre → the yearly evaluation standing for the year (its latest revision)."""
        latest: dict[str, Any] = {}
        for row in q.yearly_ratings(self.session, self.year):
            if row.cadre_id not in latest or row.revision > latest[row.cadre_id].revision:
                latest[row.cadre_id] = row
        return {
            cadre_id: Yearly(row.rating, row.status == "final", bool(row.commitment_signed))
            for cadre_id, row in latest.items()
        }

    def trainings(self, kinds: Collection[str], ids: Collection[str]) -> dict[str, list[Any]]:
        """Cadre → training lines of the kinds begun by the reference date."""
        chosen = None if len(ids) > 2000 else ids  # many people: one pass over the table
        found: dict[str, list[Any]] = {}
        iso = self.on.isoformat()
        for row in q.trainings_of_kinds(self.session, kinds, chosen):
            if row.start is None or row.start <= iso:
                found.setdefault(row.cadre_id, []).append(row)
        return found

    def enrolled(self, kinds: Collection[str], ids: Collection[str]) -> dict[str, list[Any]]:
        """Cadre → courses they are assigned to and have not finished (training plans)."""
        found: dict[str, list[Any]] = {}
        for row in q.enrolled(self.session, kinds, ids):
            found.setdefault(row.cadre_id, []).append(row)
        return found

    def trained_since(self, kinds: Collection[str] | None) -> set[str]:
        return q.trained_since(self.session, self.since.isoformat(), kinds)

    def titles_held(self, titles: frozenset[str], ids: Collection[str]) -> dict[str, list[Any]]:
        """Cadre → lines (any time up to the reference date) with one of the titles."""
        found: dict[str, list[Any]] = {}
        for row in q.postings_with_titles(self.session, titles, ids):
            if PartialDate.parse_iso(row.start).earliest() <= self.on:
                found.setdefault(row.cadre_id, []).append(row)
        return found

    def postings(self, ids: Collection[str]) -> dict[str, list[Any]]:
        found: dict[str, list[Any]] = {}
        for row in q.postings_of(self.session, ids):
            found.setdefault(row.cadre_id, []).append(row)
        return found

    @cached_property
    def rotations(self) -> dict[str, list[Any]]:
        """Cadre → rotations moved between the first day of the set and the reference date."""
        found: dict[str, list[Any]] = {}
        for row in q.rotations_moved(self.session, self.since.isoformat()):
            if PartialDate.parse_iso(row.start).earliest() <= self.on:
                found.setdefault(row.cadre_id, []).append(row)
        return found

    @cached_property
    def term_ends(self) -> dict[str, dt.date]:
        return term_ends(self.session)

    @cached_property
    def localities(self) -> dict[str, str]:
        return localities(self.session)

    def dossiers(self, ids: Collection[str]) -> dict[str, Cadre]:
        """Dossiers with their work history, for the few cadres the locality rule judges."""
        return {cadre.id: cadre for cadre in q.with_postings(self.session, ids)}
