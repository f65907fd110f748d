"""Exporting a bundle for another unit: its scope (or a hand-picked list), only what it has not
acknowledged, one signed and encrypted file written atomically."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, or_, select

from cadre_desktop.domain.model import (
    BundleRecord,
    Cadre,
    DossierTick,
    PeerBlob,
    PeerState,
    StoreInstance,
    Tombstone,
    TrustedUnit,
)
from cadre_desktop.errors import CadreError, UsageError
from cadre_desktop.i18n import N_
from cadre_desktop.services.bundle_payload import Payload, encode_deletion
from cadre_desktop.services.bundle_reference import catalog_entries, units_named
from cadre_desktop.services.dossier_rows import encode_rows
from cadre_desktop.services.stores import Store
from cadre_desktop.storage.blobs import read_blob
from cadre_desktop.storage.files import write_atomically
from cadre_desktop.storage.queries import unit_codes
from cadre_desktop.storage.uow import UnitOfWork
from cadre_desktop.sync import container, trust
from cadre_desktop.sync.keys import ensure_identity

SCHEMA = 1  # the content version of the bundles this app writes; it reads this one and older
SUFFIX, ACK_SUFFIX = ".cadrebundle", ".cadreack"
BATCH = 1000

Progress = Callable[[int, int], bool | None]  # (done, total) → False to cancel


class ExportCancelled(CadreError):
    """The officer stopped the export: the transaction rolls back and no file is written."""


@dataclass(frozen=True)
class ExportResult:
    path: Path
    bundle_id: str
    seq: int
    dossiers: int
    deletions: int
    attachments: int
    size: int
    incremental: bool


def safe_name(text: str) -> str:
    """ASCII letters, digits, '-' and '_' only: safe on FAT32 and exFAT sticks."""
    folded = unicodedata.normalize("NFKD", text.replace("đ", "d").replace("Đ", "D"))
    ascii_only = folded.encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^A-Za-z0-9_-]+", "_", ascii_only).strip("_")[:40] or "unit"


def bundle_file_name(sender_code: str, receiver_code: str, seq: int, suffix: str) -> str:
    return f"{safe_name(sender_code)}-to-{safe_name(receiver_code)}-{seq:05d}{suffix}"


def export_bundle(
    store: Store,
    to_unit: str,
    target: Path,
    *,
    cadre_ids: list[str] | None = None,
    progress: Progress | None = None,
) -> ExportResult:
    """``target`` is a folder (the file is named there) or a file path."""
    with store.unit_of_work(write=True, reason=f"bundle export to {to_unit}") as uow:
        session = uow.session
        identity = ensure_identity(session, store.instance_id)
        peer = trust.receiver(session, to_unit)
        state = session.get(PeerState, peer.instance_id)
        seq, acked = (state.next_seq, state.acked_tick) if state else (1, -1)
        me = session.get(StoreInstance, store.instance_id)
        assert me is not None
        tick, own_code, own_name = me.counter, me.unit_code, me.unit_name
        incremental = cadre_ids is None and acked >= 0
        chosen = _chosen(uow, cadre_ids) if cadre_ids is not None else _changed(uow, peer, acked)
        payload = _payload(uow, chosen, acked if cadre_ids is None else None, progress)
        known = set(session.scalars(select(PeerBlob.digest).where(
            PeerBlob.peer_instance == peer.instance_id)))  # fmt: skip
        wanted = {d for d in _digests(payload) if d not in known}
        payload.blobs = {digest: read_blob(session, digest) for digest in sorted(wanted)}
        bundle_id = str(uuid.uuid4())
        counts = {
            "dossiers": len(payload.dossiers),
            "deletions": len(payload.deletions),
            "attachments": len(payload.blobs),
        }
        manifest: dict[str, Any] = {
            "bundle_id": bundle_id,
            "schema": SCHEMA,
            "sender_unit": {"code": own_code, "name": own_name},
            "receiver": peer.instance_id,
            "seq": seq,
            "created_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            "tick": tick,
            "incremental": incremental,
            "picked": cadre_ids is not None,
            "counts": counts,
        }
        data = container.seal(
            kind="bundle",
            identity=identity,
            receiver_instance=peer.instance_id,
            receiver_box_public=peer.box_public,
            manifest=manifest,
            parts=payload.parts(),
            credentials=trust.credentials(session, store.instance_id),
        )
        path = target
        if target.suffix != SUFFIX:  # a folder, e.g. the stick: the file is named there
            target.mkdir(parents=True, exist_ok=True)
            path = target / bundle_file_name(own_code, peer.unit_code, seq, SUFFIX)
        write_atomically(path, data)
        session.add(
            BundleRecord(
                bundle_id=bundle_id,
                direction="out",
                peer_instance=peer.instance_id,
                seq=seq,
                tick=tick,
                file_name=path.name,
                file_hash=hashlib.sha256(data).hexdigest(),
                dossiers=[d["id"] for d in payload.dossiers],
                blobs=sorted(wanted),
                counts={**counts, "picked": cadre_ids is not None},
            )
        )
        state = session.get(PeerState, peer.instance_id)  # read again: loading expunged it
        if state is None:
            state = PeerState(peer_instance=peer.instance_id, acked_tick=-1)
            session.add(state)
        state.next_seq = seq + 1
        uow.audit.append_many(
            "export",
            "cadre",
            [(d["id"], d["id"]) for d in payload.dossiers],
            {"bundle": bundle_id, "to": peer.unit_code},
        )
    return ExportResult(
        path,
        bundle_id,
        seq,
        len(payload.dossiers),
        len(payload.deletions),
        len(payload.blobs),
        len(data),
        incremental,
    )


def _chosen(uow: UnitOfWork, cadre_ids: list[str]) -> list[str]:
    found = set(uow.session.scalars(select(Cadre.id).where(Cadre.id.in_(cadre_ids))))
    missing = [i for i in cadre_ids if i not in found]
    if missing:
        raise UsageError("No dossier has the id {id}.", id=missing[0])
    return list(dict.fromkeys(cadre_ids))


def _changed(uow: UnitOfWork, peer: TrustedUnit, acked_tick: int) -> list[str]:
    """Dossiers in the receiver's scope (managed there, or of cadres working there) changed
    since the last bundle it acknowledged."""
    units = sorted(trust.scope_unit_ids(uow.session, peer.scope))
    changed = func.coalesce(DossierTick.tick, 0) > acked_tick
    statement = (
        select(Cadre.id)
        .outerjoin(DossierTick, DossierTick.cadre_id == Cadre.id)
        .where(or_(Cadre.managing_unit_id.in_(units), Cadre.current_unit_id.in_(units)), changed)
        .order_by(Cadre.sort_key, Cadre.id)
    )
    return list(uow.session.scalars(statement))


def _payload(
    uow: UnitOfWork, cadre_ids: list[str], acked_tick: int | None, progress: Progress | None
) -> Payload:
    session = uow.session
    codes = unit_codes(session)
    dossiers = []
    for start in range(0, len(cadre_ids), BATCH):
        batch = cadre_ids[start : start + BATCH]
        dossiers += encode_rows(session, batch, codes, keep_empty=False)
        if (
            progress is not None
            and progress(min(start + BATCH, len(cadre_ids)), len(cadre_ids)) is False
        ):
            raise ExportCancelled(N_("Cancelled; no bundle was written."))
    wanted = set(cadre_ids)
    if acked_tick is not None:  # deleted dossiers whose deletion the receiver has not seen
        still_here = select(Cadre.id).where(Cadre.id == DossierTick.cadre_id).exists()
        gone = select(DossierTick.cadre_id).where(DossierTick.tick > acked_tick, ~still_here)
        wanted |= set(session.scalars(gone))
    deletions = [
        encode_deletion(tomb)
        for start in range(0, len(wanted), BATCH)
        for tomb in session.scalars(
            select(Tombstone).where(Tombstone.cadre_id.in_(sorted(wanted)[start : start + BATCH]))
        )
    ]
    units = units_named(uow, set(codes))
    return Payload.of(dossiers, deletions=deletions, units=units, catalogs=catalog_entries(uow))


def _digests(payload: Payload) -> set[str]:
    return {
        str(row["sha256"])
        for dossier in payload.dossiers
        for row in dossier.get("attachments", [])
        if row.get("sha256")
    }
