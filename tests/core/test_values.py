import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cadre_desktop.domain.values import InvalidDate, PartialDate


@pytest.mark.parametrize(
    ("typed", "iso"),
    [
        ("12/03/1995", "1995-03-12"),
        ("3/1995", "1995-03"),
        ("1995", "1995"),
        ("01.02.2001", "2001-02-01"),
    ],
)
def test_officers_type_full_and_partial_dates(typed: str, iso: str) -> None:
    assert PartialDate.parse_vn(typed).iso() == iso


@pytest.mark.parametrize(
    "text", ["31/02/1980", "29/02/2023", "13/2020", "1995-13", "abc", "", "2020-02-30"]
)
def test_impossible_dates_are_refused(text: str) -> None:
    with pytest.raises(InvalidDate):
        if "-" in text:
            PartialDate.parse_iso(text)
        else:
            PartialDate.parse_vn(text)


def test_leap_day_and_printing() -> None:
    assert PartialDate.parse_vn("29/02/2024").vn() == "29/02/2024"
    assert PartialDate(1995, 3).vn() == "03/1995"
    assert PartialDate(1995).latest().isoformat() == "1995-12-31"


def test_partial_dates_order_by_what_is_known() -> None:
    assert PartialDate(1995) < PartialDate(1995, 1) < PartialDate(1995, 1, 2) < PartialDate(1996)


@given(st.dates(min_value=dt.date(1000, 1, 1)), st.sampled_from(["y", "ym", "ymd"]))
def test_iso_round_trip(day: dt.date, precision: str) -> None:
    month = day.month if "m" in precision else None
    value = PartialDate(day.year, month, day.day if "d" in precision else None)
    assert PartialDate.parse_iso(value.iso()) == value
    assert PartialDate.parse_vn(value.vn()) == value
