"""Versioned parameters: the set in force on the action's date; retirement by NĐ 135/2020."""

import datetime as dt

import pytest

from cadre_desktop.domain.enums import Sex
from cadre_desktop.domain.values import PartialDate
from cadre_desktop.rules.dates import whole_months
from cadre_desktop.rules.params import Layer, MissingParameter, Parameter, ParameterSet
from cadre_desktop.rules.retirement import months_to_retirement, retirement_day
from cadre_desktop.services.rule_params import shipped_parameters

PARAMS = ParameterSet(shipped_parameters())


def test_the_day_the_rule_set_changes() -> None:
    assert PARAMS.whole("appoint.min_months_in_post", dt.date(2025, 10, 7)) == 24
    assert PARAMS.whole("appoint.min_months_in_post", dt.date(2025, 10, 8)) == 12
    assert "QĐ 80" in PARAMS.get("appoint.min_months_in_post", dt.date(2024, 6, 1)).legal_basis
    assert "QĐ 377" in PARAMS.get("appoint.min_months_in_post", dt.date(2026, 1, 1)).legal_basis
    assert "138" in PARAMS.get("meeting.quorum", dt.date(2025, 6, 30)).legal_basis
    assert "170" in PARAMS.get("meeting.quorum", dt.date(2025, 7, 1)).legal_basis


def test_every_key_has_one_record_in_force_each_day() -> None:
    keys = {p.key for p in PARAMS.all()}
    for day in (
        dt.date(2024, 1, 1),
        dt.date(2025, 7, 1),
        dt.date(2025, 10, 8),
        dt.date(2027, 1, 1),
    ):
        for key in keys:
            if key.startswith("planning.target") or key == "planning.young_age_years":
                continue  # Chỉ thị 45 targets start in 2025
            in_force = [
                p for p in PARAMS.all() if p.key == key and p.valid_on(day)
                and p.layer is not Layer.PROVINCIAL
            ]  # fmt: skip
            assert len(in_force) <= 1, (key, day)
            PARAMS.get(key, day)


def test_a_provincial_record_wins_and_a_missing_one_says_so() -> None:
    stricter = Parameter(
        "x", "appoint.min_months_in_post", 18, Layer.PROVINCIAL, "NQ", editable=True
    )  # type: ignore[arg-type]
    assert (
        ParameterSet([*PARAMS.all(), stricter]).whole(
            "appoint.min_months_in_post", dt.date(2026, 1, 1)
        )
        == 18
    )
    with pytest.raises(MissingParameter):
        PARAMS.get("no.such.key", dt.date(2026, 1, 1))


@pytest.mark.parametrize(
    ("born", "sex", "retires"),
    [
        ("1961-09-15", Sex.MALE, dt.date(2022, 1, 1)),  # 60y3m reached 12/2021
        ("1961-10-01", Sex.MALE, dt.date(2022, 5, 1)),  # 60y6m reached 04/2022
        ("1966-05-01", Sex.MALE, dt.date(2028, 6, 1)),  # 62 from 2028
        ("1966-05-01", Sex.FEMALE, dt.date(2021, 10, 1)),  # 55y4m in 2021
        ("1975-03-02", Sex.FEMALE, dt.date(2034, 12, 1)),  # 59y8m in 2034
        ("1980-01-01", Sex.FEMALE, dt.date(2040, 2, 1)),  # 60 from 2035
    ],
)
def test_retirement_by_the_roadmap(born: str, sex: Sex, retires: dt.date) -> None:
    assert retirement_day(PartialDate.parse_iso(born), sex, PARAMS, dt.date(2026, 1, 1)) == retires


def test_a_partial_birth_date_counts_from_its_earliest_day() -> None:
    year_only = months_to_retirement(PartialDate(1970), Sex.MALE, PARAMS, dt.date(2026, 1, 1))
    exact = months_to_retirement(PartialDate(1970, 12, 31), Sex.MALE, PARAMS, dt.date(2026, 1, 1))
    assert year_only < exact


def test_whole_months_at_the_boundary() -> None:
    assert whole_months(dt.date(2024, 3, 12), dt.date(2025, 3, 12)) == 12
    assert whole_months(dt.date(2024, 3, 12), dt.date(2025, 3, 11)) == 11
    assert whole_months(dt.date(2024, 1, 31), dt.date(2024, 2, 29)) == 1
