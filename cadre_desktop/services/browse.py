"""Browsing cadres: the unit tree with counts and the main list, fetched page by page."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from cadre_desktop.domain.enums import PoliticalStandard, Sex
from cadre_desktop.domain.values import PartialDate
from cadre_desktop.services.stores import Store
from cadre_desktop.storage.browse import (
    SORT_COLUMNS,
    ListQuery,
    cadre_page,
    cadres_per_unit,
    count_cadres,
    unit_rows,
)

MANY = 2000  # above this many matches, reading in name order beats sorting the matches
CadreFilter = ListQuery  # what the window builds; storage stays behind this module
__all__ = ["SORT_COLUMNS", "CadreFilter", "CadreRow", "UnitNode", "count", "page", "unit_tree"]


@dataclass(frozen=True)
class CadreRow:
    id: str
    full_name: str
    birth_date: PartialDate
    sex: Sex
    unit: str | None
    position: str | None
    political_standard: PoliticalStandard


@dataclass
class UnitNode:
    id: str
    code: str
    name: str
    own: int  # cadres listed directly under this unit
    abolished: bool = False
    children: list[UnitNode] = field(default_factory=list)

    @property
    def total(self) -> int:
        return self.own + sum(child.total for child in self.children)

    def subtree_ids(self) -> frozenset[str]:
        ids = {self.id}
        for child in self.children:
            ids |= child.subtree_ids()
        return frozenset(ids)


def unit_tree(store: Store) -> list[UnitNode]:
    """The store's units as a forest, each with the number of cadres in its subtree."""
    with store.unit_of_work() as uow:
        counts = cadres_per_unit(uow.session)
        rows = unit_rows(uow.session)
    nodes = {
        row.id: UnitNode(
            row.id, row.code, row.name, counts.get(row.id, 0), row.valid_to is not None
        )
        for row in rows
    }
    roots: list[UnitNode] = []
    for row in rows:
        parent = nodes.get(row.parent_id) if row.parent_id else None
        (parent.children if parent is not None else roots).append(nodes[row.id])
    return roots


def with_age_range(
    query: CadreFilter, youngest: int | None, oldest: int | None, today: dt.date
) -> CadreFilter:
    """Bound the birth date so that the age today lies within [youngest, oldest]."""

    def years_before(years: int) -> dt.date:
        try:
            return today.replace(year=today.year - years)
        except ValueError:  # 29 February
            return today.replace(year=today.year - years, day=28)

    born_before = years_before(youngest).isoformat() if youngest is not None else None
    born_after = None
    if oldest is not None:
        born_after = (years_before(oldest + 1) + dt.timedelta(days=1)).isoformat()
    return replace(query, born_before=born_before, born_after=born_after)


def count(store: Store, query: CadreFilter) -> int:
    with store.unit_of_work() as uow:
        return count_cadres(uow.session, query)


def page(
    store: Store, query: CadreFilter, offset: int, limit: int, total: int | None = None
) -> list[CadreRow]:
    """One page of the list; ``total`` (the count, when known) picks the faster plan."""
    many = total is not None and total > MANY
    with store.unit_of_work() as uow:
        rows = cadre_page(uow.session, query, offset, limit, many)
    return [
        CadreRow(
            id=row.id,
            full_name=" ".join(p for p in (row.family_name, row.middle_name, row.given_name) if p),
            birth_date=row.birth_date,
            sex=row.sex,
            unit=row.unit,
            position=row.current_position,
            political_standard=row.political_standard,
        )
        for row in rows
    ]
