"""The dossier facts a political-standard conclusion rests on, and what changed since.

A conclusion keeps a fingerprint of each fact it was given (relatives, personal history,
discipline) as they stood when it was recorded: ``basis``, a text "key=hash;key=hash".
It becomes stale when a fact is added, changed or removed after that, or when a dated fact
(a discipline, a history fact) certainly falls after the conclusion's date. The fingerprint
travels with the conclusion in exports, so moving a dossier to another store cannot make a
stale conclusion fresh again; the audit log then says when each change was made.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import Enum, StrEnum
from typing import Any

from cadre_desktop.domain.values import PartialDate
from cadre_desktop.i18n import N_, gettext


class FactKind(StrEnum):
    FAMILY = "family_member"
    HISTORY = "history_fact"
    DISCIPLINE = "discipline"
    MATTER = "matter"  # an oversight matter (domain/matter_basis.py), not a fingerprinted fact


class Change(StrEnum):
    ADDED = "added"
    CHANGED = "changed"
    REMOVED = "removed"
    DATED_AFTER = "dated_after"
    OPEN_MATTER = "open"  # a matter on the conclusion's grounds was received after it
    VIOLATION = "violation"  # such a matter was concluded founded after it


# The columns of each collection that a conclusion rests on (everything but notes and order).
FACT_FIELDS: dict[FactKind, tuple[str, ...]] = {
    FactKind.FAMILY: (
        "side", "relation", "full_name", "birth_year", "deceased", "death_year", "home_town",
        "occupation", "post", "workplace", "residence", "abroad", "country", "organisations",
        "history_note",
    ),
    FactKind.HISTORY: (
        "kind", "start", "end", "place", "organisation", "position", "details",
    ),
    FactKind.DISCIPLINE: (
        "start", "end", "form", "violation", "decision_number", "decision_date",
    ),
}  # fmt: skip

COLLECTION_OF = {
    FactKind.FAMILY: "family",
    FactKind.HISTORY: "history_facts",
    FactKind.DISCIPLINE: "disciplines",
}


@dataclass(frozen=True)
class Fact:
    kind: FactKind
    row_id: str
    label: str
    content: tuple[str, ...]
    date: PartialDate | None = None

    @property
    def key(self) -> str:
        return f"{self.kind.value}:{self.row_id}"

    def fingerprint(self) -> str:
        text = "\x1f".join((self.kind.value, *self.content))
        return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class StaleReason:
    change: Change
    kind: FactKind
    row_id: str
    label: str

    def as_text(self) -> str:
        """The change in words, e.g. "family relation changed: Nguyễn Văn Bình"."""
        what = gettext(KIND_WORDS[self.kind])
        text = gettext(CHANGE_WORDS[self.change]).format(what=what)
        return f"{text}: {self.label}" if self.label else text


KIND_WORDS = {
    FactKind.FAMILY: N_("family relation"),
    FactKind.HISTORY: N_("personal history fact"),
    FactKind.DISCIPLINE: N_("discipline"),
    FactKind.MATTER: N_("oversight matter"),
}
CHANGE_WORDS = {
    Change.ADDED: N_("{what} added"),
    Change.CHANGED: N_("{what} changed"),
    Change.REMOVED: N_("{what} removed"),
    Change.DATED_AFTER: N_("{what} dated after the conclusion"),
    Change.OPEN_MATTER: N_("{what} received after the conclusion, still open"),
    Change.VIOLATION: N_("{what} concluded founded after the conclusion"),
}


def _plain(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, PartialDate):
        return value.iso()
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, Decimal | int | dt.date):
        return str(value)
    return str(value)


def _label(kind: FactKind, row: Any) -> str:
    """How the officer recognises the row: a relative's name, a fact's words and date."""
    if kind is FactKind.FAMILY:
        return str(row.full_name or "")
    if kind is FactKind.DISCIPLINE:
        what = row.violation or row.form
    else:
        what = row.organisation or row.place or row.details or _plain(row.kind)
    when = row.start.vn() if isinstance(row.start, PartialDate) else ""
    return f"{what} ({when})" if when else str(what or "")


def dossier_facts(cadre: Any) -> list[Fact]:
    """The facts of a dossier (any object with the three collections)."""
    facts: list[Fact] = []
    for kind, collection in COLLECTION_OF.items():
        for row in getattr(cadre, collection):
            content = tuple(_plain(getattr(row, name)) for name in FACT_FIELDS[kind])
            date = getattr(row, "start", None) if kind is not FactKind.FAMILY else None
            facts.append(Fact(kind, str(row.id), _label(kind, row), content, date))
    return facts


def basis_text(facts: Iterable[Fact]) -> str:
    return ";".join(sorted(f"{fact.key}={fact.fingerprint()}" for fact in facts))


def parse_basis(text: str | None) -> dict[str, str] | None:
    if text is None:
        return None
    pairs = (item.split("=", 1) for item in text.split(";") if "=" in item)
    return dict(pairs)


def stale_reasons(
    basis: str | None, facts: Sequence[Fact], concluded: PartialDate
) -> list[StaleReason]:
    """Why a conclusion no longer covers the dossier (empty when it still does).

    A dated fact counts as "after" only when its earliest day is later than the
    conclusion's latest day: an imprecise date ("2024") is not held against the officer,
    and the fingerprint still catches every fact entered after the conclusion.
    """
    reasons: list[StaleReason] = []
    known = parse_basis(basis)
    current = {fact.key: fact for fact in facts}
    if known is not None:
        for key, fact in current.items():
            if key not in known:
                reasons.append(StaleReason(Change.ADDED, fact.kind, fact.row_id, fact.label))
            elif known[key] != fact.fingerprint():
                reasons.append(StaleReason(Change.CHANGED, fact.kind, fact.row_id, fact.label))
        for key in known:
            if key not in current:
                kind, _, row_id = key.partition(":")
                reasons.append(StaleReason(Change.REMOVED, FactKind(kind), row_id, ""))
    flagged = {r.row_id for r in reasons}
    for fact in facts:
        after = fact.date is not None and fact.date.earliest() > concluded.latest()
        if after and fact.row_id not in flagged:
            reasons.append(StaleReason(Change.DATED_AFTER, fact.kind, fact.row_id, fact.label))
    return reasons
