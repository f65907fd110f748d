"""What a use case changed, so that a window can refresh exactly that (Anki's OpChanges idea)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Changes:
    cadres: frozenset[str] = field(default_factory=frozenset)
    units: bool = False
    catalogs: bool = False
    store: bool = False

    def __bool__(self) -> bool:
        return bool(self.cadres) or self.units or self.catalogs or self.store
