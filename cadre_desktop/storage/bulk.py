"""Whole dossiers written in bulk (demo data, large loads): what the ORM path of
storage/uow.py does per row — version stamps, derived fields, search index, audit —
done once per batch with executemany, so that 50,000 dossiers take seconds, not hours.

Rows come as dicts of *stored* values keyed by column name: dates as ISO text ("1995",
"1995-03", "1995-03-12"), decimals as plain text ("4.40"), enums by value, booleans as
0/1. A column left out is NULL, or its default when it has one; leaving NULLs out is
also the fast way: the driver binds None through a slow adaptation path (about a
microsecond per NULL parameter, more than the rest of the row). The sync columns are
stamped here, and the cadre's derived columns computed here, exactly as the ORM would.
"""

from __future__ import annotations

import json
import operator
import re
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import Column, Connection, Table, func, inspect, select
from sqlalchemy.orm import Session

from cadre_desktop.domain.base import SYNC_COLUMNS, PartialDateType
from cadre_desktop.domain.derive import current_posting, describe_posting, political_standard
from cadre_desktop.domain.model import Base, Cadre, Unit
from cadre_desktop.domain.values import PartialDate
from cadre_desktop.storage.search import SearchDocument, replace_documents
from cadre_desktop.storage.uow import UnitOfWork
from cadre_desktop.text import name_sort_key

_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
_MISSING = object()


class BulkError(ValueError):
    """A batch that does not fit the schema (a programming error, never the officer's)."""


def table_of(name: str) -> Table:
    table = Base.metadata.tables.get(name)
    if table is None:
        raise BulkError(f"no table {name!r}")
    return table


def columns_of(name: str) -> frozenset[str]:
    """The columns a caller may give for a table (all but the sync columns)."""
    return frozenset(c.name for c in table_of(name).columns if c.name not in SYNC_COLUMNS)


def defaults_of(name: str) -> dict[str, Any]:
    """What a column left out of a row holds, by column (generated ones excluded)."""
    return dict(_Shape.of(name).filled)


def _default(column: Column[Any]) -> Any:
    """What the ORM stores when the attribute is not set: the scalar default, else NULL."""
    default = column.default
    if default is None:
        return None
    if not default.is_scalar:
        return _MISSING  # generated (ids, version vectors): the caller must give it
    value = getattr(default, "arg", None)
    value = getattr(value, "value", value)  # enum members as their stored value
    return int(value) if isinstance(value, bool) else value


def _literal(value: Any) -> str:
    if value is None:
        return "NULL"
    if isinstance(value, int):
        return str(int(value))
    if isinstance(value, str):
        return "'" + value.replace("'", "''") + "'"
    raise BulkError(f"cannot write the default {value!r} as SQL")


class _Shape:
    """A table's columns in order, their defaults and which hold partial dates."""

    _cache: dict[str, _Shape] = {}  # noqa: RUF012 - a per-process cache, never per instance

    def __init__(self, table: Table) -> None:
        self.table = table
        self.names = [c.name for c in table.columns if c.name not in SYNC_COLUMNS]
        self.defaults = {c.name: _default(c) for c in table.columns}
        self.filled = {n: v for n, v in self.defaults.items() if v is not _MISSING}
        self.dates = frozenset(c.name for c in table.columns if isinstance(c.type, PartialDateType))

    @classmethod
    def of(cls, table_name: str) -> _Shape:
        if table_name not in cls._cache:
            cls._cache[table_name] = cls(table_of(table_name))
        return cls._cache[table_name]


def _insert(
    connection: Connection,
    table_name: str,
    rows: Sequence[dict[str, Any]],
    stamp: dict[str, str] | None,
) -> None:
    """One executemany per set of columns given: the columns left out are written as SQL
    literals (NULL or their default), and so is the sync stamp, the same for the batch
    (``stamp`` None: each row brings its own origin, counter and version, as from a bundle)."""
    shape = _Shape.of(table_name)
    names = shape.names if stamp is not None else [*shape.names, *SYNC_COLUMNS]
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for row in rows:
        groups.setdefault(tuple(row), []).append(row)
    for keys, members in groups.items():
        unknown = set(keys).difference(names)
        if unknown:
            raise BulkError(f"a {table_name} row has unknown columns {sorted(unknown)}")
        given = [name for name in names if name in keys]
        absent = [name for name in names if name not in keys]
        values = ["?"] * len(given)
        for name in absent:
            if shape.defaults[name] is _MISSING:
                raise BulkError(f"a {table_name} row lacks the column {name!r}")
            values.append(_literal(shape.defaults[name]))
        stamped = SYNC_COLUMNS if stamp is not None else ()
        columns = ", ".join(f'"{n}"' for n in (*given, *absent, *stamped))
        values += [stamp[n] for n in stamped] if stamp is not None else []
        statement = f'INSERT INTO "{shape.table.name}" ({columns}) VALUES ({", ".join(values)})'
        if len(given) == 1:
            parameters: list[tuple[Any, ...]] = [(row[given[0]],) for row in members]
        else:
            parameters = list(map(operator.itemgetter(*given), members))
        connection.exec_driver_sql(statement, parameters)


class _Row:
    """A stored row read the way the ORM object reads: attributes, dates as PartialDate,
    a column left out as its default (built once, so that reading is plain attributes)."""

    cadre: Any


_DATES: dict[str, PartialDate] = {}  # PartialDate is immutable, and dates repeat a lot


def _date(text: str) -> PartialDate:
    value = _DATES.get(text)
    if value is None:
        value = _DATES[text] = PartialDate.parse_iso(text)
    return value


def _view(shape: _Shape, row: dict[str, Any], cadre: Any) -> Any:
    view = _Row()
    values = dict(shape.filled)
    values.update(row)
    for name in shape.dates.intersection(row):
        if row[name] is not None:
            values[name] = _date(row[name])
    values["cadre"] = cadre
    view.__dict__ = values
    return view


class _DossierView:
    """A cadre row with its collections (in ``seq`` order), read by domain.derive and by
    the fingerprints of domain.basis the way they read an ORM Cadre."""

    def __init__(self, row: dict[str, Any], children: _Children) -> None:
        self._row, self._children = row, children

    def __getattr__(self, name: str) -> Any:
        table = _collection_tables().get(name)
        if table is None:
            value = getattr(_view(_Shape.of("cadre"), self._row, None), name)
        else:
            shape = _Shape.of(table)
            value = [_view(shape, r, self) for r in self._children.of(table, self._row["id"])]
        setattr(self, name, value)  # later reads find the instance attribute
        return value


class _Children:
    """The batch's child rows grouped by cadre, table by table, when first asked for."""

    def __init__(self, children: Mapping[str, Sequence[dict[str, Any]]]) -> None:
        self._rows = children
        self._grouped: dict[str, dict[str, list[dict[str, Any]]]] = {}

    def of(self, table: str, cadre_id: str) -> list[dict[str, Any]]:
        if table not in self._grouped:
            grouped: dict[str, list[dict[str, Any]]] = {}
            for row in self._rows.get(table, ()):
                grouped.setdefault(row["cadre_id"], []).append(row)
            for rows in grouped.values():
                rows.sort(key=operator.itemgetter("seq"))
            self._grouped[table] = grouped
        return self._grouped[table].get(cadre_id, [])


_TABLES: dict[str, str] = {}


def _collection_tables() -> dict[str, str]:
    """Collection name on Cadre → its table ("postings" → "posting")."""
    if not _TABLES:
        for rel in inspect(Cadre).relationships:
            _TABLES[rel.key] = rel.mapper.local_table.name  # type: ignore[attr-defined]
    return _TABLES


def _put(row: dict[str, Any], name: str, value: Any) -> None:
    if value is None:
        row.pop(name, None)  # left out is NULL, and binds faster than None
    else:
        row[name] = value


def _derive(
    uow: UnitOfWork,
    cadres: Sequence[dict[str, Any]],
    children: _Children,
    unit_names: dict[str, str],
) -> list[SearchDocument]:
    """The cadre's derived columns exactly as UnitOfWork._refresh_derived computes them,
    with the same domain functions, over views of the rows."""
    catalogs = uow.catalogs

    def title_label(code: str) -> str | None:
        return catalogs.label("title", code)

    next_rowid = int(uow.session.execute(select(func.max(Cadre.search_rowid))).scalar() or 0)
    documents: list[SearchDocument] = []
    for cadre in cadres:
        dossier = _DossierView(cadre, children)
        family, middle, given = cadre["family_name"], cadre.get("middle_name"), cadre["given_name"]
        cadre["sort_key"] = name_sort_key(family, middle, given)
        cadre["political_standard"] = political_standard(dossier.clearances).value
        post = current_posting(dossier.postings)
        unit_id = None if post is None else post.unit_id
        position = None if post is None else describe_posting(post, title_label, unit_names.get)
        _put(cadre, "current_unit_id", unit_id)
        _put(cadre, "current_position", position)
        next_rowid += 1
        cadre["search_rowid"] = next_rowid
        full_name = " ".join(p for p in (family, middle, given) if p)
        unit = unit_names.get(unit_id or cadre["managing_unit_id"]) or ""
        documents.append(
            SearchDocument.of(
                next_rowid, full_name, cadre.get("other_names"), cadre.get("id_number"), unit
            )
        )
    return documents


def insert_dossiers(
    uow: UnitOfWork,
    cadres: Sequence[dict[str, Any]],
    children: Mapping[str, Sequence[dict[str, Any]]],
    *,
    action: str,
    changes: dict[str, Any],
    reason: str | None = None,
    keep_versions: bool = False,
) -> list[str]:
    """Insert whole dossiers inside ``uow`` (a writer) and return the cadre ids.

    ``children`` maps a child table name ("posting", "family_member", …) to its rows;
    each row names its ``id``, its ``cadre_id`` and its ``seq`` within the collection.
    One counter tick stamps the whole batch, and ONE audit entry records it (``action``
    on "cadre"). The cadre dicts receive their derived columns. With ``keep_versions`` the
    rows bring their own sync columns (a bundle's), and an evaluation's rows (by
    ``evaluation_id``) may come too.
    """
    if not uow.write:
        raise BulkError("bulk insertion needs a writing unit of work")
    if not cadres:
        return []
    links = ("cadre_id", "evaluation_id") if keep_versions else ("cadre_id",)
    for name in children:
        if not any(link in table_of(name).columns for link in links):
            raise BulkError(f"{name!r} is not a table of dossier rows")
    origin = uow.instance_id
    if not _UUID.match(origin):
        raise BulkError("the store instance id is not a UUID")
    tick = uow.counter()
    stamp = {
        "origin": _literal(origin),
        "counter": _literal(int(tick)),
        "version": _literal(json.dumps({origin: tick})),  # what the JSON column writes
    }
    session = uow.session
    unit_names = {uid: name for uid, name in session.execute(select(Unit.id, Unit.name)).all()}  # noqa: C416
    documents = _derive(uow, cadres, _Children(children), unit_names)
    connection = session.connection()
    _insert(connection, "cadre", cadres, None if keep_versions else stamp)
    for name, rows in children.items():
        _insert(connection, name, rows, None if keep_versions else stamp)
    replace_documents(connection, documents)
    uow.audit.append(action, Cadre.__tablename__, changes=changes, reason=reason)
    return [cadre["id"] for cadre in cadres]


def count_cadres(session: Session) -> int:
    return int(session.execute(select(func.count()).select_from(Cadre)).scalar_one())


def units_in_order(session: Session) -> list[Unit]:
    """Every unit of the store in tree order (what the demo and bulk loads post people to)."""
    return list(session.scalars(select(Unit).order_by(Unit.seq, Unit.code)))


__all__ = [
    "BulkError",
    "columns_of",
    "count_cadres",
    "defaults_of",
    "insert_dossiers",
    "table_of",
    "units_in_order",
]
