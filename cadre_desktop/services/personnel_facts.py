"""Plain facts the rules read, taken from a loaded dossier and the catalogs."""

from __future__ import annotations

import datetime as dt

from cadre_desktop.domain.catalogs import Catalogs
from cadre_desktop.domain.derive import current_posting
from cadre_desktop.domain.enums import TrainingKind
from cadre_desktop.domain.model import Cadre, Posting
from cadre_desktop.rules.appointment import DisciplineFact

KINH = "01"


def current_post(cadre: Cadre) -> Posting | None:
    return current_posting(cadre.postings)


def theory_rank(cadre: Cadre, catalogs: Catalogs) -> int | None:
    """The highest political-theory level in the summary field or the training rows."""
    codes = [cadre.political_theory] + [
        t.level for t in cadre.trainings if t.kind is TrainingKind.POLITICAL_THEORY
    ]
    ranks = []
    for code in codes:
        item = catalogs.get("political_theory_level", code) if code else None
        if item is not None and item.extra.get("rank") is not None:
            ranks.append(int(item.extra["rank"]))
    return max(ranks, default=None)


def disciplines(cadre: Cadre) -> tuple[DisciplineFact, ...]:
    return tuple(DisciplineFact(d.form, d.start, d.end) for d in cadre.disciplines)


def discipline_in_force(cadre: Cadre, on: dt.date) -> bool:
    """A discipline has begun (by its earliest day) and has not certainly ended."""
    return any(
        d.start.earliest() <= on and (d.end is None or d.end.latest() >= on)
        for d in cadre.disciplines
    )


def is_committee(catalogs: Catalogs, title_code: str) -> bool:
    item = catalogs.get("title", title_code)
    return item is not None and item.extra.get("kind") == "committee"


def directly_lower(catalogs: Catalogs, title_code: str) -> frozenset[str]:
    item = catalogs.get("title", title_code)
    text = str(item.extra.get("lower_titles", "")) if item else ""
    return frozenset(code for code in text.split(";") if code)


def ethnic_minority(cadre: Cadre) -> bool:
    return cadre.ethnicity != KINH
