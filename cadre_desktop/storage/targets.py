"""Read queries behind the targets dashboard and the statistics: the stored target sets, and
the few columns each indicator needs, as plain rows (dates and enumerations as stored text),
because a dashboard over 50,000 dossiers must not build 50,000 ORM objects."""

from __future__ import annotations

from collections.abc import Collection, Iterator, Sequence
from typing import Any

from sqlalchemy import String, func, select, type_coerce
from sqlalchemy.orm import Session, selectinload

from cadre_desktop.domain.enums import CadreStatus
from cadre_desktop.domain.model import (
    Cadre,
    Course,
    Enrollment,
    Evaluation,
    PlannedTitle,
    PlanningEntry,
    PlanningTerm,
    Posting,
    Rotation,
    SalaryStep,
    TargetSet,
    Training,
    Unit,
)
from cadre_desktop.domain.personnel import RotationStatus

CHUNK = 500  # ids per IN (...) list


def _text(column: Any, name: str) -> Any:
    return type_coerce(column, String).label(name)


def placed_unit() -> Any:
    """Where a cadre is listed: the unit of the current post, else the managing unit."""
    return func.coalesce(Cadre.current_unit_id, Cadre.managing_unit_id)


def _chunks(ids: Collection[str]) -> Iterator[list[str]]:
    ordered = sorted(ids)
    for start in range(0, len(ordered), CHUNK):
        yield ordered[start : start + CHUNK]


# -- target sets ---------------------------------------------------------------------------


def stored_target_sets(session: Session) -> list[TargetSet]:
    statement = (
        select(TargetSet)
        .options(selectinload(TargetSet.indicators))
        .order_by(TargetSet.code, TargetSet.revision)
    )
    return list(session.scalars(statement))


def last_revision(session: Session, code: str) -> int:
    found = session.execute(
        select(func.max(TargetSet.revision)).where(TargetSet.code == code)
    ).scalar()
    return int(found or 0)


# -- facts ---------------------------------------------------------------------------------


def scope_cadres(session: Session, unit_ids: frozenset[str] | None) -> Sequence[Any]:
    """Active cadres listed in the unit subtree (every unit when None)."""
    statement = select(
        Cadre.id,
        _text(Cadre.sex, "sex"),
        _text(Cadre.birth_date, "birth_date"),
        Cadre.ethnicity,
        Cadre.religion,
        Cadre.education_level,
        Cadre.political_theory,
        Cadre.state_management,
        _text(Cadre.party_join_date, "party_join_date"),
        placed_unit().label("unit_id"),
    ).where(Cadre.status == CadreStatus.ACTIVE)
    if unit_ids is not None:
        statement = statement.where(placed_unit().in_(sorted(unit_ids)))
    return session.execute(statement).all()


def postings_holding(session: Session, titles: Collection[str], ref_iso: str) -> Sequence[Any]:
    """Work-history lines with one of the titles that may be open on ``ref_iso``.

    Partial dates compare as text only roughly ("2024" < "2024-06-30"); the caller keeps the
    lines whose real period covers the day.
    """
    if not titles:
        return []
    end = type_coerce(Posting.end, String)
    statement = select(
        Posting.cadre_id,
        Posting.id,
        Posting.title_code,
        Posting.unit_id,
        _text(Posting.start, "start"),
        _text(Posting.end, "end"),
    ).where(
        Posting.title_code.in_(sorted(titles)),
        type_coerce(Posting.start, String) <= ref_iso,
        end.is_(None) | (end >= ref_iso[:4]),
    )
    return session.execute(statement).all()


def postings_with_titles(
    session: Session, titles: Collection[str], cadre_ids: Collection[str]
) -> Sequence[Any]:
    """Every work-history line (past or present) of the cadres with one of the titles."""
    rows: list[Any] = []
    if not titles:
        return rows
    for chunk in _chunks(cadre_ids):
        statement = select(Posting.cadre_id, Posting.title_code, _text(Posting.start, "start"))
        statement = statement.where(
            Posting.cadre_id.in_(chunk), Posting.title_code.in_(sorted(titles))
        )
        rows += session.execute(statement).all()
    return rows


def postings_of(session: Session, cadre_ids: Collection[str]) -> Sequence[Any]:
    rows: list[Any] = []
    for chunk in _chunks(cadre_ids):
        statement = select(
            Posting.cadre_id,
            Posting.id,
            Posting.title_code,
            Posting.unit_id,
            _text(Posting.start, "start"),
            _text(Posting.end, "end"),
            Posting.concurrent,
        ).where(Posting.cadre_id.in_(chunk))
        rows += session.execute(statement).all()
    return rows


def yearly_ratings(session: Session, year: int) -> Sequence[Any]:
    """The yearly (not quarterly) evaluations of ``year``, every revision."""
    statement = select(
        Evaluation.cadre_id,
        _text(Evaluation.rating, "rating"),
        _text(Evaluation.status, "status"),
        Evaluation.revision,
        Evaluation.commitment_signed,
    ).where(Evaluation.year == year, Evaluation.quarter.is_(None))
    return session.execute(statement).all()


def trainings_of_kinds(
    session: Session, kinds: Collection[str], cadre_ids: Collection[str] | None = None
) -> Sequence[Any]:
    columns = (
        Training.cadre_id,
        _text(Training.kind, "kind"),
        Training.level,
        Training.language,
        _text(Training.start, "start"),
        _text(Training.end, "end"),
    )
    kind = type_coerce(Training.kind, String)
    if cadre_ids is None:
        return session.execute(select(*columns).where(kind.in_(sorted(kinds)))).all()
    rows: list[Any] = []
    for chunk in _chunks(cadre_ids):
        statement = select(*columns).where(kind.in_(sorted(kinds)), Training.cadre_id.in_(chunk))
        rows += session.execute(statement).all()
    return rows


def trained_since(session: Session, since_iso: str, kinds: Collection[str] | None) -> set[str]:
    """Cadres with a training line that started or ended on or after ``since_iso``."""
    start, end = type_coerce(Training.start, String), type_coerce(Training.end, String)
    statement = select(Training.cadre_id).where((start >= since_iso) | (end >= since_iso))
    if kinds:
        statement = statement.where(type_coerce(Training.kind, String).in_(sorted(kinds)))
    return set(session.scalars(statement.distinct()))


def planning_entries(session: Session) -> Sequence[Any]:
    statement = select(
        PlanningEntry.cadre_id,
        PlanningEntry.title_code,
        PlanningEntry.term_code,
        _text(PlanningEntry.group, "group"),
        _text(PlanningEntry.start, "start"),
        _text(PlanningEntry.end, "end"),
    )
    return session.execute(statement).all()


def planned_titles(session: Session) -> Sequence[Any]:
    """Every planned title with its seats, by term."""
    statement = (
        select(
            _text(PlanningTerm.code, "term_code"),
            PlanningTerm.start_year,
            PlanningTerm.end_year,
            PlannedTitle.title_code,
            PlannedTitle.seats,
        )
        .join(PlanningTerm, PlanningTerm.id == PlannedTitle.term_id)
        .order_by(PlanningTerm.start_year, PlanningTerm.code)
    )
    return session.execute(statement).all()


def rotations_moved(session: Session, since_iso: str) -> Sequence[Any]:
    statement = select(
        Rotation.cadre_id, _text(Rotation.start, "start"), Rotation.title_code, Rotation.unit_id
    ).where(
        Rotation.status == RotationStatus.MOVED, type_coerce(Rotation.start, String) >= since_iso
    )
    return session.execute(statement).all()


def current_salary_steps(session: Session, unit_ids: frozenset[str] | None) -> Sequence[Any]:
    """Open salary lines of active cadres in scope (the rank and step they are paid at)."""
    statement = (
        select(
            SalaryStep.cadre_id,
            SalaryStep.rank_code,
            SalaryStep.step,
            SalaryStep.beyond_frame_percent,
            _text(SalaryStep.start, "start"),
        )
        .join(Cadre, Cadre.id == SalaryStep.cadre_id)
        .where(SalaryStep.end.is_(None), Cadre.status == CadreStatus.ACTIVE)
    )
    if unit_ids is not None:
        statement = statement.where(placed_unit().in_(sorted(unit_ids)))
    return session.execute(statement).all()


def with_postings(session: Session, cadre_ids: Collection[str]) -> list[Cadre]:
    """Dossiers with only their work history loaded (what the locality rule reads)."""
    found: list[Cadre] = []
    for chunk in _chunks(cadre_ids):
        statement = select(Cadre).where(Cadre.id.in_(chunk)).options(selectinload(Cadre.postings))
        found += session.scalars(statement).all()
    return found


def enrolled(session: Session, kinds: Collection[str], cadre_ids: Collection[str]) -> Sequence[Any]:
    """Open course assignments (issue 9's training plans) of the cadres, for those kinds."""
    rows: list[Any] = []
    for chunk in _chunks(cadre_ids):
        statement = (
            select(
                Enrollment.cadre_id,
                Course.name,
                _text(Course.start, "start"),
                _text(Course.end, "end"),
            )
            .join(Course, Course.id == Enrollment.course_id)
            .where(
                Enrollment.cadre_id.in_(chunk),
                type_coerce(Enrollment.status, String) == "assigned",
                type_coerce(Course.kind, String).in_(sorted(kinds)),
            )
        )
        rows += session.execute(statement).all()
    return rows


def identities(session: Session) -> Sequence[Any]:
    """Every dossier's CCCD, name and birth date: how an imported row finds its dossier."""
    statement = select(
        Cadre.id,
        Cadre.id_number,
        Cadre.family_name,
        Cadre.middle_name,
        Cadre.given_name,
        _text(Cadre.birth_date, "birth_date"),
    )
    return session.execute(statement).all()


def people(session: Session, cadre_ids: Collection[str]) -> dict[str, Any]:
    """Name, birth date, current post and unit of each cadre, for lists behind a number."""
    found: dict[str, Any] = {}
    for chunk in _chunks(cadre_ids):
        statement = (
            select(
                Cadre.id,
                Cadre.family_name,
                Cadre.middle_name,
                Cadre.given_name,
                _text(Cadre.birth_date, "birth_date"),
                _text(Cadre.sex, "sex"),
                Cadre.current_position,
                Unit.name.label("unit"),
                Cadre.sort_key,
            )
            .outerjoin(Unit, Unit.id == placed_unit())
            .where(Cadre.id.in_(chunk))
        )
        for row in session.execute(statement):
            found[row.id] = row
    return found
