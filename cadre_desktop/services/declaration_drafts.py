"""The asset page's use cases: open a cadre's declarations on purpose (audited), save a draft
(new, or the same draft again), and judge a form before it is saved. Completion and the
comparison with the previous declaration are in ``declarations``."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from cadre_desktop.domain.assets import (
    AssetDeclaration,
    AssetItem,
    DeclarationChange,
    DeclarationPerson,
)
from cadre_desktop.domain.enums import FamilySide
from cadre_desktop.domain.model import Cadre
from cadre_desktop.errors import InvalidInput, RefusedError, UsageError
from cadre_desktop.rules.declaration_changes import ChangeTable
from cadre_desktop.rules.findings import Report
from cadre_desktop.services.changes import Changes
from cadre_desktop.services.declaration_input import (
    DeclarationDraft,
    declaration_as_json,
    read_declaration,
)
from cadre_desktop.services.declarations import (
    DeclarationOutcome,
    add_declaration,
    judge,
    list_declarations,
)
from cadre_desktop.services.stores import Store
from cadre_desktop.storage import yearly
from cadre_desktop.storage.queries import load_dossier


def open_declarations(store: Store, cadre_id: str) -> list[dict[str, Any]]:
    """Kind, year, date and status of each declaration (no figures); the opening is audited."""
    with store.unit_of_work(write=True, reason="declarations opened") as uow:
        if not yearly.cadre_exists(uow.session, cadre_id):
            raise UsageError("No dossier has the id {id}.", id=cadre_id)
        uow.audit.append("open", "asset_declarations", cadre_id, cadre_id)
    return list_declarations(store, cadre_id)


def _fill(declaration: AssetDeclaration, draft: DeclarationDraft) -> None:
    declaration.kind, declaration.year = draft.kind, draft.year
    declaration.declared_on = draft.declared_on
    for name, value in draft.fields.items():
        if getattr(declaration, name) != value:
            setattr(declaration, name, value)
    declaration.people = [DeclarationPerson(**p, seq=i) for i, p in enumerate(draft.people)]
    declaration.items = [AssetItem(**v, seq=i) for i, v in enumerate(draft.items)]
    declaration.changes = [DeclarationChange(**c, seq=i) for i, c in enumerate(draft.changes)]


def save_declaration(
    store: Store, data: dict[str, Any], declaration_id: str | None = None
) -> DeclarationOutcome:
    """A new draft, or the draft ``declaration_id`` replaced by the form; never a completed one."""
    if declaration_id is None:
        return add_declaration(store, data)
    draft = read_declaration(data)
    with store.unit_of_work(write=True, reason="asset declaration") as uow:
        declaration = yearly.declaration(uow.session, declaration_id)
        if declaration is None or declaration.cadre_id != draft.cadre_id:
            raise UsageError("No declaration has the id {id}.", id=declaration_id)
        if declaration.is_completed:
            raise RefusedError(
                "A completed declaration cannot be changed; make a new declaration instead.",
                rule_ids=["DECLARATION_COMPLETED"],
            )
        _fill(declaration, draft)
        uow.session.flush()
        report, table = judge(uow, declaration)
        return DeclarationOutcome(declaration.id, report, table, Changes())


@dataclass(frozen=True)
class DeclarationPreview:
    problems: tuple[str, ...] = ()  # fields that cannot be read; nothing else is judged then
    report: Report = field(default_factory=Report)
    table: ChangeTable | None = None  # None: nothing to compare with (a first declaration)


def preview_declaration(
    store: Store, data: dict[str, Any], declaration_id: str | None = None
) -> DeclarationPreview:
    """The rules' report on a form, against the previous completed declaration; no writing.

    Called while an opened declaration is edited: the opening was audited already, so this
    is not audited on every keystroke.
    """
    try:
        draft = read_declaration(data)
    except InvalidInput as bad:
        return DeclarationPreview(problems=tuple(bad.problems))
    # A probe never added to the session, judged exactly as the stored draft would be.
    probe = AssetDeclaration(id=declaration_id, cadre_id=draft.cadre_id)
    _fill(probe, draft)
    with store.unit_of_work() as uow:
        report, table = judge(uow, probe)
    return DeclarationPreview(report=report, table=table)


_SPOUSES = ("vo", "chong")
_CHILDREN = ("con_trai", "con_gai", "con_nuoi")
_ADULT_AGE = 18


def new_declaration_form(store: Store, cadre_id: str, kind: str, on: dt.date) -> dict[str, Any]:
    """A new form for ``on``: the people and items of the previous completed declaration (its
    opening is audited), or, for a first one, the declarant and family from the dossier."""
    with store.unit_of_work(write=True, reason="new asset declaration") as uow:
        cadre = load_dossier(uow.session, cadre_id)
        if cadre is None:
            raise UsageError("No dossier has the id {id}.", id=cadre_id)
        earlier = [
            d
            for d in yearly.declarations_of(uow.session, cadre_id)
            if d.is_completed and d.declared_on.earliest() <= on
        ]
        form: dict[str, Any] = {
            "cadre": cadre_id,
            "kind": kind,
            "year": on.year,
            "declared_on": on.strftime("%d/%m/%Y"),
            "people": _people_of(cadre, on),
            "items": [],
            "changes": [],
        }
        if earlier:
            previous = yearly.declaration(uow.session, earlier[-1].id)
            assert previous is not None
            uow.audit.append("open", "asset_declaration", previous.id, cadre_id)
            copied = declaration_as_json(previous)
            form["people"], form["items"] = copied["people"], copied["items"]
        return form


def _people_of(cadre: Cadre, on: dt.date) -> list[dict[str, Any]]:
    declarant = {
        "role": "declarant",
        "full_name": cadre.full_name,
        "birth_date": cadre.birth_date.vn() if cadre.birth_date.is_full else None,
        "id_number": cadre.id_number,
        "position": cadre.current_position,
        "residence": cadre.permanent_address,
    }
    people = [declarant]
    for member in cadre.family:
        if member.side is not FamilySide.OWN or member.deceased:
            continue
        born = member.birth_year.earliest().year if member.birth_year else None
        if member.relation in _SPOUSES:
            role = "spouse"
        elif member.relation in _CHILDREN and born is not None and on.year - born < _ADULT_AGE:
            role = "child"
        else:
            continue
        people.append(
            {
                "role": role,
                "full_name": member.full_name,
                "position": member.post or member.occupation,
                "workplace": member.workplace,
                "residence": member.residence,
            }
        )
    return people
