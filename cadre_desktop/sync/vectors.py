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


def merged(*vectors: Vector | None) -> dict[str, int]:
    """The component-wise maximum: the least version that has seen every one of them."""
    found: dict[str, int] = {}
    for vector in vectors:
        for origin, count in (vector or {}).items():
            found[origin] = max(count, found.get(origin, count))
    return dict(sorted(found.items()))


def covers(first: Vector | None, second: Vector | None) -> bool:
    """``first`` has seen everything ``second`` has (equal versions cover each other)."""
    return compare(first or {}, second or {}) in (Order.SAME, Order.NEWER)
