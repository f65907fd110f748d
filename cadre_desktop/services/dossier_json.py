"""Dossiers as JSON (docs/dossier.schema.json): encoding, and decoding with every check.

Decoding never touches the store: it turns a file into drafts or into a list of
problems, each naming the dossier, the field and what is wrong.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import Any

from cadre_desktop.domain.catalogs import Catalogs
from cadre_desktop.domain.enums import Sex
from cadre_desktop.domain.model import Cadre
from cadre_desktop.domain.values import PartialDate
from cadre_desktop.i18n import N_, gettext
from cadre_desktop.rules.fields import check_format, check_id_number, normalise_phone
from cadre_desktop.services.dossier_fields import (
    COLLECTION_CLASSES,
    NESTED,
    TRAINING_LEVEL_CATALOG,
    FieldSpec,
    fields_of,
)
from cadre_desktop.storage.audit import plain
from cadre_desktop.text import clean

FORMAT = "cadre-dossiers"
VERSION = 1
SYNC_KEYS = ("id", "origin", "counter", "version")


# -- encoding ------------------------------------------------------------------------------


def encode_row(obj: Any, unit_codes: dict[str, str]) -> dict[str, Any]:
    row: dict[str, Any] = {key: plain(getattr(obj, key)) for key in SYNC_KEYS}
    for spec in fields_of(type(obj)):
        value = getattr(obj, spec.attr)
        row[spec.json_key] = (
            unit_codes.get(value) if spec.kind == "unit" and value else plain(value)
        )
    for name in NESTED.get(type(obj), {}):
        row[name] = [encode_row(part, unit_codes) for part in getattr(obj, name)]
    return row


def encode_dossier(cadre: Cadre, unit_codes: dict[str, str], blob: Any = None) -> dict[str, Any]:
    """The whole dossier; attachment bytes go in as base64 when ``blob`` can read them."""
    dossier = encode_row(cadre, unit_codes)
    for name in COLLECTION_CLASSES:
        rows = [encode_row(child, unit_codes) for child in getattr(cadre, name)]
        if name == "attachments" and blob is not None:
            for row in rows:
                row["content"] = base64.b64encode(blob(row["sha256"])).decode("ascii")
        dossier[name] = rows
    return dossier


# -- decoding ------------------------------------------------------------------------------


@dataclass
class Problems:
    items: list[str] = field(default_factory=list)

    def add(
        self, where: str, spec_label: str | None, msgid: str, *, shown: Any = None, **params: Any
    ) -> None:
        """Record "where: field: 'value' what is wrong", translated now."""
        what = gettext(msgid).format(**params)
        label = f"{gettext(spec_label)}: " if spec_label else ""
        value = f"'{shown}' " if shown is not None else ""
        self.items.append(f"{where}: {label}{value}{what}")


@dataclass
class Draft:
    """One decoded row: its identity, its field values, and (for a dossier) its children."""

    values: dict[str, Any]
    sync: dict[str, Any]
    children: dict[str, list[Draft]] = field(default_factory=dict)
    content: bytes | None = None


@dataclass(frozen=True)
class DecodeContext:
    catalogs: Catalogs
    unit_ids: dict[str, str]  # unit code → id


def decode_file(data: Any, context: DecodeContext, problems: Problems) -> list[Draft]:
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        problems.add(N_("file"), None, N_("is not a Cadre Desktop dossier file"))
        return []
    if data.get("version") != VERSION:
        problems.add(
            N_("file"),
            None,
            N_("has format version {found}; this version of the app reads version {known}"),
            found=data.get("version"),
            known=VERSION,
        )
        return []
    dossiers = data.get("dossiers")
    if not isinstance(dossiers, list):
        problems.add(N_("file"), None, N_("has no list of dossiers"))
        return []
    drafts: list[Draft] = []
    seen: set[str] = set()
    for index, raw in enumerate(dossiers, start=1):
        where = gettext("dossier {n}").format(n=index)
        if isinstance(raw, dict):
            name = " ".join(
                str(raw.get(k) or "") for k in ("family_name", "middle_name", "given_name")
            )
            where = f"{where} ({clean(name)})" if clean(name) else where
        draft = decode_row(Cadre, raw, where, context, problems)
        if draft is None:
            continue
        if draft.sync["id"] in seen:
            problems.add(where, None, N_("appears twice in the file"))
        seen.add(draft.sync["id"])
        for name, cls in COLLECTION_CLASSES.items():
            rows = raw.get(name, [])
            if not isinstance(rows, list):
                problems.add(where, None, N_("'{name}' must be a list"), name=name)
                continue
            children = []
            for row_index, row in enumerate(rows, start=1):
                child = decode_row(cls, row, f"{where}, {name}[{row_index}]", context, problems)
                if child is not None:
                    children.append(child)
            draft.children[name] = children
        check_dossier(draft, where, problems)
        drafts.append(draft)
    return drafts


def decode_row(
    cls: type[Any], raw: Any, where: str, context: DecodeContext, problems: Problems
) -> Draft | None:
    if not isinstance(raw, dict):
        problems.add(where, None, N_("must be an object"))
        return None
    nested = NESTED.get(cls, {})
    attachment = cls is COLLECTION_CLASSES["attachments"]  # its bytes travel as "content"
    known = _known_keys(cls)
    for key in [k for k in raw if k not in known]:
        problems.add(where, None, N_("has an unknown field '{key}'"), key=key)
    sync = _decode_sync(raw, where, problems)
    values: dict[str, Any] = {}
    for spec in fields_of(cls):
        raw_value = raw.get(spec.json_key)
        if raw_value is None or raw_value == "":  # most fields are empty: no conversion to do
            value = spec.default
        else:
            value = _decode_value(spec, raw_value, where, context, problems)
        if value is None and spec.default is not None:
            value = spec.default
        if value is None and spec.required:
            if raw_value is None:
                problems.add(where, spec.label, N_("is required"))
            continue
        values[spec.attr] = value
    draft = Draft(values=values, sync=sync)
    if "level" in values and values.get("level") is not None and "kind" in values:
        catalog = TRAINING_LEVEL_CATALOG.get(str(values["kind"]))
        if catalog and not context.catalogs.has(catalog, values["level"]):
            problems.add(where, N_("Level"), N_("is not in the catalog"), shown=values["level"])
    if attachment and "content" in raw:
        draft.content = _decode_content(raw, values, where, problems)
    for name, part in nested.items():
        rows = raw.get(name, [])
        if not isinstance(rows, list):
            problems.add(where, None, N_("'{name}' must be a list"), name=name)
            continue
        decoded = [
            decode_row(part, row, f"{where}, {name}[{index}]", context, problems)
            for index, row in enumerate(rows, start=1)
        ]
        draft.children[name] = [d for d in decoded if d is not None]
    return draft


_KNOWN: dict[type[Any], frozenset[str]] = {}


def _known_keys(cls: type[Any]) -> frozenset[str]:
    """The keys a row of ``cls`` may have (a dossier's collections included)."""
    if cls not in _KNOWN:
        known = {s.json_key for s in fields_of(cls)} | set(SYNC_KEYS) | set(NESTED.get(cls, {}))
        known |= {"content"} if cls is COLLECTION_CLASSES["attachments"] else set()
        _KNOWN[cls] = frozenset(known | set(COLLECTION_CLASSES))
    return _KNOWN[cls]


def _decode_sync(raw: dict[str, Any], where: str, problems: Problems) -> dict[str, Any]:
    sync = {key: raw.get(key) for key in SYNC_KEYS}
    if not isinstance(sync["id"], str) or len(sync["id"]) != 36:
        problems.add(where, None, N_("has no valid id"))
    version = sync["version"]
    if version is None:
        sync.update(origin="", counter=0, version={})
    elif not (
        isinstance(version, dict)
        and all(isinstance(k, str) and isinstance(v, int) for k, v in version.items())
        and isinstance(sync["counter"], int)
        and isinstance(sync["origin"], str)
    ):
        problems.add(where, None, N_("has a damaged version record"))
    return sync


def _decode_value(
    spec: FieldSpec, raw: Any, where: str, context: DecodeContext, problems: Problems
) -> Any:
    if raw is None or raw == "":
        return None
    try:
        value = _convert(spec, raw)
    except (ValueError, InvalidOperation, TypeError):
        problems.add(where, spec.label, _bad_type(spec), shown=raw)
        return None
    if spec.kind == "unit":
        unit_id = context.unit_ids.get(value)
        if unit_id is None:
            problems.add(where, spec.label, N_("is not a unit code of this store"), shown=value)
        return unit_id
    if spec.kind == "enum" and value not in spec.choices:
        problems.add(
            where,
            spec.label,
            N_("is not one of {choices}"),
            shown=value,
            choices=", ".join(spec.choices),
        )
        return None
    if spec.max_length and isinstance(value, str) and len(value) > spec.max_length:
        problems.add(where, spec.label, N_("is longer than {n} characters"), n=spec.max_length)
        return None
    if spec.catalog and not context.catalogs.has(spec.catalog, str(value)):
        problems.add(where, spec.label, N_("is not in the catalog"), shown=value)
        return None
    if spec.format and (msgid := check_format(spec.format, value)):
        problems.add(where, spec.label, msgid, shown=raw)
        return None
    return value


def _bad_type(spec: FieldSpec) -> str:
    return {
        "date": N_("is not a date that exists (YYYY, YYYY-MM or YYYY-MM-DD)"),
        "int": N_("is not a whole number"),
        "decimal": N_("is not a decimal number"),
        "bool": N_("is not true or false"),
    }.get(spec.kind, N_("is not text"))


def _convert(spec: FieldSpec, raw: Any) -> Any:
    if spec.kind == "date":
        if not isinstance(raw, str):
            raise TypeError
        return _date(raw)
    if spec.kind == "int":
        if isinstance(raw, bool) or not isinstance(raw, int):
            raise TypeError
        return raw
    if spec.kind == "bool":
        if not isinstance(raw, bool):
            raise TypeError
        return raw
    if spec.kind == "decimal":
        if isinstance(raw, bool) or not isinstance(raw, str | int):
            raise TypeError
        return Decimal(str(raw))
    if not isinstance(raw, str):
        raise TypeError
    text = clean(raw) or ""
    return normalise_phone(text) if spec.format == "phone" else text


@lru_cache(maxsize=65536)
def _date(text: str) -> PartialDate:
    """Dates repeat a lot in a file of dossiers, and PartialDate is immutable."""
    return PartialDate.parse_iso(text)


def _decode_content(
    raw: dict[str, Any], values: dict[str, Any], where: str, problems: Problems
) -> bytes | None:
    try:
        content = base64.b64decode(str(raw["content"]), validate=True)
    except (binascii.Error, ValueError):
        problems.add(where, None, N_("has attachment content that is not base64"))
        return None
    if hashlib.sha256(content).hexdigest() != values.get("sha256") or len(content) != values.get(
        "size"
    ):
        problems.add(where, None, N_("has attachment content that does not match its hash"))
        return None
    return content


def check_dossier(draft: Draft, where: str, problems: Problems) -> None:
    """Checks that need more than one field."""
    values = draft.values
    birth = values.get("birth_date")
    if values.get("id_number") and isinstance(values.get("sex"), str):
        msgid = check_id_number(values["id_number"], Sex(values["sex"]), birth)
        if msgid:
            problems.add(where, N_("Citizen ID number"), msgid, shown=values["id_number"])
    for name, children in draft.children.items():
        for index, child in enumerate(children, start=1):
            start, end = child.values.get("start"), child.values.get("end")
            if start is not None and end is not None and end < start:
                problems.add(f"{where}, {name}[{index}]", N_("To"), N_("is before the start date"))
    for index, evaluation in enumerate(draft.children.get("evaluations", []), start=1):
        items = [c.values.get("item") for c in evaluation.children.get("checks", [])]
        twice = sorted({i for i in items if items.count(i) > 1 and i is not None})
        if twice:
            problems.add(
                f"{where}, evaluations[{index}]",
                N_("Manifestation"),
                N_("{items} appear(s) twice in the self-check"),
                items=", ".join(twice),
            )
    join, official = values.get("party_join_date"), values.get("party_official_date")
    if join is not None and official is not None and official < join:
        problems.add(where, N_("Full Party membership date"), N_("is before the admission date"))
