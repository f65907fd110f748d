"""Merging a bundle's dossiers and deletions into the store by version vectors, never by clocks:
a version that dominates is applied, concurrent ones become a conflict that keeps both sides."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from types import SimpleNamespace
from typing import Any

from sqlalchemy import select

from cadre_desktop.domain.base import Synced, new_id
from cadre_desktop.domain.derive import current_posting
from cadre_desktop.domain.model import Cadre, Conflict, Tombstone
from cadre_desktop.services.bundle_bulk import insert_new
from cadre_desktop.services.dossier_fields import COLLECTION_CLASSES, NESTED
from cadre_desktop.services.dossier_json import Draft
from cadre_desktop.storage.audit import plain
from cadre_desktop.storage.blobs import put_blob
from cadre_desktop.storage.queries import load_dossiers
from cadre_desktop.storage.uow import UnitOfWork
from cadre_desktop.sync.ancestry import common_ancestor
from cadre_desktop.sync.resolve import values_of
from cadre_desktop.sync.vectors import Order, compare

# What happened to one dossier, strongest first: a dossier with one conflicting row is "conflict".
BATCH = 200  # dossiers merged per flush
OUTCOMES = ("out_of_scope", "conflict", "created", "deleted", "updated", "unchanged")


@dataclass
class Outcome:
    cadre_id: str
    name: str
    kind: str = "unchanged"
    rows: Counter[str] = field(default_factory=Counter)

    def note(self, what: str) -> None:
        self.rows[what] += 1
        if OUTCOMES.index(what) < OUTCOMES.index(self.kind):
            self.kind = what


@dataclass(frozen=True)
class Origin:
    """Where the bundle came from, stamped on the conflicts it raises."""

    peer_instance: str
    bundle_id: str


class Merger:
    """Merges within one unit of work; ``in_scope`` says whether the sender may write a unit."""

    def __init__(self, uow: UnitOfWork, origin: Origin, in_scope: Callable[[str], bool]) -> None:
        self.uow = uow
        self.session = uow.session
        self.origin = origin
        self.in_scope = in_scope
        self.outcomes: dict[str, Outcome] = {}
        self.touched: set[str] = set()

    # -- dossiers ---------------------------------------------------------------------------

    def dossiers(self, drafts: list[Draft]) -> None:
        for start in range(0, len(drafts), BATCH):
            batch = drafts[start : start + BATCH]
            stored = {c.id: c for c in load_dossiers(self.session, [d.sync["id"] for d in batch])}
            tombs = self._tombstones([d.sync["id"] for d in batch])
            # one flush per batch: a rating and the rows it holds are written together, so a
            # finalised rating is never seen as stored before its self-check lines are
            new: list[Draft] = []
            with self.session.no_autoflush:
                for draft in batch:
                    if self._dossier(draft, stored.get(draft.sync["id"]), tombs):
                        new.append(draft)
            self.session.flush()
            insert_new(self.uow, new, self.origin.bundle_id)

    def _dossier(self, draft: Draft, local: Cadre | None, tombs: dict[str, Tombstone]) -> bool:
        """Merge one dossier; True when it is new here and left for the bulk insert."""
        cadre_id = draft.sync["id"]
        name = " ".join(
            str(draft.values.get(k) or "") for k in ("family_name", "middle_name", "given_name")
        ).split()
        outcome = self.outcomes.setdefault(cadre_id, Outcome(cadre_id, " ".join(name)))
        sides = [_draft_units(draft)]
        if local is not None:
            sides.append([local.managing_unit_id, local.current_unit_id])
        if not all(any(u and self.in_scope(u) for u in units) for units in sides):
            outcome.note("out_of_scope")
            return False
        if local is None and cadre_id not in tombs:
            outcome.note("created")
            self.touched.add(cadre_id)
            return True
        cadre = self._row(Cadre, local, tombs.get(cadre_id), draft, outcome, {})
        if cadre is not None:
            for name_, cls in COLLECTION_CLASSES.items():
                self._collection(cadre, name_, cls, draft.children.get(name_, []), outcome)
        return False

    def _collection(
        self, parent: Any, name: str, cls: type[Any], drafts: list[Draft], outcome: Outcome
    ) -> None:
        rows = getattr(parent, name)
        existing = {row.id: row for row in rows}
        tombs = self._tombstones([d.sync["id"] for d in drafts if d.sync["id"] not in existing])
        link = {"cadre_id" if isinstance(parent, Cadre) else "evaluation_id": parent.id}
        for position, draft in enumerate(drafts):
            row_id = draft.sync["id"]
            local = existing.get(row_id)

            def attach(obj: Any, at: int = position) -> None:
                rows.insert(min(at, len(rows)), obj)

            row = self._row(cls, local, tombs.get(row_id), draft, outcome, link, attach)
            if row is None:
                continue
            for part_name, part in NESTED.get(cls, {}).items():
                self._collection(row, part_name, part, draft.children.get(part_name, []), outcome)

    def _row(
        self,
        cls: type[Any],
        local: Any,
        tomb: Tombstone | None,
        draft: Draft,
        outcome: Outcome,
        link: dict[str, str],
        attach: Callable[[Any], None] | None = None,
    ) -> Any:
        """Merge one row; returns the stored row when its own rows should be merged too.

        ``link`` names the row's parent (cadre_id or evaluation_id), kept with a conflict."""
        cadre_id, row_id = outcome.cadre_id, draft.sync["id"]
        incoming = draft.sync["version"] or {}
        if local is not None:
            order = compare(incoming, local.version or {})
            if order is Order.NEWER:
                self._assign(local, draft)
                outcome.note("updated")
                self.touched.add(cadre_id)
            elif order is Order.CONCURRENT:
                self._conflict("edit", cls, cadre_id, row_id, local, draft, link)
                outcome.note("conflict")
            return local
        if tomb is not None:
            order = compare(incoming, tomb.version or {})
            if order is Order.CONCURRENT:
                self._conflict("deleted_here", cls, cadre_id, row_id, None, draft, link)
                outcome.note("conflict")
            if order is not Order.NEWER:
                return None
            self.session.delete(tomb)  # edited after the deletion was known: it comes back
        row = cls(id=row_id)
        if draft.content is not None:
            put_blob(self.session, draft.content)
        self._assign(row, draft)
        if attach is None:
            self.session.add(row)
        else:
            attach(row)
        outcome.note("created" if cls is Cadre else "updated")
        self.touched.add(cadre_id)
        return row

    def _assign(self, obj: Synced, draft: Draft) -> None:
        for attr, value in draft.values.items():
            if getattr(obj, attr) != value:
                setattr(obj, attr, value)
        obj.origin, obj.counter = draft.sync["origin"], draft.sync["counter"]
        obj.version = dict(draft.sync["version"] or {})
        self.uow.preserve_version(obj)

    # -- deletions --------------------------------------------------------------------------

    def deletions(self, tombstones: list[dict[str, Any]], names: dict[str, str]) -> None:
        """Apply the deletions a bundle carried; ``names`` names the dossiers for the preview."""
        classes = {cls.__tablename__: cls for cls in _travelling_classes()}
        stored_tombs = self._tombstones([t["id"] for t in tombstones])
        for tomb in tombstones:
            cls = classes.get(tomb["entity"])
            if cls is None:
                continue
            cadre_id = tomb.get("cadre_id") or tomb["id"]
            outcome = self.outcomes.setdefault(cadre_id, Outcome(cadre_id, names.get(cadre_id, "")))
            local = self.session.get(cls, tomb["id"])
            owner = self.session.get(Cadre, cadre_id)
            units = [owner.managing_unit_id, owner.current_unit_id] if owner is not None else []
            if owner is not None and not any(u and self.in_scope(u) for u in units):
                outcome.note("out_of_scope")
                continue
            if local is not None:
                order = compare(tomb["version"], local.version or {})
                if order is Order.NEWER:
                    local.origin, local.counter = tomb["origin"], tomb["counter"]
                    local.version = dict(tomb["version"])
                    self.uow.preserve_version(local)
                    self.session.delete(local)
                    outcome.note("deleted" if cls is Cadre else "updated")
                    self.touched.add(cadre_id)
                elif order is Order.CONCURRENT:
                    self._conflict(
                        "deleted_there", cls, cadre_id, tomb["id"], local, None, {}, tomb
                    )
                    outcome.note("conflict")
                continue
            known = stored_tombs.get(tomb["id"])  # keep it so the deletion travels on
            if known is None or compare(tomb["version"], known.version or {}) is Order.NEWER:
                self.session.merge(
                    Tombstone(
                        id=tomb["id"],
                        entity=tomb["entity"],
                        cadre_id=tomb.get("cadre_id"),
                        origin=tomb["origin"],
                        counter=tomb["counter"],
                        version=dict(tomb["version"]),
                    )
                )

    # -- conflicts --------------------------------------------------------------------------

    def _conflict(
        self,
        kind: str,
        cls: type[Any],
        cadre_id: str,
        row_id: str,
        local: Any,
        draft: Draft | None,
        link: dict[str, str],
        tomb: dict[str, Any] | None = None,
    ) -> None:
        mine = values_of(local) if local is not None else None
        theirs = None
        if draft is not None:
            theirs = {key: plain(value) for key, value in draft.values.items()} | link
            their_version = draft.sync["version"] or {}
        else:
            their_version = tomb["version"] if tomb is not None else {}
        ancestor = None
        if mine is not None:
            ancestor = common_ancestor(self.session, cadre_id, row_id, mine, their_version)
        found = self.session.scalars(
            select(Conflict).where(Conflict.row_id == row_id, Conflict.resolved_at.is_(None))
        ).first()
        if found is None:
            found = Conflict(
                id=new_id(), cadre_id=cadre_id, entity=cls.__tablename__, row_id=row_id
            )
            self.session.add(found)
        found.kind, found.mine, found.theirs, found.ancestor = kind, mine, theirs, ancestor
        found.their_version = dict(their_version)
        found.peer_instance, found.bundle_id = self.origin.peer_instance, self.origin.bundle_id
        self.uow.audit.append("conflict", cls.__tablename__, row_id, cadre_id, {"kind": kind})

    def _tombstones(self, ids: list[str]) -> dict[str, Tombstone]:
        if not ids:
            return {}
        found = self.session.scalars(select(Tombstone).where(Tombstone.id.in_(ids)))
        return {t.id: t for t in found}


def _draft_units(draft: Draft) -> list[str | None]:
    """The units a dossier belongs to: its managing unit and the unit of its current post
    (a department writes the dossiers of the cadres working in it)."""
    posts = [
        SimpleNamespace(**{k: p.values.get(k) for k in ("start", "end", "concurrent", "unit_id")})
        for p in draft.children.get("postings", [])
        if p.values.get("start") is not None
    ]
    post = current_posting(posts)
    return [draft.values.get("managing_unit_id"), post.unit_id if post is not None else None]


def _travelling_classes() -> list[type[Any]]:
    """Only a dossier's rows may be deleted by a bundle (not units, courses, rules…)."""
    parts = [part for nested in NESTED.values() for part in nested.values()]
    return [Cadre, *COLLECTION_CLASSES.values(), *parts]
