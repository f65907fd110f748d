"""Reading one spreadsheet cell as a dossier value: dates in the usual Vietnamese forms, sex,
names in any Unicode form, and catalog values matched without diacritics."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from cadre_desktop.domain.catalogs import Catalogs
from cadre_desktop.domain.values import InvalidDate, PartialDate
from cadre_desktop.i18n import N_
from cadre_desktop.text import clean, fold

_NUMERIC = re.compile(r"^(?:(\d{1,2})[/.\-\s])?(?:(\d{1,2})[/.\-\s])?(\d{4})$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?$")
_WORDS = re.compile(
    r"^(?:ngay\s*(\d{1,2})\s*)?(?:thang\s*(\d{1,2})\s*[/,]?\s*)?(?:nam\s*)?[/,]?\s*(\d{4})$"
)
_EXCEL_EPOCH = dt.date(1899, 12, 30)


class CellProblem(ValueError):
    """A cell that cannot be read; ``msgid`` says why (English, translated when shown)."""

    def __init__(self, msgid: str) -> None:
        super().__init__(msgid)
        self.msgid = msgid


def _precision(number_format: str) -> str:
    """What a date cell's format shows: a day, a month or only the year."""
    shown = re.sub(r'"[^"]*"|\[[^\]]*\]', "", number_format.lower())
    if "d" in shown:
        return "day"
    return "month" if "m" in shown else ("year" if "y" in shown else "day")


def read_date(value: object, number_format: str = "General") -> PartialDate | None:
    """A date from a real date cell, an Excel serial number or Vietnamese text:
    "31/12/1980", "31-12-1980", "31.12.1980", "12/1980", "1980", "ngày 31 tháng 12 năm 1980"."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, dt.datetime | dt.date):
        day = value.date() if isinstance(value, dt.datetime) else value
        precision = _precision(number_format)
        if precision == "year":
            return PartialDate(day.year)
        return PartialDate(day.year, day.month) if precision == "month" else PartialDate.of(day)
    if isinstance(value, bool):
        raise CellProblem(N_("is not a date"))
    if isinstance(value, int | float):
        number = int(value)
        if number != value:
            raise CellProblem(N_("is not a date"))
        if 1900 <= number <= 2100:  # a year typed as a number
            return PartialDate(number)
        if 0 < number < 100_000:  # a date stored as Excel's day count
            return PartialDate.of(_EXCEL_EPOCH + dt.timedelta(days=number))
        raise CellProblem(N_("is not a date"))
    return _date_text(str(value))


def _date_text(text: str) -> PartialDate:
    folded = " ".join(fold(text).split())
    match = _NUMERIC.match(folded) or _WORDS.match(folded)
    try:
        if match:
            first, second, year = match.groups()
            if second is None and first is not None and match.re is _NUMERIC:
                return PartialDate(int(year), int(first))  # "12/1980": month and year
            if match.re is _NUMERIC:
                return PartialDate(int(year), int(second) if second else None,
                                   int(first) if first else None)  # fmt: skip
            day, month = first, second
            return PartialDate(int(year), int(month) if month else None, int(day) if day else None)
        iso = _ISO.match(folded)
        if iso:
            year, month, day = iso.groups()
            return PartialDate(int(year), int(month), int(day) if day else None)
    except InvalidDate as exc:
        raise CellProblem(N_("is not a date")) from exc
    raise CellProblem(N_("is not a date"))


def read_sex(value: object) -> str | None:
    text = fold(str(value or "")).strip(" .")
    if not text:
        return None
    if text in ("nam", "m", "male", "trai"):
        return "M"
    if text in ("nu", "f", "female", "gai"):
        return "F"
    raise CellProblem(N_("is not Nam or Nữ"))


def read_text(value: object) -> str | None:
    """Text in NFC, trimmed; numbers (a CCCD typed as a number) without a decimal point."""
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, dt.datetime | dt.date):
        raise CellProblem(N_("is a date, not text"))
    return clean(str(value))


def split_name(full: str) -> tuple[str, str | None, str]:
    """ "Nguyễn Thị Minh Khai" → ("Nguyễn", "Thị Minh", "Khai")."""
    words = (clean(full) or "").split()
    if len(words) < 2:
        raise CellProblem(N_("needs a family name and a given name"))
    return words[0], " ".join(words[1:-1]) or None, words[-1]


@dataclass(frozen=True)
class Match:
    code: str | None
    candidates: tuple[tuple[str, str], ...] = ()  # (code, label) when several fit


class CatalogMatcher:
    """The catalog value meant by a cell's text: its code, its label, or its label without
    diacritics; then (``loose``) a label that begins with it or contains it. Several: a
    choice. Labels are folded once and answers kept, since a sheet repeats its values."""

    def __init__(self, catalogs: Catalogs) -> None:
        self.catalogs = catalogs
        self._folded: dict[str, list[tuple[str, str, str, str]]] = {}
        self._answers: dict[tuple[str, str, bool], Match] = {}

    def _items(self, catalog: str) -> list[tuple[str, str, str, str]]:
        if catalog not in self._folded:
            self._folded[catalog] = [
                (i.code, i.label, fold(i.code), " ".join(fold(i.label).split()))
                for i in self.catalogs.items(catalog)
            ]
        return self._folded[catalog]

    def match(self, catalog: str, text: str, loose: bool = True) -> Match:
        wanted = " ".join(fold(text).split())
        key = (catalog, wanted, loose)
        if key not in self._answers:
            self._answers[key] = self._match(self._items(catalog), wanted, loose)
        return self._answers[key]

    @staticmethod
    def _match(items: list[tuple[str, str, str, str]], wanted: str, loose: bool) -> Match:
        if not wanted:
            return Match(None)
        for code, _label, folded_code, _folded in items:
            if folded_code == wanted:
                return Match(code)
        found = [i for i in items if i[3] == wanted]
        if len(found) != 1 and not found and loose:
            found = [i for i in items if i[3].startswith(wanted)]
            if not found:
                found = [i for i in items if f" {wanted} " in f" {i[3]} "]
        if len(found) == 1:
            return Match(found[0][0])
        return Match(None, tuple((code, label) for code, label, _c, _l in found))


def match_catalog(catalogs: Catalogs, catalog: str, text: str, loose: bool = True) -> Match:
    return CatalogMatcher(catalogs).match(catalog, text, loose)
