"""Queries behind the main list: counts per unit, and one page of cadres by filter and order."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    String,
    column,
    exists,
    func,
    literal_column,
    select,
    table,
    text,
    type_coerce,
)
from sqlalchemy.orm import Session, aliased

from cadre_desktop.domain.enums import Sex
from cadre_desktop.domain.model import Cadre, Decision, PlanningEntry, Proposal, Unit
from cadre_desktop.domain.personnel import ProposalStatus
from cadre_desktop.storage.search import match_expression

# The list's columns and what each sorts by; the name column sorts the Vietnamese way.
SORT_COLUMNS = ("name", "birth_date", "sex", "unit", "position", "political_standard")
INDEXED_SORTS = ("name", "birth_date")  # orders an index serves (migration 0007)


@dataclass(frozen=True)
class ListQuery:
    """Which cadres the list shows, and in what order."""

    text: str = ""
    unit_ids: frozenset[str] | None = None  # a unit subtree; None means every unit
    sex: Sex | None = None
    born_after: str | None = None  # ISO partial dates bounding the birth date (age range)
    born_before: str | None = None
    party_member: bool | None = None
    political_theory: str | None = None
    planned: bool | None = None
    proposed: bool | None = None  # an open appointment, reappointment or nomination proposal
    appointed_on: str | None = None  # ISO date: holds a post by a decision whose term runs then
    sort: str = "name"
    descending: bool = False


def _placed_unit() -> Any:
    """Where a cadre is listed: the unit of the current post, else the managing unit."""
    return func.coalesce(Cadre.current_unit_id, Cadre.managing_unit_id)


def _filtered(statement: Any, query: ListQuery, in_index_order: bool = False) -> Any:
    """Apply every filter; None when the search text cannot match anything."""
    if query.text.strip():
        expression = match_expression(query.text)
        if expression is None:
            return None
        index = table("cadre_search", column("rowid"))
        matching = (
            select(index.c.rowid)
            .select_from(index)
            .where(text("cadre_search MATCH :q").bindparams(q=expression))
        )
        # Many matches: walk the order's index and stop after a page (+ 0 keeps SQLite from
        # looking each match up instead, then sorting them all).
        rowid = Cadre.search_rowid + literal_column("0") if in_index_order else Cadre.search_rowid
        statement = statement.where(rowid.in_(matching))
    if query.unit_ids is not None:
        statement = statement.where(_placed_unit().in_(sorted(query.unit_ids)))
    if query.sex is not None:
        statement = statement.where(Cadre.sex == query.sex)
    birth_text = type_coerce(Cadre.birth_date, String)  # ISO text, which sorts as dates do
    if query.born_after is not None:
        statement = statement.where(birth_text >= query.born_after)
    if query.born_before is not None:
        statement = statement.where(birth_text <= query.born_before)
    if query.party_member is not None:
        joined = Cadre.party_join_date.is_not(None)
        statement = statement.where(joined if query.party_member else ~joined)
    if query.political_theory is not None:
        statement = statement.where(Cadre.political_theory == query.political_theory)
    if query.planned is not None:
        open_entry = exists().where(PlanningEntry.cadre_id == Cadre.id, PlanningEntry.end.is_(None))
        statement = statement.where(open_entry if query.planned else ~open_entry)
    if query.proposed is not None:
        open_proposal = exists().where(
            Proposal.cadre_id == Cadre.id, Proposal.status == ProposalStatus.OPEN
        )
        statement = statement.where(open_proposal if query.proposed else ~open_proposal)
    if query.appointed_on is not None:
        statement = statement.where(_appointed(query.appointed_on))
    return statement


def _appointed(on: str) -> Any:
    """An appointment, reappointment or extension in force on ``on`` (ISO dates sort as text)."""
    effective = type_coerce(Decision.effective, String)
    ends = type_coerce(Decision.term_end, String)
    return exists().where(
        Decision.cadre_id == Cadre.id,
        Decision.kind.in_(APPOINTING_KINDS),
        effective <= on,
        (Decision.term_end.is_(None)) | (ends >= on),
    )


APPOINTING_KINDS = ("appoint", "reappoint", "extend")


def count_cadres(session: Session, query: ListQuery) -> int:
    statement = _filtered(select(func.count()).select_from(Cadre), query)
    return 0 if statement is None else int(session.execute(statement).scalar_one())


def cadre_page(
    session: Session, query: ListQuery, offset: int, limit: int, many: bool = False
) -> list[Any]:
    """Rows ``offset`` … ``offset + limit`` of the list; ``many`` when most cadres match."""
    unit = aliased(Unit)
    statement = select(
        Cadre.id,
        Cadre.family_name,
        Cadre.middle_name,
        Cadre.given_name,
        Cadre.birth_date,
        Cadre.sex,
        unit.name.label("unit"),
        Cadre.current_position,
        Cadre.political_standard,
    ).outerjoin(unit, unit.id == _placed_unit())
    filtered = _filtered(statement, query, in_index_order=many and query.sort in INDEXED_SORTS)
    if filtered is None:
        return []
    key = {
        "name": Cadre.sort_key,
        "birth_date": Cadre.birth_date,
        "sex": Cadre.sex,
        "unit": unit.name,
        "position": Cadre.current_position,
        "political_standard": Cadre.political_standard,
    }.get(query.sort, Cadre.sort_key)
    # Every column one way, so the name and birth-date indexes serve these orders.
    by = (Cadre.sort_key, Cadre.id) if key is Cadre.sort_key else (key, Cadre.sort_key, Cadre.id)
    ordered = filtered.order_by(*(c.desc() if query.descending else c.asc() for c in by))
    return list(session.execute(ordered.offset(offset).limit(limit)).all())


def cadres_per_unit(session: Session) -> dict[str, int]:
    """Unit id → how many cadres are listed directly under it."""
    placed = _placed_unit().label("unit_id")
    rows = session.execute(select(placed, func.count()).group_by(placed))
    return {row[0]: int(row[1]) for row in rows}


def unit_rows(session: Session) -> Sequence[Any]:
    return session.execute(
        select(Unit.id, Unit.code, Unit.name, Unit.parent_id, Unit.valid_to).order_by(
            Unit.seq, Unit.name
        )
    ).all()
