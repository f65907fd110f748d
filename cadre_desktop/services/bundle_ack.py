"""Acknowledgements: the receiver's signed word that a bundle was applied, so the sender's next
export sends only what changed since, and no attachment the receiver already holds."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from cadre_desktop.domain.base import utcnow
from cadre_desktop.domain.model import BundleRecord, PeerBlob, PeerState
from cadre_desktop.errors import CadreError, DamagedError, UsageError
from cadre_desktop.services.bundle_import import (
    Received,
    audit_refusal,
    import_bundle,
    open_verified,
    read_file,
)
from cadre_desktop.services.stores import Store
from cadre_desktop.sync import container


@dataclass(frozen=True)
class Acknowledged:
    bundle_id: str
    seq: int
    unit_name: str
    already: dt.datetime | None  # recorded before, at this time


def import_ack(store: Store, path: Path) -> Acknowledged:
    data = read_file(path)
    try:
        opened, sender = open_verified(store, data, "ack")
        bundle_id = str(opened.manifest.get("bundle_id"))
        with store.unit_of_work(write=True, reason=f"bundle acknowledged {path.name}") as uow:
            record = uow.session.get(BundleRecord, bundle_id)
            if (
                record is None
                or record.direction != "out"
                or (record.peer_instance != sender.instance_id)
            ):
                raise DamagedError(
                    "This acknowledgement is for a bundle this store did not send to {unit}.",
                    unit=sender.unit_name,
                )
            if record.acknowledged_at is not None:
                return Acknowledged(bundle_id, record.seq, sender.unit_name, record.acknowledged_at)
            record.acknowledged_at = utcnow()
            state = uow.session.get(PeerState, sender.instance_id)
            assert state is not None  # made with the bundle
            if not record.counts.get("picked"):  # a hand-picked list says nothing of the rest
                state.acked_tick = max(state.acked_tick, record.tick)
            held = set(uow.session.scalars(select(PeerBlob.digest).where(
                PeerBlob.peer_instance == sender.instance_id)))  # fmt: skip
            for digest in sorted(set(record.blobs) - held):
                uow.session.add(PeerBlob(peer_instance=sender.instance_id, digest=digest))
            uow.audit.append("acknowledged", "bundle", bundle_id, None, {"seq": record.seq})
            return Acknowledged(bundle_id, record.seq, sender.unit_name, None)
    except CadreError as error:
        audit_refusal(store, path.name, error)
        raise


def receive_file(
    store: Store, path: Path, *, dry_run: bool = False, ack_folder: Path | None = None
) -> Received | Acknowledged:
    """A file from a stick: a bundle is imported, an acknowledgement recorded."""
    try:
        kind = container.read_header(read_file(path)).kind
    except CadreError as error:
        audit_refusal(store, path.name, error)
        raise
    if kind == "ack":
        if dry_run:
            raise UsageError(
                "An acknowledgement has nothing to preview; import it without --dry-run."
            )
        return import_ack(store, path)
    return import_bundle(store, path, dry_run=dry_run, ack_folder=ack_folder)
