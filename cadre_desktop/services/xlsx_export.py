"""Excel out: any filtered list of cadres with the columns chosen, and the import template.

The list's cells hold real values: dates are dates (a partial one shown as mm/yyyy or yyyy),
codes are their catalog labels, so the file imports back into the same dossiers unchanged.
Every exported dossier is recorded in the access log, as for the JSON export.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from cadre_desktop.domain.derive import current_posting
from cadre_desktop.domain.values import PartialDate
from cadre_desktop.errors import UsageError
from cadre_desktop.i18n import N_
from cadre_desktop.services.browse import CadreFilter
from cadre_desktop.services.stores import Store
from cadre_desktop.services.xlsx_columns import BY_KEY, COLUMNS
from cadre_desktop.services.xlsx_import import ImportCancelled
from cadre_desktop.services.xlsx_write import SheetData, Writer
from cadre_desktop.storage import exports as q

Progress = Callable[[int, int], bool]
DEFAULT_COLUMNS = tuple(c.key for c in COLUMNS if c.exported)
SHEET = "Danh sách cán bộ"


def _day(text: str | None) -> PartialDate | None:
    return PartialDate.parse_iso(text) if text else None


class _Rows:
    """The values of the chosen columns for a batch of cadres."""

    def __init__(self, store: Store, session: Any, names: dict[str, str]) -> None:
        self.catalogs, self.session, self.names = store.catalogs(), session, names

    def batch(self, ids: Sequence[str], keys: Sequence[str]) -> Iterator[list[Any]]:
        cadres = q.cadre_columns(self.session, ids)
        posts = (
            q.open_postings(self.session, ids)
            if {"title", "unit", "post_since"} & set(keys)
            else {}
        )
        languages = q.language_rows(self.session, ids) if "language" in "".join(keys) else {}
        for cadre_id in ids:
            row = cadres[cadre_id]
            post = current_posting(
                [_Post(p) for p in posts.get(cadre_id, [])]
            )  # the main post held now, as the list shows it
            best = self._language(languages.get(cadre_id, []))
            yield [self._value(key, row, post, best) for key in keys]

    def _language(self, rows: list[Any]) -> Any:
        def rank(r: Any) -> int:
            item = self.catalogs.get("foreign_language_level", r.level) if r.level else None
            return int(item.extra.get("rank") or 0) if item else 0

        return max(rows, key=rank, default=None)

    def _value(self, key: str, row: Any, post: Any, language: Any) -> Any:
        label = self.catalogs.label
        if key == "full_name":
            return " ".join(p for p in (row.family_name, row.middle_name, row.given_name) if p)
        if key == "sex":
            return "Nữ" if row.sex == "F" else "Nam"
        if key == "managing_unit":
            return self.names.get(row.managing_unit_id)
        if key in ("title", "unit", "post_since"):
            if post is None:
                return None
            if key == "title":
                return post.title_name or label("title", post.title_code)
            if key == "unit":
                return post.unit_name or self.names.get(post.unit_id or "")
            return post.start
        if key in ("language", "language_level"):
            if language is None:
                return None
            if key == "language":
                return label("language", language.language)
            return label(BY_KEY["language_level"].catalog or "", language.level)
        column = BY_KEY[key]
        value = getattr(row, key)
        if column.kind == "date":
            return _day(value)
        if column.kind == "catalog" and column.catalog:
            return label(column.catalog, value)
        return value


class _Post:
    """An open work-history row as current_posting() reads it."""

    def __init__(self, row: Any) -> None:
        self.title_code, self.title_name = row.title_code, row.title_name
        self.unit_id, self.unit_name = row.unit_id, row.unit_name
        self.start, self.end, self.concurrent = (
            PartialDate.parse_iso(row.start),
            None,
            row.concurrent,
        )


def export_list(
    store: Store, query: CadreFilter, target: Path, columns: Sequence[str] = DEFAULT_COLUMNS,
    progress: Progress | None = None,
) -> int:  # fmt: skip
    """Write the cadres the filter lists, in list order, with the columns chosen; audited."""
    unknown = [k for k in columns if k not in BY_KEY]
    if unknown or not columns:
        raise UsageError(
            "There is no column {name}; choose among {choices}.",
            name=unknown[0] if unknown else "", choices=", ".join(BY_KEY),
        )  # fmt: skip
    writer = Writer()
    with store.unit_of_work(write=True, reason=f"export-xlsx {target.name}") as uow:
        ids = q.listed_ids(uow.session, query)
        rows = _Rows(store, uow.session, q.unit_names(uow.session))

        def values() -> Iterator[list[Any]]:
            done = 0
            for chunk in q.chunks(ids):
                for number, row in enumerate(rows.batch(chunk, columns), start=done + 1):
                    yield [number, *row]
                done += len(chunk)
                if progress is not None and not progress(done, len(ids)):
                    raise ImportCancelled(N_("Cancelled; nothing was written."))

        headers = ["STT", *(BY_KEY[k].header for k in columns)]
        widths = [6, *(BY_KEY[k].width for k in columns)]
        writer.sheet(SheetData(SHEET, headers, values(), widths))
        for cadre_id in ids:
            uow.audit.append("export", "cadre", cadre_id, cadre_id, {"file": target.name})
        uow.session.flush()
        writer.save(target)  # inside the transaction: no file without its audit entries
    return len(ids)


def write_template(store: Store, target: Path) -> Path:
    """The import template: the header row, how to fill each column, and the catalogs."""
    from cadre_desktop.services.xlsx_help import catalog_rows, help_rows

    writer = Writer()
    headers = ["STT", *(c.header for c in COLUMNS)]
    writer.sheet(SheetData(SHEET, headers, [], [6, *(c.width for c in COLUMNS)]))
    writer.sheet(SheetData("Hướng dẫn", ["Cột", "Nội dung", "Cách ghi"], help_rows(), (24, 40, 70)))
    writer.sheet(SheetData("Danh mục", ["Cột", "Mã", "Giá trị"], catalog_rows(store), (22, 14, 60)))
    return writer.save(target)
