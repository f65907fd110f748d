"""What an officer types into a field, turned into the dossier file's value, and back."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from typing import Any

from cadre_desktop.domain.values import InvalidDate, PartialDate
from cadre_desktop.i18n import N_
from cadre_desktop.services.dossier_fields import FieldSpec
from cadre_desktop.text import clean

_DATE_SHAPE = re.compile(r"^\s*(?:(?:\d{1,2}[/.-])?\d{1,2}[/.-])?\d{4}\s*$")


class TypedValueError(ValueError):
    """The typed text cannot be read as the field's kind; ``msgid`` says why."""

    def __init__(self, msgid: str) -> None:
        super().__init__(msgid)
        self.msgid = msgid


def read_typed(spec: FieldSpec, text: str) -> Any:
    """The JSON value of a typed text (None when empty); raises TypedValueError."""
    typed = clean(text)
    if typed is None:
        return None
    if spec.kind == "date":
        if not _DATE_SHAPE.match(typed):
            raise TypedValueError(N_("is not a date in the form dd/mm/yyyy, mm/yyyy or yyyy"))
        try:
            return PartialDate.parse_vn(typed).iso()
        except InvalidDate as exc:
            raise TypedValueError(N_("is not a date that exists")) from exc
    if spec.kind == "int":
        digits = typed.replace(".", "").replace(" ", "") if spec.format == "money" else typed
        if not re.fullmatch(r"-?\d+", digits):
            raise TypedValueError(N_("is not a whole number"))
        return int(digits)
    if spec.kind == "decimal":
        number = typed.replace(",", ".")
        try:
            Decimal(number)
        except InvalidOperation as exc:
            raise TypedValueError(N_("is not a decimal number")) from exc
        return number
    return typed


def shown_text(spec: FieldSpec, value: Any) -> str:
    """How a stored value is written in a form: dates dd/mm/yyyy, money 1.234.567, 2,34."""
    if value is None or value == "":
        return ""
    if spec.kind == "date":
        try:
            return PartialDate.parse_iso(str(value)).vn()
        except InvalidDate:
            return str(value)
    if spec.kind == "int" and spec.format == "money" and isinstance(value, int):
        return f"{value:,}".replace(",", ".")
    if spec.kind == "decimal":
        return str(value).replace(".", ",")
    return str(value)
