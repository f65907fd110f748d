"""Read queries of the oversight register and the training plans."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from cadre_desktop.domain.model import (
    Cadre,
    Course,
    Decision,
    Enrollment,
    Evaluation,
    Matter,
    PlanningEntry,
    Posting,
    Revocation,
)
from cadre_desktop.domain.oversight_enums import OPEN_STATUSES, EnrollmentStatus
from cadre_desktop.domain.yearly_enums import EvaluationStatus


def matters(
    session: Session, *, cadre_id: str | None = None, statuses: Sequence[str] = ()
) -> list[Matter]:
    """The register, newest first (optionally one cadre's, or only some statuses)."""
    statement = select(Matter).order_by(Matter.received_on.desc(), Matter.number.desc())
    if cadre_id is not None:
        statement = statement.where(Matter.cadre_id == cadre_id)
    if statuses:
        statement = statement.where(Matter.status.in_(statuses))
    return list(session.scalars(statement))


def matter(session: Session, matter_id: str) -> Matter | None:
    statement = (
        select(Matter)
        .where(Matter.id == matter_id)
        .options(selectinload(Matter.events), selectinload(Matter.scans))
    )
    return session.scalars(statement).first()


def numbers_of_year(session: Session, year: int) -> list[str]:
    statement = select(Matter.number).where(Matter.number.like(f"%/{year}"))
    return list(session.scalars(statement))


def number_taken(session: Session, number: str) -> bool:
    return session.scalars(select(Matter.id).where(Matter.number == number)).first() is not None


def open_matters(session: Session, cadre_ids: Sequence[str] | None = None) -> list[Matter]:
    """Open matters (received, assigned, verifying), of some cadres or all, oldest first."""
    statement = (
        select(Matter).where(Matter.status.in_(list(OPEN_STATUSES))).order_by(Matter.received_on)
    )
    if cadre_ids is not None:
        statement = statement.where(Matter.cadre_id.in_(list(cadre_ids)))
    return list(session.scalars(statement))


def revocation_of(session: Session, kind: str, target_id: str) -> Revocation | None:
    statement = select(Revocation).where(
        Revocation.target_kind == kind, Revocation.target_id == target_id
    )
    return session.scalars(statement).first()


def revocations(session: Session, cadre_id: str | None = None) -> list[Revocation]:
    statement = select(Revocation).order_by(Revocation.effective)
    if cadre_id is not None:
        statement = statement.where(Revocation.cadre_id == cadre_id)
    return list(session.scalars(statement))


def courses(session: Session) -> list[Course]:
    statement = (
        select(Course).order_by(Course.start, Course.name).options(selectinload(Course.enrollments))
    )
    return list(session.scalars(statement))


def course(session: Session, course_id: str) -> Course | None:
    statement = (
        select(Course).where(Course.id == course_id).options(selectinload(Course.enrollments))
    )
    return session.scalars(statement).first()


def enrollments_of(session: Session, cadre_ids: Sequence[str]) -> list[Enrollment]:
    """The cadres' enrollments with their courses (assigned ones first by date)."""
    statement = (
        select(Enrollment)
        .where(Enrollment.cadre_id.in_(list(cadre_ids)))
        .options(selectinload(Enrollment.course))
        .order_by(Enrollment.assigned_on)
    )
    return list(session.scalars(statement))


def taken_places(session: Session, course_id: str) -> int:
    statement = select(func.count(Enrollment.id)).where(
        Enrollment.course_id == course_id,
        Enrollment.status.in_([EnrollmentStatus.ASSIGNED, EnrollmentStatus.COMPLETED]),
    )
    return int(session.execute(statement).scalar_one())


def planned_or_heads(session: Session, head_titles: Sequence[str]) -> list[str]:
    """Cadres in planning or holding a head's post now, in Vietnamese name order."""
    planned = select(PlanningEntry.cadre_id).where(PlanningEntry.end.is_(None))
    heads = select(Posting.cadre_id).where(
        Posting.title_code.in_(list(head_titles)), Posting.end.is_(None)
    )
    statement = select(Cadre.id).where(Cadre.id.in_(planned.union(heads))).order_by(Cadre.sort_key)
    return list(session.scalars(statement))


def cadre_names(session: Session, cadre_ids: Sequence[str]) -> dict[str, str]:
    rows = session.execute(
        select(Cadre.id, Cadre.family_name, Cadre.middle_name, Cadre.given_name).where(
            Cadre.id.in_(list(cadre_ids))
        )
    )
    return {row[0]: " ".join(p for p in row[1:] if p) for row in rows}


def decisions_of_kind(session: Session, kind: str) -> list[Decision]:
    statement = select(Decision).where(Decision.kind == kind).order_by(Decision.effective)
    return list(session.scalars(statement))


def final_ratings(session: Session, year: int, limit: int) -> list[Evaluation]:
    """Finalised yearly ratings of ``year`` that no revision replaced yet, in name order."""
    amended = select(Evaluation.amends_id).where(Evaluation.amends_id.is_not(None))
    statement = (
        select(Evaluation)
        .join(Cadre, Cadre.id == Evaluation.cadre_id)
        .where(
            Evaluation.year == year,
            Evaluation.quarter.is_(None),
            Evaluation.status == EvaluationStatus.FINAL,
            Evaluation.id.not_in(amended),
        )
        .order_by(Cadre.sort_key)
        .limit(limit)
    )
    return list(session.scalars(statement))
