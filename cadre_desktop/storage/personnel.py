"""Read queries of personnel work: planning, proposals, rule-parameter edits, audit times."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cadre_desktop.domain.model import (
    AuditEntry,
    Ballot,
    Cadre,
    Decision,
    Discipline,
    Evaluation,
    PlannedTitle,
    PlanningEntry,
    PlanningTerm,
    Posting,
    Proposal,
    ProposalStep,
    Rotation,
    RuleParameter,
    Unit,
    UnitLocality,
    UnitOpinion,
)
from cadre_desktop.domain.values import PartialDate


def rule_parameter_rows(session: Session) -> list[RuleParameter]:
    return list(session.scalars(select(RuleParameter)))


def term_by_code(session: Session, code: str) -> PlanningTerm | None:
    return session.scalars(select(PlanningTerm).where(PlanningTerm.code == code)).first()


def terms(session: Session) -> list[PlanningTerm]:
    return list(session.scalars(select(PlanningTerm).order_by(PlanningTerm.start_year)))


def entries_of_title(session: Session, term_code: str, title_code: str) -> list[PlanningEntry]:
    """Every planning entry of a title in a term, removed ones included (in name order)."""
    statement = select(PlanningEntry).where(
        PlanningEntry.term_code == term_code, PlanningEntry.title_code == title_code
    )
    return list(session.scalars(statement.join(Cadre).order_by(Cadre.sort_key)))


def planned_title(session: Session, term_id: str, title_code: str) -> PlannedTitle | None:
    return session.scalars(
        select(PlannedTitle).where(
            PlannedTitle.term_id == term_id, PlannedTitle.title_code == title_code
        )
    ).first()


def titles_of_term(session: Session, term_id: str) -> list[PlannedTitle]:
    return list(session.scalars(select(PlannedTitle).where(PlannedTitle.term_id == term_id)))


def active_entries(
    session: Session, term_code: str | None = None, title_code: str | None = None
) -> list[PlanningEntry]:
    """Planning entries not removed, optionally of one term and title."""
    statement = select(PlanningEntry).where(PlanningEntry.end.is_(None))
    if term_code is not None:
        statement = statement.where(PlanningEntry.term_code == term_code)
    if title_code is not None:
        statement = statement.where(PlanningEntry.title_code == title_code)
    return list(session.scalars(statement.join(Cadre).order_by(Cadre.sort_key)))


def proposal_steps(session: Session, proposal_id: str) -> list[ProposalStep]:
    return list(
        session.scalars(
            select(ProposalStep)
            .where(ProposalStep.proposal_id == proposal_id)
            .order_by(ProposalStep.number)
        )
    )


def step_ballots(session: Session, step_id: str) -> list[Ballot]:
    return list(session.scalars(select(Ballot).where(Ballot.step_id == step_id)))


def open_proposals(session: Session) -> list[Proposal]:
    return list(session.scalars(select(Proposal)))


def proposal_opinions(session: Session, proposal_id: str) -> list[UnitOpinion]:
    return list(
        session.scalars(
            select(UnitOpinion)
            .where(UnitOpinion.proposal_id == proposal_id)
            .order_by(UnitOpinion.date, UnitOpinion.unit_name)
        )
    )


def decision_of_proposal(session: Session, proposal_id: str) -> Decision | None:
    return session.scalars(select(Decision).where(Decision.proposal_id == proposal_id)).first()


def decisions_of(session: Session, cadre_id: str) -> list[Decision]:
    return list(
        session.scalars(
            select(Decision).where(Decision.cadre_id == cadre_id).order_by(Decision.effective)
        )
    )


def rotations(session: Session, cadre_id: str | None = None) -> list[Rotation]:
    statement = select(Rotation).order_by(Rotation.start)
    if cadre_id is not None:
        statement = statement.where(Rotation.cadre_id == cadre_id)
    return list(session.scalars(statement))


def units_of(session: Session, unit_ids: list[str]) -> list[Unit]:
    if not unit_ids:
        return []
    return list(session.scalars(select(Unit).where(Unit.id.in_(unit_ids))))


def unit_by_code(session: Session, code: str) -> Unit | None:
    return session.scalars(select(Unit).where(Unit.code == code)).first()


def localities(session: Session) -> dict[str, str]:
    """Agency id → the administrative unit it serves."""
    return {row.unit_id: row.admin_unit for row in session.scalars(select(UnitLocality))}


def last_changed(session: Session, row_ids: list[str]) -> dict[str, str]:
    """Row id → when the audit log last saw it change (ISO time), for stale reasons."""
    if not row_ids:
        return {}
    rows = session.execute(
        select(AuditEntry.entity_id, func.max(AuditEntry.at))
        .where(AuditEntry.entity_id.in_(row_ids))
        .group_by(AuditEntry.entity_id)
    )
    return {str(row[0]): str(row[1]) for row in rows}


def cadre_ids(session: Session) -> list[str]:
    return list(session.scalars(select(Cadre.id).order_by(Cadre.sort_key)))


def planned_or_holding(session: Session, titles: Collection[str]) -> list[str]:
    """Cadres in an open planning entry or in an open post with one of ``titles``, by name."""
    planned = select(PlanningEntry.cadre_id).where(PlanningEntry.end.is_(None))
    holding = select(Posting.cadre_id).where(
        Posting.end.is_(None), Posting.title_code.in_(sorted(titles))
    )
    return list(
        session.scalars(
            select(Cadre.id)
            .where(Cadre.id.in_(planned) | Cadre.id.in_(holding))
            .order_by(Cadre.sort_key)
        )
    )


def term_ends(session: Session) -> dict[str, dt.date]:
    """Work-history line → the end of the term its latest decision set."""
    rows = session.execute(
        select(Decision.posting_id, Decision.term_end, Decision.kind)
        .where(Decision.term_end.is_not(None))
        .order_by(Decision.effective)
    )
    ends: dict[str, dt.date] = {}
    for posting_id, end, _kind in rows:
        if posting_id is not None and end is not None:
            ends[str(posting_id)] = end.latest()
    return ends


def holders(session: Session, title_code: str, limit: int) -> list[str]:
    """Cadres whose open, main work-history line is ``title_code`` (in name order)."""
    statement = (
        select(Posting.cadre_id)
        .join(Cadre, Cadre.id == Posting.cadre_id)
        .where(
            Posting.end.is_(None), Posting.title_code == title_code, Posting.concurrent.is_(False)
        )
        .order_by(Cadre.sort_key)
        .limit(limit)
    )
    return list(dict.fromkeys(session.scalars(statement)))


def unit_codes_starting(session: Session, prefix: str) -> list[str]:
    statement = select(Unit.code).where(Unit.code.startswith(prefix)).order_by(Unit.code)
    return list(session.scalars(statement))


def with_standard(session: Session, standard: str, limit: int) -> list[str]:
    """Cadres whose derived political standard is ``standard`` (in name order)."""
    statement = (
        select(Cadre.id)
        .where(Cadre.political_standard == standard)
        .order_by(Cadre.sort_key)
        .limit(limit)
    )
    return list(session.scalars(statement))


def oldest_holders(
    session: Session, title_codes: list[str], limit: int
) -> list[tuple[str, PartialDate]]:
    """Holders of one of ``title_codes`` nearest to retirement first, with the post's start."""
    statement = (
        select(Posting.cadre_id, Posting.start)
        .join(Cadre, Cadre.id == Posting.cadre_id)
        .where(Posting.end.is_(None), Posting.title_code.in_(title_codes))
        .order_by(Cadre.birth_date, Cadre.sort_key)
        .limit(limit)
    )
    return [(str(cadre_id), start) for cadre_id, start in session.execute(statement)]


def with_discipline(session: Session, limit: int) -> list[str]:
    statement = select(Discipline.cadre_id).distinct().order_by(Discipline.cadre_id).limit(limit)
    return list(session.scalars(statement))


def without_rating(session: Session, year: int, limit: int) -> list[str]:
    """Cadres with no yearly rating recorded for ``year``."""
    rated = select(Evaluation.cadre_id).where(Evaluation.year == year)
    statement = select(Cadre.id).where(Cadre.id.not_in(rated)).order_by(Cadre.sort_key).limit(limit)
    return list(session.scalars(statement))


def with_dossier_status(session: Session, statuses: tuple[str, ...], limit: int) -> list[str]:
    statement = (
        select(Cadre.id)
        .where(Cadre.dossier_status.in_(statuses))
        .order_by(Cadre.sort_key)
        .limit(limit)
    )
    return list(session.scalars(statement))
