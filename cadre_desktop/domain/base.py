"""Declarative base, column types and the identity/sync columns every travelling row carries."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal, InvalidOperation
from typing import Any, ClassVar

from sqlalchemy import JSON, Boolean, Dialect, Integer, MetaData, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator

from cadre_desktop.domain.values import PartialDate

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_id() -> str:
    return str(uuid.uuid4())


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


class PartialDateType(TypeDecorator[PartialDate]):
    """Stores a PartialDate as ISO text ("1995", "1995-03", "1995-03-12"), which sorts right."""

    impl = String(10)
    cache_ok = True

    def process_bind_param(self, value: PartialDate | None, dialect: Dialect) -> str | None:
        return None if value is None else value.iso()

    def process_result_value(self, value: str | None, dialect: Dialect) -> PartialDate | None:
        return None if value is None else PartialDate.parse_iso(value)


class DecimalText(TypeDecorator[Decimal]):
    """Exact decimals (salary coefficients, areas) kept as text: SQLite has no decimal type."""

    impl = String(24)
    cache_ok = True

    def process_bind_param(self, value: Decimal | None, dialect: Dialect) -> str | None:
        return None if value is None else format(value, "f")

    def process_result_value(self, value: str | None, dialect: Dialect) -> Decimal | None:
        if value is None:
            return None
        try:
            return Decimal(value)
        except InvalidOperation as exc:  # pragma: no cover - only a damaged store gets here
            raise ValueError("stored decimal is damaged") from exc


class UtcDateTime(TypeDecorator[dt.datetime]):
    """Timezone-aware UTC timestamps stored as ISO text."""

    impl = String(32)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> str | None:
        if value is None:
            return None
        return value.astimezone(dt.UTC).isoformat(timespec="seconds")

    def process_result_value(self, value: str | None, dialect: Dialect) -> dt.datetime | None:
        return None if value is None else dt.datetime.fromisoformat(value)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        PartialDate: PartialDateType(),
        Decimal: DecimalText(),
        dt.datetime: UtcDateTime(),
        dict[str, int]: JSON(),
        dict[str, Any]: JSON(),
    }


# Column info keys read by the dossier JSON codec and the validators:
#   label    – English msgid naming the field in messages
#   catalog  – name of the catalog the code must belong to
#   format   – a named text format checked by rules.fields (cccd, phone, email, ...)
#   derived  – computed by the store, never exported or imported
#   sync     – identity/version stamped by the store; exported so that import is lossless
def label(text: str, **info: Any) -> dict[str, Any]:
    return {"label": text, **info}


SYNC_COLUMNS = ("origin", "counter", "version")


class Synced:
    """Identity and version of a row that can travel between stores (DESIGN.md §3).

    ``origin`` and ``counter`` name the store instance and its counter at the last
    change; ``version`` is the version vector {instance id: counter}. They are
    stamped by the store at flush time, never by hand.
    """

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    origin: Mapped[str] = mapped_column(String(36), default="", info={"sync": True})
    counter: Mapped[int] = mapped_column(Integer, default=0, info={"sync": True})
    version: Mapped[dict[str, int]] = mapped_column(default=dict, info={"sync": True})


class Ordered:
    """Rows of a history table keep the officer's order."""

    seq: Mapped[int] = mapped_column(Integer, default=0, info={"derived": True})


class DecisionRef:
    """The signed decision behind a movement (number, date, signer, issuing body)."""

    decision_number: Mapped[str | None] = mapped_column(String(60), info=label("Decision number"))
    decision_date: Mapped[PartialDate | None] = mapped_column(info=label("Decision date"))
    decision_signer: Mapped[str | None] = mapped_column(String(120), info=label("Signed by"))
    decision_body: Mapped[str | None] = mapped_column(String(200), info=label("Issuing body"))


__all__ = ["Base", "Boolean", "DecisionRef", "Ordered", "Synced", "label", "new_id", "utcnow"]
