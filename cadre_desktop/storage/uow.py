"""A unit of work: one transaction, with version stamping, tombstones, derived fields,
the search index and the audit chain all written inside it (DESIGN.md §2–3)."""

from __future__ import annotations

from collections.abc import Callable
from types import TracebackType
from typing import Any

from sqlalchemy import Engine, event, inspect, text
from sqlalchemy.orm import Session

from cadre_desktop.domain.base import Synced, new_id
from cadre_desktop.domain.catalogs import Catalogs
from cadre_desktop.domain.derive import current_posting, describe_posting, political_standard
from cadre_desktop.domain.evaluation import EVALUATION_PARTS
from cadre_desktop.domain.model import (
    DOSSIER_COLLECTIONS,
    Cadre,
    CadreChild,
    Evaluation,
    Tombstone,
    Unit,
)
from cadre_desktop.storage.audit import AuditChain, plain
from cadre_desktop.storage.search import SearchDocument, remove_documents, replace_documents
from cadre_desktop.text import name_sort_key

VERSION_KEY = "@version"  # in an audited change: the version vector the change made
ROWS_KEY = "@rows"  # in a dossier's bulk "create" entry: each row's id → its version


def column_changes(obj: Any, *, created: bool) -> dict[str, list[Any]]:
    """{column: [old, new]} for the officer-visible columns of a row."""
    state = inspect(obj)
    changes: dict[str, list[Any]] = {}
    for attr in state.mapper.column_attrs:
        info = attr.columns[0].info
        if info.get("derived") or info.get("sync"):
            continue
        if created:
            value = getattr(obj, attr.key)
            if value is not None:
                changes[attr.key] = [None, plain(value)]
            continue
        history = state.attrs[attr.key].history
        if history.has_changes():
            old = history.deleted[0] if history.deleted else None
            new = history.added[0] if history.added else None
            if plain(old) != plain(new):
                changes[attr.key] = [plain(old), plain(new)]
    return changes


def cadre_of(obj: Any) -> Cadre | None:
    if isinstance(obj, Cadre):
        return obj
    if isinstance(obj, CadreChild):
        return obj.cadre
    held_by = getattr(obj, "evaluation", None)  # a line of a rating
    return held_by.cadre if isinstance(held_by, Evaluation) else None


class UnitOfWork:
    """Use as a context manager; a writer commits on success, everything rolls back on error."""

    def __init__(
        self,
        engine: Engine,
        *,
        instance_id: str,
        actor: str,
        catalogs: Callable[[], Catalogs],
        write: bool,
        reason: str | None = None,
    ) -> None:
        self.session = Session(engine, expire_on_commit=False)
        self.instance_id = instance_id
        self.write = write
        self.reason = reason
        self.audit = AuditChain(self.session, actor)
        self._catalogs = catalogs
        self._counter: int | None = None
        self._documents: list[SearchDocument] = []
        self._removed_rowids: list[int] = []
        self._next_rowid: int | None = None
        self._preserved: set[int] = set()
        self._touched: set[str] = set()
        self._parents: dict[int, Any] = {}  # a row taken out of a collection → its holder
        event.listen(self.session, "before_flush", self._before_flush)
        event.listen(self.session, "after_flush", self._after_flush)

    @property
    def catalogs(self) -> Catalogs:
        return self._catalogs()

    def __enter__(self) -> UnitOfWork:
        if self.write:
            self.session.connection(execution_options={"cadre_writer": True})
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        try:
            if exc_type is not None:
                self.session.rollback()
            elif self.write:
                self.session.commit()
        finally:
            self.session.close()  # ends a reader's transaction; loaded objects stay readable

    # -- flush hooks -------------------------------------------------------------------

    def counter(self) -> int:
        """This transaction's tick of the store's counter, taken once, on first change."""
        if self._counter is None:
            self._counter = int(
                self.session.execute(
                    text("UPDATE store_instance SET counter = counter + 1 RETURNING counter")
                ).scalar_one()
            )
        return self._counter

    def preserve_version(self, obj: Synced) -> None:
        """Keep the origin and version vector a row brought with it (imports, bundles)."""
        self._preserved.add(id(obj))

    def stamp(self, obj: Synced) -> None:
        tick = self.counter()
        obj.origin = self.instance_id
        obj.counter = tick
        obj.version = {**(obj.version or {}), self.instance_id: tick}

    def _before_flush(self, session: Session, _context: Any, _instances: Any) -> None:
        if not self.write:
            raise RuntimeError("a read-only unit of work tried to write")
        deleted = list(session.deleted) + self._orphans(session)
        affected: dict[str, Cadre] = {}
        for obj in session.new:
            if isinstance(obj, Synced) and obj.id is None:
                obj.id = new_id()
        for obj in list(session.new) + list(session.dirty):
            cadre = cadre_of(obj)
            if cadre is not None and cadre not in session.deleted:
                affected[cadre.id] = cadre
        with session.no_autoflush:
            for cadre in affected.values():
                self._refresh_derived(cadre)

        for obj in list(session.new):
            if isinstance(obj, Synced):
                if id(obj) not in self._preserved:
                    self.stamp(obj)
                self._log(obj, "create", column_changes(obj, created=True))
        for obj in list(session.dirty):
            if isinstance(obj, Synced) and obj not in session.new:
                changes = column_changes(obj, created=False)
                if changes:
                    if id(obj) not in self._preserved:
                        self.stamp(obj)
                    self._log(obj, "update", changes)
        for obj in deleted:
            if isinstance(obj, Synced):
                self._bury(obj)

    def _orphans(self, session: Session) -> list[Any]:
        """Rows removed from a dossier collection: deleted at flush, so tombstoned now."""
        orphans: list[Any] = []
        for obj in session.dirty:
            names: tuple[str, ...] = ()
            if isinstance(obj, Cadre):
                names = DOSSIER_COLLECTIONS
            elif isinstance(obj, Evaluation):  # the lines a rating holds travel as well
                names = EVALUATION_PARTS
            state = inspect(obj)
            for name in names:
                for child in state.attrs[name].history.deleted:
                    if inspect(child).persistent and child not in session.deleted:
                        orphans.append(child)
                        self._parents[id(child)] = obj
        return orphans

    def _bury(self, obj: Synced) -> None:
        tick = self.counter()
        cadre = cadre_of(obj) or cadre_of(self._parents.get(id(obj)))
        cadre_id = cadre.id if cadre is not None else getattr(obj, "cadre_id", None)
        if id(obj) in self._preserved:  # a deletion a bundle brought keeps its version
            origin, counter, version = obj.origin, obj.counter, dict(obj.version or {})
        else:
            origin, counter = self.instance_id, tick
            version = {**(obj.version or {}), self.instance_id: tick}
        self.session.merge(  # a row may be deleted, come back by import, and go again
            Tombstone(
                id=obj.id,
                entity=type(obj).__tablename__,  # type: ignore[attr-defined]
                cadre_id=cadre_id,
                origin=origin,
                counter=counter,
                version=version,
            )
        )
        self.audit.append("delete", type(obj).__tablename__, obj.id, cadre_id, {}, self.reason)  # type: ignore[attr-defined]
        if cadre_id is not None:
            self._touched.add(cadre_id)
        if isinstance(obj, Cadre) and obj.search_rowid is not None:
            self._removed_rowids.append(obj.search_rowid)

    def _log(self, obj: Synced, action: str, changes: dict[str, Any]) -> None:
        cadre = cadre_of(obj)
        if cadre is not None:
            self._touched.add(cadre.id)
        # the version each change made, so a conflict can show the state both sides last shared
        changes[VERSION_KEY] = dict(obj.version or {})
        self.audit.append(
            action,
            type(obj).__tablename__,  # type: ignore[attr-defined]
            obj.id,
            cadre.id if cadre is not None else None,
            changes,
            self.reason,
        )

    def _refresh_derived(self, cadre: Cadre) -> None:
        """Sort key, current post and search document follow the dossier on every change."""
        catalogs = self.catalogs
        cadre.sort_key = name_sort_key(cadre.family_name, cadre.middle_name, cadre.given_name)
        unloaded = inspect(cadre).unloaded
        for name in DOSSIER_COLLECTIONS:
            if name in unloaded:
                continue  # not loaded, so not reordered either
            for index, child in enumerate(getattr(cadre, name)):
                if child.seq != index:
                    child.seq = index
        if "clearances" not in unloaded:
            cadre.political_standard = political_standard(cadre.clearances)
        post = current_posting(cadre.postings)

        def unit_name(unit_id: str) -> str | None:
            unit = self.session.get(Unit, unit_id)
            return unit.name if unit else None

        if post is None:
            cadre.current_unit_id, cadre.current_position = None, None
        else:
            cadre.current_unit_id = post.unit_id
            cadre.current_position = describe_posting(
                post, lambda code: catalogs.label("title", code), unit_name
            )
        if cadre.search_rowid is None:
            cadre.search_rowid = self._allocate_rowid()
        unit = unit_name(cadre.current_unit_id or cadre.managing_unit_id) or ""
        self._documents.append(
            SearchDocument.of(
                cadre.search_rowid, cadre.full_name, cadre.other_names, cadre.id_number, unit
            )
        )

    def _allocate_rowid(self) -> int:
        if self._next_rowid is None:
            with self.session.no_autoflush:
                top = self.session.execute(text("SELECT max(search_rowid) FROM cadre")).scalar()
            self._next_rowid = int(top or 0)
        self._next_rowid += 1
        return self._next_rowid

    def _after_flush(self, session: Session, _context: Any) -> None:
        connection = session.connection()
        remove_documents(connection, self._removed_rowids)
        if self._touched:  # incremental bundles send the dossiers changed since the last one
            if self._counter is None:  # only preserved (imported) rows so far: tick once now
                self._counter = int(
                    connection.execute(
                        text("UPDATE store_instance SET counter = counter + 1 RETURNING counter")
                    ).scalar_one()
                )
            connection.execute(
                text(
                    "INSERT INTO dossier_tick (cadre_id, tick) VALUES (:cadre, :tick) "
                    "ON CONFLICT (cadre_id) DO UPDATE SET tick = excluded.tick"
                ),
                [{"cadre": cadre_id, "tick": self._counter} for cadre_id in sorted(self._touched)],
            )
            self._touched = set()
        replace_documents(connection, self._documents)
        self._documents, self._removed_rowids = [], []
