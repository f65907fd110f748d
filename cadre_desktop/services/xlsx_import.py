"""Importing a cadre list from Excel: a dry run that names every bad cell and every value to
choose, then one transaction that creates or completes the dossiers, or writes nothing.

Rows become dossier drafts checked by exactly the code that checks an imported JSON file and
saved by the same path (services/dossier_json.py, services/dossiers.apply_draft), so the same
rules hold; the political-standard gate runs before the commit. A row is the same cadre as a
stored dossier with the same CCCD, or else the same name and date of birth; an empty cell
leaves the stored value as it is, so importing the same file again changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cadre_desktop.errors import CadreError, InvalidInput
from cadre_desktop.i18n import N_, gettext
from cadre_desktop.services.changes import Changes
from cadre_desktop.services.dossier_json import DecodeContext, Draft
from cadre_desktop.services.dossiers import apply_draft
from cadre_desktop.services.planning import GateRefused, enforce_import_gate, refuse_import
from cadre_desktop.services.stores import Store
from cadre_desktop.services.xlsx_bulk import BATCH, insert_drafts
from cadre_desktop.services.xlsx_columns import BY_KEY
from cadre_desktop.services.xlsx_drafts import Matcher
from cadre_desktop.services.xlsx_read import mapping_for, read_sheet
from cadre_desktop.services.xlsx_rows import Ambiguity, CellError, Choices, RowReader, RowValues
from cadre_desktop.storage.queries import unit_codes
from cadre_desktop.storage.uow import UnitOfWork
from cadre_desktop.text import fold

Progress = Callable[[int, int], bool]  # (done, total) → False to cancel


class ImportCancelled(CadreError):
    exit_code = 1


@dataclass
class RowPlan:
    row: int
    action: str  # create | update | unchanged
    cadre_id: str
    draft: Draft | None  # None when unchanged


@dataclass
class ImportPlan:
    sheet: str
    header_row: int
    headers: list[str]
    mapping: dict[int, str]
    rows: list[RowPlan] = field(default_factory=list)
    errors: list[CellError] = field(default_factory=list)
    ambiguities: list[Ambiguity] = field(default_factory=list)
    warnings: list[CellError] = field(default_factory=list)
    sheets: list[str] = field(default_factory=list)  # every sheet of the workbook

    @property
    def ok(self) -> bool:
        return not self.errors and not self.ambiguities

    def count(self, action: str) -> int:
        return sum(1 for r in self.rows if r.action == action)

    def as_json(self) -> dict[str, Any]:
        return {
            "sheet": self.sheet,
            "header_row": self.header_row,
            "columns": {self.headers[i]: key for i, key in sorted(self.mapping.items())},
            "create": self.count("create"),
            "update": self.count("update"),
            "unchanged": self.count("unchanged"),
            "errors": [e.sentence() for e in self.errors],
            "choices": [
                {
                    "column": a.column,
                    "field": a.key,
                    "value": a.value,
                    "candidates": [{"code": c, "label": lbl} for c, lbl in a.candidates],
                }
                for a in self.ambiguities
            ],
            "warnings": [w.sentence() for w in self.warnings],
        }


@dataclass(frozen=True)
class ImportResult:
    created: int
    updated: int
    unchanged: int
    changes: Changes


REQUIRED = {  # column key → how a row shows it has the value
    "full_name": lambda r: bool(r.fields.get("family_name") and r.fields.get("given_name")),
    "birth_date": lambda r: bool(r.fields.get("birth_date")),
    "sex": lambda r: bool(r.fields.get("sex")),
    "ethnicity": lambda r: bool(r.fields.get("ethnicity")),
}


def _units(uow: UnitOfWork) -> dict[str, str]:
    from cadre_desktop.storage.browse import unit_rows

    found: dict[str, str] = {}
    for row in unit_rows(uow.session):
        found.setdefault(fold(row.name), row.code)
        found[fold(row.code)] = row.code
    return found


def plan_import(
    store: Store, path: Path, *, mapping: dict[str, str | None] | None = None,
    choices: Choices | None = None, unit_code: str | None = None, sheet: str | None = None,
    progress: Progress | None = None,
) -> ImportPlan:  # fmt: skip
    """The dry run: every problem by row and column, and what the import would do."""
    wanted = {fold(h) for h in mapping} if mapping else None
    data = read_sheet(path, sheet, wanted)
    columns = mapping_for(data, mapping)
    plan = ImportPlan(data.name, data.header_row, data.headers, columns)
    plan.sheets = data.sheet_names
    for problem in data.problems:
        plan.errors.append(CellError(problem.row, problem.column, problem.value,
                                     gettext(problem.msgid).format(**problem.args)))  # fmt: skip
    present = set(columns.values())
    for key in ("full_name", "birth_date"):  # to find a row's dossier; new ones need more
        alternatives = {key} if key != "full_name" else {"full_name", "given_name"}
        if not present & alternatives:
            plan.errors.append(
                CellError(data.header_row, BY_KEY[key].header, None,
                          gettext(N_("is missing: the sheet has no such column")))
            )  # fmt: skip
    with store.unit_of_work() as uow:
        codes = unit_codes(uow.session)
        context = DecodeContext(store.catalogs(), {code: uid for uid, code in codes.items()})
        reader = RowReader(store.catalogs(), _units(uow), dict(choices or {}), data.headers)
        rows: list[RowValues] = []
        name_present = bool(present & {"full_name", "given_name"})
        for number, cells in data.rows:
            values = reader.read(number, cells, columns)
            needed = {k: REQUIRED[k] for k in ("full_name", "birth_date")}
            if name_present and "birth_date" in present:
                reader.require(values, needed, columns)
            rows.append(values)
        plan.errors += reader.errors
        plan.ambiguities = list(reader.ambiguities.values())
        matcher = Matcher(uow, store, context, codes, unit_code, plan)
        bad = {e.row for e in plan.errors}

        def tick(done: int) -> None:
            if progress is not None and done % 200 == 0 and not progress(done, len(rows) * 2):
                raise ImportCancelled(N_("Cancelled; nothing was imported."))

        plan.rows = matcher.plan_rows([r for r in rows if r.row not in bad], tick)
    plan.errors.sort(key=lambda e: e.row)
    return plan


def import_xlsx(
    store: Store, path: Path, *, mapping: dict[str, str | None] | None = None,
    choices: Choices | None = None, unit_code: str | None = None, sheet: str | None = None,
    progress: Progress | None = None,
) -> ImportResult:  # fmt: skip
    """Check the whole sheet again, then write every row in one transaction, or nothing."""
    plan = plan_import(store, path, mapping=mapping, choices=choices, unit_code=unit_code,
                       sheet=sheet, progress=progress)  # fmt: skip
    if not plan.ok:
        lines = [e.sentence() for e in plan.errors] + [
            gettext('Column "{column}": "{value}" could be {choices}; choose one').format(
                column=a.column, value=a.value, choices=", ".join(lbl for _c, lbl in a.candidates)
            )
            for a in plan.ambiguities
        ]
        raise InvalidInput(lines)
    try:
        return _write(store, path, plan, progress)
    except GateRefused as refused:
        refuse_import(store, refused, path.name)
        raise


def _write(store: Store, path: Path, plan: ImportPlan, progress: Progress | None) -> ImportResult:
    """New dossiers go in batches through the bulk path (the ORM path's derived fields,
    search index and stamps, executemany), each recorded in the audit chain with its values;
    dossiers that change go through apply_draft, the JSON import's own path."""
    touched: set[str] = set()
    planned: set[str] = set()
    total = len(plan.rows)
    done = 0

    def tick(count: int) -> None:
        nonlocal done
        before, done = done, done + count
        due = done // 50 != before // 50 or done == total  # every 50 rows, and at the end
        if progress is not None and due and not progress(total + done, total * 2):
            raise ImportCancelled(N_("Cancelled; nothing was imported."))

    with store.unit_of_work(write=True, reason=f"import-xlsx {path.name}") as uow:
        new = [r.draft for r in plan.rows if r.action == "create" and r.draft is not None]
        for start in range(0, len(new), BATCH):
            batch = new[start : start + BATCH]
            touched |= set(insert_drafts(uow, batch, f"import-xlsx {path.name}"))
            tick(len(batch))
        for row in plan.rows:
            if row.action == "create":
                continue
            if row.draft is not None:
                if apply_draft(uow, row.draft) != "unchanged":
                    touched.add(row.cadre_id)
                entries = row.draft.children.get("planning_entries", [])
                if any(e.values.get("end") is None for e in entries):
                    planned.add(row.cadre_id)
            tick(1)
        enforce_import_gate(uow, store, planned & touched)
    created = plan.count("create")
    return ImportResult(
        created, len(touched) - created, total - len(touched), Changes(cadres=frozenset(touched))
    )
