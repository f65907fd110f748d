"""What printing many records shares: a record's gathered form data, where it is gathered, and
the progress of a one-file batch."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

Progress = Callable[[int, int], bool]  # (done, total) → False to cancel


@dataclass(frozen=True)
class Gathered:
    """A record's form as plain data, ready to render, and whom it is about."""

    form: str
    data: Any
    cadre_id: str
    cadre_name: str
    suffix: str = ""  # what the suggested file name adds after the name ("-2025")


@dataclass(frozen=True)
class Place:
    """What gathering needs besides the record: unit names, the store's unit, the day."""

    units: dict[str, str]
    unit_name: str
    day: dt.date


def halves(
    progress: Progress | None, count: int
) -> tuple[Callable[[int], bool], Callable[[float], bool]]:
    """A one-file batch's progress: the records gathered fill the first half of (done, total),
    the pages laid out the second; either answers False when the officer cancelled."""
    total = 2 * count

    def gathered(done: int) -> bool:
        return progress is None or progress(done, total)

    def laid_out(fraction: float) -> bool:
        return progress is None or progress(count + round(fraction * count), total)

    return gathered, laid_out
