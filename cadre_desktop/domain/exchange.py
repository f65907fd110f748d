"""Exchange state of a store (DESIGN.md §3): its keys, the units it trusts, revocations,
the bundle ledger, what each peer has acknowledged, and the conflicts bundles brought."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from cadre_desktop.domain.base import Base, utcnow


class ExchangeIdentity(Base):
    """This store's signing (Ed25519) and encryption (X25519) keys, raw bytes as base64.

    The private halves never leave the encrypted store. ``certificates`` are the signed
    statements upper units gave this store's key (its writing scope); its bundles carry them."""

    __tablename__ = "exchange_identity"

    instance_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    sign_private: Mapped[str] = mapped_column(String(64))
    box_private: Mapped[str] = mapped_column(String(64))
    sign_public: Mapped[str] = mapped_column(String(64))
    box_public: Mapped[str] = mapped_column(String(64))
    certificates: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class TrustedUnit(Base):
    """Another store whose bundles this store accepts, and the unit subtrees it may write.

    ``scope`` is a list of unit codes (each with its subtree); the same scope bounds what is
    sent to it by default. ``certified_by`` names the trusted unit whose certificate vouched
    for it, or is empty when the officers compared fingerprints themselves."""

    __tablename__ = "trusted_unit"

    instance_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    unit_code: Mapped[str] = mapped_column(String(40))
    unit_name: Mapped[str] = mapped_column(String(300))
    sign_public: Mapped[str] = mapped_column(String(64))
    box_public: Mapped[str] = mapped_column(String(64))
    fingerprint: Mapped[str] = mapped_column(String(64))
    scope: Mapped[list[str]] = mapped_column(JSON, default=list)
    certified_by: Mapped[str | None] = mapped_column(String(36))
    certificate: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    trusted_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class KeyRevocation(Base):
    """A unit key withdrawn by the unit that certified it (or by this store); it travels down."""

    __tablename__ = "key_revocation"

    instance_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    sign_public: Mapped[str] = mapped_column(String(64))
    revoked_by: Mapped[str] = mapped_column(String(36))
    revoked_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    reason: Mapped[str | None] = mapped_column(Text)
    signature: Mapped[str] = mapped_column(String(128), default="")


class BundleRecord(Base):
    """One bundle sent or received: the ledger that detects replays and drives acknowledgements.

    For a sent bundle, ``tick`` is this store's counter when it was made and ``dossiers`` the
    dossiers it carried; ``acknowledged_at`` is set when the receiver's acknowledgement comes."""

    __tablename__ = "bundle_record"
    __table_args__ = (Index("ix_bundle_record_peer_seq", "direction", "peer_instance", "seq"),)

    bundle_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    direction: Mapped[str] = mapped_column(String(3))  # "out" or "in"
    peer_instance: Mapped[str] = mapped_column(String(36))
    seq: Mapped[int] = mapped_column(Integer)
    at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    tick: Mapped[int] = mapped_column(Integer, default=0)
    file_name: Mapped[str] = mapped_column(String(260), default="")
    file_hash: Mapped[str] = mapped_column(String(64), default="")
    dossiers: Mapped[list[str]] = mapped_column(JSON, default=list)
    blobs: Mapped[list[str]] = mapped_column(JSON, default=list)
    counts: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    acknowledged_at: Mapped[dt.datetime | None] = mapped_column()


class PeerState(Base):
    """What a peer has acknowledged: every dossier change up to ``acked_tick`` of this store."""

    __tablename__ = "peer_state"

    peer_instance: Mapped[str] = mapped_column(String(36), primary_key=True)
    next_seq: Mapped[int] = mapped_column(Integer, default=1)
    acked_tick: Mapped[int] = mapped_column(Integer, default=-1)


class PeerBlob(Base):
    """An attachment's content the peer is known to hold, so it is not sent again."""

    __tablename__ = "peer_blob"

    peer_instance: Mapped[str] = mapped_column(String(36), primary_key=True)
    digest: Mapped[str] = mapped_column(String(64), primary_key=True)


class DossierTick(Base):
    """This store's counter at a dossier's latest change, made here or brought by a bundle."""

    __tablename__ = "dossier_tick"
    __table_args__ = (Index("ix_dossier_tick_tick", "tick"),)

    cadre_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    tick: Mapped[int] = mapped_column(Integer)


class Conflict(Base):
    """Two concurrent versions of one row: the stored one stays, the other waits here.

    ``kind`` is "edit" (both edited), "deleted_there" (they deleted what was edited here) or
    "deleted_here" (they edited what was deleted here). Values are plain JSON, field by field."""

    __tablename__ = "sync_conflict"
    __table_args__ = (Index("ix_sync_conflict_open", "resolved_at", "cadre_id"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    cadre_id: Mapped[str] = mapped_column(String(36))
    entity: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[str] = mapped_column(String(36))
    kind: Mapped[str] = mapped_column(String(20))
    mine: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    theirs: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    ancestor: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    their_version: Mapped[dict[str, int]] = mapped_column(JSON, default=dict)
    peer_instance: Mapped[str] = mapped_column(String(36))
    bundle_id: Mapped[str] = mapped_column(String(36))
    found_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    resolved_at: Mapped[dt.datetime | None] = mapped_column()
    resolution: Mapped[dict[str, Any] | None] = mapped_column(JSON)
