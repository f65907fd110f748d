"""Versioned rule parameters: each threshold is a record with its legal basis and validity.

A check asks for a key *on the date of the action it judges*, so a 2024 appointment is
judged by QĐ 80-QĐ/TW and a 2026 one by QĐ 377-QĐ/TW (DOMAIN.md decisions 1-2).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from fractions import Fraction


class Layer(StrEnum):
    CENTRAL = "central"
    PREDECESSOR = "predecessor"
    PROVINCIAL = "provincial"


class MissingParameter(LookupError):
    """No record of a rule parameter is in force on the date asked."""


def parse_value(text: str) -> Fraction:
    """ "12", "2/3", "0.3" → an exact fraction; ratios are never floats."""
    return Fraction(text.strip())


@dataclass(frozen=True)
class Parameter:
    id: str
    key: str
    value: Fraction
    layer: Layer
    legal_basis: str
    valid_from: dt.date | None = None
    valid_to: dt.date | None = None
    editable: bool = False
    confidence: str = "C"
    note: str = ""

    def valid_on(self, day: dt.date) -> bool:
        return (self.valid_from is None or self.valid_from <= day) and (
            self.valid_to is None or day <= self.valid_to
        )

    @property
    def as_int(self) -> int:
        if self.value.denominator != 1:
            raise ValueError(f"{self.key} is a ratio, not a whole number")
        return int(self.value)

    @property
    def text(self) -> str:
        return str(self.value)

    @classmethod
    def from_row(cls, row: Mapping[str, str]) -> Parameter:
        def day(name: str) -> dt.date | None:
            text = (row.get(name) or "").strip()
            return dt.date.fromisoformat(text) if text else None

        return cls(
            id=row["id"].strip(),
            key=row["key"].strip(),
            value=parse_value(row["value"]),
            layer=Layer(row["layer"].strip()),
            legal_basis=row["legal_basis"].strip(),
            valid_from=day("valid_from"),
            valid_to=day("valid_to"),
            editable=(row.get("editable") or "0").strip() in ("1", "true", "yes"),
            confidence=(row.get("confidence") or "C").strip(),
            note=(row.get("note") or "").strip(),
        )

    def as_row(self) -> dict[str, str]:
        return {
            "id": self.id,
            "key": self.key,
            "value": self.text,
            "layer": self.layer.value,
            "legal_basis": self.legal_basis,
            "valid_from": self.valid_from.isoformat() if self.valid_from else "",
            "valid_to": self.valid_to.isoformat() if self.valid_to else "",
            "editable": "1" if self.editable else "0",
            "confidence": self.confidence,
            "note": self.note,
        }


class ParameterSet:
    """All parameter records; ``get(key, on)`` picks the one in force on that day.

    Where a provincial record and a central one are both in force, the provincial one wins:
    the province may only make a rule stricter, and an administrator keeps it so.
    """

    def __init__(self, parameters: Iterable[Parameter]) -> None:
        self._all = list(parameters)

    def __iter__(self) -> Iterable[Parameter]:
        return iter(self._all)

    def all(self) -> list[Parameter]:
        return sorted(self._all, key=lambda p: (p.key, p.valid_from or dt.date.min))

    def get(self, key: str, on: dt.date) -> Parameter:
        found = [p for p in self._all if p.key == key and p.valid_on(on)]
        if not found:
            raise MissingParameter(f"no rule parameter {key} in force on {on.isoformat()}")
        found.sort(key=lambda p: (p.layer is Layer.PROVINCIAL, p.valid_from or dt.date.min))
        return found[-1]

    def value(self, key: str, on: dt.date) -> Fraction:
        return self.get(key, on).value

    def whole(self, key: str, on: dt.date) -> int:
        return self.get(key, on).as_int

    def replaced(self, parameter: Parameter) -> ParameterSet:
        """A copy where ``parameter`` takes the place of the record with its id."""
        rest = [p for p in self._all if p.id != parameter.id]
        return ParameterSet([*rest, parameter])
