"""Open conflicts as the officer reads them: per dossier and section, field by field, as text."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from cadre_desktop.domain.catalogs import Catalogs
from cadre_desktop.domain.model import Cadre, Conflict, TrustedUnit
from cadre_desktop.domain.values import PartialDate
from cadre_desktop.errors import UsageError
from cadre_desktop.i18n import N_, gettext
from cadre_desktop.services.dossier_fields import (
    COLLECTION_CLASSES,
    COLLECTION_TITLES,
    NESTED,
    TRAINING_LEVEL_CATALOG,
    FieldSpec,
    fields_of,
)
from cadre_desktop.services.stores import Store
from cadre_desktop.storage.browse import unit_rows
from cadre_desktop.storage.uow import UnitOfWork
from cadre_desktop.sync.resolve import open_conflict_rows, open_entities, row_class
from cadre_desktop.text import clean, name_sort_key

IDENTITY = "identity"
IDENTITY_TITLE = N_("Identity")
EDITABLE_KINDS = ("str", "int", "decimal", "date")  # typed freely; choices are taken from a side
KIND_TITLES = {
    "edit": N_("Edited on both sides"),
    "deleted_there": N_("Deleted there, edited here"),
    "deleted_here": N_("Deleted here, edited there"),
}
WHOLE = {  # what a whole record may be resolved to, by the kind of conflict
    "edit": ("mine", "theirs"),
    "deleted_there": ("keep", "delete"),
    "deleted_here": ("restore", "keep_deleted"),
}
# The fields that name a row in a list, by table; other tables use their first filled fields.
DESCRIBE = {
    "posting": ("start", "end", "title_name", "title_code", "unit_name", "unit_id"),
    "family_member": ("relation", "full_name", "birth_year"),
    "training": ("kind", "institution", "major"),
    "evaluation": ("year", "quarter", "rating"),
    "clearance": ("number", "date", "result"),
    "planning_entry": ("term_code", "title_code", "group"),
}

EnumText = Callable[[str], str]


@dataclass(frozen=True)
class FieldView:
    attr: str
    label: str  # translated
    kind: str  # a FieldSpec kind: str, int, decimal, date, bool, enum, unit
    mine: str
    theirs: str
    ancestor: str
    differs: bool
    editable: bool  # the officer may type another value (not a choice field)


@dataclass(frozen=True)
class ConflictView:
    id: str
    kind: str  # edit | deleted_there | deleted_here
    kind_title: str
    cadre_id: str
    cadre_name: str
    sort_key: str
    entity: str
    row_id: str
    section: str  # "identity" or a collection name
    section_title: str
    row_text: str
    peer: str
    found_at: dt.datetime
    fields: tuple[FieldView, ...]  # the fields that differ first

    @property
    def choices(self) -> tuple[str, ...]:
        """What the whole row may be resolved to."""
        return WHOLE[self.kind]

    def field(self, attr: str) -> FieldView | None:
        return next((f for f in self.fields if f.attr == attr), None)


def section_of(entity: str) -> str:
    """The CV section a table's rows belong to: nested rows go with their parent's."""
    if entity == "cadre":
        return IDENTITY
    for name, cls in COLLECTION_CLASSES.items():
        parts = NESTED.get(cls, {}).values()
        if cls.__tablename__ == entity or any(p.__tablename__ == entity for p in parts):
            return name
    return entity


def section_title(section: str) -> str:
    if section == IDENTITY:
        return gettext(IDENTITY_TITLE)
    return gettext(COLLECTION_TITLES.get(section, section))


class _Texts:
    """Field values as text: dates dd/mm/yyyy, catalog labels, unit names."""

    def __init__(self, catalogs: Catalogs, units: dict[str, str], enum_text: EnumText) -> None:
        self.catalogs, self.units, self.enum_text = catalogs, units, enum_text

    def text(self, spec: FieldSpec, value: Any, row: Mapping[str, Any]) -> str:
        if value is None or value == "":
            return ""
        if spec.kind == "date":
            return PartialDate.parse_iso(str(value)).vn()
        if spec.kind == "decimal":
            return str(value).replace(".", ",")
        if spec.kind == "bool":
            return gettext("Yes") if value else gettext("No")
        if spec.kind == "enum":
            return self.enum_text(str(value))
        if spec.kind == "unit":
            return self.units.get(str(value), str(value))
        catalog = spec.catalog
        if spec.attr == "level" and catalog is None:
            catalog = TRAINING_LEVEL_CATALOG.get(str(row.get("kind")))
        if catalog:
            return self.catalogs.label(catalog, str(value)) or str(value)
        return str(value)


def view_of(
    uow: UnitOfWork, conflict: Conflict, texts: _Texts, names: dict[str, tuple[str, str]]
) -> ConflictView:
    cls = row_class(conflict.entity)
    specs = fields_of(cls) if cls is not None else ()
    mine, theirs = conflict.mine or {}, conflict.theirs or {}
    ancestor = conflict.ancestor or {}
    fields = []
    for spec in specs:
        a, b = mine.get(spec.attr), theirs.get(spec.attr)
        fields.append(
            FieldView(
                attr=spec.attr,
                label=gettext(spec.label),
                kind=spec.kind,
                mine=texts.text(spec, a, mine) if conflict.mine is not None else "",
                theirs=texts.text(spec, b, theirs) if conflict.theirs is not None else "",
                ancestor=texts.text(spec, ancestor.get(spec.attr), ancestor),
                differs=a != b,  # a missing side holds nothing: its filled fields differ
                editable=_editable(spec),
            )
        )
    fields.sort(key=lambda f: not f.differs)  # stable: the model's order within each group
    row = mine if conflict.mine is not None else theirs
    if conflict.entity == "cadre" and conflict.cadre_id not in names:
        names[conflict.cadre_id] = _name_of(row)
    name, key = names.get(conflict.cadre_id, ("", ""))
    section = section_of(conflict.entity)
    return ConflictView(
        id=conflict.id,
        kind=conflict.kind,
        kind_title=gettext(KIND_TITLES.get(conflict.kind, conflict.kind)),
        cadre_id=conflict.cadre_id,
        cadre_name=name,
        sort_key=key,
        entity=conflict.entity,
        row_id=conflict.row_id,
        section=section,
        section_title=section_title(section),
        row_text=_describe(conflict.entity, specs, row, texts)
        if conflict.entity != "cadre"
        else ", ".join(f.label for f in fields if f.differs),
        peer=_peer(uow, conflict.peer_instance),
        found_at=conflict.found_at,
        fields=tuple(fields),
    )


def _editable(spec: FieldSpec) -> bool:
    return spec.kind in EDITABLE_KINDS and spec.catalog is None and spec.attr != "level"


def _name_of(row: Mapping[str, Any]) -> tuple[str, str]:
    family, middle, given = (
        str(row.get(k) or "") for k in ("family_name", "middle_name", "given_name")
    )
    return " ".join(p for p in (family, middle, given) if p), name_sort_key(family, middle, given)


def _describe(
    entity: str, specs: tuple[FieldSpec, ...], row: Mapping[str, Any], texts: _Texts
) -> str:
    by_attr = {spec.attr: spec for spec in specs}
    wanted = [by_attr[a] for a in DESCRIBE.get(entity, ()) if a in by_attr]
    chosen = wanted or [s for s in specs if s.kind != "bool"]
    filled = [text for spec in chosen if (text := texts.text(spec, row.get(spec.attr), row))]
    return " · ".join(filled if wanted else filled[:3])


def _peer(uow: UnitOfWork, instance: str) -> str:
    unit = uow.session.get(TrustedUnit, instance)
    return unit.unit_name if unit is not None else instance


def open_conflicts(
    store: Store, cadre_id: str | None = None, *, enum_text: EnumText = str
) -> list[ConflictView]:
    """Every open conflict (of one dossier if asked), by cadre name, section and row.

    ``enum_text`` names an enumeration value (the window passes its labels; the CLI its codes)."""
    with store.unit_of_work() as uow:
        rows = open_conflict_rows(uow.session, cadre_id)
        units = {unit.id: unit.name for unit in unit_rows(uow.session)}
        texts = _Texts(store.catalogs(), units, enum_text)
        names: dict[str, tuple[str, str]] = {}
        for cid in {row.cadre_id for row in rows}:
            cadre = uow.session.get(Cadre, cid)
            if cadre is not None:
                names[cid] = (cadre.full_name, cadre.sort_key or "")
        views = [view_of(uow, row, texts, names) for row in rows]
    order = {name: index for index, name in enumerate((IDENTITY, *COLLECTION_CLASSES))}
    views.sort(
        key=lambda v: (v.sort_key, v.cadre_id, order.get(v.section, 99), v.row_text, v.found_at)
    )
    return views


def value_from_text(field: FieldView, text: str) -> Any:
    """The typed value of what the officer typed for ``field`` (dates dd/mm/yyyy, 2,34)."""
    if not field.editable:
        raise UsageError("The field {field} is chosen from one side, not typed.", field=field.label)
    typed = clean(text)
    if typed is None:
        return None
    try:
        if field.kind == "date":
            return PartialDate.parse_vn(typed)
        if field.kind == "int":
            return int(typed.replace(".", ""))
        if field.kind == "decimal":
            return Decimal(typed.replace(".", "").replace(",", "."))
    except (ValueError, ArithmeticError) as exc:
        raise UsageError(
            "{field}: '{text}' is not a value of this field.", field=field.label, text=typed
        ) from exc
    return typed


def conflict_sections(source: Store | UnitOfWork, cadre_id: str) -> set[str]:
    """The sections of a dossier ("identity" or collection names) with an open conflict."""
    return conflict_sections_of(source, [cadre_id]).get(cadre_id, set())


def conflict_sections_of(
    source: Store | UnitOfWork, cadre_ids: Sequence[str]
) -> dict[str, set[str]]:
    if isinstance(source, UnitOfWork):
        found = open_entities(source.session, cadre_ids)
    else:
        with source.unit_of_work() as uow:
            found = open_entities(uow.session, cadre_ids)
    return {cid: {section_of(entity) for entity in entities} for cid, entities in found.items()}
