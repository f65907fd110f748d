"""Extract the English msgids from the code and merge them into resources/translations/vi.po.

.venv/bin/python -m tools.messages          # update vi.po, list what still lacks Vietnamese
"""

from __future__ import annotations

import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parents[1]
PO = ROOT / "resources" / "translations" / "vi.po"
SOURCES = ("cadre_desktop", "ui")
# Functions whose string argument is a msgid (position counted from 1).
KEYWORDS = {
    "_": None,
    "gettext": None,
    "N_": None,
    "label": None,
    "CadreError": None,
    "UsageError": None,
    "RefusedError": None,
    "UnlockError": None,
    "DamagedError": None,
    "add": (3,),  # Problems.add(where, label, msgid)
}


def extract() -> set[str]:
    found: set[str] = set()
    for source in SOURCES:
        for _filename, _line, message, _comments, _context in extract_from_dir(
            ROOT / source, method_map=[("**.py", "python")], keywords=KEYWORDS
        ):
            if isinstance(message, str) and message.strip():
                found.add(message)
    return found


def read() -> Catalog:
    with PO.open("rb") as handle:
        return read_po(handle)


def untranslated() -> list[str]:
    catalog = read()
    return sorted(m for m in extract() if not (catalog.get(m) and catalog.get(m).string))


def main() -> int:
    catalog = read()
    messages = extract()
    for message in sorted(messages):
        if catalog.get(message) is None:
            catalog.add(message, "")
    for message in list(catalog):
        if message.id and message.id not in messages:
            catalog.delete(message.id)
    with PO.open("wb") as handle:
        write_po(handle, catalog, width=100, sort_output=True, omit_header=False)
    missing = untranslated()
    for message in missing:
        print(f"untranslated: {message}")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
