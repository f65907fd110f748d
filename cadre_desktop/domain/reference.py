"""Reference data: the store's unit tree and the versioned catalogs."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from cadre_desktop.domain.base import Base, Synced, label
from cadre_desktop.domain.enums import UnitKind, UnitLevel
from cadre_desktop.domain.history import enum_type


class Unit(Synced, Base):
    """An agency or Party committee of the province; units keep their validity dates so
    that history printed today still names the district committees abolished in 2025."""

    __tablename__ = "unit"

    code: Mapped[str] = mapped_column(String(40), unique=True, info=label("Unit code"))
    name: Mapped[str] = mapped_column(String(300), info=label("Unit name"))
    kind: Mapped[UnitKind] = mapped_column(enum_type(UnitKind), info=label("Kind"))
    level: Mapped[UnitLevel] = mapped_column(enum_type(UnitLevel), info=label("Level"))
    parent_id: Mapped[str | None] = mapped_column(ForeignKey("unit.id"), index=True)
    valid_from: Mapped[dt.date | None] = mapped_column(Date)
    valid_to: Mapped[dt.date | None] = mapped_column(Date)
    seq: Mapped[int] = mapped_column(Integer, default=0)

    def valid_on(self, day: dt.date) -> bool:
        return (self.valid_from is None or self.valid_from <= day) and (
            self.valid_to is None or day <= self.valid_to
        )


class CatalogEntry(Base):
    """One value of a versioned catalog (ethnicities, ranks, titles, administrative units…)."""

    __tablename__ = "catalog_entry"

    catalog: Mapped[str] = mapped_column(String(40), primary_key=True)
    code: Mapped[str] = mapped_column(String(60), primary_key=True)
    label: Mapped[str] = mapped_column(String(300))
    label_en: Mapped[str | None] = mapped_column(String(300))
    valid_from: Mapped[dt.date | None] = mapped_column(Date)
    valid_to: Mapped[dt.date | None] = mapped_column(Date)
    legal_basis: Mapped[str | None] = mapped_column(String(300))
    confidence: Mapped[str | None] = mapped_column(String(1))
    seq: Mapped[int] = mapped_column(Integer, default=0)
    extra: Mapped[dict[str, Any]] = mapped_column(default=dict)


class AdminSuccession(Base):
    """Which administrative unit took over an abolished one (01/07/2025 reform and later)."""

    __tablename__ = "admin_succession"

    from_id: Mapped[str] = mapped_column(String(40), primary_key=True)
    to_id: Mapped[str] = mapped_column(String(40), primary_key=True)
    effective: Mapped[dt.date] = mapped_column(Date)
    legal_basis: Mapped[str | None] = mapped_column(Text)
