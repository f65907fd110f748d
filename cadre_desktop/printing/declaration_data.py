"""The asset and income declaration as plain data: every figure already written as text.

Money is written the Vietnamese way by the caller ("1.200.000.000 đồng"); a missing value is
None and prints as the form's dotted blank.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

Text = str | None


@dataclass(frozen=True)
class PersonLines:
    """Mục I: the declarant, the spouse or a minor child."""

    full_name: Text
    birth_date: Text = None
    position: Text = None  # the declarant's post; the spouse's occupation
    workplace: Text = None
    residence: Text = None
    id_number: Text = None
    id_issued_on: Text = None
    id_issued_by: Text = None


@dataclass(frozen=True)
class AssetLine:
    """Mục II: one asset of a category (code "1.1" … "9")."""

    category: str
    description: Text
    holder: Text = None  # "sở hữu chung", "của vợ hoặc chồng", …
    quantity: Text = None  # area or count with its unit: "96,5 m2"
    value: Text = None  # "1.200.000.000 đồng (giá trị ước tính)"
    foreign: Text = None  # "10.000 USD"
    certificate: Text = None
    country: Text = None
    other: Text = None


@dataclass(frozen=True)
class ChangeLine:
    """Mục III: one row of the change table (a category of the form, or the income)."""

    code: str  # "1", "1.1", …, "9" (the income between two declarations)
    label: str
    quantity: Text = None  # "+1", "−1", "+" (more value, same assets)
    value: Text = None
    explanation: Text = None
    heading: bool = False  # a group row ("1. Quyền sử dụng …") above its sub-rows


@dataclass(frozen=True)
class DeclarationData:
    kind: str  # a DeclarationKind value: first | annual | supplementary | personnel
    declarant: PersonLines
    declared_on: dt.date | None = None
    spouse: PersonLines | None = None
    children: Sequence[PersonLines] = ()
    items: Sequence[AssetLine] = ()
    income: Mapping[str, Text] = field(default_factory=dict)  # declarant/spouse/child/joint
    changes: Sequence[ChangeLine] = ()  # empty: "Không có biến động"
    no_change: bool = False
    changes_note: Text = None  # why section III is left empty (a first declaration, …)
    received_by: Text = None
    received_on: Text = None

    @property
    def first(self) -> bool:
        return self.kind == "first"

    @property
    def supplementary(self) -> bool:
        return self.kind == "supplementary"
