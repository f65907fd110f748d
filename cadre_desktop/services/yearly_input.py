"""Reading evaluation and declaration input (JSON files, forms) field by field.

Every bad field becomes one line of an ``InvalidInput`` error; nothing is written then.
Money is whole đồng: an integer, or digits with dots as Vietnamese write them, never a float.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Any, TypeVar

from cadre_desktop.domain.values import InvalidDate, PartialDate
from cadre_desktop.errors import InvalidInput
from cadre_desktop.i18n import gettext
from cadre_desktop.text import clean

E = TypeVar("E", bound=StrEnum)
_MONEY = re.compile(r"^\d{1,3}(\.\d{3})+$|^\d+$")


def parse_day(text: str) -> PartialDate:
    """A full date, as the officer writes it (dd/mm/yyyy) or as JSON stores it (yyyy-mm-dd)."""
    text = text.strip()
    day = PartialDate.parse_iso(text) if "-" in text else PartialDate.parse_vn(text)
    if not day.is_full:
        raise InvalidDate(text)
    return day


class Reader:
    """Takes values out of a mapping, converting them, and collects what is wrong."""

    def __init__(self) -> None:
        self.problems: list[str] = []

    def fail(self, where: str, msgid: str, **params: Any) -> None:
        self.problems.append(f"{where}: {gettext(msgid).format(**params)}")

    def done(self) -> None:
        if self.problems:
            raise InvalidInput(self.problems)

    def text(
        self,
        data: dict[str, Any],
        key: str,
        where: str,
        *,
        required: bool = False,
        max_length: int | None = None,
    ) -> str | None:
        value = data.get(key)
        if value is None or (isinstance(value, str) and not value.strip()):
            if required:
                self.fail(f"{where}.{key}", "is required")
            return None
        if not isinstance(value, str):
            self.fail(f"{where}.{key}", "must be text")
            return None
        value = clean(value)
        if max_length is not None and value and len(value) > max_length:
            self.fail(f"{where}.{key}", "is longer than {n} characters", n=max_length)
        return value

    def whole(
        self,
        data: dict[str, Any],
        key: str,
        where: str,
        *,
        required: bool = False,
        low: int | None = 0,
        high: int | None = None,
    ) -> int | None:
        value = data.get(key)
        if value is None:
            if required:
                self.fail(f"{where}.{key}", "is required")
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            self.fail(f"{where}.{key}", "must be a whole number")
            return None
        if (low is not None and value < low) or (high is not None and value > high):
            self.fail(f"{where}.{key}", "is out of range")
            return None
        return value

    def money(
        self, data: dict[str, Any], key: str, where: str, *, required: bool = False
    ) -> int | None:
        value = data.get(key)
        if value is None:
            if required:
                self.fail(f"{where}.{key}", "is required")
            return None
        if isinstance(value, str) and _MONEY.match(value.strip()):
            return int(value.strip().replace(".", ""))
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            self.fail(f"{where}.{key}", "must be a whole number of đồng (no decimals)")
            return None
        return value

    def decimal(self, data: dict[str, Any], key: str, where: str) -> Decimal | None:
        value = data.get(key)
        if value is None:
            return None
        if isinstance(value, bool | float):
            self.fail(f"{where}.{key}", 'must be written as text or a whole number, e.g. "89.5"')
            return None
        try:
            number = Decimal(str(value).strip().replace(",", "."))
        except InvalidOperation:
            self.fail(f"{where}.{key}", "is not a number")
            return None
        if not number.is_finite():
            self.fail(f"{where}.{key}", "is not a number")
            return None
        return number

    def flag(self, data: dict[str, Any], key: str, where: str) -> bool | None:
        value = data.get(key)
        if value is None or isinstance(value, bool):
            return value
        self.fail(f"{where}.{key}", "must be true or false")
        return None

    def day(
        self, data: dict[str, Any], key: str, where: str, *, required: bool = False
    ) -> PartialDate | None:
        value = data.get(key)
        if value is None or value == "":
            if required:
                self.fail(f"{where}.{key}", "is required")
            return None
        try:
            return parse_day(str(value))
        except InvalidDate:
            self.fail(f"{where}.{key}", "is not a date (dd/mm/yyyy)")
            return None

    def choice(
        self, data: dict[str, Any], key: str, where: str, kind: type[E], *, required: bool = False
    ) -> E | None:
        value = data.get(key)
        if value is None:
            if required:
                self.fail(f"{where}.{key}", "is required")
            return None
        try:
            return kind(value)
        except ValueError:
            self.fail(
                f"{where}.{key}",
                "must be one of {choices}",
                choices=", ".join(m.value for m in kind),
            )
            return None

    def rows(self, data: dict[str, Any], key: str, where: str) -> list[dict[str, Any]]:
        value = data.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            self.fail(f"{where}.{key}", "must be a list of objects")
            return []
        return value


def today() -> dt.date:
    return dt.date.today()
