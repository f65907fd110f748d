"""The declaration as a JSON file gives it (and as ``declaration_as_json`` writes it back).

    {"cadre": "<id>", "kind": "annual", "year": 2025, "declared_on": "15/12/2025",
     "post_taken_on": null, "appointment_expected_on": null, "no_change": false,
     "people": [{"role": "declarant", "full_name": "...", "birth_date": "02/03/1975"}],
     "items": [{"category": "2.1", "ref": "nha-1", "description": "Nhà ở ...",
                "holder": "joint", "quantity": "120.5", "quantity_unit": "m2",
                "value_vnd": 2000000000, "currency": null, "foreign_amount": null}],
     "changes": [{"category": "5", "direction": "increase", "value_vnd": 300000000,
                  "explanation": "Tiền lương, thưởng tích lũy"}]}

Money is whole đồng (an integer or "2.000.000.000"); foreign amounts and areas are exact
decimals as text. ``category`` is a code of the form: 1.1 … 10.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from cadre_desktop.domain.assets import AssetDeclaration
from cadre_desktop.domain.values import PartialDate
from cadre_desktop.domain.yearly_enums import ChangeDirection, DeclarationKind, Holder
from cadre_desktop.i18n import N_
from cadre_desktop.services.yearly_input import Reader


@dataclass
class DeclarationDraft:
    cadre_id: str
    kind: DeclarationKind
    year: int
    declared_on: PartialDate
    fields: dict[str, Any] = field(default_factory=dict)
    people: list[dict[str, Any]] = field(default_factory=list)
    items: list[dict[str, Any]] = field(default_factory=list)
    changes: list[dict[str, Any]] = field(default_factory=list)


def read_declaration(data: Any) -> DeclarationDraft:
    reader = Reader()
    where = N_("declaration")
    if not isinstance(data, dict):
        reader.fail(where, N_("must be an object"))
        reader.done()
    cadre_id = reader.text(data, "cadre", where, required=True)
    kind = reader.choice(data, "kind", where, DeclarationKind, required=True)
    year = reader.whole(data, "year", where, required=True, low=2000, high=2100)
    declared_on = reader.day(data, "declared_on", where, required=True)
    fields = {
        "post_taken_on": reader.day(data, "post_taken_on", where),
        "appointment_expected_on": reader.day(data, "appointment_expected_on", where),
        "no_change": bool(reader.flag(data, "no_change", where)),
        "note": reader.text(data, "note", where),
    }
    people = []
    for index, row in enumerate(reader.rows(data, "people", where), start=1):
        here = f"people[{index}]"
        people.append(
            {
                "role": reader.choice(row, "role", here, Holder, required=True),
                "full_name": reader.text(row, "full_name", here, required=True, max_length=120),
                "birth_date": reader.day(row, "birth_date", here),
                "id_number": reader.text(row, "id_number", here, max_length=12),
                "position": reader.text(row, "position", here, max_length=300),
                "workplace": reader.text(row, "workplace", here, max_length=300),
                "residence": reader.text(row, "residence", here, max_length=300),
            }
        )
    items = []
    for index, row in enumerate(reader.rows(data, "items", where), start=1):
        here = f"items[{index}]"
        items.append(
            {
                "category": reader.text(row, "category", here, required=True, max_length=4),
                "ref": reader.text(row, "ref", here, max_length=120),
                "description": reader.text(row, "description", here, required=True, max_length=500),
                "holder": reader.choice(row, "holder", here, Holder),
                "quantity": reader.decimal(row, "quantity", here),
                "quantity_unit": reader.text(row, "quantity_unit", here, max_length=20),
                "value_vnd": reader.money(row, "value_vnd", here),
                "estimated": bool(reader.flag(row, "estimated", here)),
                "currency": reader.text(row, "currency", here, max_length=3),
                "foreign_amount": reader.decimal(row, "foreign_amount", here),
                "certificate": reader.text(row, "certificate", here, max_length=300),
                "country": reader.text(row, "country", here, max_length=100),
                "other": reader.text(row, "other", here),
            }
        )
    changes = []
    for index, row in enumerate(reader.rows(data, "changes", where), start=1):
        here = f"changes[{index}]"
        changes.append(
            {
                "category": reader.text(row, "category", here, required=True, max_length=4),
                "ref": reader.text(row, "ref", here, max_length=120),
                "direction": reader.choice(row, "direction", here, ChangeDirection, required=True),
                "quantity": reader.decimal(row, "quantity", here),
                "value_vnd": reader.money(row, "value_vnd", here, required=True),
                "explanation": reader.text(row, "explanation", here),
            }
        )
    reader.done()
    assert cadre_id and kind and year and declared_on
    return DeclarationDraft(cadre_id, kind, year, declared_on, fields, people, items, changes)


def _plain(value: Any) -> Any:
    if isinstance(value, PartialDate):
        return value.vn()
    if hasattr(value, "value"):
        return value.value
    if value is not None and not isinstance(value, bool | int | str):
        return str(value)  # Decimal: exact text
    return value


_PERSON = ("role", "full_name", "birth_date", "id_number", "position", "workplace", "residence")
_ITEM = (
    "category",
    "ref",
    "description",
    "holder",
    "quantity",
    "quantity_unit",
    "value_vnd",
    "estimated",
    "currency",
    "foreign_amount",
    "certificate",
    "country",
    "other",
)
_CHANGE = ("category", "ref", "direction", "quantity", "value_vnd", "explanation")


def declaration_as_json(declaration: AssetDeclaration) -> dict[str, Any]:
    """The same shape ``read_declaration`` takes, plus id and status: amounts stay exact."""
    return {
        "id": declaration.id,
        "cadre": declaration.cadre_id,
        "kind": declaration.kind.value,
        "year": declaration.year,
        "declared_on": declaration.declared_on.vn(),
        "status": declaration.status.value,
        "previous": declaration.previous_id,
        "received_by": declaration.received_by,
        "received_on": _plain(declaration.received_on),
        "post_taken_on": _plain(declaration.post_taken_on),
        "appointment_expected_on": _plain(declaration.appointment_expected_on),
        "no_change": declaration.no_change,
        "note": declaration.note,
        "people": [{k: _plain(getattr(p, k)) for k in _PERSON} for p in declaration.people],
        "items": [{k: _plain(getattr(i, k)) for k in _ITEM} for i in declaration.items],
        "changes": [{k: _plain(getattr(c, k)) for k in _CHANGE} for c in declaration.changes],
    }
