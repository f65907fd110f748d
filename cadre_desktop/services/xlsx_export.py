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
DEFAULT_COLUMNS = (  # the list's own columns and the qualifications; the officer adds more
    "full_name", "birth_date", "sex", "id_number", "ethnicity", "religion", "unit", "title",
    "post_since", "party_join_date", "education_level", "political_theory",
    "state_management", "language", "language_level",
)  # fmt: skip
SHEET = "Danh sách cán bộ"


_DATES: dict[str, PartialDate] = {}  # dates repeat a lot in a long list


def _day(text: str | None) -> PartialDate | None:
    if not text:
        return None
    value = _DATES.get(text)
    if value is None:
        value = _DATES[text] = PartialDate.parse_iso(text)
    return value


Getter = Callable[[Any, Any, Any], Any]  # (cadre row, main post, best language) → cell


class _Rows:
    """The values of the chosen columns for cadres, by getters made once per column."""

    def __init__(self, store: Store, session: Any, names: dict[str, str]) -> None:
        self.catalogs, self.session, self.names = store.catalogs(), session, names
        self._labels: dict[tuple[str, str | None], str | None] = {}

    def label(self, catalog: str, code: str | None) -> str | None:
        key = (catalog, code)
        if key not in self._labels:
            self._labels[key] = self.catalogs.label(catalog, code)
        return self._labels[key]

    def getter(self, key: str) -> Getter:
        label, names = self.label, self.names
        if key == "full_name":
            return lambda r, p, g: " ".join(
                x for x in (r.family_name, r.middle_name, r.given_name) if x
            )
        if key == "sex":
            return lambda r, p, g: "Nữ" if r.sex == "F" else "Nam"
        if key == "managing_unit":
            return lambda r, p, g: names.get(r.managing_unit_id)
        if key == "title":
            return lambda r, p, g: p and (p.title_name or label("title", p.title_code))
        if key == "unit":
            return lambda r, p, g: p and (p.unit_name or names.get(p.unit_id or ""))
        if key == "post_since":
            return lambda r, p, g: p and p.start
        level = BY_KEY["language_level"].catalog or ""
        if key == "language":
            return lambda r, p, g: g and label("language", g.language)
        if key == "language_level":
            return lambda r, p, g: g and label(level, g.level)
        column = BY_KEY[key]
        if column.kind == "date":
            return lambda r, p, g: _day(getattr(r, key))
        if column.kind == "catalog" and column.catalog:
            catalog = column.catalog
            return lambda r, p, g: label(catalog, getattr(r, key))
        return lambda r, p, g: getattr(r, key)

    def batch(self, ids: Sequence[str], keys: Sequence[str]) -> Iterator[list[Any]]:
        getters = [self.getter(k) for k in keys]
        cadres = q.cadre_columns(self.session, ids)
        wants_post = bool({"title", "unit", "post_since"} & set(keys))
        posts = q.open_postings(self.session, ids) if wants_post else {}
        wants_language = bool({"language", "language_level"} & set(keys))
        languages = q.language_rows(self.session, ids) if wants_language else {}
        for cadre_id in ids:
            row = cadres[cadre_id]
            # the main post held now, as the list shows it
            post = current_posting([_Post(p) for p in posts.get(cadre_id, ())])
            best = self._language(languages.get(cadre_id, []))
            yield [get(row, post, best) for get in getters]

    def _language(self, rows: list[Any]) -> Any:
        if len(rows) < 2:
            return rows[0] if rows else None

        def rank(r: Any) -> int:
            item = self.catalogs.get("foreign_language_level", r.level) if r.level else None
            return int(item.extra.get("rank") or 0) if item else 0

        return max(rows, key=rank)


class _Post:
    """An open work-history row as current_posting() reads it."""

    __slots__ = ("concurrent", "end", "start", "title_code", "title_name", "unit_id", "unit_name")
    title_code: str | None
    title_name: str | None
    unit_id: str | None
    unit_name: str | None
    start: PartialDate
    end: PartialDate | None
    concurrent: bool

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
    with store.unit_of_work() as uow:  # reading only: other windows may save meanwhile
        ids = q.listed_ids(uow.session, query)
        rows = _Rows(store, uow.session, q.unit_names(uow.session))

        def values() -> Iterator[list[Any]]:
            done = 0
            size = len(ids) if len(ids) > q.WHOLE else q.CHUNK  # read many at once
            for start in range(0, len(ids), size):
                for number, row in enumerate(rows.batch(ids[start : start + size], columns)):
                    count = done + number + 1
                    yield [count, *row]
                    due = progress is not None and count % 1000 == 0
                    if due and progress is not None and not progress(count, len(ids)):
                        raise ImportCancelled(N_("Cancelled; nothing was written."))
                done += min(size, len(ids) - start)
            if progress is not None:
                progress(len(ids), len(ids))

        headers = ["STT", *(BY_KEY[k].header for k in columns)]
        widths = [6, *(BY_KEY[k].width for k in columns)]
        writer.sheet(SheetData(SHEET, headers, values(), widths))
    reason = f"export-xlsx {target.name}"
    with store.unit_of_work(write=True, reason=reason) as uow:
        uow.audit.append_many(
            "export", "cadre", [(i, i) for i in ids], {"file": target.name}, reason
        )
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
