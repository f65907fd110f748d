"""Conflict rows and their values: typed values back from plain JSON, merged version vectors."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from functools import cache
from typing import Any

from sqlalchemy import JSON, Boolean, Column, Date, Integer, select
from sqlalchemy import Enum as SqlEnum
from sqlalchemy import inspect as sa_inspect
from sqlalchemy.orm import Session

from cadre_desktop.domain.base import DecimalText, PartialDateType, Synced, UtcDateTime
from cadre_desktop.domain.model import Base, Conflict
from cadre_desktop.domain.values import PartialDate
from cadre_desktop.storage.audit import plain

# -- rows and columns --------------------------------------------------------------------


@cache
def row_classes() -> dict[str, type[Any]]:
    """Table name → mapped class, for every row that travels (``Conflict.entity`` names one)."""
    return {
        mapper.class_.__tablename__: mapper.class_  # type: ignore[attr-defined]
        for mapper in Base.registry.mappers
        if issubclass(mapper.class_, Synced)
    }


def row_class(entity: str) -> type[Any] | None:
    return row_classes().get(entity)


def officer_columns(cls: type[Any]) -> dict[str, Column[Any]]:
    """The columns a conflict compares, as the audit's ``column_changes`` does (not the id)."""
    columns: dict[str, Column[Any]] = {}
    for attr in sa_inspect(cls).column_attrs:
        column = attr.columns[0]
        if column.info.get("derived") or column.info.get("sync") or attr.key == "id":
            continue
        columns[attr.key] = column
    return columns


def parent_links(cls: type[Any]) -> dict[str, Column[Any]]:
    """The columns that tie a row to the row it belongs to (cadre_id, evaluation_id…)."""
    links: dict[str, Column[Any]] = {}
    for attr in sa_inspect(cls).column_attrs:
        column = attr.columns[0]
        if column.foreign_keys and column.info.get("derived"):
            links[attr.key] = column
    return links


def typed(column: Column[Any], value: Any) -> Any:
    """A column's Python value from its plain JSON form (``storage.audit.plain`` reversed)."""
    if value is None:
        return None
    kind = column.type
    if isinstance(kind, PartialDateType):
        return value if isinstance(value, PartialDate) else PartialDate.parse_iso(str(value))
    if isinstance(kind, DecimalText):
        return value if isinstance(value, Decimal) else Decimal(str(value))
    if isinstance(kind, UtcDateTime):
        return value if isinstance(value, dt.datetime) else dt.datetime.fromisoformat(str(value))
    if isinstance(kind, Date):
        return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))
    if isinstance(kind, SqlEnum):
        enum_class = kind.enum_class
        return enum_class(value) if enum_class is not None else str(value)
    if isinstance(kind, Boolean):
        if not isinstance(value, bool):
            raise ValueError(f"{value!r} is not true or false")
        return value
    if isinstance(kind, Integer):
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValueError(f"{value!r} is not a whole number")
        return value
    if isinstance(kind, JSON):
        return value
    return str(value)


def typed_values(cls: type[Any], values: Mapping[str, Any]) -> dict[str, Any]:
    """Typed values for the officer columns and parent links named in ``values``."""
    columns = {**officer_columns(cls), **parent_links(cls)}
    return {attr: typed(columns[attr], value) for attr, value in values.items() if attr in columns}


def values_of(obj: Any, *, links: bool = False) -> dict[str, Any]:
    """A stored row's plain values, as a conflict keeps them (with its parent link if asked)."""
    cls = type(obj)
    names: Iterable[str] = officer_columns(cls)
    if links:
        names = [*names, *parent_links(cls)]
    return {name: plain(getattr(obj, name)) for name in names}


# -- queries -----------------------------------------------------------------------------


def open_conflict_rows(session: Session, cadre_id: str | None = None) -> Sequence[Conflict]:
    statement = select(Conflict).where(Conflict.resolved_at.is_(None))
    if cadre_id is not None:
        statement = statement.where(Conflict.cadre_id == cadre_id)
    return session.scalars(statement.order_by(Conflict.found_at, Conflict.id)).all()


def open_entities(session: Session, cadre_ids: Sequence[str]) -> dict[str, set[str]]:
    """Cadre id → the tables that have an open conflict in that dossier."""
    found: dict[str, set[str]] = {}
    for start in range(0, len(cadre_ids), 500):
        chunk = list(cadre_ids[start : start + 500])
        rows = session.execute(
            select(Conflict.cadre_id, Conflict.entity)
            .where(Conflict.resolved_at.is_(None), Conflict.cadre_id.in_(chunk))
            .distinct()
        )
        for row in rows:
            found.setdefault(row.cadre_id, set()).add(row.entity)
    return found
