"""The versioned data the rating and declaration rules read (``resources/rules/rating`` and
``resources/rules/declarations``): parameters in the common format, and the form's categories."""

from __future__ import annotations

import csv
import datetime as dt
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from cadre_desktop.paths import resources_dir
from cadre_desktop.rules.params import Parameter, ParameterSet

FOLDERS = ("rating", "declarations")


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@cache
def yearly_parameters() -> ParameterSet:
    """Every rating and declaration parameter record shipped with the app."""
    base = resources_dir() / "rules"
    return ParameterSet(
        Parameter.from_row(row)
        for folder in FOLDERS
        for row in _rows(base / folder / "parameters.csv")
    )


@dataclass(frozen=True)
class Category:
    """A category of section II of the declaration form, and how its threshold applies."""

    code: str
    label: str
    label_en: str
    threshold: str  # none | per_type | category_total | per_item
    legal_basis: str
    valid_from: dt.date | None
    valid_to: dt.date | None

    @property
    def group(self) -> str:
        """The numbered heading (1 … 10) the category belongs to."""
        return self.code.split(".")[0]

    @property
    def is_income(self) -> bool:
        return self.code == "10"


@cache
def categories() -> tuple[Category, ...]:
    """The ten categories of NĐ 130/2020/NĐ-CP Phụ lục I section II, with their sub-items."""
    path = resources_dir() / "rules" / "declarations" / "categories.csv"
    return tuple(
        Category(
            code=row["code"],
            label=row["label"],
            label_en=row["label_en"],
            threshold=row["threshold"],
            legal_basis=row["legal_basis"],
            valid_from=dt.date.fromisoformat(row["valid_from"]) if row["valid_from"] else None,
            valid_to=dt.date.fromisoformat(row["valid_to"]) if row["valid_to"] else None,
        )
        for row in _rows(path)
    )


def category(code: str) -> Category | None:
    return next((c for c in categories() if c.code == code), None)
