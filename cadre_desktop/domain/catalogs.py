"""A read-only view of the versioned catalogs, as plain values the rules can use."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class CatalogItem:
    catalog: str
    code: str
    label: str
    label_en: str | None = None
    valid_from: dt.date | None = None
    valid_to: dt.date | None = None
    legal_basis: str | None = None
    confidence: str | None = None
    extra: Mapping[str, Any] = field(default_factory=dict)

    def valid_on(self, day: dt.date) -> bool:
        return (self.valid_from is None or self.valid_from <= day) and (
            self.valid_to is None or day <= self.valid_to
        )


class Catalogs:
    """Every catalog of a store, by name and code, in display order."""

    def __init__(
        self,
        items: Iterable[CatalogItem],
        succession: Iterable[tuple[str, str, dt.date]] = (),
    ) -> None:
        self._by_catalog: dict[str, dict[str, CatalogItem]] = {}
        for item in items:
            self._by_catalog.setdefault(item.catalog, {})[item.code] = item
        self._successor: dict[str, tuple[str, dt.date]] = {
            old: (new, effective) for old, new, effective in succession
        }

    def names(self) -> list[str]:
        return sorted(self._by_catalog)

    def items(self, catalog: str, on: dt.date | None = None) -> list[CatalogItem]:
        values = self._by_catalog.get(catalog, {}).values()
        return [item for item in values if on is None or item.valid_on(on)]

    def get(self, catalog: str, code: str) -> CatalogItem | None:
        return self._by_catalog.get(catalog, {}).get(code)

    def has(self, catalog: str, code: str) -> bool:
        return code in self._by_catalog.get(catalog, {})

    def label(self, catalog: str, code: str | None) -> str | None:
        if code is None:
            return None
        item = self.get(catalog, code)
        return item.label if item else code

    def current_admin_unit(self, unit_id: str, on: dt.date) -> CatalogItem | None:
        """The administrative unit that stands on ``on`` for a (possibly abolished) one.

        CVs print birthplace and home town "by the current administrative unit" while the
        record keeps the old name (DOMAIN.md decision 4).
        """
        seen: set[str] = set()
        current = unit_id
        while current not in seen:
            seen.add(current)
            step = self._successor.get(current)
            if step is None or step[1] > on:
                break
            current = step[0]
        return self.get("admin_unit", current)
