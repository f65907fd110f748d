"""The wording of the 27 manifestations (NQ 04-NQ/TW): the shipped short labels are unofficial
(DOMAIN.md decision 5) until an administrator loads the official text from a file.

Each load is a new version with its legal basis and the day it applies from, kept in the
store (setting ``manifestations_27.wording``) and audited; the text in force on a day is the
latest version applying by then. Screens and printing ask ``manifestation_wording``.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from cadre_desktop.domain.catalogs import Catalogs
from cadre_desktop.errors import DamagedError, InvalidInput, UsageError
from cadre_desktop.i18n import gettext
from cadre_desktop.rules.rating_procedure import MANIFESTATION_CODES
from cadre_desktop.services.stores import Store
from cadre_desktop.storage.settings import read_setting, write_setting
from cadre_desktop.text import clean

KEY = "manifestations_27.wording"
CATALOG = "manifestations_27"
DEFAULT_BASIS = "NQ 04-NQ/TW (30/10/2016)"
DEFAULT_FROM = dt.date(2016, 10, 30)
MAX_TEXT = 2000
_CODE_HEADERS = ("code", "ma", "mã")
_TEXT_HEADERS = ("text", "noi_dung", "nội dung", "nội_dung", "wording")


@dataclass(frozen=True)
class Manifestation:
    code: str  # "1.1" … "3.9": group, then order in the group
    text: str
    official: bool

    @property
    def group(self) -> int:
        return int(self.code.split(".")[0])


@dataclass(frozen=True)
class Wording:
    """The 27 texts to show or print, and whether they are the official wording."""

    items: tuple[Manifestation, ...]
    official: bool
    version: int | None = None
    legal_basis: str = DEFAULT_BASIS
    valid_from: dt.date | None = None

    def text(self, code: str) -> str:
        return next((m.text for m in self.items if m.code == code), code)

    def as_json(self) -> dict[str, Any]:
        return {
            "official": self.official,
            "version": self.version,
            "legal_basis": self.legal_basis,
            "valid_from": self.valid_from.isoformat() if self.valid_from else None,
            "items": [{"code": m.code, "text": m.text} for m in self.items],
        }


def read_wording_file(path: Path) -> list[tuple[str, str]]:
    """(code, text) for each of the 27 items of a UTF-8 CSV file, or every problem found."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError as exc:
        raise UsageError("There is no file at {path}.", path=str(path)) from exc
    try:
        content = raw.decode("utf-8-sig")  # spreadsheets save UTF-8 with a byte-order mark
    except UnicodeDecodeError as exc:
        raise DamagedError("The file is not UTF-8 text; save it as CSV UTF-8.") from exc
    return parse_wording(content)


def parse_wording(content: str) -> list[tuple[str, str]]:
    reader = csv.reader(io.StringIO(content))
    header = [(clean(h) or "").casefold() for h in next(reader, [])]
    code_at = next((header.index(h) for h in _CODE_HEADERS if h in header), None)
    text_at = next((header.index(h) for h in _TEXT_HEADERS if h in header), None)
    if code_at is None or text_at is None:
        first = gettext("line {n}").format(n=1)
        raise InvalidInput([f"{first}: " + gettext('the columns "code" and "text" are required')])
    problems: list[str] = []
    found: dict[str, str] = {}
    for line, row in enumerate(reader, start=2):
        if not any(cell.strip() for cell in row):
            continue
        code = clean(row[code_at]) if code_at < len(row) else None
        text = clean(row[text_at]) if text_at < len(row) else None
        where = gettext("line {n}").format(n=line)
        if code not in MANIFESTATION_CODES:
            problems.append(
                f"{where}: "
                + gettext('"{code}" is not an item code (1.1 … 1.9, 2.1 … 2.9, 3.1 … 3.9)').format(
                    code=code or ""
                )
            )
            continue
        if code in found:
            problems.append(f"{where}: " + gettext('"{code}" appears twice').format(code=code))
        if not text:
            problems.append(f"{where}: " + gettext("the text of {code} is empty").format(code=code))
        elif len(text) > MAX_TEXT:
            problems.append(
                f"{where}: "
                + gettext("the text of {code} is longer than {n} characters").format(
                    code=code, n=MAX_TEXT
                )
            )
        found[code] = text or ""
    for group in (1, 2, 3):
        missing = [c for c in MANIFESTATION_CODES if c.startswith(f"{group}.") and c not in found]
        if missing:
            problems.append(
                gettext("group {group} lacks item(s) {items}: each group has nine").format(
                    group=group, items=", ".join(missing)
                )
            )
    if problems:
        raise InvalidInput(problems)
    return [(code, found[code]) for code in MANIFESTATION_CODES]


def _versions(value: Any) -> list[dict[str, Any]]:
    return list((value or {}).get("versions", []))


def load_manifestations(
    store: Store,
    path: Path,
    *,
    legal_basis: str = DEFAULT_BASIS,
    valid_from: dt.date = DEFAULT_FROM,
    reason: str | None = None,
) -> Wording:
    """Check the file whole, then keep it as the next version of the official wording."""
    items = read_wording_file(path)
    basis = clean(legal_basis)
    if not basis:
        raise UsageError("Give the legal basis of the official wording.")
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    why = reason or gettext("official wording of the 27 manifestations")
    with store.unit_of_work(write=True, reason=why) as uow:
        versions = _versions(read_setting(uow.session, KEY))
        number = max((v["version"] for v in versions), default=0) + 1
        version = {
            "version": number,
            "legal_basis": basis,
            "valid_from": valid_from.isoformat(),
            "loaded_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            "loaded_by": uow.audit.actor,
            "file": path.name,
            "sha256": digest,
            "items": [{"code": code, "text": text} for code, text in items],
        }
        write_setting(uow.session, KEY, {"versions": [*versions, version]})
        uow.audit.append(
            "load_manifestations",
            "setting",
            KEY,
            changes={
                "version": [number - 1 if versions else None, number],
                "legal_basis": [None, basis],
                "valid_from": [None, valid_from.isoformat()],
                "file": [None, path.name],
                "sha256": [None, digest],
            },
            reason=why,
        )
    return _official(version)


def _official(version: dict[str, Any]) -> Wording:
    return Wording(
        items=tuple(Manifestation(i["code"], i["text"], True) for i in version["items"]),
        official=True,
        version=int(version["version"]),
        legal_basis=str(version["legal_basis"]),
        valid_from=dt.date.fromisoformat(version["valid_from"]),
    )


def _in_force(versions: list[dict[str, Any]], on: dt.date | None) -> dict[str, Any] | None:
    usable = [v for v in versions if on is None or dt.date.fromisoformat(v["valid_from"]) <= on]
    if not usable:
        return None
    return max(usable, key=lambda v: (v["valid_from"], v["version"]))


def wording_on(session: Session, catalogs: Catalogs, on: dt.date | None = None) -> Wording:
    """The wording in force on ``on`` (the latest when None): a loaded version, else the
    catalog's labels, official only where the catalog marks them so (``official`` = 1)."""
    chosen = _in_force(_versions(read_setting(session, KEY)), on)
    if chosen is not None:
        return _official(chosen)
    catalog = {item.code: item for item in catalogs.items(CATALOG)}
    items = tuple(
        Manifestation(
            code,
            catalog[code].label if code in catalog else code,
            code in catalog and str(catalog[code].extra.get("official", 0)) in ("1", "True"),
        )
        for code in MANIFESTATION_CODES
    )
    official = all(m.official for m in items)
    return Wording(items=items, official=official, legal_basis=DEFAULT_BASIS)


def manifestation_wording(store: Store, on: dt.date | None = None) -> Wording:
    """The wording to show and print for a period ending on ``on`` (see ``wording_on``)."""
    catalogs = store.catalogs()
    with store.unit_of_work() as uow:
        return wording_on(uow.session, catalogs, on)


def wording_versions(store: Store) -> list[dict[str, Any]]:
    """Every loaded version without its texts: number, basis, dates, who, file."""
    with store.unit_of_work() as uow:
        versions = _versions(read_setting(uow.session, KEY))
    return [{k: v for k, v in version.items() if k != "items"} for version in versions]
