"""Which units a report covers: a unit and everything under it (or the whole store), and its
direct sub-units, the rows of the statistics "by unit"."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from cadre_desktop.errors import UsageError
from cadre_desktop.storage.browse import unit_rows
from cadre_desktop.storage.uow import UnitOfWork


@dataclass(frozen=True)
class Part:
    id: str
    code: str
    name: str
    unit_ids: frozenset[str]


@dataclass(frozen=True)
class Scope:
    code: str | None  # None: every unit of the store
    name: str
    unit_ids: frozenset[str] | None
    parts: tuple[Part, ...]  # the direct sub-units (the roots, for the whole store)


def _subtree(rows: Sequence[Any], root: str) -> frozenset[str]:
    children: dict[str | None, list[str]] = {}
    for row in rows:
        children.setdefault(row.parent_id, []).append(row.id)
    found, stack = {root}, [root]
    while stack:
        for child in children.get(stack.pop(), []):
            if child not in found:
                found.add(child)
                stack.append(child)
    return frozenset(found)


def scope_of(uow: UnitOfWork, code: str | None, store_name: str = "") -> Scope:
    rows = unit_rows(uow.session)
    if code is None:
        roots = [r for r in rows if r.parent_id is None]
        parts = tuple(Part(r.id, r.code, r.name, _subtree(rows, r.id)) for r in roots)
        if len(roots) == 1:  # one province committee at the top: its sub-units are the rows
            only = roots[0]
            under = [r for r in rows if r.parent_id == only.id]
            parts = (
                Part(only.id, only.code, only.name, frozenset({only.id})),
                *(Part(r.id, r.code, r.name, _subtree(rows, r.id)) for r in under),
            )
        return Scope(None, store_name or (roots[0].name if roots else ""), None, parts)
    root = next((r for r in rows if r.code == code), None)
    if root is None:
        raise UsageError("There is no unit with the code {code}.", code=code)
    under = [r for r in rows if r.parent_id == root.id]
    parts = (
        Part(root.id, root.code, root.name, frozenset({root.id})),
        *(Part(r.id, r.code, r.name, _subtree(rows, r.id)) for r in under),
    )
    return Scope(code, root.name, _subtree(rows, root.id), parts)
