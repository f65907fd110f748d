"""Read queries behind the Excel export of a filtered list: the ids in list order, the chosen
dossier columns, each cadre's open work-history lines and language certificates."""

from __future__ import annotations

from collections.abc import Collection, Iterator, Sequence
from typing import Any

from sqlalchemy import String, select, type_coerce
from sqlalchemy.orm import Session

from cadre_desktop.domain.model import Cadre, Posting, Training, Unit
from cadre_desktop.storage.browse import ListQuery, _filtered, cadre_page, count_cadres

CHUNK = 500
CADRE_COLUMNS = (
    "family_name", "middle_name", "given_name", "birth_date", "sex", "id_number", "ethnicity",
    "religion", "home_town", "birth_place", "permanent_address", "current_address", "phone",
    "email", "managing_unit_id", "party_join_date", "party_official_date", "recruitment_date",
    "education_level", "education_major", "political_theory", "state_management", "it_level",
)  # fmt: skip


def listed_ids(session: Session, query: ListQuery) -> list[str]:
    """Every cadre the list shows for the filter, in the list's order."""
    if query.sort == "name":  # the usual order: the ids alone, by the name index, with the
        # very filters of the list (storage/browse.py) so the file holds what the list shows
        statement = _filtered(select(Cadre.id), query, in_index_order=True)
        if statement is None:
            return []
        by = (Cadre.sort_key, Cadre.id)  # as cadre_page orders: every column one way
        ordered = statement.order_by(*(c.desc() if query.descending else c.asc() for c in by))
        return list(session.scalars(ordered))
    total = count_cadres(session, query)
    return [row.id for row in cadre_page(session, query, 0, max(total, 1), many=True)]


def chunks(ids: Sequence[str]) -> Iterator[Sequence[str]]:
    for start in range(0, len(ids), CHUNK):
        yield ids[start : start + CHUNK]


WHOLE = 2000  # above this many cadres, one pass over a table beats lists of ids


def _among(statement: Any, column: Any, ids: Collection[str]) -> Any:
    """Limit to ``ids``, unless they are many: the caller then keeps only theirs."""
    return statement if len(ids) > WHOLE else statement.where(column.in_(list(ids)))


def cadre_columns(session: Session, ids: Collection[str]) -> dict[str, Any]:
    columns = [Cadre.id] + [
        type_coerce(getattr(Cadre, name), String).label(name) for name in CADRE_COLUMNS
    ]
    rows = session.execute(_among(select(*columns), Cadre.id, ids))
    wanted = set(ids)
    return {row.id: row for row in rows if row.id in wanted}


def open_postings(session: Session, ids: Collection[str]) -> dict[str, list[Any]]:
    statement = select(
        Posting.cadre_id,
        Posting.title_code,
        Posting.title_name,
        Posting.unit_id,
        Posting.unit_name,
        type_coerce(Posting.start, String).label(Posting.start.key),
        Posting.concurrent,
    ).where(Posting.end.is_(None))
    return _by_cadre(session.execute(_among(statement, Posting.cadre_id, ids)), ids)


def language_rows(session: Session, ids: Collection[str]) -> dict[str, list[Any]]:
    statement = select(Training.cadre_id, Training.language, Training.level).where(
        type_coerce(Training.kind, String) == "language"
    )
    return _by_cadre(session.execute(_among(statement, Training.cadre_id, ids)), ids)


def _by_cadre(rows: Any, ids: Collection[str]) -> dict[str, list[Any]]:
    """Rows grouped by the cadre they belong to, for the cadres asked for only."""
    wanted = set(ids)
    found: dict[str, list[Any]] = {}
    for row in rows:
        if row.cadre_id in wanted:
            found.setdefault(row.cadre_id, []).append(row)
    return found


def unit_names(session: Session) -> dict[str, str]:
    return {row.id: row.name for row in session.execute(select(Unit.id, Unit.name))}
