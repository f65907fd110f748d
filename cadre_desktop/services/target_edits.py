"""Entering and revising a target set: a new set from a CSV file or a copy of another, one
indicator added, changed or removed; each save is a new revision (services/target_sets.py)."""

from __future__ import annotations

import csv
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from cadre_desktop.errors import UsageError
from cadre_desktop.services import target_library as lib
from cadre_desktop.services.stores import Store
from cadre_desktop.services.target_sets import (
    CSV_COLUMNS,
    IndicatorDef,
    TargetSetDef,
    current_sets,
    find_set,
    read_indicators,
    save_set,
)


def write_indicators(definition: TargetSetDef, path: Path) -> None:
    """The set's indicators in the shipped file's columns, to edit and enter as a new set."""
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=CSV_COLUMNS, lineterminator="\n")
        writer.writeheader()
        for indicator in definition.indicators:
            writer.writerow(indicator.as_row())


def params_line(indicator: IndicatorDef) -> str:
    return lib.params_text(dict(indicator.params))


def as_json(definition: TargetSetDef) -> dict[str, Any]:
    return {
        "code": definition.code,
        "revision": definition.revision,
        "title": definition.title,
        "legal_basis": definition.legal_basis,
        "start_year": definition.start_year,
        "end_year": definition.end_year,
        "entered_by": definition.entered_by,
        "entered_at": definition.entered_at.isoformat() if definition.entered_at else None,
        "reason": definition.reason,
        "indicators": [i.as_row() for i in definition.indicators],
    }


@dataclass
class IndicatorChange:
    """What changes in one indicator (fields not given stay as they were)."""

    number: str
    values: dict[str, Any] = field(default_factory=dict)


def changed(definition: TargetSetDef, change: IndicatorChange) -> TargetSetDef:
    """The set with one indicator added or changed."""
    old = definition.indicator(change.number)
    values = {k: v for k, v in change.values.items() if v is not None}
    if "params" in values and isinstance(values["params"], str):
        values["params"] = lib.parse_params(values["params"])
    if old is None:
        base = IndicatorDef(change.number, "", "", "share", "cadres", "any", {}, ">=", "")
        return definition.with_indicators([*definition.indicators, replace(base, **values)])
    new = replace(old, **values)
    return definition.with_indicators(
        new if i.number == change.number else i for i in definition.indicators
    )


def without(definition: TargetSetDef, number: str) -> TargetSetDef:
    if definition.indicator(number) is None:
        raise UsageError("The target set has no indicator {number}.", number=number)
    return definition.with_indicators(i for i in definition.indicators if i.number != number)


@dataclass
class Revision:
    """What the officer asks for: the set's own fields and the indicator changes."""

    code: str
    reason: str
    title: str | None = None
    legal_basis: str | None = None
    years: tuple[int, int] | None = None
    indicators_file: Path | None = None
    copy_from: str | None = None
    change: IndicatorChange | None = None
    remove: str | None = None


def revise(store: Store, asked: Revision) -> TargetSetDef:
    """Build the next revision from the current one (or a new set) and save it, audited."""
    existing = next((s for s in current_sets(store) if s.code == asked.code), None)
    if existing is None:
        if asked.title is None or asked.legal_basis is None or asked.years is None:
            raise UsageError(
                "A new target set needs --title, --years and --basis (its resolution)."
            )
        existing = TargetSetDef(asked.code, asked.title, asked.legal_basis, *asked.years)
    definition = replace(
        existing,
        title=asked.title or existing.title,
        legal_basis=asked.legal_basis or existing.legal_basis,
        start_year=asked.years[0] if asked.years else existing.start_year,
        end_year=asked.years[1] if asked.years else existing.end_year,
    )
    if asked.copy_from:
        definition = definition.with_indicators(find_set(store, asked.copy_from).indicators)
    if asked.indicators_file is not None:
        definition = definition.with_indicators(read_indicators(asked.indicators_file))
    if asked.change is not None:
        definition = changed(definition, asked.change)
    if asked.remove is not None:
        definition = without(definition, asked.remove)
    return save_set(store, definition, asked.reason)
