"""Editing one dossier: load it as a draft, check it field by field, save it whole.

The draft holds the values the dossier file would hold, so a draft is checked by exactly
the code that checks an imported file (services/dossier_json.py), and saved by the same
code that applies an import: one transaction, nothing written when anything is wrong.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any

from cadre_desktop.domain.base import new_id
from cadre_desktop.domain.model import Cadre
from cadre_desktop.errors import RefusedError
from cadre_desktop.i18n import gettext
from cadre_desktop.services.changes import Changes
from cadre_desktop.services.dossier_fields import (
    COLLECTION_CLASSES,
    COLLECTION_TITLES,
    fields_of,
)
from cadre_desktop.services.dossier_json import (
    DecodeContext,
    Draft,
    Problems,
    check_dossier,
    decode_row,
    encode_dossier,
)
from cadre_desktop.services.dossiers import apply_draft, open_dossier
from cadre_desktop.services.stores import Store
from cadre_desktop.storage.queries import unit_codes

ROOT = "dossier"
# Records kept by their own pages and screens (conclusions, ratings, planning): a CV save
# leaves them as stored, so a dossier tab opened before a conclusion was added, or before a
# planning entry was removed, cannot undo that when it saves.
RECORD_COLLECTIONS = frozenset({"clearances", "evaluations", "planning_entries"})


@dataclass
class EditableRow:
    """One row of a history table: the file's values by key, and its identity."""

    values: dict[str, Any]
    sync: dict[str, Any] = field(default_factory=lambda: {"id": new_id(), "version": None})
    content: bytes | None = None  # a new attachment's bytes, stored on save


@dataclass
class EditableDossier:
    values: dict[str, Any]
    sync: dict[str, Any]
    rows: dict[str, list[EditableRow]]
    created: bool = False

    @property
    def id(self) -> str:
        return str(self.sync["id"])

    @property
    def full_name(self) -> str:
        parts = (self.values.get(k) for k in ("family_name", "middle_name", "given_name"))
        return " ".join(str(p) for p in parts if p)

    def copy(self) -> EditableDossier:
        return copy.deepcopy(self)


@dataclass(frozen=True)
class FieldMessage:
    collection: str | None  # None for the dossier's own fields
    row: int | None  # index in the collection
    key: str | None  # the field's key; None when the message is about the whole row
    text: str


@dataclass
class Report:
    messages: list[FieldMessage] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.messages

    def sentences(self) -> list[str]:
        """The report as lines a person reads: where, which field, what is wrong."""
        lines = []
        for m in self.messages:
            where = gettext("Dossier")
            if m.collection is not None and m.row is not None:
                where = gettext("{table}, row {n}").format(
                    table=gettext(COLLECTION_TITLES[m.collection]), n=m.row + 1
                )
            label = _label_of(m.collection, m.key)
            lines.append(f"{where}: {gettext(label)}: {m.text}" if label else f"{where}: {m.text}")
        return lines


class DraftRefused(RefusedError):
    """A save refused because the draft has problems; ``report`` names each field."""

    def __init__(self, report: Report) -> None:
        super().__init__(
            "The dossier was not saved because it has {count} problem(s).",
            count=len(report.messages),
        )
        self.report = report


class _FieldProblems(Problems):
    """Problems that also remember which field each one is about."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[tuple[str, str | None, str]] = []

    def add(
        self, where: str, spec_label: str | None, msgid: str, *, shown: Any = None, **params: Any
    ) -> None:
        super().add(where, spec_label, msgid, shown=shown, **params)
        self.found.append((where, spec_label, gettext(msgid).format(**params)))


def _label_of(collection: str | None, key: str | None) -> str | None:
    cls = Cadre if collection is None else COLLECTION_CLASSES[collection]
    return next((s.label for s in fields_of(cls) if s.json_key == key), None)


def _key_of(collection: str | None, label: str | None) -> str | None:
    cls = Cadre if collection is None else COLLECTION_CLASSES[collection]
    return next((s.json_key for s in fields_of(cls) if s.label == label), None)


def _locate(where: str) -> tuple[str | None, int | None]:
    """Read back the places this module names: "dossier" or "dossier, postings[2]"."""
    tail = where.removeprefix(ROOT).removeprefix(", ").split(", ")[0]  # a nested row: its row
    if not tail or "[" not in tail:
        return None, None
    name, index = tail.rstrip("]").split("[")
    return name, int(index) - 1


def edit_context(store: Store) -> DecodeContext:
    """What checking a draft needs from the store: its catalogs and unit codes."""
    with store.unit_of_work() as uow:
        codes = unit_codes(uow.session)
    return DecodeContext(store.catalogs(), {code: uid for uid, code in codes.items()})


def _decode(dossier: EditableDossier, context: DecodeContext) -> tuple[Draft | None, Report]:
    problems = _FieldProblems()
    raw = {**dossier.values, **dossier.sync}
    draft = decode_row(Cadre, raw, ROOT, context, problems)
    if draft is not None:
        for name, cls in COLLECTION_CLASSES.items():
            children = []
            for number, row in enumerate(dossier.rows.get(name, []), start=1):
                where = f"{ROOT}, {name}[{number}]"
                child = decode_row(cls, {**row.values, **row.sync}, where, context, problems)
                if child is not None:
                    child.content = row.content
                    children.append(child)
            draft.children[name] = children
        check_dossier(draft, ROOT, problems)
    report = Report()
    for where, label, text in problems.found:
        collection, position = _locate(where)
        key = _key_of(collection, label)
        report.messages.append(FieldMessage(collection, position, key, text))
    return draft, report


def check(dossier: EditableDossier, context: DecodeContext) -> Report:
    """Every problem of the draft, each placed on its field (the import's checks)."""
    return _decode(dossier, context)[1]


def _from_document(document: dict[str, Any], created: bool) -> EditableDossier:
    sync_keys = ("id", "origin", "counter", "version")

    def split(row: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
        values = {k: v for k, v in row.items() if k not in sync_keys and k != "content"}
        return values, {k: row.get(k) for k in sync_keys}

    values, sync = split({k: v for k, v in document.items() if k not in COLLECTION_CLASSES})
    rows = {
        name: [EditableRow(*split(row)) for row in document.get(name, [])]
        for name in COLLECTION_CLASSES
    }
    return EditableDossier(values=values, sync=sync, rows=rows, created=created)


def open_for_edit(store: Store, cadre_id: str) -> EditableDossier:
    """The stored dossier as a draft; opening it is recorded in the access log."""
    with store.unit_of_work(write=True, reason="open dossier") as uow:
        cadre = open_dossier(uow, cadre_id)
        document = encode_dossier(cadre, unit_codes(uow.session))
    return _from_document(document, created=False)


def new_dossier(store: Store, managing_unit: str) -> EditableDossier:
    """An empty draft managed by the given unit (its code); nothing is stored yet."""
    values = {spec.json_key: spec.default for spec in fields_of(Cadre)}
    values["managing_unit"] = managing_unit
    sync = {"id": new_id(), "origin": None, "counter": None, "version": None}
    return EditableDossier(values, sync, {name: [] for name in COLLECTION_CLASSES}, created=True)


def save(store: Store, dossier: EditableDossier) -> Changes:
    """Write the whole draft in one transaction, or nothing when any field is refused."""
    context = edit_context(store)
    draft, report = _decode(dossier, context)
    if draft is None or not report.ok:
        raise DraftRefused(report)
    with store.unit_of_work(write=True, reason="edit dossier") as uow:
        apply_draft(uow, draft, keep=RECORD_COLLECTIONS)
    dossier.created = False
    return Changes(cadres=frozenset({dossier.id}))
