"""Read queries behind the Excel export of a filtered list: the ids in list order, the chosen
dossier columns, each cadre's open work-history lines and language certificates."""

from __future__ import annotations

from collections.abc import Collection, Iterator, Sequence
from typing import Any

from sqlalchemy import String, select, type_coerce
from sqlalchemy.orm import Session

from cadre_desktop.domain.model import Cadre, Posting, Training, Unit
from cadre_desktop.storage.browse import ListQuery, cadre_page, count_cadres

CHUNK = 500
CADRE_COLUMNS = (
    "family_name", "middle_name", "given_name", "birth_date", "sex", "id_number", "ethnicity",
    "religion", "home_town", "birth_place", "permanent_address", "current_address", "phone",
    "email", "managing_unit_id", "party_join_date", "party_official_date", "recruitment_date",
    "education_level", "education_major", "political_theory", "state_management", "it_level",
)  # fmt: skip


def listed_ids(session: Session, query: ListQuery) -> list[str]:
    """Every cadre the list shows for the filter, in the list's order."""
    total = count_cadres(session, query)
    return [row.id for row in cadre_page(session, query, 0, max(total, 1), many=True)]


def chunks(ids: Sequence[str]) -> Iterator[Sequence[str]]:
    for start in range(0, len(ids), CHUNK):
        yield ids[start : start + CHUNK]


def cadre_columns(session: Session, ids: Collection[str]) -> dict[str, Any]:
    columns = [Cadre.id] + [
        type_coerce(getattr(Cadre, name), String).label(name) for name in CADRE_COLUMNS
    ]
    rows = session.execute(select(*columns).where(Cadre.id.in_(list(ids))))
    return {row.id: row for row in rows}


def open_postings(session: Session, ids: Collection[str]) -> dict[str, list[Any]]:
    statement = select(
        Posting.cadre_id,
        Posting.title_code,
        Posting.title_name,
        Posting.unit_id,
        Posting.unit_name,
        type_coerce(Posting.start, String).label(Posting.start.key),
        Posting.concurrent,
    ).where(Posting.cadre_id.in_(list(ids)), Posting.end.is_(None))
    found: dict[str, list[Any]] = {}
    for row in session.execute(statement):
        found.setdefault(row.cadre_id, []).append(row)
    return found


def language_rows(session: Session, ids: Collection[str]) -> dict[str, list[Any]]:
    statement = select(Training.cadre_id, Training.language, Training.level).where(
        Training.cadre_id.in_(list(ids)), type_coerce(Training.kind, String) == "language"
    )
    found: dict[str, list[Any]] = {}
    for row in session.execute(statement):
        found.setdefault(row.cadre_id, []).append(row)
    return found


def unit_names(session: Session) -> dict[str, str]:
    return {row.id: row.name for row in session.execute(select(Unit.id, Unit.name))}
