"""Formats of single dossier fields: citizen ID, phone, years, percentages… (pure checks).

Each check returns None when the value is acceptable, or an English msgid saying what is
wrong, which the caller translates and places beside the field.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from cadre_desktop.domain.enums import Sex
from cadre_desktop.domain.values import PartialDate
from cadre_desktop.i18n import N_

# Province codes that open a 12-digit citizen ID (the 63 pre-2025 provinces; Circular
# 07/2016/TT-BCA and 59/2021/TT-BCA). The 4th digit is sex and century of birth.
CCCD_PROVINCES = frozenset(
    [
        "001",
        "002",
        "004",
        "006",
        "008",
        "010",
        "011",
        "012",
        "014",
        "015",
        "017",
        "019",
        "020",
        "022",
        "024",
        "025",
        "026",
        "027",
        "030",
        "031",
        "033",
        "034",
        "035",
        "036",
        "037",
        "038",
        "040",
        "042",
        "044",
        "045",
        "046",
        "048",
        "049",
        "051",
        "052",
        "054",
        "056",
        "058",
        "060",
        "062",
        "064",
        "066",
        "067",
        "068",
        "070",
        "072",
        "074",
        "075",
        "077",
        "079",
        "080",
        "082",
        "083",
        "084",
        "086",
        "087",
        "089",
        "091",
        "092",
        "093",
        "094",
        "095",
        "096",
    ]
)
_CENTURY_DIGIT = {  # (sex, century start) → 4th digit
    (Sex.MALE, 1900): 0,
    (Sex.FEMALE, 1900): 1,
    (Sex.MALE, 2000): 2,
    (Sex.FEMALE, 2000): 3,
    (Sex.MALE, 2100): 4,
    (Sex.FEMALE, 2100): 5,
}
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE = re.compile(r"^(?:0|\+84)\d{9}$")
_FRACTION = re.compile(r"^\d/\d$")


def check_id_number(
    value: str, sex: Sex | None = None, birth: PartialDate | None = None
) -> str | None:
    """12-digit citizen ID (CCCD) with its structure, or a 9-digit old identity card (CMND)."""
    if not value.isdigit() or len(value) not in (9, 12):
        return N_("must be 12 digits (citizen ID) or 9 digits (old identity card)")
    if len(value) == 9:
        return None
    if value[:3] not in CCCD_PROVINCES:
        return N_("does not start with a province code")
    if sex is not None and birth is not None:
        century = birth.year // 100 * 100
        expected = _CENTURY_DIGIT.get((sex, century))
        if expected is not None and int(value[3]) != expected:
            return N_("does not match the sex and century of birth")
        if value[4:6] != f"{birth.year % 100:02d}":
            return N_("does not match the year of birth")
    return None


def normalise_phone(value: str) -> str:
    return re.sub(r"[\s.\-()]", "", value)


def _phone(value: Any) -> str | None:
    if not _PHONE.match(normalise_phone(str(value))):
        return N_("is not a Vietnamese phone number (10 digits starting with 0)")
    return None


def _email(value: Any) -> str | None:
    return None if _EMAIL.match(str(value)) else N_("is not an e-mail address")


def _digits(value: Any) -> str | None:
    return None if str(value).isdigit() else N_("must contain digits only")


def _between(low: Decimal | int, high: Decimal | int, msgid: str) -> Callable[[Any], str | None]:
    def check(value: Any) -> str | None:
        return None if low <= value <= high else msgid

    return check


def _fraction(value: Any) -> str | None:
    return None if _FRACTION.match(str(value)) else N_("must be written like 2/4")


def _sha256(value: Any) -> str | None:
    text = str(value)
    ok = len(text) == 64 and all(c in "0123456789abcdef" for c in text)
    return None if ok else N_("is not a SHA-256 hash")


_BASIS = re.compile(
    r"^(?:[a-z_]+:[0-9a-f-]{1,36}=[0-9a-f]{16})?(?:;[a-z_]+:[0-9a-f-]{1,36}=[0-9a-f]{16})*$"
)


def _basis(value: Any) -> str | None:
    ok = _BASIS.match(str(value))
    return None if ok else N_("is not a fingerprint of the facts a conclusion rests on")


FORMATS: dict[str, Callable[[Any], str | None]] = {
    "basis": _basis,
    "phone": _phone,
    "email": _email,
    "digits": _digits,
    "fraction": _fraction,
    "sha256": _sha256,
    "year": _between(1900, 2100, N_("is not a year between 1900 and 2100")),
    "quarter": _between(1, 4, N_("must be a quarter from 1 to 4")),
    "percent": _between(0, 300, N_("must be a percentage from 0 to 300")),
    "step": _between(1, 20, N_("must be a salary step from 1 to 20")),
    "coefficient": _between(Decimal("0.01"), Decimal("30"), N_("is not a salary coefficient")),
    "money": _between(0, 10**15, N_("must be a whole, non-negative number of đồng")),
    "area": _between(Decimal(0), Decimal(10**9), N_("must be a non-negative area")),
    "height": _between(100, 250, N_("must be a height in centimetres (100–250)")),
    "weight": _between(25, 250, N_("must be a weight in kilograms (25–250)")),
    "size": _between(0, 2**40, N_("is not a file size")),
}


def check_format(name: str, value: Any) -> str | None:
    """Check ``value`` against the named format (``id_number`` is checked with its context)."""
    if name == "id_number":
        return check_id_number(str(value))
    check = FORMATS.get(name)
    return check(value) if check else None
