"""Read queries over the yearly records: evaluations and asset declarations."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from cadre_desktop.domain.assets import AssetDeclaration
from cadre_desktop.domain.enums import CadreStatus
from cadre_desktop.domain.evaluation import Evaluation
from cadre_desktop.domain.model import Cadre
from cadre_desktop.domain.yearly_enums import DeclarationKind, DeclarationStatus

_EVALUATION_PARTS = (
    selectinload(Evaluation.checks),
    selectinload(Evaluation.reviews),
    selectinload(Evaluation.complaints),
)
_DECLARATION_PARTS = (
    selectinload(AssetDeclaration.people),
    selectinload(AssetDeclaration.items),
    selectinload(AssetDeclaration.changes),
)


def evaluation(session: Session, evaluation_id: str) -> Evaluation | None:
    return session.scalars(
        select(Evaluation).where(Evaluation.id == evaluation_id).options(*_EVALUATION_PARTS)
    ).one_or_none()


def period_evaluations(
    session: Session, cadre_id: str, year: int, quarter: int | None
) -> list[Evaluation]:
    """Every revision of one cadre's rating of one period, oldest first."""
    query = select(Evaluation).where(Evaluation.cadre_id == cadre_id, Evaluation.year == year)
    query = query.where(
        Evaluation.quarter.is_(None) if quarter is None else Evaluation.quarter == quarter
    )
    return list(session.scalars(query.order_by(Evaluation.revision).options(*_EVALUATION_PARTS)))


def evaluations_of_cadre(session: Session, cadre_id: str) -> list[Evaluation]:
    query = select(Evaluation).where(Evaluation.cadre_id == cadre_id).options(*_EVALUATION_PARTS)
    return list(session.scalars(query.order_by(Evaluation.year, Evaluation.revision)))


def comparable_groups(session: Session) -> list[str]:
    query = select(Evaluation.comparable_group).where(Evaluation.comparable_group.is_not(None))
    return sorted(set(session.scalars(query.distinct())))


def periods(session: Session) -> set[tuple[int, int | None]]:
    """Every (year, quarter) some evaluation is for; quarter None is the year itself."""
    query = select(Evaluation.year, Evaluation.quarter).distinct()
    return {(row.year, row.quarter) for row in session.execute(query)}


def draft_declaration_ids(session: Session) -> list[str]:
    query = select(AssetDeclaration.id).where(AssetDeclaration.status == DeclarationStatus.DRAFT)
    return list(session.scalars(query.order_by(AssetDeclaration.cadre_id)))


def group_evaluations(
    session: Session, year: int, quarter: int | None, group: str
) -> list[Evaluation]:
    """Every revision in one comparable group for one period (the quota counts them)."""
    query = select(Evaluation).where(Evaluation.year == year, Evaluation.comparable_group == group)
    query = query.where(
        Evaluation.quarter.is_(None) if quarter is None else Evaluation.quarter == quarter
    )
    return list(session.scalars(query))


def grouped_ratings(session: Session, year: int, quarter: int | None) -> list[Any]:
    """(cadre_id, comparable_group, rating, outstanding_unit, revision) of every revision in a
    comparable group for the period: columns only, a store may hold 50,000 ratings a year."""
    query = select(
        Evaluation.cadre_id,
        Evaluation.comparable_group,
        Evaluation.rating,
        Evaluation.outstanding_unit,
        Evaluation.revision,
    ).where(Evaluation.year == year, Evaluation.comparable_group.is_not(None))
    query = query.where(
        Evaluation.quarter.is_(None) if quarter is None else Evaluation.quarter == quarter
    )
    return list(session.execute(query))


def annual_ratings(session: Session, since: int | None = None) -> list[Any]:
    """(cadre_id, year, revision, status, rating, leader) of each annual revision from ``since``."""
    query = select(
        Evaluation.cadre_id,
        Evaluation.year,
        Evaluation.revision,
        Evaluation.status,
        Evaluation.rating,
        Evaluation.leader,
    ).where(Evaluation.quarter.is_(None))
    if since is not None:
        query = query.where(Evaluation.year >= since)
    return list(session.execute(query))


def annual_evaluations(session: Session, cadre_ids: list[str] | None = None) -> list[Evaluation]:
    query = select(Evaluation).where(Evaluation.quarter.is_(None))
    if cadre_ids is not None:
        query = query.where(Evaluation.cadre_id.in_(cadre_ids))
    return list(session.scalars(query.order_by(Evaluation.cadre_id, Evaluation.year)))


def cadre_names(session: Session, cadre_ids: list[str] | None = None) -> dict[str, str]:
    """Full names by id, in the Vietnamese order of the store's sort key."""
    query = select(Cadre.id, Cadre.family_name, Cadre.middle_name, Cadre.given_name)
    if cadre_ids is not None:
        query = query.where(Cadre.id.in_(cadre_ids))
    rows = session.execute(query.order_by(Cadre.sort_key))
    return {
        r.id: " ".join(p for p in (r.family_name, r.middle_name, r.given_name) if p) for r in rows
    }


def active_cadre_ids(session: Session) -> list[str]:
    query = select(Cadre.id).where(Cadre.status == CadreStatus.ACTIVE).order_by(Cadre.sort_key)
    return list(session.scalars(query))


def cadre_exists(session: Session, cadre_id: str) -> bool:
    return session.get(Cadre, cadre_id) is not None


def declaration(session: Session, declaration_id: str) -> AssetDeclaration | None:
    return session.scalars(
        select(AssetDeclaration)
        .where(AssetDeclaration.id == declaration_id)
        .options(*_DECLARATION_PARTS)
    ).one_or_none()


def declarations_of(session: Session, cadre_id: str) -> list[AssetDeclaration]:
    query = select(AssetDeclaration).where(AssetDeclaration.cadre_id == cadre_id)
    return sorted(session.scalars(query), key=lambda d: (d.declared_on, d.id))


def previous_completed(session: Session, current: AssetDeclaration) -> AssetDeclaration | None:
    """The completed declaration this one is compared with: the latest one before it."""
    earlier = [
        d
        for d in declarations_of(session, current.cadre_id)
        if d.id != current.id
        and d.status is DeclarationStatus.COMPLETED
        and d.declared_on <= current.declared_on
    ]
    if not earlier:
        return None
    return declaration(session, earlier[-1].id)


def declared_in_year(session: Session, year: int, kinds: tuple[DeclarationKind, ...]) -> set[str]:
    """Cadres with a completed declaration of these kinds for ``year``."""
    query = select(AssetDeclaration.cadre_id).where(
        AssetDeclaration.year == year,
        AssetDeclaration.status == DeclarationStatus.COMPLETED,
        AssetDeclaration.kind.in_(kinds),
    )
    return set(session.scalars(query))
