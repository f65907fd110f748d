"""Reading a cadre list from an .xlsx file: the header row, which column is which, and the
cells of every data row with their number formats (a date cell's format says whether it is
a day, a month or a year). Merged cells and formulas are reported, never guessed at."""

from __future__ import annotations

import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cadre_desktop.errors import DamagedError, UsageError
from cadre_desktop.services.xlsx_columns import IGNORED, column_for, detect, normal
from cadre_desktop.text import clean, fold

HEADER_SCAN = 12  # the header is among the first rows (titles and dates may come first)


@dataclass(frozen=True)
class Cell:
    value: Any
    number_format: str = "General"
    formula: bool = False


@dataclass(frozen=True)
class SheetProblem:
    row: int
    column: str | None  # the header, when the problem is in one cell
    value: str | None
    msgid: str
    args: dict[str, Any] = field(default_factory=dict)


@dataclass
class Sheet:
    name: str
    header_row: int  # 1-based, as Excel numbers rows
    headers: list[str]
    rows: list[tuple[int, list[Cell]]]  # (row number, cells by column index); empty rows left out
    problems: list[SheetProblem] = field(default_factory=list)
    sheet_names: list[str] = field(default_factory=list)


def _open(path: Path) -> Any:
    import openpyxl

    try:
        return openpyxl.load_workbook(path, read_only=False, data_only=False)
    except FileNotFoundError as exc:
        raise UsageError("There is no file at {path}.", path=str(path)) from exc
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise DamagedError(
            "The file {path} is not an Excel workbook (.xlsx), or it is damaged.", path=path.name
        ) from exc


def _header_row(ws: Any, wanted: set[str] | None) -> int:
    """The row among the first ones naming the most known columns (or the mapping's headers)."""
    best, best_row = 0, 1
    for number, row in enumerate(ws.iter_rows(max_row=HEADER_SCAN, values_only=True), start=1):
        texts = [clean(str(v)) for v in row if v is not None]
        if wanted is not None:
            score = sum(1 for t in texts if t and fold(t) in wanted)
        else:
            score = sum(1 for t in texts if t and column_for(t))
        if score > best:
            best, best_row = score, number
    return best_row


def read_sheet(path: Path, sheet: str | None = None, headers: set[str] | None = None) -> Sheet:
    """The sheet's header and data rows; ``headers`` are a mapping's own (folded) headers."""
    workbook = _open(path)
    try:
        if sheet is not None and sheet not in workbook.sheetnames:
            raise UsageError("The workbook has no sheet named {name}.", name=sheet)
        ws = workbook[sheet] if sheet else workbook.worksheets[0]
        header_row = _header_row(ws, headers)
        width = ws.max_column
        head_cells = next(ws.iter_rows(min_row=header_row, max_row=header_row))
        titles = [clean(str(c.value)) or "" if c.value is not None else "" for c in head_cells]
        titles += [""] * (width - len(titles))
        found = Sheet(ws.title, header_row, titles, [], sheet_names=list(workbook.sheetnames))
        _merged(ws, found)
        for number, cells in enumerate(ws.iter_rows(min_row=header_row + 1), start=header_row + 1):
            values = [Cell(c.value, c.number_format, c.data_type == "f") for c in cells]
            if any(v.value not in (None, "") for v in values):
                values += [Cell(None)] * (width - len(values))
                found.rows.append((number, values))
        return found
    finally:
        workbook.close()


def _merged(ws: Any, sheet: Sheet) -> None:
    """Merged cells hide values in all but one cell: name each range, in the header or not."""
    from cadre_desktop.i18n import N_

    for merged in sorted(ws.merged_cells.ranges, key=lambda r: (r.min_row, r.min_col)):
        if merged.max_row < sheet.header_row:
            continue  # a title above the table
        if merged.min_row <= sheet.header_row <= merged.max_row:
            msgid = N_("the header cells {range} are merged; give each column its own header")
        else:
            msgid = N_("the cells {range} are merged; give each row its own values")
        sheet.problems.append(
            SheetProblem(max(merged.min_row, sheet.header_row), None, None, msgid,
                         {"range": merged.coord})
        )  # fmt: skip


def mapping_for(sheet: Sheet, chosen: dict[str, str | None] | None) -> dict[int, str]:
    """Column index → column key: recognised headers, then the officer's own mapping
    (header → key, or None to leave a column out)."""
    found = detect(sheet.headers)
    if chosen:
        by_header = {fold(h): i for i, h in enumerate(sheet.headers) if h}
        for header, key in chosen.items():
            index = by_header.get(fold(header))
            if index is None:
                continue
            found.pop(index, None)
            if key:
                for other, value in list(found.items()):
                    if value == key:
                        del found[other]
                found[index] = key
    return {i: k for i, k in found.items() if normal(sheet.headers[i]) not in IGNORED}
