"""Seeded chance for the demo: weighted picks, UUIDs and dates, all from one random.Random."""

from __future__ import annotations

import random
from bisect import bisect
from collections.abc import Iterable, Sequence
from itertools import accumulate
from typing import Generic, TypeVar

T = TypeVar("T")

# The demo's "today": fixed, so that the same seed gives the same dossiers on any day.
TODAY_YEAR, TODAY_MONTH = 2026, 5
# Months are counted as year * 12 + (month - 1), so that a career is simple arithmetic.
TODAY = TODAY_YEAR * 12 + TODAY_MONTH - 1
REFORM = 2025 * 12 + 6  # 07/2025: districts abolished, the new communes begin
LAST_DISTRICT_MONTH = REFORM - 1  # 06/2025

_VERSION_CLEAR = ~((0xF000 << 64) | (0xC000 << 48))
_VERSION_SET = (0x4000 << 64) | (0x8000 << 48)


class Weighted(Generic[T]):
    """Values with weights; ``pick`` is one bisection over the running totals."""

    __slots__ = ("_cumulative", "_total", "values")

    def __init__(self, pairs: Iterable[tuple[T, float]]) -> None:
        kept = [(value, weight) for value, weight in pairs if weight > 0]
        if not kept:
            raise ValueError("nothing to choose from")
        self.values: list[T] = [value for value, _ in kept]
        self._cumulative = list(accumulate(weight for _, weight in kept))
        self._total = self._cumulative[-1]

    def pick(self, rng: random.Random) -> T:
        index = bisect(self._cumulative, rng.random() * self._total)
        return self.values[min(index, len(self.values) - 1)]

    def __len__(self) -> int:
        return len(self.values)


# Ids of demo rows are time-ordered UUIDs (RFC 9562 version 7): 48 bits of "milliseconds",
# then random bits. Dossier i gets the second i after ID_EPOCH_MS, its rows the
# milliseconds of that second, so every table and index receives its keys in ascending
# order: with random (version 4) keys each batch would rewrite most of every primary-key
# index, and 50,000 dossiers would take several times longer to write.
ID_EPOCH_MS = 1_777_593_600_000  # 2026-05-01T00:00:00Z
ROWS_PER_DOSSIER = 1000


def ordered_uuid(rng: random.Random, dossier: int, row: int) -> str:
    """Version-7 UUID for row ``row`` (0 = the cadre) of dossier number ``dossier``."""
    if not 0 <= row < ROWS_PER_DOSSIER:
        raise ValueError("a demo dossier has at most 999 rows")
    millis = ID_EPOCH_MS + dossier * ROWS_PER_DOSSIER + row
    bits = rng.getrandbits(74)  # 12 + 14 + 48 random bits around the version and variant
    return "%08x-%04x-7%03x-%04x-%012x" % (  # noqa: UP031 - the fastest way, and hot
        millis >> 16,
        millis & 0xFFFF,
        bits >> 62,
        0x8000 | (bits >> 48) & 0x3FFF,
        bits & 0xFFFF_FFFF_FFFF,
    )


def uuid4(rng: random.Random) -> str:
    """A version-4 UUID drawn from ``rng`` (the same text uuid.UUID(int=…, version=4) gives)."""
    value = (rng.getrandbits(128) & _VERSION_CLEAR) | _VERSION_SET
    h = f"{value:032x}"
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def month(year: int, month_: int = 1) -> int:
    return year * 12 + month_ - 1


def year_of(months: int) -> int:
    return months // 12


def iso_month(months: int) -> str:
    """The stored form of a month-precise partial date: "1995-03"."""
    return f"{months // 12:04d}-{months % 12 + 1:02d}"


def iso_day(months: int, day: int) -> str:
    """A full date in the given month; ``day`` is kept at most 28, valid in every month."""
    return f"{months // 12:04d}-{months % 12 + 1:02d}-{min(day, 28):02d}"


def day_in(rng: random.Random, months: int) -> str:
    return iso_day(months, rint(rng, 1, 28))


def rint(rng: random.Random, low: int, high: int) -> int:
    """A whole number from ``low`` to ``high`` inclusive (random.randint, several times faster)."""
    return low + int(rng.random() * (high - low + 1))


def chance(rng: random.Random, probability: float) -> bool:
    return rng.random() < probability


def one_of(rng: random.Random, values: Sequence[T]) -> T:
    return values[int(rng.random() * len(values))]
