"""The change table between two declarations, item by item (NĐ 130/2020/NĐ-CP Phụ lục I mục III).

Section III of a declaration is checked against this computed table. Items are matched by
their reference when the declarant gave one, else by category and description (folded).
Money is whole đồng throughout.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal

from cadre_desktop.domain.yearly_enums import ChangeDirection
from cadre_desktop.text import fold


@dataclass(frozen=True)
class ItemFact:
    category: str
    description: str
    value_vnd: int | None = None
    ref: str | None = None
    holder: str | None = None
    quantity: Decimal | None = None
    currency: str | None = None
    foreign_amount: Decimal | None = None

    @property
    def key(self) -> str:
        return fold(self.ref) if self.ref else fold(self.description)

    @property
    def is_income(self) -> bool:
        return self.category == "10"


@dataclass(frozen=True)
class ChangeRow:
    category: str
    key: str
    description: str
    before: int
    after: int
    present_before: bool
    present_after: bool

    @property
    def delta(self) -> int:
        return self.after - self.before

    @property
    def direction(self) -> ChangeDirection | None:
        if self.delta > 0 or (self.present_after and not self.present_before):
            return ChangeDirection.INCREASE
        if self.delta < 0 or (self.present_before and not self.present_after):
            return ChangeDirection.DECREASE
        return None

    def as_json(self) -> dict[str, object]:
        return {
            "category": self.category,
            "item": self.description,
            "before_vnd": self.before,
            "after_vnd": self.after,
            "change_vnd": self.delta,
            "sign": {ChangeDirection.INCREASE: "+", ChangeDirection.DECREASE: "-", None: ""}[
                self.direction
            ],
        }


@dataclass(frozen=True)
class ChangeTable:
    rows: tuple[ChangeRow, ...]
    by_category: dict[str, tuple[int, int]] = field(default_factory=dict)

    @property
    def changed(self) -> tuple[ChangeRow, ...]:
        return tuple(r for r in self.rows if r.direction is not None)

    def _assets(self) -> list[ChangeRow]:
        return [r for r in self.rows if r.category != "10"]

    @property
    def assets_before(self) -> int:
        return sum(r.before for r in self._assets())

    @property
    def assets_after(self) -> int:
        return sum(r.after for r in self._assets())

    @property
    def total_increase(self) -> int:
        """The sum of every asset's increase: what must be explained (Luật PCTN Đ41.1)."""
        return sum(r.delta for r in self._assets() if r.delta > 0)

    @property
    def total_decrease(self) -> int:
        return -sum(r.delta for r in self._assets() if r.delta < 0)

    @property
    def income(self) -> int:
        return sum(r.after for r in self.rows if r.category == "10")

    def as_json(self) -> dict[str, object]:
        return {
            "rows": [r.as_json() for r in self.changed],
            "categories": {
                code: {"before_vnd": b, "after_vnd": a, "change_vnd": a - b}
                for code, (b, a) in self.by_category.items()
            },
            "assets_before_vnd": self.assets_before,
            "assets_after_vnd": self.assets_after,
            "total_increase_vnd": self.total_increase,
            "total_decrease_vnd": self.total_decrease,
            "income_vnd": self.income,
        }


def compare(previous: Iterable[ItemFact], current: Iterable[ItemFact]) -> ChangeTable:
    """Every item of either declaration with its value before and after."""
    before: dict[tuple[str, str], list[ItemFact]] = {}
    after: dict[tuple[str, str], list[ItemFact]] = {}
    for items, into in ((previous, before), (current, after)):
        for item in items:
            into.setdefault((item.category, item.key), []).append(item)
    rows: list[ChangeRow] = []
    for category, key in sorted(set(before) | set(after), key=_order):
        old, new = before.get((category, key), []), after.get((category, key), [])
        # Income is for the period, not a stock: it is listed, never netted against last time.
        old_value = 0 if category == "10" else sum(i.value_vnd or 0 for i in old)
        rows.append(
            ChangeRow(
                category=category,
                key=key,
                description=(new or old)[0].description,
                before=old_value,
                after=sum(i.value_vnd or 0 for i in new),
                present_before=bool(old),
                present_after=bool(new),
            )
        )
    by_category: dict[str, tuple[int, int]] = {}
    for row in rows:
        b, a = by_category.get(row.category, (0, 0))
        by_category[row.category] = (b + row.before, a + row.after)
    return ChangeTable(tuple(rows), by_category)


def _order(pair: tuple[str, str]) -> tuple[tuple[int, ...], str]:
    return tuple(int(p) for p in pair[0].split(".") if p.isdigit()), pair[1]
