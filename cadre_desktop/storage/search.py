"""The search index: an FTS5 table of folded text (no case, no diacritics, đ → d)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import Connection, text

from cadre_desktop.text import fold

_TOKEN = re.compile(r"\w+")


@dataclass(frozen=True)
class SearchDocument:
    rowid: int
    names: str
    other_names: str
    id_number: str
    unit: str

    @classmethod
    def of(
        cls, rowid: int, full_name: str, other_names: str | None, id_number: str | None, unit: str
    ) -> SearchDocument:
        return cls(rowid, fold(full_name), fold(other_names or ""), id_number or "", fold(unit))


def match_expression(query: str) -> str | None:
    """Each word of the query as a required prefix: "nguyen van d" → nguyen* van* d*."""
    tokens = _TOKEN.findall(fold(query))
    if not tokens:
        return None
    return " ".join(f'"{token}"*' for token in tokens)


def replace_documents(connection: Connection, documents: Iterable[SearchDocument]) -> None:
    rows = [
        {"rowid": d.rowid, "n": d.names, "o": d.other_names, "i": d.id_number, "u": d.unit}
        for d in documents
    ]
    if not rows:
        return
    connection.execute(text("DELETE FROM cadre_search WHERE rowid = :rowid"), rows)
    connection.execute(
        text(
            "INSERT INTO cadre_search (rowid, names, other_names, id_number, unit) "
            "VALUES (:rowid, :n, :o, :i, :u)"
        ),
        rows,
    )


def remove_documents(connection: Connection, rowids: Iterable[int]) -> None:
    rows = [{"rowid": rowid} for rowid in rowids]
    if rows:
        connection.execute(text("DELETE FROM cadre_search WHERE rowid = :rowid"), rows)
