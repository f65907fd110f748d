import pytest

from cadre_desktop.domain.enums import Sex
from cadre_desktop.domain.values import PartialDate
from cadre_desktop.rules.fields import check_format, check_id_number


def test_a_well_formed_citizen_id_passes() -> None:
    # 001 Hà Nội, 0 = man born in the 1900s, 75 = 1975
    assert check_id_number("001075123456", Sex.MALE, PartialDate(1975, 3, 2)) is None
    assert check_id_number("036301654321", Sex.FEMALE, PartialDate(2001)) is None
    assert check_id_number("123456789") is None  # old 9-digit identity card


@pytest.mark.parametrize(
    "number", ["00107512345", "0010751234567", "00107512345A", "003075123456", "999075123456"]
)
def test_malformed_citizen_ids_are_refused(number: str) -> None:
    assert check_id_number(number) is not None


def test_citizen_id_must_match_sex_and_year() -> None:
    assert check_id_number("001175123456", Sex.MALE, PartialDate(1975)) is not None
    assert check_id_number("001076123456", Sex.MALE, PartialDate(1975)) is not None


def test_named_formats() -> None:
    assert check_format("phone", "0912345678") is None
    assert check_format("phone", "+84912345678") is None
    assert check_format("phone", "12345") is not None
    assert check_format("year", 1850) is not None
    assert check_format("percent", 100) is None
    assert check_format("email", "lan@example.vn") is None
    assert check_format("email", "lan@") is not None
