"""One alert of `cadre check --rules` and the alerts screen: a finding about a cadre (or a
group), and the shape of a finder that produces them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from cadre_desktop.rules.findings import Finding
from cadre_desktop.services.stores import Store


@dataclass(frozen=True)
class Alert:
    cadre_id: str | None  # None: about a group (a comparable group over its quota)
    name: str
    finding: Finding

    def as_json(self) -> dict[str, Any]:
        return {"cadre": self.cadre_id, "name": self.name, **self.finding.as_json()}


Progress = Callable[[int, int], bool]  # (done, total) → False to stop
# A finder looks over the whole store on a day and returns its alerts; a long one tells
# ``Progress`` how far it is and stops when told to.
Finder = Callable[[Store, dt.date, Progress], list[Alert]]
