"""Control records of a store: its instance, the audit chain, tombstones, settings."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from cadre_desktop.domain.base import Base, utcnow


class StoreInstance(Base):
    """This store as an instance of a unit: its id names it in version vectors."""

    __tablename__ = "store_instance"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    unit_code: Mapped[str] = mapped_column(String(40))
    unit_name: Mapped[str] = mapped_column(String(300))
    counter: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    catalog_version: Mapped[int] = mapped_column(Integer, default=0)


class AuditEntry(Base):
    """Append-only, hash-chained record of every change and every access to a dossier."""

    __tablename__ = "audit_entry"
    __table_args__ = (Index("ix_audit_entry_cadre", "cadre_id"),)

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[dt.datetime] = mapped_column()
    actor: Mapped[str] = mapped_column(String(120))
    action: Mapped[str] = mapped_column(String(40))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str | None] = mapped_column(String(64))
    cadre_id: Mapped[str | None] = mapped_column(String(36))
    changes: Mapped[dict[str, Any]] = mapped_column(default=dict)
    reason: Mapped[str | None] = mapped_column(Text)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class Tombstone(Base):
    """A deleted travelling row, kept so that the deletion itself can travel."""

    __tablename__ = "tombstone"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    entity: Mapped[str] = mapped_column(String(40))
    cadre_id: Mapped[str | None] = mapped_column(String(36), index=True)
    origin: Mapped[str] = mapped_column(String(36))
    counter: Mapped[int] = mapped_column(Integer)
    version: Mapped[dict[str, int]] = mapped_column(default=dict)
    deleted_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class Setting(Base):
    """Store-wide settings (data-protection officer, idle lock, …)."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON, default=None)
