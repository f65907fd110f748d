"""Value types of the dossier: partial dates (as Vietnamese CVs write them) and money."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import total_ordering

_ISO = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_VN = re.compile(r"^(?:(?:(\d{1,2})[/.-])?(\d{1,2})[/.-])?(\d{4})$")


_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _days_in_month(year: int, month: int) -> int:
    if month == 2 and calendar.isleap(year):
        return 29
    return _DAYS[month - 1]


class InvalidDate(ValueError):
    """A text that is not a date, or names a day that does not exist."""


@total_ordering
@dataclass(frozen=True, slots=True)
class PartialDate:
    """A date known to the year, the month or the day: "1995", "03/1995", "12/03/1995"."""

    year: int
    month: int | None = None
    day: int | None = None

    def __post_init__(self) -> None:
        if not 1000 <= self.year <= 9999:
            raise InvalidDate(f"year {self.year} is out of range")
        if self.month is None and self.day is not None:
            raise InvalidDate("a day needs a month")
        if self.month is not None and not 1 <= self.month <= 12:
            raise InvalidDate(f"month {self.month} does not exist")
        if self.day is not None:
            assert self.month is not None
            if not 1 <= self.day <= _days_in_month(self.year, self.month):
                raise InvalidDate(f"{self.day:02d}/{self.month:02d}/{self.year} does not exist")

    @classmethod
    def parse_iso(cls, text: str) -> PartialDate:
        """Read "YYYY", "YYYY-MM" or "YYYY-MM-DD" (the stored and JSON form)."""
        if len(text) == 10 and text[4] == "-" and text[7] == "-":  # the common, stored form
            return cls(int(text[:4]), int(text[5:7]), int(text[8:]))
        match = _ISO.match(text.strip())
        if not match:
            raise InvalidDate(f"{text!r} is not a date in the form YYYY, YYYY-MM or YYYY-MM-DD")
        year, month, day = match.groups()
        return cls(int(year), int(month) if month else None, int(day) if day else None)

    @classmethod
    def parse_vn(cls, text: str) -> PartialDate:
        """Read what an officer types: "dd/mm/yyyy", "mm/yyyy" or "yyyy"."""
        match = _VN.match(text.strip())
        if not match:
            raise InvalidDate(f"{text!r} is not a date in the form dd/mm/yyyy, mm/yyyy or yyyy")
        day, month, year = match.groups()
        if day is None and month is not None:
            return cls(int(year), int(month))
        return cls(int(year), int(month) if month else None, int(day) if day else None)

    @classmethod
    def of(cls, value: dt.date) -> PartialDate:
        return cls(value.year, value.month, value.day)

    def iso(self) -> str:
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def vn(self) -> str:
        """The form printed on Vietnamese documents."""
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.month:02d}/{self.year:04d}"
        return f"{self.day:02d}/{self.month:02d}/{self.year:04d}"

    @property
    def is_full(self) -> bool:
        return self.day is not None

    def earliest(self) -> dt.date:
        """The first day the partial date can mean."""
        return dt.date(self.year, self.month or 1, self.day or 1)

    def latest(self) -> dt.date:
        """The last day the partial date can mean."""
        month = self.month or 12
        day = self.day or _days_in_month(self.year, month)
        return dt.date(self.year, month, day)

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self._order() < other._order()

    def _order(self) -> tuple[int, int, int]:
        return (self.year, self.month or 0, self.day or 0)

    def __str__(self) -> str:
        return self.vn()
