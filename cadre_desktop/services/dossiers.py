"""Opening, exporting and importing whole dossiers."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cadre_desktop.domain.model import Cadre
from cadre_desktop.errors import DamagedError, InvalidInput, UsageError
from cadre_desktop.services.changes import Changes
from cadre_desktop.services.dossier_fields import COLLECTION_CLASSES, NESTED
from cadre_desktop.services.dossier_json import (
    FORMAT,
    VERSION,
    DecodeContext,
    Draft,
    Problems,
    decode_file,
    encode_dossier,
)
from cadre_desktop.services.planning import GateRefused, enforce_import_gate, refuse_import
from cadre_desktop.services.stores import Store
from cadre_desktop.storage.blobs import has_blob, put_blob, read_blob
from cadre_desktop.storage.files import write_atomically
from cadre_desktop.storage.queries import load_dossier, load_dossiers, row_owners, unit_codes
from cadre_desktop.storage.uow import UnitOfWork


def open_dossier(uow: UnitOfWork, cadre_id: str) -> Cadre:
    """Load one whole dossier and record that the officer opened it (sensitive data)."""
    cadre = load_dossier(uow.session, cadre_id)
    if cadre is None:
        raise UsageError("No dossier has the id {id}.", id=cadre_id)
    uow.audit.append("open", "cadre", cadre.id, cadre.id)
    return cadre


def dossier_as_json(uow: UnitOfWork, cadre: Cadre) -> dict[str, Any]:
    return encode_dossier(cadre, unit_codes(uow.session))


def export_json(store: Store, cadre_ids: list[str], target: Path) -> int:
    """Write the dossiers (attachments included) to a JSON file; each export is audited."""
    with store.unit_of_work(write=True, reason=f"export-json {target.name}") as uow:
        cadres = load_dossiers(uow.session, cadre_ids)
        missing = set(cadre_ids) - {c.id for c in cadres}
        if missing:
            raise UsageError("No dossier has the id {id}.", id=sorted(missing)[0])
        codes = unit_codes(uow.session)
        document = {
            "format": FORMAT,
            "version": VERSION,
            "exported_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            "source": {"instance": store.instance_id, "unit": store.unit_name},
            "dossiers": [
                encode_dossier(c, codes, lambda digest: read_blob(uow.session, digest))
                for c in cadres
            ],
        }
        for cadre in cadres:
            uow.audit.append("export", "cadre", cadre.id, cadre.id, {"file": target.name})
        uow.session.flush()
        data = json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8")
        write_atomically(target, data)
    return len(cadres)


@dataclass(frozen=True)
class ImportResult:
    created: int
    updated: int
    unchanged: int
    changes: Changes


def read_json_file(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise UsageError("There is no file at {path}.", path=str(path)) from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise DamagedError("The file is not valid JSON; it may be damaged or cut short.") from exc


def import_json(store: Store, source: Path) -> ImportResult:
    """Check the whole file first; write nothing unless every dossier is acceptable."""
    try:
        return _import_json(store, source)
    except GateRefused as refused:  # no planning entry enters without a valid conclusion
        refuse_import(store, refused, source.name)
        raise


def _import_json(store: Store, source: Path) -> ImportResult:
    data = read_json_file(source)
    with store.unit_of_work(write=True, reason=f"import-json {source.name}") as uow:
        codes = unit_codes(uow.session)
        context = DecodeContext(store.catalogs(), {code: uid for uid, code in codes.items()})
        problems = Problems()
        drafts = decode_file(data, context, problems)
        _check_attachment_content(uow, drafts, problems)
        _check_row_ownership(uow, drafts, problems)
        if problems.items:
            raise InvalidInput(problems.items)
        counts = {"created": 0, "updated": 0, "unchanged": 0}
        touched: set[str] = set()
        for draft in drafts:
            outcome = apply_draft(uow, draft)
            counts[outcome] += 1
            if outcome != "unchanged":
                touched.add(draft.sync["id"])
        enforce_import_gate(uow, store, touched)
    return ImportResult(**counts, changes=Changes(cadres=frozenset(touched)))


def _check_attachment_content(uow: UnitOfWork, drafts: list[Draft], problems: Problems) -> None:
    for draft in drafts:
        for index, attachment in enumerate(draft.children.get("attachments", []), start=1):
            digest = attachment.values.get("sha256")
            if attachment.content is None and digest and not has_blob(uow.session, digest):
                problems.add(
                    f"attachments[{index}]", None, "has no content, and this store lacks it"
                )


def _check_row_ownership(uow: UnitOfWork, drafts: list[Draft], problems: Problems) -> None:
    """A history row keeps its dossier: its id may not reappear twice or under another cadre."""
    for name, cls in COLLECTION_CLASSES.items():
        owner_in_file: dict[str, str] = {}
        for draft in drafts:
            for child in draft.children.get(name, []):
                child_id = child.sync["id"]
                if child_id in owner_in_file:
                    problems.add(name, None, "row {id} appears twice in the file", id=child_id)
                owner_in_file[child_id] = draft.sync["id"]
        stored = row_owners(uow.session, cls, list(owner_in_file))
        for child_id, cadre_id in stored.items():
            if cadre_id != owner_in_file[child_id]:
                problems.add(
                    name, None, "row {id} belongs to another dossier in this store", id=child_id
                )


def apply_draft(uow: UnitOfWork, draft: Draft, keep: frozenset[str] = frozenset()) -> str:
    """Make the stored dossier equal to the draft; say whether it was created or updated.

    The collections named in ``keep`` stay as stored (records other screens keep)."""
    session = uow.session
    session.flush()
    before = uow.audit.head_seq()
    cadre = load_dossier(session, draft.sync["id"])
    created = cadre is None
    if cadre is None:
        cadre = Cadre(id=draft.sync["id"])
        session.add(cadre)
    _assign(uow, cadre, draft, created)
    for name, cls in COLLECTION_CLASSES.items():
        if name in keep and not created:
            continue
        _apply_rows(uow, cadre, name, cls, draft.children.get(name, []))
    session.flush()
    if created:
        return "created"
    return "unchanged" if uow.audit.head_seq() == before else "updated"


def _apply_rows(
    uow: UnitOfWork, parent: Any, name: str, cls: type[Any], drafts: list[Draft]
) -> None:
    """Make ``parent.name`` the drafted rows, in order, and the rows they hold in turn."""
    existing = {child.id: child for child in getattr(parent, name)}
    rows = []
    for child_draft in drafts:
        child = existing.get(child_draft.sync["id"])
        if child is None:
            child = cls(id=child_draft.sync["id"])
        if child_draft.content is not None:
            put_blob(uow.session, child_draft.content)
        _assign(uow, child, child_draft, child.id not in existing)
        for part_name, part in NESTED.get(cls, {}).items():
            _apply_rows(uow, child, part_name, part, child_draft.children.get(part_name, []))
        rows.append(child)
    if [c.id for c in getattr(parent, name)] != [c.id for c in rows]:
        setattr(parent, name, rows)
    if type(parent) in NESTED:
        for seq, child in enumerate(rows):  # nested rows keep their order (no dossier refresh)
            if child.seq != seq:
                child.seq = seq


def _assign(uow: UnitOfWork, obj: Any, draft: Draft, created: bool) -> None:
    for attr, value in draft.values.items():
        if getattr(obj, attr) != value:
            setattr(obj, attr, value)
    if created and draft.sync["version"]:  # a new row keeps the version it travelled with
        obj.origin, obj.counter = draft.sync["origin"], draft.sync["counter"]
        obj.version = dict(draft.sync["version"])
        uow.preserve_version(obj)
