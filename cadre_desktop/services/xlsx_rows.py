"""One row of a cadre sheet read into dossier values (the JSON file's form), every unreadable
cell reported with its row, its column header and what is wrong."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from cadre_desktop.domain.catalogs import Catalogs
from cadre_desktop.i18n import N_, gettext
from cadre_desktop.services.xlsx_columns import BY_KEY
from cadre_desktop.services.xlsx_read import Cell
from cadre_desktop.services.xlsx_values import (
    CatalogMatcher,
    CellProblem,
    read_date,
    read_sex,
    read_text,
    split_name,
)
from cadre_desktop.text import fold

# Sheet columns that are the dossier's own fields, by the same key.
CADRE_FIELDS = (
    "id_number", "ethnicity", "religion", "home_town", "birth_place", "permanent_address",
    "current_address", "phone", "email", "party_join_date", "party_official_date",
    "recruitment_date", "education_level", "education_major", "political_theory",
    "state_management", "it_level", "birth_date", "sex",
)  # fmt: skip


@dataclass(frozen=True)
class CellError:
    row: int
    column: str | None
    value: str | None
    message: str  # translated

    def sentence(self) -> str:
        if self.column is None:
            return gettext("Row {row}: {message}").format(row=self.row, message=self.message)
        if self.value is None:
            return gettext('Row {row}, column "{column}": {message}').format(
                row=self.row, column=self.column, message=self.message
            )
        return gettext('Row {row}, column "{column}": "{value}" {message}').format(
            row=self.row, column=self.column, value=self.value, message=self.message
        )


@dataclass(frozen=True)
class Ambiguity:
    key: str
    column: str
    value: str
    candidates: tuple[tuple[str, str], ...]


@dataclass
class RowValues:
    row: int
    fields: dict[str, Any] = field(default_factory=dict)  # dossier JSON keys
    post: dict[str, Any] | None = None  # title_code or title_name, unit, unit_name, start
    language: dict[str, Any] | None = None
    managing_unit: str | None = None
    name_from_full: bool = False  # the parts were split from "Họ và tên"


Choices = dict[tuple[str, str], str]  # (column key, folded text) → the code chosen


def choice_key(key: str, text: str) -> tuple[str, str]:
    return key, " ".join(fold(text).split())


@dataclass
class RowReader:
    catalogs: Catalogs
    units: dict[str, str]  # folded code or name → unit code
    choices: Choices
    headers: list[str]
    errors: list[CellError] = field(default_factory=list)
    ambiguities: dict[tuple[str, str], Ambiguity] = field(default_factory=dict)
    failed: set[tuple[int, str]] = field(default_factory=set)  # (row, key) unreadable

    def __post_init__(self) -> None:
        self.matcher = CatalogMatcher(self.catalogs)

    def read(self, row: int, cells: list[Cell], mapping: dict[int, str]) -> RowValues:
        found = RowValues(row)
        got: dict[str, Any] = {}
        for index, key in mapping.items():
            cell = cells[index] if index < len(cells) else Cell(None)
            header = self.headers[index]
            shown = None if cell.value is None else str(cell.value)
            if cell.formula:
                self._error(row, header, shown, N_("is a formula; paste the values only"))
                self.failed.add((row, key))
                continue
            try:
                value = self._value(key, cell, header, shown)
            except CellProblem as problem:
                self._error(row, header, shown, problem.msgid)
                self.failed.add((row, key))
                continue
            if value is not None:
                got[key] = value
        self._assemble(found, got)
        return found

    def _error(self, row: int, column: str | None, value: str | None, msgid: str) -> None:
        self.errors.append(CellError(row, column, value, gettext(msgid)))

    def _value(self, key: str, cell: Cell, header: str, shown: str | None) -> Any:
        column = BY_KEY[key]
        if column.kind == "date":
            date = read_date(cell.value, cell.number_format)
            return date.iso() if date else None
        if column.kind == "sex":
            return read_sex(cell.value)
        text = read_text(cell.value)
        if text is None or column.kind == "text":
            return text
        if column.kind == "unit":
            code = self.units.get(fold(text))
            if code is None and key == "managing_unit":
                raise CellProblem(N_("is not a unit of this store"))
            return code or ("", text)  # a unit as written, for the work history
        catalog = column.catalog or "title"
        chosen = self.choices.get(choice_key(key, text))
        if chosen is not None:
            return chosen
        # A post is matched exactly; any other wording is kept as written, as CVs do.
        match = self.matcher.match(catalog, text, loose=column.kind != "title")
        if match.code is not None:
            return match.code
        if match.candidates:
            self.ambiguities.setdefault(
                choice_key(key, text), Ambiguity(key, header, text, match.candidates)
            )
            return None
        if column.kind == "title":
            return ("", text)  # a post not in the catalog is kept as written
        raise CellProblem(N_("is not in the catalog"))

    def _assemble(self, found: RowValues, got: dict[str, Any]) -> None:
        if "full_name" in got:
            try:
                family, middle, given = split_name(got["full_name"])
                found.fields.update(family_name=family, middle_name=middle, given_name=given)
                found.name_from_full = True
            except CellProblem as problem:
                self._error(found.row, BY_KEY["full_name"].header, got["full_name"], problem.msgid)
        for key in ("family_name", "middle_name", "given_name"):
            if key in got:
                found.fields[key] = got[key]
        for key in CADRE_FIELDS:
            if key in got:
                found.fields[key] = got[key]
        managing = got.get("managing_unit")
        found.managing_unit = managing if isinstance(managing, str) else None
        title, unit = got.get("title"), got.get("unit")
        if title is not None:
            if not got.get("post_since"):
                header = BY_KEY["post_since"].header
                self._error(found.row, header, None, N_("is required with a post: when it began"))
            post: dict[str, Any] = {"start": got.get("post_since")}
            post.update(
                {"title_name": title[1]} if isinstance(title, tuple) else {"title_code": title}
            )
            post.update({"unit_name": unit[1]} if isinstance(unit, tuple) else {"unit": unit})
            found.post = post
        elif isinstance(unit, str) and found.managing_unit is None:
            found.managing_unit = unit
        if "language" in got or "language_level" in got:
            found.language = {"language": got.get("language"), "level": got.get("language_level")}

    def require(
        self, found: RowValues, keys: dict[str, Callable[[RowValues], bool]],
        mapping: dict[int, str],
    ) -> None:  # fmt: skip
        """An empty required cell (one already reported as unreadable is not repeated)."""
        headers = {key: self.headers[index] for index, key in mapping.items()}
        for key, present in keys.items():
            if not present(found) and (found.row, key) not in self.failed:
                self._error(
                    found.row, headers.get(key, BY_KEY[key].header), None, N_("is required")
                )
