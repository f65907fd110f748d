"""Resolving the conflicts bundles brought: the officer's choice becomes a new version that
dominates both sides, audited, and passes the same checks and gates as any edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import inspect as sa_inspect

from cadre_desktop.domain.base import Synced, utcnow
from cadre_desktop.domain.model import Cadre, CadreChild, Conflict, DossierTick, Tombstone
from cadre_desktop.errors import DamagedError, UsageError
from cadre_desktop.i18n import gettext
from cadre_desktop.rules.findings import Report
from cadre_desktop.services.changes import Changes
from cadre_desktop.services.clearances import refuse
from cadre_desktop.services.conflict_views import (
    WHOLE,
    ConflictView,
    FieldView,
    conflict_sections,
    conflict_sections_of,
    open_conflicts,
    section_of,
    section_title,
    value_from_text,
)
from cadre_desktop.services.dossier_fields import NESTED, fields_of
from cadre_desktop.services.dossier_json import (
    DecodeContext,
    Draft,
    Problems,
    check_dossier,
    decode_row,
)
from cadre_desktop.services.planning import GateRefused, gate_imported
from cadre_desktop.services.stores import Store
from cadre_desktop.storage.audit import plain
from cadre_desktop.storage.queries import load_dossier, unit_codes
from cadre_desktop.storage.uow import UnitOfWork
from cadre_desktop.sync.resolve import (
    officer_columns,
    parent_links,
    row_class,
    typed,
    typed_values,
)
from cadre_desktop.sync.vectors import merged
from cadre_desktop.text import clean

__all__ = [
    "ConflictView",
    "FieldView",
    "conflict_sections",
    "conflict_sections_of",
    "open_conflicts",
    "resolve",
    "value_from_text",
]

FieldChoice = str | tuple[str, Any]  # "mine" | "theirs" | ("value", a typed value)
Choice = str | Mapping[str, FieldChoice]


def resolve(store: Store, conflict_id: str, choice: Choice, reason: str | None = None) -> Changes:
    """Settle one open conflict as the officer chose; a planning entry the political-standard
    gate refuses is refused here as on every other path (audited, exit 3)."""
    reason = clean(reason)
    try:
        return _resolve(store, conflict_id, choice, reason)
    except GateRefused as refused:
        cadre_id = refused.cadre_ids[0] if refused.cadre_ids else None
        refuse(store, "resolve", cadre_id, refused.report, conflict=conflict_id)
        raise AssertionError from refused  # pragma: no cover - refuse always raises


def _resolve(store: Store, conflict_id: str, choice: Choice, reason: str | None) -> Changes:
    with store.unit_of_work(write=True, reason=reason or "resolve conflict") as uow:
        conflict = uow.session.get(Conflict, conflict_id)
        if conflict is None:
            raise UsageError("No conflict has the id {id}.", id=conflict_id)
        if conflict.resolved_at is not None:
            raise UsageError(
                "The conflict {id} is already resolved; nothing was changed.", id=conflict_id
            )
        cls = row_class(conflict.entity)
        if cls is None:
            raise DamagedError(
                "The conflict {id} is about a kind of record this version does not know.",
                id=conflict_id,
            )
        _check_choice(conflict, cls, choice)
        blocked_before = _gate(uow, store, conflict.cadre_id).blocked
        kind = conflict.kind
        if kind == "edit" or choice == "keep":
            version, wrote = _keep_row(uow, store, conflict, cls, choice)
        elif choice == "delete":
            version, wrote = _delete_row(uow, conflict, cls), False
        elif choice == "restore":
            version, wrote = _restore_row(uow, store, conflict, cls), True
        else:
            version, wrote = _keep_deleted(uow, conflict), False
        _touch(uow, conflict.cadre_id)
        uow.session.flush()
        report = _gate(uow, store, conflict.cadre_id)
        if report.blocked and (
            not blocked_before or (wrote and conflict.entity == "planning_entry")
        ):
            raise GateRefused(Report(report.blocking), [conflict.cadre_id])
        chosen = (
            choice
            if isinstance(choice, str)
            else {a: plain(list(c) if isinstance(c, tuple) else c) for a, c in choice.items()}
        )
        conflict.resolved_at = utcnow()
        conflict.resolution = {"choice": chosen, "reason": reason, "version": version}
        uow.audit.append(
            "resolve", "sync_conflict", conflict.id, conflict.cadre_id,
            {"entity": conflict.entity, "row_id": conflict.row_id, "kind": kind, "choice": chosen,
             "@version": version},
            reason,
        )  # fmt: skip
        return Changes(cadres=frozenset({conflict.cadre_id}))


def _check_choice(conflict: Conflict, cls: type[Any], choice: Choice) -> None:
    allowed = WHOLE.get(conflict.kind)
    if allowed is None:
        raise DamagedError("The conflict {id} is of an unknown kind.", id=conflict.id)
    if isinstance(choice, str):
        if choice not in allowed:
            raise UsageError(
                "This conflict is resolved with one of {choices}, not {choice}.",
                choices=", ".join(allowed), choice=choice,
            )  # fmt: skip
        return
    if conflict.kind != "edit":
        raise UsageError("Only a conflict between two edits is resolved field by field.")
    columns = officer_columns(cls)
    for attr, pick in choice.items():
        if attr not in columns:
            raise UsageError("The record in conflict has no field {field}.", field=attr)
        if pick not in ("mine", "theirs") and not (
            isinstance(pick, tuple | list) and len(pick) == 2 and pick[0] == "value"
        ):
            raise UsageError(
                "A field is resolved with mine, theirs or a value, not {choice}.", choice=str(pick)
            )


def _stored(uow: UnitOfWork, cls: type[Any], conflict: Conflict) -> Any:
    obj = uow.session.get(cls, conflict.row_id)
    if obj is None:
        raise UsageError("The record in conflict was deleted here since; nothing was changed.")
    return obj


def _dominate(uow: UnitOfWork, obj: Synced, conflict: Conflict) -> None:
    """A version after both: the merge of the two vectors, then this store's tick."""
    obj.version = merged(obj.version, conflict.their_version)
    uow.stamp(obj)


def _keep_row(
    uow: UnitOfWork, store: Store, conflict: Conflict, cls: type[Any], choice: Choice
) -> tuple[dict[str, int], bool]:
    """The row stays, with the values chosen field by field (all mine for "keep")."""
    obj = _stored(uow, cls, conflict)
    theirs = conflict.theirs or {}
    changed: dict[str, Any] = {}
    for attr, column in officer_columns(cls).items():
        pick = choice if isinstance(choice, str) else choice.get(attr, "mine")
        if pick in ("mine", "keep") or (pick == "theirs" and attr not in theirs):
            continue  # what is stored here now
        value = _typed(column, theirs[attr] if pick == "theirs" else pick[1], conflict)
        if isinstance(value, str):
            value = clean(value)
        if plain(value) != plain(getattr(obj, attr)):
            changed[attr] = value
    if changed:
        current = {attr: plain(getattr(obj, attr)) for attr in officer_columns(cls)}
        _check_values(
            uow, store, cls, conflict, {**current, **{a: plain(v) for a, v in changed.items()}}
        )
    for attr, value in changed.items():
        setattr(obj, attr, value)
    _dominate(uow, obj, conflict)
    return dict(obj.version), bool(changed)


def _typed(column: Any, value: Any, conflict: Conflict) -> Any:
    try:
        return typed(column, value)
    except (ValueError, ArithmeticError) as exc:
        raise DamagedError(
            "The conflict {id} holds a value that cannot be read.", id=conflict.id
        ) from exc


def _delete_row(uow: UnitOfWork, conflict: Conflict, cls: type[Any]) -> dict[str, int]:
    """Delete as they did; the tombstone's version comes after both sides."""
    obj = _stored(uow, cls, conflict)
    obj.version = merged(obj.version, conflict.their_version)
    if isinstance(obj, Cadre):
        load_dossier(uow.session, obj.id)  # its rows are buried with it
        uow.session.delete(obj)
    elif isinstance(obj, CadreChild):
        getattr(obj.cadre, obj.__collection__).remove(obj)
    else:
        parent, name = _nested_parent(obj)
        if parent is not None:
            getattr(parent, name).remove(obj)
        uow.session.delete(obj)
    uow.session.flush()
    tombstone = uow.session.get(Tombstone, conflict.row_id)
    return dict(tombstone.version) if tombstone is not None else dict(obj.version)


def _nested_parent(obj: Any) -> tuple[Any, str]:
    for parent_cls, parts in NESTED.items():
        for name, part in parts.items():
            if isinstance(obj, part):
                for relation in sa_inspect(part).relationships:
                    if relation.mapper.class_ is parent_cls:
                        return getattr(obj, relation.key), name
    return None, ""


def _restore_row(
    uow: UnitOfWork, store: Store, conflict: Conflict, cls: type[Any]
) -> dict[str, int]:
    """Bring the row back as they have it, under its parent, after the deletion here."""
    session = uow.session
    if session.get(cls, conflict.row_id) is not None:
        raise UsageError(
            "The record in conflict is in this store again; there is nothing to restore."
        )
    theirs = conflict.theirs or {}
    _check_values(uow, store, cls, conflict, theirs)
    try:
        values = typed_values(cls, theirs)
    except (ValueError, ArithmeticError) as exc:
        raise DamagedError(
            "The conflict {id} holds a value that cannot be read.", id=conflict.id
        ) from exc
    links = {attr: values.pop(attr) for attr in parent_links(cls) if attr in values}
    obj = cls(id=conflict.row_id, **values)
    tombstone = session.get(Tombstone, conflict.row_id)
    obj.version = merged(tombstone.version if tombstone else {}, conflict.their_version)
    if issubclass(cls, CadreChild):
        cadre = load_dossier(session, links.get("cadre_id") or conflict.cadre_id)
        if cadre is None:
            raise UsageError(
                "The dossier this record belongs to is not in this store; nothing was changed."
            )
        getattr(cadre, cls.__collection__).append(obj)
    elif links:
        parent_cls, name = next(
            (p, n) for p, parts in NESTED.items() for n, c in parts.items() if c is cls
        )
        parent = session.get(parent_cls, next(iter(links.values())))
        if parent is None:
            raise UsageError(
                "The record this one belongs to is not in this store; nothing was changed."
            )
        obj.seq = len(getattr(parent, name))
        getattr(parent, name).append(obj)
    else:
        session.add(obj)
    if tombstone is not None:
        session.delete(tombstone)
    uow.stamp(obj)
    return dict(obj.version)


def _keep_deleted(uow: UnitOfWork, conflict: Conflict) -> dict[str, int]:
    """The row stays deleted; its tombstone moves past their edit so it wins there too."""
    tombstone = uow.session.get(Tombstone, conflict.row_id)
    if tombstone is None:
        tombstone = Tombstone(
            id=conflict.row_id, entity=conflict.entity, cadre_id=conflict.cadre_id
        )
        uow.session.add(tombstone)
    tick = uow.counter()
    both = merged(tombstone.version, conflict.their_version)
    tombstone.version = {**both, uow.instance_id: tick}
    tombstone.origin, tombstone.counter = uow.instance_id, tick
    return dict(tombstone.version)


def _check_values(
    uow: UnitOfWork, store: Store, cls: type[Any], conflict: Conflict, values: Mapping[str, Any]
) -> None:
    """The row as it would be saved passes the dossier's field checks (catalogs, formats…)."""
    codes = unit_codes(uow.session)
    raw: dict[str, Any] = {"id": conflict.row_id}
    for spec in fields_of(cls):
        value = values.get(spec.attr)
        raw[spec.json_key] = codes.get(value, value) if spec.kind == "unit" and value else value
    context = DecodeContext(store.catalogs(), {code: uid for uid, code in codes.items()})
    problems = Problems()
    where = gettext(section_title(section_of(conflict.entity)))
    draft = decode_row(cls, raw, where, context, problems)
    if draft is not None:
        whole = draft if cls is Cadre else Draft(values={}, sync={}, children={"rows": [draft]})
        check_dossier(whole, where, problems)
    if problems.items:
        raise UsageError(
            "The chosen values cannot be saved: {problems}", problems="; ".join(problems.items)
        )


def _gate(uow: UnitOfWork, store: Store, cadre_id: str) -> Report:
    if uow.session.get(Cadre, cadre_id) is None:
        return Report()
    return gate_imported(uow, store, {cadre_id})


def _touch(uow: UnitOfWork, cadre_id: str) -> None:
    """The dossier changed now, so the next incremental bundle carries the resolution even
    when every value stayed as it was here."""
    uow.session.merge(DossierTick(cadre_id=cadre_id, tick=uow.counter()))
