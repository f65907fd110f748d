"""Choice lists the personnel forms share: the titles catalog and the store's units."""

from __future__ import annotations

from PySide6.QtGui import QStandardItemModel

from cadre_desktop.services import browse
from cadre_desktop.services.personnel_words import catalog_name
from cadre_desktop.services.stores import Store
from ui.widgets.catalog_combo import choice_model


def title_model(store: Store, *, optional: bool = True) -> QStandardItemModel:
    catalogs = store.catalogs()
    pairs = [
        (item.code, catalog_name(catalogs, "title", item.code)) for item in catalogs.items("title")
    ]
    return choice_model(pairs, optional)


def unit_pairs(store: Store) -> list[tuple[str, str]]:
    """(code, name) of every unit, parents before their children."""
    pairs: list[tuple[str, str]] = []
    stack = browse.unit_tree(store)
    while stack:
        node = stack.pop(0)
        pairs.append((node.code, node.name))
        stack[:0] = node.children
    return pairs


def unit_model(store: Store) -> QStandardItemModel:
    return choice_model(unit_pairs(store), True)
