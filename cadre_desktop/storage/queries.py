"""Read queries the services need: lists, one whole dossier, unit look-ups."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import String, bindparam, column, select, table, text, type_coerce
from sqlalchemy.orm import Session, aliased, selectinload

from cadre_desktop.domain.evaluation import EVALUATION_PARTS, Evaluation
from cadre_desktop.domain.model import DOSSIER_COLLECTIONS, Cadre, Unit
from cadre_desktop.storage.search import match_expression


def _list_statement(searching: bool, limited: bool) -> Any:
    unit = aliased(Unit)
    statement = (
        select(
            Cadre.id,
            Cadre.family_name,
            Cadre.middle_name,
            Cadre.given_name,
            type_coerce(Cadre.birth_date, String).label("birth_date"),
            type_coerce(Cadre.sex, String).label("sex"),
            unit.name.label("unit"),
            Cadre.current_position,
            type_coerce(Cadre.political_standard, String).label("political_standard"),
        )
        .outerjoin(unit, unit.id == Cadre.current_unit_id)
        .order_by(Cadre.sort_key)
    )
    if searching:
        index = table("cadre_search", column("rowid"))
        matching = select(index.c.rowid).select_from(index).where(text("cadre_search MATCH :q"))
        statement = statement.where(Cadre.search_rowid.in_(matching))
    if limited:
        statement = statement.limit(bindparam("limit"))
    return statement


# Built once: the list runs on every keystroke, and building the statement is not free.
_LIST_STATEMENTS = {
    (searching, limited): _list_statement(searching, limited)
    for searching in (False, True)
    for limited in (False, True)
}


def cadre_list(session: Session, query: str | None, limit: int | None) -> list[Any]:
    """Cadres in Vietnamese name order, filtered by a diacritics-free search when given.

    Dates and enumerations come back as their stored text: a list of thousands is built
    while the officer types, and the caller converts only what it shows.
    """
    parameters: dict[str, Any] = {}
    searching = query is not None and bool(query.strip())
    if searching:
        assert query is not None
        expression = match_expression(query)
        if expression is None:
            return []
        parameters["q"] = expression
    if limit is not None:
        parameters["limit"] = limit
    statement = _LIST_STATEMENTS[(searching, limit is not None)]
    return list(session.connection().execute(statement, parameters).all())


def _whole() -> list[Any]:
    """Every collection of a dossier, and the rows an evaluation holds (one query each)."""
    options = [selectinload(getattr(Cadre, name)) for name in DOSSIER_COLLECTIONS]
    ratings = selectinload(Cadre.evaluations)
    return options + [ratings.selectinload(getattr(Evaluation, n)) for n in EVALUATION_PARTS]


def load_dossier(session: Session, cadre_id: str) -> Cadre | None:
    options = _whole()
    return session.scalars(select(Cadre).where(Cadre.id == cadre_id).options(*options)).first()


def load_dossiers(session: Session, cadre_ids: Sequence[str]) -> list[Cadre]:
    options = _whole()
    found = session.scalars(select(Cadre).where(Cadre.id.in_(cadre_ids)).options(*options)).all()
    by_id = {c.id: c for c in found}
    return [by_id[i] for i in cadre_ids if i in by_id]


def unit_codes(session: Session) -> dict[str, str]:
    """Unit id → code."""
    return {row.id: row.code for row in session.execute(select(Unit.id, Unit.code))}


def all_cadre_ids(session: Session) -> list[str]:
    return list(session.scalars(select(Cadre.id).order_by(Cadre.sort_key)))


def row_owners(session: Session, cls: type[Any], ids: Sequence[str]) -> dict[str, str]:
    """For rows of a dossier table: id → the cadre it belongs to (only ids that exist)."""
    owners: dict[str, str] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        for row in session.execute(select(cls.id, cls.cadre_id).where(cls.id.in_(chunk))):
            owners[row.id] = row.cadre_id
    return owners
