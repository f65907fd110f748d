"""Version vectors: which of two versions of a row came after the other, if either did."""

from __future__ import annotations

from collections.abc import Mapping
from enum import Enum

Vector = Mapping[str, int]


class Order(Enum):
    SAME = "same"
    NEWER = "newer"  # the first dominates: it has seen every change the second has, and more
    OLDER = "older"
    CONCURRENT = "concurrent"  # each has a change the other has not seen


def compare(first: Vector, second: Vector) -> Order:
    ahead = any(count > second.get(origin, 0) for origin, count in first.items())
    behind = any(count > first.get(origin, 0) for origin, count in second.items())
    if ahead and behind:
        return Order.CONCURRENT
    if ahead:
        return Order.NEWER
    return Order.OLDER if behind else Order.SAME


def merged(first: Vector, second: Vector) -> dict[str, int]:
    """The least version that has seen both."""
    return {o: max(first.get(o, 0), second.get(o, 0)) for o in sorted({*first, *second})}


def covers(first: Vector, second: Vector) -> bool:
    """``first`` has seen everything ``second`` has."""
    return compare(first, second) in (Order.SAME, Order.NEWER)
