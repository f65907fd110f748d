"""A matter that is recorded or changes status refreshes its cadre's political standard in the
same transaction, by every path, so the list's "stale" mark follows the register at once."""

from __future__ import annotations

from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session

from cadre_desktop.domain.derive import political_standard
from cadre_desktop.domain.oversight import Matter


def refresh_standard(cadre: Any) -> None:
    standard = political_standard(cadre.clearances)
    if cadre.political_standard != standard:
        cadre.political_standard = standard


@event.listens_for(Session, "before_flush")
def _guard(session: Session, _context: Any, _instances: Any) -> None:
    touched = {
        id(obj.cadre): obj.cadre
        for obj in (*session.new, *session.dirty)
        if isinstance(obj, Matter) and obj.cadre is not None
    }
    with session.no_autoflush:
        for cadre in touched.values():
            refresh_standard(cadre)
