"""Whole months and days between dates, as the regulations count them."""

from __future__ import annotations

import calendar
import datetime as dt


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` later (the month's last day when it is shorter)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(day.day, last))


def whole_months(start: dt.date, end: dt.date) -> int:
    """Complete months from ``start`` to ``end`` (negative when ``end`` is earlier).

    12/03/2024 → 12/03/2025 is 12 months; 12/03/2024 → 11/03/2025 is 11.
    """
    if end < start:
        return -whole_months(end, start)
    months = (end.year - start.year) * 12 + end.month - start.month
    if add_months(start, months) > end:
        months -= 1
    return months


def add_years(day: dt.date, years: int) -> dt.date:
    return add_months(day, 12 * years)
