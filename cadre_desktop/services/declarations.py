"""Asset and income declarations: add a draft, complete it past the rules, open it on purpose
(audited), compare it with the previous one, and list who has not declared by the deadline."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from cadre_desktop.domain.assets import (
    AssetDeclaration,
    AssetItem,
    DeclarationChange,
    DeclarationPerson,
)
from cadre_desktop.domain.values import PartialDate
from cadre_desktop.domain.yearly_enums import DeclarationKind, DeclarationStatus
from cadre_desktop.errors import RefusedError, UsageError
from cadre_desktop.rules.declaration_changes import ChangeTable, ItemFact
from cadre_desktop.rules.declarations import (
    ChangeFact,
    DeclarationFacts,
    annual_deadline,
    check_declaration,
)
from cadre_desktop.rules.findings import Report
from cadre_desktop.rules.yearly_params import yearly_parameters
from cadre_desktop.services.changes import Changes
from cadre_desktop.services.declaration_input import declaration_as_json, read_declaration
from cadre_desktop.services.stores import Store
from cadre_desktop.storage import yearly
from cadre_desktop.storage.uow import UnitOfWork


@dataclass(frozen=True)
class DeclarationOutcome:
    declaration_id: str
    report: Report
    table: ChangeTable | None
    changes: Changes


def _facts(d: AssetDeclaration) -> DeclarationFacts:
    def day(value: PartialDate | None) -> dt.date | None:
        return value.earliest() if value else None

    return DeclarationFacts(
        kind=d.kind,
        year=d.year,
        declared_on=d.declared_on.earliest(),
        items=tuple(_item(i) for i in d.items),
        changes=tuple(
            ChangeFact(c.category, c.direction, c.value_vnd, c.ref, c.explanation)
            for c in d.changes
        ),
        no_change=d.no_change,
        post_taken_on=day(d.post_taken_on),
        appointment_expected_on=day(d.appointment_expected_on),
    )


def _item(i: AssetItem) -> ItemFact:
    return ItemFact(
        i.category,
        i.description,
        i.value_vnd,
        i.ref,
        i.holder,
        i.quantity,
        i.currency,
        i.foreign_amount,
    )


def judge(uow: UnitOfWork, declaration: AssetDeclaration) -> tuple[Report, ChangeTable | None]:
    previous = yearly.previous_completed(uow.session, declaration)
    prior = [_item(i) for i in previous.items] if previous else None
    return check_declaration(_facts(declaration), prior, yearly_parameters())


def add_declaration(store: Store, data: dict[str, Any]) -> DeclarationOutcome:
    """Save a draft declaration and say what the rules find (nothing blocks a draft but
    malformed input; blocking findings refuse completion)."""
    draft = read_declaration(data)
    with store.unit_of_work(write=True, reason="asset declaration") as uow:
        if not yearly.cadre_exists(uow.session, draft.cadre_id):
            raise UsageError("No dossier has the id {id}.", id=draft.cadre_id)
        declaration = AssetDeclaration(
            cadre_id=draft.cadre_id,
            kind=draft.kind,
            year=draft.year,
            declared_on=draft.declared_on,
            status=DeclarationStatus.DRAFT,
            **draft.fields,
        )
        declaration.people = [DeclarationPerson(**p) for p in draft.people]
        declaration.items = [AssetItem(**i) for i in draft.items]
        declaration.changes = [DeclarationChange(**c) for c in draft.changes]
        uow.session.add(declaration)
        uow.session.flush()
        report, table = judge(uow, declaration)
        return DeclarationOutcome(declaration.id, report, table, Changes())


def complete_declaration(
    store: Store, declaration_id: str, *, received_by: str, received_on: PartialDate
) -> DeclarationOutcome:
    """Check and receive a declaration; a blocking finding refuses it and writes nothing."""
    with store.unit_of_work(write=True, reason="declaration received") as uow:
        declaration = _load(uow, declaration_id)
        if declaration.is_completed:
            raise RefusedError(
                "A completed declaration cannot be changed; make a new declaration instead.",
                rule_ids=["DECLARATION_COMPLETED"],
            )
        report, table = judge(uow, declaration)
        if report.blocked:
            raise RefusedError(
                "Refused: {reason}", rule_ids=report.ids(), reason=report.blocking[0].sentence()
            )
        previous = yearly.previous_completed(uow.session, declaration)
        declaration.previous_id = previous.id if previous else None
        declaration.received_by = received_by
        declaration.received_on = received_on
        declaration.status = DeclarationStatus.COMPLETED
        uow.session.flush()
        return DeclarationOutcome(declaration.id, report, table, Changes())


def _load(uow: UnitOfWork, declaration_id: str) -> AssetDeclaration:
    declaration = yearly.declaration(uow.session, declaration_id)
    if declaration is None:
        raise UsageError("No declaration has the id {id}.", id=declaration_id)
    return declaration


def open_declaration(store: Store, declaration_id: str) -> dict[str, Any]:
    """The whole declaration, figures included; every opening is audited."""
    with store.unit_of_work(write=True, reason="declaration opened") as uow:
        declaration = _load(uow, declaration_id)
        uow.audit.append("open", "asset_declaration", declaration.id, declaration.cadre_id)
        return declaration_as_json(declaration)


def compare_with_previous(store: Store, declaration_id: str) -> tuple[Report, ChangeTable | None]:
    """The change table against the previous completed declaration (audited: it shows figures)."""
    with store.unit_of_work(write=True, reason="declaration compared") as uow:
        declaration = _load(uow, declaration_id)
        uow.audit.append("compare", "asset_declaration", declaration.id, declaration.cadre_id)
        return judge(uow, declaration)


def list_declarations(store: Store, cadre_id: str) -> list[dict[str, Any]]:
    """Kind, year, date and status only: no figures, so a list never shows wealth."""
    with store.unit_of_work() as uow:
        return [
            {
                "id": d.id,
                "kind": d.kind.value,
                "year": d.year,
                "declared_on": d.declared_on.vn(),
                "status": d.status.value,
            }
            for d in yearly.declarations_of(uow.session, cadre_id)
        ]


@dataclass(frozen=True)
class Missing:
    cadre_id: str
    name: str
    deadline: dt.date
    overdue: bool

    def as_json(self) -> dict[str, Any]:
        return {
            "cadre": self.cadre_id,
            "name": self.name,
            "deadline": self.deadline.strftime("%d/%m/%Y"),
            "overdue": self.overdue,
        }


# An annual declarer who made a first declaration in the year has declared for it [R].
_COUNTS_FOR_YEAR = (DeclarationKind.ANNUAL, DeclarationKind.FIRST)


def missing_declarations(store: Store, year: int, today: dt.date | None = None) -> list[Missing]:
    """Active cadres (all annual declarers: Giám đốc sở and equivalent upward, and the
    personnel officers themselves) without a completed declaration for ``year``."""
    today = today or dt.date.today()
    last_day, _source = annual_deadline(year, yearly_parameters())
    with store.unit_of_work() as uow:
        done = yearly.declared_in_year(uow.session, year, _COUNTS_FOR_YEAR)
        ids = [c for c in yearly.active_cadre_ids(uow.session) if c not in done]
        names = yearly.cadre_names(uow.session, ids)
    return [Missing(c, names.get(c, ""), last_day, today > last_day) for c in ids]
