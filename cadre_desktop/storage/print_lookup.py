"""Which declarations, evaluations and proposals the cadres have: light rows to choose from
before printing (the records themselves are loaded only for those chosen)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from cadre_desktop.domain.assets import AssetDeclaration
from cadre_desktop.domain.evaluation import Evaluation
from cadre_desktop.domain.model import Proposal

CHUNK = 500  # ids per IN list: well under SQLite's variable limit


def _rows(session: Session, statement: Any, column: Any, cadre_ids: Sequence[str]) -> list[Any]:
    out: list[Any] = []
    ids = list(cadre_ids)
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        out += session.execute(statement.where(column.in_(chunk))).all()
    return out


def declaration_rows(session: Session, cadre_ids: Sequence[str]) -> list[Any]:
    """(cadre_id, id, year, declared_on, status) of every declaration of the cadres."""
    d = AssetDeclaration
    statement = select(d.cadre_id, d.id, d.year, d.declared_on, d.status)
    return _rows(session, statement, d.cadre_id, cadre_ids)


def evaluation_rows(session: Session, cadre_ids: Sequence[str]) -> list[Any]:
    """(cadre_id, id, year, quarter, revision) of every evaluation of the cadres."""
    e = Evaluation
    statement = select(e.cadre_id, e.id, e.year, e.quarter, e.revision)
    return _rows(session, statement, e.cadre_id, cadre_ids)


def proposal_rows(session: Session, cadre_ids: Sequence[str]) -> list[Any]:
    """(cadre_id, id, expected_date) of every proposal about the cadres."""
    p = Proposal
    return _rows(session, select(p.cadre_id, p.id, p.expected_date), p.cadre_id, cadre_ids)
