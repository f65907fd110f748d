"""An asset and income declaration as the printed form's data (NĐ 130/2020/NĐ-CP Phụ lục I/II).

Section III is the change table the rules compute against the previous completed declaration
(rules/declaration_changes.py), with the declarant's own explanation of the origin of each
increase. The declarant's identity comes from the dossier, unless the declaration itself
records a different post, workplace, residence or identity number on the day it was made.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal

from cadre_desktop.domain.assets import AssetDeclaration, AssetItem, DeclarationPerson
from cadre_desktop.domain.catalogs import Catalogs
from cadre_desktop.domain.model import Cadre
from cadre_desktop.domain.yearly_enums import ChangeDirection, DeclarationKind, Holder
from cadre_desktop.errors import UsageError
from cadre_desktop.printing.declaration_data import (
    AssetLine,
    ChangeLine,
    DeclarationData,
    PersonLines,
)
from cadre_desktop.printing.declaration_items import CHANGE_ROWS
from cadre_desktop.rules.declaration_changes import ChangeTable
from cadre_desktop.services.declarations import judge
from cadre_desktop.services.print_cv import address, number, vn
from cadre_desktop.services.print_gather import Gathered, Place
from cadre_desktop.storage import yearly
from cadre_desktop.storage.queries import load_dossier
from cadre_desktop.storage.uow import UnitOfWork
from cadre_desktop.text import fold

HOLDER_TEXT = {
    Holder.DECLARANT: "của người kê khai",
    Holder.SPOUSE: "của vợ hoặc chồng",
    Holder.CHILD: "của con chưa thành niên",
    Holder.JOINT: "sở hữu chung",
}
INCOME = "10"


def money(value: int | None) -> str | None:
    return f"{number(value)} đồng" if value is not None else None


def _quantity(amount: Decimal | None, unit: str | None) -> str | None:
    if amount is None:
        return None
    text = number(amount) or ""
    return f"{text} {unit}".strip() if unit else text


def _person(row: DeclarationPerson | None) -> PersonLines | None:
    if row is None:
        return None
    return PersonLines(
        full_name=row.full_name,
        birth_date=vn(row.birth_date),
        position=row.position,
        workplace=row.workplace,
        residence=row.residence,
        id_number=row.id_number,
    )


def _declarant(
    cadre: Cadre,
    row: DeclarationPerson | None,
    units: dict[str, str],
    catalogs: Catalogs,
    day: dt.date,
) -> PersonLines:
    own_id = row is None or not row.id_number or row.id_number == cadre.id_number
    residence = address(catalogs, cadre.permanent_address, cadre.permanent_address_unit, day)
    return PersonLines(
        full_name=cadre.full_name,
        birth_date=cadre.birth_date.vn(),
        position=(row.position if row else None) or cadre.current_position,
        workplace=(row.workplace if row else None)
        or units.get(cadre.current_unit_id or "")
        or units.get(cadre.managing_unit_id),
        residence=(row.residence if row else None) or residence,
        id_number=(row.id_number if row else None) or cadre.id_number,
        id_issued_on=vn(cadre.id_issue_date) if own_id else None,
        id_issued_by=cadre.id_issue_place if own_id else None,
    )


def _asset(item: AssetItem) -> AssetLine:
    value = money(item.value_vnd)
    if value and item.estimated:
        value += " (giá trị ước tính)"
    foreign = None
    if item.foreign_amount is not None and item.currency:
        foreign = f"{_quantity(item.foreign_amount, None)} {item.currency}"
    return AssetLine(
        category=item.category,
        description=item.description,
        holder=HOLDER_TEXT.get(item.holder) if item.holder else None,
        quantity=_quantity(item.quantity, item.quantity_unit),
        value=value,
        foreign=foreign,
        certificate=item.certificate,
        country=item.country,
        other=item.other,
    )


def _explained(declaration: AssetDeclaration, code: str) -> str | None:
    texts = [c.explanation for c in declaration.changes if c.category == code and c.explanation]
    return "; ".join(dict.fromkeys(texts)) or None


def _figures(
    table: ChangeTable | None, declaration: AssetDeclaration, code: str, label: str
) -> ChangeLine:
    """One category's net change: its sign with the change in count, and the value."""
    if table is not None:
        before, after = table.by_category.get(code, (0, 0))
        rows = [r for r in table.rows if r.category == code]
        count = sum(r.present_after and not r.present_before for r in rows) - sum(
            r.present_before and not r.present_after for r in rows
        )
        delta = after - before
    else:  # no earlier declaration to compare with: what the declarant wrote
        lines = [c for c in declaration.changes if c.category == code]
        delta = sum(
            c.value_vnd if c.direction is ChangeDirection.INCREASE else -c.value_vnd for c in lines
        )
        count = 0
    explanation = _explained(declaration, code)
    if delta == 0 and count == 0:
        return ChangeLine(code, label, explanation=explanation)
    sign = "+" if delta > 0 or (delta == 0 and count > 0) else "−"
    return ChangeLine(
        code,
        label,
        quantity=f"{sign}{abs(count)}" if count else sign,
        value=number(abs(delta)),
        explanation=explanation,
    )


def change_lines(table: ChangeTable | None, declaration: AssetDeclaration) -> list[ChangeLine]:
    """The rows of section III in the form's order; empty when nothing changed."""
    out: list[ChangeLine] = []
    for code, label, heading in CHANGE_ROWS:
        if heading:
            out.append(ChangeLine(code, label, heading=True))
        elif code == "9":  # the income of the period: listed, never netted against last time
            income = table.income if table is not None else 0
            out.append(
                ChangeLine(
                    code,
                    label,
                    value=number(income) if income else None,
                    explanation=_explained(declaration, INCOME),
                )
            )
        else:
            out.append(_figures(table, declaration, code, label))
    if not any(line.quantity for line in out) and not out[-1].value:
        return []
    return out


def _income(items: Sequence[AssetItem]) -> dict[str, str | None]:
    totals: dict[str, int] = {}
    for item in items:
        if item.category == INCOME and item.value_vnd is not None:
            key = (item.holder or Holder.DECLARANT).value
            totals[key] = totals.get(key, 0) + item.value_vnd
    return {key: money(total) for key, total in totals.items()}


def declaration_data(
    uow: UnitOfWork,
    declaration: AssetDeclaration,
    cadre: Cadre,
    units: dict[str, str],
    day: dt.date,
) -> DeclarationData:
    """The plain data of one declaration, as the printer needs it."""
    _report, table = judge(uow, declaration)
    people = declaration.people
    by_role = {role: [p for p in people if p.role is role] for role in Holder}
    items = [i for i in declaration.items if i.category != INCOME]
    if declaration.kind is DeclarationKind.SUPPLEMENTARY and table is not None:
        changed = {(r.category, r.key) for r in table.changed if r.present_after}
        items = [i for i in items if (i.category, fold(i.ref or i.description)) in changed]
    first = declaration.kind is DeclarationKind.FIRST
    note = None
    if first:
        note = "(Kê khai lần đầu không phải kê khai mục này.)"
    elif table is None and not declaration.changes:
        note = "(Chưa có bản kê khai liền kề trước đó để so sánh.)"
    return DeclarationData(
        kind=declaration.kind.value,
        declarant=_declarant(
            cadre, next(iter(by_role[Holder.DECLARANT]), None), units, uow.catalogs, day
        ),
        declared_on=declaration.declared_on.earliest() if declaration.declared_on.day else None,
        spouse=_person(next(iter(by_role[Holder.SPOUSE]), None)),
        children=[p for p in map(_person, by_role[Holder.CHILD]) if p is not None],
        items=[_asset(i) for i in items],
        income=_income(declaration.items),
        changes=[] if note else change_lines(table, declaration),
        no_change=declaration.no_change,
        changes_note=note,
        received_by=declaration.received_by,
        received_on=vn(declaration.received_on),
    )


def gather_declaration(uow: UnitOfWork, declaration_id: str, place: Place) -> Gathered:
    """One declaration's form data (inside the caller's unit of work, which audits it)."""
    declaration = yearly.declaration(uow.session, declaration_id)
    if declaration is None:
        raise UsageError("No declaration has the id {id}.", id=declaration_id)
    cadre = load_dossier(uow.session, declaration.cadre_id)
    assert cadre is not None  # a declaration belongs to a dossier (foreign key)
    data = declaration_data(uow, declaration, cadre, place.units, place.day)
    return Gathered("assets", data, cadre.id, cadre.full_name, f"-{declaration.year}")
