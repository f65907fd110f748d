"""Asset and income declarations (Luật PCTN 2018 Điều 33-41; NĐ 130/2020/NĐ-CP Phụ lục I, II).

A declaration is sensitive inside an already-sensitive store: it is not a collection of the
dossier (never in lists, search or the dossier view) and is opened only on purpose.
Money is whole đồng in BigInteger columns; foreign currency keeps its exact amount beside
its VND equivalent. A completed declaration is never edited.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sqlalchemy import BigInteger, Boolean, ForeignKey, Integer, String, Text, event, inspect
from sqlalchemy.orm import Mapped, mapped_column, relationship

from cadre_desktop.domain.base import Base, Ordered, Synced, label
from cadre_desktop.domain.history import enum_type
from cadre_desktop.domain.values import PartialDate
from cadre_desktop.domain.yearly_enums import (
    ChangeDirection,
    DeclarationKind,
    DeclarationStatus,
    Holder,
)
from cadre_desktop.errors import RefusedError


class AssetDeclaration(Synced, Base):
    """One declaration of one cadre, with its people, items and section III."""

    __tablename__ = "asset_declaration"

    cadre_id: Mapped[str] = mapped_column(
        ForeignKey("cadre.id", ondelete="CASCADE"), index=True, info=label("Cadre")
    )
    kind: Mapped[DeclarationKind] = mapped_column(
        enum_type(DeclarationKind), info=label("Kind of declaration")
    )
    year: Mapped[int] = mapped_column(Integer, info=label("Year", format="year"))
    declared_on: Mapped[PartialDate] = mapped_column(info=label("Date completed"))
    post_taken_on: Mapped[PartialDate | None] = mapped_column(info=label("Date of taking the post"))
    appointment_expected_on: Mapped[PartialDate | None] = mapped_column(
        info=label("Expected appointment date")
    )
    status: Mapped[DeclarationStatus] = mapped_column(
        enum_type(DeclarationStatus), default=DeclarationStatus.DRAFT, info=label("Status")
    )
    no_change: Mapped[bool] = mapped_column(
        Boolean, default=False, info=label("No change since the previous declaration")
    )
    previous_id: Mapped[str | None] = mapped_column(
        ForeignKey("asset_declaration.id"), index=True, info=label("Previous declaration")
    )
    received_by: Mapped[str | None] = mapped_column(String(200), info=label("Received by"))
    received_on: Mapped[PartialDate | None] = mapped_column(info=label("Received on"))
    note: Mapped[str | None] = mapped_column(Text, info=label("Note"))

    people: Mapped[list[DeclarationPerson]] = relationship(
        back_populates="declaration",
        cascade="all, delete-orphan",
        order_by="DeclarationPerson.seq",
    )
    items: Mapped[list[AssetItem]] = relationship(
        back_populates="declaration", cascade="all, delete-orphan", order_by="AssetItem.seq"
    )
    changes: Mapped[list[DeclarationChange]] = relationship(
        back_populates="declaration",
        cascade="all, delete-orphan",
        order_by="DeclarationChange.seq",
    )

    @property
    def is_completed(self) -> bool:
        return self.status is DeclarationStatus.COMPLETED


class _DeclarationPart(Synced, Ordered):
    declaration_id: Mapped[str] = mapped_column(
        ForeignKey("asset_declaration.id", ondelete="CASCADE"),
        index=True,
        info={"derived": True},
    )


class DeclarationPerson(_DeclarationPart, Base):
    """Mục I: the declarant, the spouse and each minor child."""

    __tablename__ = "declaration_person"

    role: Mapped[Holder] = mapped_column(enum_type(Holder), info=label("Relation"))
    full_name: Mapped[str] = mapped_column(String(120), info=label("Full name"))
    birth_date: Mapped[PartialDate | None] = mapped_column(info=label("Date of birth"))
    id_number: Mapped[str | None] = mapped_column(
        String(12), info=label("Citizen ID number", format="id_number")
    )
    position: Mapped[str | None] = mapped_column(String(300), info=label("Position"))
    workplace: Mapped[str | None] = mapped_column(String(300), info=label("Workplace"))
    residence: Mapped[str | None] = mapped_column(String(300), info=label("Permanent residence"))

    declaration: Mapped[AssetDeclaration] = relationship(back_populates="people")


class AssetItem(_DeclarationPart, Base):
    """Mục II: one asset (or, in category 10, one person's income) of the declaration."""

    __tablename__ = "asset_item"

    category: Mapped[str] = mapped_column(String(4), info=label("Category"))
    ref: Mapped[str | None] = mapped_column(String(120), info=label("Item reference"))
    description: Mapped[str] = mapped_column(String(500), info=label("Description"))
    holder: Mapped[Holder | None] = mapped_column(enum_type(Holder), info=label("Holder"))
    quantity: Mapped[Decimal | None] = mapped_column(info=label("Quantity or area"))
    quantity_unit: Mapped[str | None] = mapped_column(String(20), info=label("Unit"))
    value_vnd: Mapped[int | None] = mapped_column(
        BigInteger, info=label("Value (đồng)", format="money")
    )
    estimated: Mapped[bool] = mapped_column(Boolean, default=False, info=label("Estimated value"))
    currency: Mapped[str | None] = mapped_column(String(3), info=label("Currency"))
    foreign_amount: Mapped[Decimal | None] = mapped_column(info=label("Amount in foreign currency"))
    certificate: Mapped[str | None] = mapped_column(String(300), info=label("Certificate"))
    country: Mapped[str | None] = mapped_column(String(100), info=label("Country"))
    other: Mapped[str | None] = mapped_column(Text, info=label("Other information"))

    declaration: Mapped[AssetDeclaration] = relationship(back_populates="items")


class DeclarationChange(_DeclarationPart, Base):
    """Mục III: one change since the previous declaration and the origin of an increase."""

    __tablename__ = "declaration_change"

    category: Mapped[str] = mapped_column(String(4), info=label("Category"))
    ref: Mapped[str | None] = mapped_column(String(120), info=label("Item reference"))
    direction: Mapped[ChangeDirection] = mapped_column(
        enum_type(ChangeDirection), info=label("Increase or decrease")
    )
    quantity: Mapped[Decimal | None] = mapped_column(info=label("Quantity or area"))
    value_vnd: Mapped[int] = mapped_column(BigInteger, info=label("Value (đồng)", format="money"))
    explanation: Mapped[str | None] = mapped_column(
        Text, info=label("Origin of the increase and of the income")
    )

    declaration: Mapped[AssetDeclaration] = relationship(back_populates="changes")


# -- a completed declaration is never edited, whatever path tries ---------------------------

_COMPLETED = "A completed declaration cannot be changed; make a new declaration instead."
_QUIET = frozenset({"origin", "counter", "version", "seq"})


def was_completed(declaration: AssetDeclaration) -> bool:
    state = inspect(declaration)
    if not state.persistent:
        return False
    history = state.attrs.status.history
    stored = (history.deleted or history.unchanged or [None])[0]
    return bool(stored == DeclarationStatus.COMPLETED)


def _guard(declaration: AssetDeclaration | None, target: Any, *, updating: bool) -> None:
    if declaration is None or not was_completed(declaration):
        return
    if updating:
        state = inspect(target)
        changed = [
            a.key
            for a in state.mapper.column_attrs
            if a.key not in _QUIET and state.attrs[a.key].history.has_changes()
        ]
        if not changed:
            return
    raise RefusedError(_COMPLETED, rule_ids=["DECLARATION_COMPLETED"])


event.listen(AssetDeclaration, "before_update", lambda _m, _c, t: _guard(t, t, updating=True))
event.listen(AssetDeclaration, "before_delete", lambda _m, _c, t: _guard(t, t, updating=False))
for _part in (DeclarationPerson, AssetItem, DeclarationChange):
    event.listen(_part, "before_insert", lambda _m, _c, t: _guard(t.declaration, t, updating=False))
    event.listen(_part, "before_update", lambda _m, _c, t: _guard(t.declaration, t, updating=True))
    event.listen(_part, "before_delete", lambda _m, _c, t: _guard(t.declaration, t, updating=False))
