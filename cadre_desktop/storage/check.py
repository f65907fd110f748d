"""`cadre check`: encrypted pages, SQLite structure, foreign keys and the audit chain."""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import Session

from cadre_desktop.storage.audit import verify_chain


def integrity_problems(session: Session) -> list[str]:
    """Every problem found; an empty list means the store is intact."""
    problems: list[str] = []
    connection = session.connection()
    for pragma in ("cipher_integrity_check", "integrity_check", "foreign_key_check"):
        try:
            rows = connection.execute(text(f"PRAGMA {pragma}")).all()
        except DatabaseError as exc:
            problems.append(f"{pragma}: {type(exc.orig).__name__}: {exc.orig}")
            continue
        problems += [
            f"{pragma}: {' '.join(map(str, row))}" for row in rows if tuple(row) != ("ok",)
        ]
    try:
        problems += [f"audit entry {b.seq}: {b.problem}" for b in verify_chain(session)]
    except DatabaseError as exc:
        problems.append(f"audit chain: {type(exc.orig).__name__}: {exc.orig}")
    return problems
