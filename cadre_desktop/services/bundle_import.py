"""Importing a bundle: verify everything before touching anything, preview, then apply in one
transaction after an automatic backup, write the ledger and the acknowledgement for the sender."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select

from cadre_desktop.domain.model import BundleRecord, PeerBlob, PlanningEntry, StoreInstance
from cadre_desktop.errors import CadreError, DamagedError, InvalidInput, RefusedError, UsageError
from cadre_desktop.i18n import gettext
from cadre_desktop.services.bundle_export import ACK_SUFFIX, SCHEMA, bundle_file_name
from cadre_desktop.services.bundle_merge import Merger, Origin, Outcome
from cadre_desktop.services.bundle_payload import Payload
from cadre_desktop.services.bundle_reference import add_missing_entries, add_missing_units
from cadre_desktop.services.changes import Changes
from cadre_desktop.services.dossier_json import DecodeContext, Problems, decode_file
from cadre_desktop.services.planning import GateRefused, enforce_import_gate, refuse_import
from cadre_desktop.services.stores import Store
from cadre_desktop.storage.backup import write_backup
from cadre_desktop.storage.blobs import has_blob
from cadre_desktop.storage.catalogs import read_catalogs
from cadre_desktop.storage.files import write_atomically
from cadre_desktop.storage.queries import unit_codes
from cadre_desktop.storage.uow import UnitOfWork
from cadre_desktop.sync import container, trust
from cadre_desktop.sync.keys import load_identity


@dataclass(frozen=True)
class Preview:
    """What a bundle would do (or did), dossier by dossier."""

    bundle_id: str
    sender_code: str
    sender_name: str
    seq: int
    created_at: str
    outcomes: tuple[Outcome, ...] = ()
    already: dt.datetime | None = None  # imported before, at this time: nothing to do

    def count(self, kind: str) -> int:
        return sum(1 for o in self.outcomes if o.kind == kind)

    @property
    def counts(self) -> dict[str, int]:
        return dict(Counter(o.kind for o in self.outcomes))


@dataclass(frozen=True)
class Received:
    preview: Preview
    applied: bool = False
    backup: Path | None = None
    ack_path: Path | None = None
    ack_error: str | None = None
    changes: Changes = field(default_factory=Changes)


class _Rollback(Exception):
    """Ends a preview's transaction without writing anything."""


def preview_bundle(store: Store, path: Path) -> Preview:
    return import_bundle(store, path, dry_run=True).preview


def import_bundle(
    store: Store, path: Path, *, dry_run: bool = False, ack_folder: Path | None = None
) -> Received:
    data = read_file(path)
    try:
        opened, sender = open_verified(store, data, "bundle")
        preview = _heading(opened, sender)
        seen = _seen(store, opened, sender)
        if seen is not None:
            return Received(Preview(**{**preview.__dict__, "already": seen}))
        if dry_run:
            return Received(_dry_run(store, opened, sender, preview))
        backup = write_backup(
            store.folder, store.key, store.folder.backups, reason="bundle", quick=True
        )
        preview, touched = _apply(store, opened, sender, preview, path.name)
    except GateRefused as refused:  # no planning entry enters without a valid conclusion
        refuse_import(store, refused, path.name)
        raise
    except CadreError as error:
        audit_refusal(store, path.name, error)
        raise
    ack_path, ack_error = _acknowledge(store, opened, sender, ack_folder or path.parent)
    return Received(preview, True, backup, ack_path, ack_error, Changes(cadres=frozenset(touched)))


def read_file(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError as exc:
        raise UsageError("There is no file at {path}.", path=str(path)) from exc
    except OSError as exc:
        raise UsageError("The file {path} cannot be read.", path=str(path)) from exc


def open_verified(store: Store, data: bytes, kind: str) -> tuple[container.Opened, trust.Sender]:
    """Decrypt and check signature, trust chain, receiver and version; touch nothing."""
    with store.unit_of_work() as uow:
        identity = load_identity(uow.session)
        if identity is None:
            raise DamagedError(container.OTHER_RECEIVER)
        opened = container.unseal(data, identity)
        sender = trust.verify_sender(uow.session, opened)
    manifest = opened.manifest
    if opened.header.kind != kind and kind == "bundle":
        raise UsageError("This file is an acknowledgement, not a bundle of dossiers.")
    if opened.header.kind != kind:
        raise UsageError("This file is a bundle of dossiers, not an acknowledgement.")
    schema = manifest.get("schema")
    if not isinstance(schema, int) or not isinstance(manifest.get("seq"), int):
        raise DamagedError(container.NOT_A_BUNDLE)
    if schema > SCHEMA:
        raise DamagedError(container.NEWER_FORMAT)
    if not opened.header.receiver == manifest.get("receiver") == store.instance_id:
        raise DamagedError(container.OTHER_RECEIVER)
    return opened, sender


def audit_refusal(store: Store, file_name: str, error: CadreError) -> None:
    """A refused file leaves one audit entry and nothing else."""
    with store.unit_of_work(write=True, reason="bundle refused") as uow:
        uow.audit.append("refused", "bundle", None, None, {"file": file_name, "why": error.msgid})


def _heading(opened: container.Opened, sender: trust.Sender) -> Preview:
    manifest = opened.manifest
    return Preview(
        bundle_id=str(manifest.get("bundle_id")),
        sender_code=sender.unit_code,
        sender_name=sender.unit_name,
        seq=int(manifest["seq"]),
        created_at=str(manifest.get("created_at", "")),
    )


def _seen(store: Store, opened: container.Opened, sender: trust.Sender) -> dt.datetime | None:
    """When this very bundle was imported before; a different one reusing its number is refused."""
    manifest = opened.manifest
    with store.unit_of_work() as uow:
        record = uow.session.get(BundleRecord, str(manifest.get("bundle_id")))
        if record is not None and record.direction == "in":
            return record.at
        replay = uow.session.scalars(
            select(BundleRecord).where(
                BundleRecord.direction == "in",
                BundleRecord.peer_instance == sender.instance_id,
                BundleRecord.seq == manifest["seq"],
            )
        ).first()
    if replay is not None:
        raise DamagedError(
            "This bundle reuses number {seq} from {unit}, which was already imported: it may "
            "be a replayed copy. Nothing was imported.",
            seq=manifest["seq"],
            unit=sender.unit_name,
        )
    return None


def _merge(uow: UnitOfWork, store: Store, opened: container.Opened, sender: trust.Sender) -> Merger:
    payload = Payload.from_parts(opened.parts)
    add_missing_units(uow, payload.units)
    session = uow.session
    catalogs = store.catalogs()
    if add_missing_entries(uow, payload.catalogs):  # read again, with what was just added
        catalogs = read_catalogs(session)
    context = DecodeContext(catalogs, {c: u for u, c in unit_codes(session).items()})
    problems = Problems()
    drafts = decode_file(payload.document, context, problems)
    for draft in drafts:
        for index, row in enumerate(draft.children.get("attachments", []), start=1):
            digest = str(row.values.get("sha256"))
            content = payload.blobs.get(digest)
            if content is not None and hashlib.sha256(content).hexdigest() == digest:
                row.content = content
            elif not has_blob(session, digest):
                problems.add(
                    f"attachments[{index}]", None, "has no content, and this store lacks it"
                )
    if problems.items:
        raise InvalidInput(problems.items)
    allowed = trust.scope_unit_ids(session, sender.scope)  # the units it may write, here
    origin = Origin(sender.instance_id, str(opened.manifest["bundle_id"]))
    merger = Merger(uow, origin, allowed.__contains__)
    merger.dossiers(drafts)
    names = {o.cadre_id: o.name for o in merger.outcomes.values()}
    merger.deletions(payload.deletions, names)
    session.flush()
    return merger


def _dry_run(
    store: Store, opened: container.Opened, sender: trust.Sender, preview: Preview
) -> Preview:
    found: list[Preview] = []
    try:
        with store.unit_of_work(write=True, reason="bundle preview") as uow:
            merger = _merge(uow, store, opened, sender)
            found.append(_with(preview, merger))
            raise _Rollback
    except _Rollback:
        pass
    return found[0]


def _apply(
    store: Store,
    opened: container.Opened,
    sender: trust.Sender,
    preview: Preview,
    file_name: str,
) -> tuple[Preview, set[str]]:
    manifest = opened.manifest
    with store.unit_of_work(write=True, reason=f"bundle import {file_name}") as uow:
        merger = _merge(uow, store, opened, sender)
        result = _with(preview, merger)
        outside = result.count("out_of_scope")
        if outside:
            raise RefusedError(
                "{count} dossier(s) in this bundle are outside what {unit} may write; "
                "nothing was imported.",
                rule_ids=["BUNDLE_OUT_OF_SCOPE"],
                count=outside,
                unit=sender.unit_name,
            )
        planned = _with_active_planning(uow, merger.touched)
        enforce_import_gate(uow, store, planned)  # the same gate as every other path
        trust.absorb(uow.session, opened, sender, uow.audit)
        _record(uow, manifest, sender, opened, result, file_name)
    store.forget_catalogs()  # entries the bundle added are now the store's own
    return result, merger.touched


def _with_active_planning(uow: UnitOfWork, cadre_ids: set[str]) -> set[str]:
    """The gate judges planning entries: only dossiers that hold an active one need it."""
    found: set[str] = set()
    ids = sorted(cadre_ids)
    for start in range(0, len(ids), 500):
        found |= set(uow.session.scalars(
            select(PlanningEntry.cadre_id).where(
                PlanningEntry.cadre_id.in_(ids[start : start + 500]), PlanningEntry.end.is_(None))
        ))  # fmt: skip
    return found


def _with(preview: Preview, merger: Merger) -> Preview:
    outcomes = sorted(merger.outcomes.values(), key=lambda o: (o.kind, o.name, o.cadre_id))
    return Preview(**{**preview.__dict__, "outcomes": tuple(outcomes)})


def _record(
    uow: UnitOfWork,
    manifest: dict[str, Any],
    sender: trust.Sender,
    opened: container.Opened,
    result: Preview,
    file_name: str,
) -> None:
    session = uow.session
    payload_blobs = {n.removeprefix("blob/") for n in opened.parts if n.startswith("blob/")}
    held = set(session.scalars(select(PeerBlob.digest).where(
        PeerBlob.peer_instance == sender.instance_id)))  # fmt: skip
    for digest in sorted(payload_blobs - held):  # they hold what they sent: never send it back
        session.add(PeerBlob(peer_instance=sender.instance_id, digest=digest))
    session.add(
        BundleRecord(
            bundle_id=str(manifest["bundle_id"]),
            direction="in",
            peer_instance=sender.instance_id,
            seq=int(manifest["seq"]),
            tick=int(manifest.get("tick") or 0),
            file_name=file_name,
            file_hash=opened.file_hash,
            dossiers=[o.cadre_id for o in result.outcomes],
            counts=result.counts,
        )
    )
    uow.audit.append(
        "import", "bundle", str(manifest["bundle_id"]), None,
        {"from": sender.unit_code, "seq": manifest["seq"], **result.counts},
    )  # fmt: skip


def _acknowledge(
    store: Store, opened: container.Opened, sender: trust.Sender, folder: Path
) -> tuple[Path | None, str | None]:
    """The acknowledgement lets the sender's next export send only what is new."""
    manifest = opened.manifest
    with store.unit_of_work() as uow:
        identity = load_identity(uow.session)
        peer = trust.receiver(uow.session, sender.instance_id)
        assert identity is not None
        data = container.seal(
            kind="ack",
            identity=identity,
            receiver_instance=sender.instance_id,
            receiver_box_public=peer.box_public,
            manifest={
                "bundle_id": manifest["bundle_id"],
                "schema": SCHEMA,
                "receiver": sender.instance_id,
                "seq": manifest["seq"],
                "created_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            },
            parts={},
            credentials=trust.credentials(uow.session, store.instance_id),
        )
        me = uow.session.get(StoreInstance, store.instance_id)
        assert me is not None
    path = folder / bundle_file_name(
        me.unit_code, sender.unit_code, int(manifest["seq"]), ACK_SUFFIX
    )
    try:
        write_atomically(path, data)
    except OSError:
        return None, gettext(
            "The acknowledgement could not be written to {folder}; the import itself is done."
        ).format(folder=folder)
    return path, None
