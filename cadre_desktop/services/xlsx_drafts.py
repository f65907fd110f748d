"""Imported rows as dossier drafts: which stored dossier a row is (by CCCD, else by name and
birth date), the row laid over that dossier (or a new one), checked by the JSON import's
decoder so that every rule of an imported dossier holds for a spreadsheet row too."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from cadre_desktop.domain.base import new_id
from cadre_desktop.domain.derive import current_posting
from cadre_desktop.domain.model import Cadre
from cadre_desktop.i18n import N_, gettext
from cadre_desktop.services.dossier_fields import fields_of
from cadre_desktop.services.dossier_json import (
    FORMAT,
    VERSION,
    DecodeContext,
    Draft,
    Problems,
    decode_file,
    encode_dossier,
)
from cadre_desktop.services.stores import Store
from cadre_desktop.services.xlsx_columns import BY_KEY
from cadre_desktop.services.xlsx_rows import CellError, RowValues
from cadre_desktop.storage.browse import unit_rows
from cadre_desktop.storage.queries import load_dossiers
from cadre_desktop.storage.targets import identities
from cadre_desktop.storage.uow import UnitOfWork
from cadre_desktop.text import fold

UNKNOWN_INSTITUTION = "(chưa ghi cơ sở đào tạo)"  # a certificate listed without its school
_LABEL_KEY = {spec.label: spec.json_key for spec in fields_of(Cadre)}
_CHILD_COLUMN = {"postings": "title", "trainings": "language"}


class _RowProblems(Problems):
    """Problems of the decoder, kept with the field each is about."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[tuple[str, str | None, str, Any]] = []

    def add(
        self, where: str, spec_label: str | None, msgid: str, *, shown: Any = None, **params: Any
    ) -> None:
        super().add(where, spec_label, msgid, shown=shown, **params)
        self.found.append((where, spec_label, gettext(msgid).format(**params), shown))


def _identity(family: str, middle: str | None, given: str, birth: str | None) -> tuple[str, str]:
    name = " ".join(p for p in (family, middle, given) if p)
    return " ".join(fold(name).split()), birth or ""


class Matcher:
    """Finds each row's dossier and builds its draft; duplicates and conflicts are errors."""

    def __init__(
        self, uow: UnitOfWork, store: Store, context: DecodeContext, codes: dict[str, str],
        unit_code: str | None, plan: Any,
    ) -> None:  # fmt: skip
        self.uow, self.store, self.context, self.codes, self.plan = uow, store, context, codes, plan
        roots = [r.code for r in unit_rows(uow.session) if r.parent_id is None]
        self.default_unit = unit_code or (roots[0] if roots else None)
        if unit_code is not None and unit_code not in context.unit_ids:
            self._error(plan.header_row, None, None, N_("names no unit of this store"))
        self.by_cccd: dict[str, str] = {}
        self.by_name: dict[tuple[str, str], list[str]] = {}
        for row in identities(uow.session):
            if row.id_number:
                self.by_cccd[row.id_number] = row.id
            key = _identity(row.family_name, row.middle_name, row.given_name, row.birth_date)
            self.by_name.setdefault(key, []).append(row.id)

    def _error(self, row: int, key: str | None, value: Any, msgid: str, **args: Any) -> None:
        header = BY_KEY[key].header if key else None
        shown = None if value is None else str(value)
        self.plan.errors.append(CellError(row, header, shown, gettext(msgid).format(**args)))

    def plan_rows(self, rows: list[RowValues], tick: Callable[[int], None]) -> list[Any]:
        from cadre_desktop.services.xlsx_import import RowPlan

        seen_cccd: dict[str, int] = {}
        seen_name: dict[tuple[str, str], int] = {}
        matched: dict[int, str | None] = {}
        for values in rows:
            f = values.fields
            cccd = f.get("id_number")
            identity = _identity(f.get("family_name", ""), f.get("middle_name"),
                                 f.get("given_name", ""), f.get("birth_date"))  # fmt: skip
            if cccd and cccd in seen_cccd:
                msgid = N_("repeats row {first} (the same CCCD)")
                self._error(values.row, "id_number", cccd, msgid, first=seen_cccd[cccd])
                continue
            if not cccd and identity in seen_name:
                self._error(values.row, "full_name", None,
                            N_("repeats row {first} (the same name and date of birth)"),
                            first=seen_name[identity])  # fmt: skip
                continue
            if cccd:
                seen_cccd[cccd] = values.row
            seen_name.setdefault(identity, values.row)
            found = self.by_cccd.get(cccd) if cccd else None
            if found is None:
                same = self.by_name.get(identity, [])
                if len(same) > 1:
                    self._error(values.row, "full_name", None,
                                N_("matches {count} dossiers of the store; give the CCCD"),
                                count=len(same))  # fmt: skip
                    continue
                found = same[0] if same else None
            matched[values.row] = found
        stored = self._load({i for i in matched.values() if i})
        planned = []
        for index, values in enumerate(rows, start=1):
            if values.row in matched:
                cadre = stored.get(matched[values.row] or "")
                planned_row = self._draft(values, cadre)
                if planned_row is not None:
                    planned.append(RowPlan(values.row, *planned_row))
            tick(index)
        return planned

    def _load(self, ids: set[str]) -> dict[str, Cadre]:
        ordered = sorted(ids)
        found: dict[str, Cadre] = {}
        for start in range(0, len(ordered), 500):
            for cadre in load_dossiers(self.uow.session, ordered[start : start + 500]):
                found[cadre.id] = cadre
        return found

    def _draft(
        self, values: RowValues, cadre: Cadre | None
    ) -> tuple[str, str, Draft | None] | None:
        if cadre is None:
            missing = [k for k in ("sex", "ethnicity") if not values.fields.get(k)]
            for key in missing:  # a new dossier needs them; a stored one has them
                self._error(values.row, key, None, N_("is required for a new dossier"))
            if missing:
                return None
            document = self._new(values)
            before = None
        else:
            before = encode_dossier(cadre, self.codes)
            document = copy.deepcopy(before)
            self._overlay(values, document, cadre)
        if before is not None and document == before:
            return "unchanged", cadre.id if cadre else "", None
        draft = self._decode(values, document)
        if draft is None:
            return None
        return ("create" if cadre is None else "update"), draft.sync["id"], draft

    def _new(self, values: RowValues) -> dict[str, Any]:
        document: dict[str, Any] = {"id": new_id(), "version": None, **values.fields}
        document["managing_unit"] = values.managing_unit or self.default_unit
        document["postings"] = [self._post(values.post)] if values.post else []
        document["trainings"] = [self._language(values.language)] if values.language else []
        return document

    def _post(self, post: dict[str, Any]) -> dict[str, Any]:
        title = self.store.catalogs().get("title", post.get("title_code") or "")
        kind = title.extra.get("kind") if title else None
        row = {"id": new_id(), "version": None, **{k: v for k, v in post.items() if v is not None}}
        if kind in ("state", "party", "committee", "front", "mass"):
            row["kind"] = kind
        return row

    def _language(self, language: dict[str, Any]) -> dict[str, Any]:
        row = {"id": new_id(), "version": None, "kind": "language",
               "institution": UNKNOWN_INSTITUTION}  # fmt: skip
        row.update({k: v for k, v in language.items() if v is not None})
        return row

    def _overlay(self, values: RowValues, document: dict[str, Any], cadre: Cadre) -> None:
        """Lay the row's filled cells over the stored dossier; empty cells change nothing."""
        fields = dict(values.fields)
        parts = ("family_name", "middle_name", "given_name")
        typed = _identity(fields.get("family_name") or "", fields.get("middle_name"),
                          fields.get("given_name") or "", None)  # fmt: skip
        stored = _identity(cadre.family_name, cadre.middle_name, cadre.given_name, None)
        if values.name_from_full and typed == stored:
            for key in parts:  # the same name split another way ("Tôn Nữ" as a family name)
                fields.pop(key, None)
        document.update(fields)
        if values.managing_unit:
            document["managing_unit"] = values.managing_unit
        post = values.post
        if post:
            current = current_posting(cadre.postings)
            if current is None:
                document["postings"].append(self._post(post))
            else:
                same_title = (post.get("title_code") or None, post.get("title_name") or None) in (
                    (current.title_code, None), (None, current.title_name),
                    (current.title_code, current.title_name),
                )  # fmt: skip
                unit = post.get("unit") or None
                same_unit = unit == (self.codes.get(current.unit_id) if current.unit_id else None)
                if post.get("unit_name") and current.unit_name:
                    same_unit = fold(post["unit_name"]) == fold(current.unit_name)
                if not (same_title and same_unit):
                    self.plan.warnings.append(CellError(
                        values.row, BY_KEY["title"].header, None,
                        gettext(N_("differs from the current post in the dossier, which is "
                                   "not changed: record a move by its decision")),
                    ))  # fmt: skip
        language = values.language
        if language:
            rows = document["trainings"]
            known = any(
                r.get("kind") == "language" and r.get("language") == language.get("language")
                and (not language.get("level") or r.get("level") == language.get("level"))
                for r in rows
            )  # fmt: skip
            if not known:
                rows.append(self._language(language))

    def _decode(self, values: RowValues, document: dict[str, Any]) -> Draft | None:
        problems = _RowProblems()
        file = {"format": FORMAT, "version": VERSION, "dossiers": [document]}
        drafts = decode_file(file, self.context, problems)
        for where, label, text, shown in problems.found:
            child = next((c for c in _CHILD_COLUMN if f", {c}[" in where), None)
            key = _CHILD_COLUMN[child] if child else _LABEL_KEY.get(label or "")
            column = BY_KEY[key].header if key in BY_KEY else None
            if column is None and label:
                text = f"{gettext(label)}: {text}"
            value = None if shown is None else str(shown)
            self.plan.errors.append(CellError(values.row, column, value, text))
        return drafts[0] if drafts and not problems.found else None
