"""Values derived from the dossier's history, never typed twice (DESIGN.md §3)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol, TypeVar

from cadre_desktop.domain.basis import dossier_facts, stale_reasons
from cadre_desktop.domain.enums import ClearanceResult, PoliticalStandard
from cadre_desktop.domain.matter_basis import matter_stale_reasons
from cadre_desktop.domain.values import PartialDate


class PostingLike(Protocol):
    @property
    def start(self) -> PartialDate: ...
    @property
    def end(self) -> PartialDate | None: ...
    @property
    def concurrent(self) -> bool: ...
    @property
    def unit_id(self) -> str | None: ...
    @property
    def unit_name(self) -> str | None: ...
    @property
    def title_code(self) -> str | None: ...
    @property
    def title_name(self) -> str | None: ...


P = TypeVar("P", bound=PostingLike)


def current_posting(postings: Sequence[P]) -> P | None:
    """The main post held now: open-ended and not concurrent, the most recently started."""
    open_posts = [p for p in postings if p.end is None]
    main = [p for p in open_posts if not p.concurrent] or open_posts
    return max(main, key=lambda p: p.start, default=None)


def describe_posting(
    posting: PostingLike,
    title_label: Callable[[str], str | None],
    unit_label: Callable[[str], str | None],
) -> str:
    """The title, then the unit ("Giám đốc Sở Nội vụ"), as lists show a current post."""
    title = posting.title_name or (title_label(posting.title_code) if posting.title_code else None)
    unit = posting.unit_name or (unit_label(posting.unit_id) if posting.unit_id else None)
    return " ".join(part for part in (title, unit) if part)


class ClearanceLike(Protocol):
    @property
    def date(self) -> PartialDate: ...
    @property
    def result(self) -> ClearanceResult: ...


C = TypeVar("C", bound=ClearanceLike)

_STANDARD = {
    ClearanceResult.MEETS: PoliticalStandard.MEETS,
    ClearanceResult.MEETS_WITH_CEILING: PoliticalStandard.CEILING,
    ClearanceResult.DOES_NOT_MEET: PoliticalStandard.NOT_MET,
    ClearanceResult.PENDING: PoliticalStandard.PENDING,
}


def latest_clearance(clearances: Sequence[C]) -> C | None:
    """The conclusion in force: the latest by date (the later-entered one on the same date)."""
    return max(enumerate(clearances), key=lambda p: (p[1].date, p[0]), default=(0, None))[1]


def political_standard(clearances: Sequence[ClearanceLike]) -> PoliticalStandard:
    """What the latest political-standard conclusion says (missing when there is none).

    A favourable conclusion whose dossier facts changed since (domain/basis.py), or that an
    oversight matter on its grounds postdates (domain/matter_basis.py), is stale. The facts
    and matters are read from the conclusion's dossier when the row knows it (``cadre``).
    """
    latest = latest_clearance(clearances)
    if latest is None:
        return PoliticalStandard.MISSING
    standard = _STANDARD[latest.result]
    cadre = getattr(latest, "cadre", None)
    favourable = standard in (PoliticalStandard.MEETS, PoliticalStandard.CEILING)
    if favourable and cadre is not None:
        if stale_reasons(getattr(latest, "basis", None), dossier_facts(cadre), latest.date):
            return PoliticalStandard.STALE
        if matter_stale_reasons(latest.date, getattr(cadre, "matters", ())):
            return PoliticalStandard.STALE
    return standard
