"""Target sets: the shipped 2021-2025 set (resources/targets/), and the sets a leader enters or
revises (a new revision each time, audited with its reason; earlier revisions are kept)."""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from fractions import Fraction
from functools import cache
from pathlib import Path
from typing import Any

from cadre_desktop.domain.catalogs import Catalogs
from cadre_desktop.domain.model import TargetIndicator, TargetSet
from cadre_desktop.errors import InvalidInput, UsageError
from cadre_desktop.i18n import N_, gettext
from cadre_desktop.paths import resources_dir
from cadre_desktop.services import target_library as lib
from cadre_desktop.services.stores import Store
from cadre_desktop.storage.targets import last_revision, stored_target_sets
from cadre_desktop.text import clean

CSV_COLUMNS = (
    "number", "code", "wording", "kind", "population", "condition", "params",
    "comparison", "target", "target_high", "legal_basis", "note",
)  # fmt: skip
_SET_CODE = re.compile(r"^\d{4}-\d{4}$")


@dataclass(frozen=True)
class IndicatorDef:
    number: str
    code: str
    wording: str
    kind: str  # share | count
    population: str
    condition: str
    params: Mapping[str, Any]
    comparison: str  # >= | <= | between
    target: str
    target_high: str | None = None
    legal_basis: str = ""
    note: str = ""

    @property
    def unit(self) -> str:
        return "percent" if self.kind == "share" else "count"

    @property
    def low(self) -> Fraction:
        return lib.parse_number(self.target) or Fraction(0)

    @property
    def high(self) -> Fraction | None:
        return lib.parse_number(self.target_high)

    def as_row(self) -> dict[str, str]:
        return {
            "number": self.number, "code": self.code, "wording": self.wording,
            "kind": self.kind, "population": self.population, "condition": self.condition,
            "params": lib.params_text(dict(self.params)), "comparison": self.comparison,
            "target": self.target, "target_high": self.target_high or "",
            "legal_basis": self.legal_basis, "note": self.note,
        }  # fmt: skip


@dataclass(frozen=True)
class TargetSetDef:
    code: str
    title: str
    legal_basis: str
    start_year: int
    end_year: int
    indicators: tuple[IndicatorDef, ...] = ()
    revision: int = 0  # 0: shipped with the application
    entered_by: str | None = None
    entered_at: dt.datetime | None = None
    reason: str | None = None

    def covers(self, year: int) -> bool:
        return self.start_year <= year <= self.end_year

    def indicator(self, number: str) -> IndicatorDef | None:
        return next((i for i in self.indicators if i.number == number), None)

    def with_indicators(self, indicators: Iterable[IndicatorDef]) -> TargetSetDef:
        return replace(self, indicators=tuple(indicators))


def indicator_from_row(row: Mapping[str, str | None]) -> IndicatorDef:
    """An indicator from a CSV row (the shipped file's columns), values cleaned, not checked."""

    def text(name: str) -> str:
        return clean(row.get(name) or "") or ""

    return IndicatorDef(
        number=text("number"), code=text("code"), wording=text("wording"),
        kind=text("kind"), population=text("population"), condition=text("condition"),
        params=lib.parse_params(text("params")), comparison=text("comparison"),
        target=text("target"), target_high=text("target_high") or None,
        legal_basis=text("legal_basis"), note=text("note"),
    )  # fmt: skip


def read_indicators(path: Path) -> list[IndicatorDef]:
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle)
            missing = [
                c for c in ("number", "wording", "kind") if c not in (reader.fieldnames or [])
            ]
            if missing:
                raise UsageError(
                    "The file {path} has no column {column}.", path=str(path), column=missing[0]
                )
            return [indicator_from_row(row) for row in reader]
    except FileNotFoundError as exc:
        raise UsageError("There is no file at {path}.", path=str(path)) from exc
    except UnicodeDecodeError as exc:
        raise UsageError("The file {path} is not UTF-8 text.", path=str(path)) from exc


@cache
def shipped_sets() -> tuple[TargetSetDef, ...]:
    base = resources_dir() / "targets"
    with (base / "sets.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    return tuple(
        TargetSetDef(
            code=row["code"],
            title=row["title"],
            legal_basis=row["legal_basis"],
            start_year=int(row["start_year"]),
            end_year=int(row["end_year"]),
            indicators=tuple(read_indicators(base / row["file"])),
        )
        for row in rows
    )


# What an indicator is, the same in a file, a draft and a stored row (its note aside).
SHARED = (
    "number", "code", "wording", "kind", "population", "condition", "params", "comparison",
    "target", "target_high", "legal_basis",
)  # fmt: skip


def _shared(indicator: Any) -> dict[str, Any]:
    found = {name: getattr(indicator, name) for name in SHARED}
    found["params"] = dict(found["params"])
    return found


def _from_stored(row: TargetSet) -> TargetSetDef:
    indicators = tuple(IndicatorDef(**_shared(i), note=i.note or "") for i in row.indicators)
    return TargetSetDef(
        row.code, row.title, row.legal_basis, row.start_year, row.end_year, indicators,
        row.revision, row.entered_by, row.entered_at, row.reason,
    )  # fmt: skip


def all_revisions(store: Store) -> list[TargetSetDef]:
    """Every revision of every set, shipped ones first, by code and revision."""
    with store.unit_of_work() as uow:
        stored = [_from_stored(row) for row in stored_target_sets(uow.session)]
    found = list(shipped_sets()) + stored
    return sorted(found, key=lambda s: (s.code, s.revision))


def current_sets(store: Store) -> list[TargetSetDef]:
    """The latest revision of each set, in the order of their years."""
    latest: dict[str, TargetSetDef] = {}
    for definition in all_revisions(store):
        latest[definition.code] = definition
    return sorted(latest.values(), key=lambda s: (s.start_year, s.code))


def find_set(store: Store, code: str) -> TargetSetDef:
    found = next((s for s in current_sets(store) if s.code == code), None)
    if found is None:
        raise UsageError("There is no target set {code}.", code=code)
    return found


def set_for_year(store: Store, year: int, code: str | None = None) -> TargetSetDef:
    """The set named, or the latest set whose years include ``year``."""
    if code is not None:
        return find_set(store, code)
    covering = [s for s in current_sets(store) if s.covers(year)]
    if not covering:
        raise UsageError(
            "No target set covers the year {year}; enter one with 'cadre targets set'.", year=year
        )
    return covering[-1]


def problems_of(definition: TargetSetDef, catalogs: Catalogs) -> list[str]:
    """Every problem of a set, each naming the indicator and what is wrong (translated)."""
    found: list[str] = []

    def add(where: str, msgid: str, **params: Any) -> None:
        found.append(f"{where}: {gettext(msgid).format(**params)}")

    head = gettext("target set")
    if not _SET_CODE.match(definition.code):
        add(head, N_("the code must be the years, like 2026-2030"))
    if not 1900 < definition.start_year <= definition.end_year < 2200:
        add(head, N_("the last year must not be before the first"))
    if not clean(definition.title) or not clean(definition.legal_basis):
        add(head, N_("needs a title and a legal basis"))
    if not definition.indicators:
        add(head, N_("has no indicator"))
    seen: set[str] = set()
    for indicator in definition.indicators:
        where = gettext("indicator {number}").format(number=indicator.number or "?")
        for msgid, params in _indicator_problems(indicator, catalogs, seen):
            add(where, msgid, **params)
    return found


def _indicator_problems(
    i: IndicatorDef, catalogs: Catalogs, seen: set[str]
) -> list[tuple[str, dict[str, Any]]]:
    out: list[tuple[str, dict[str, Any]]] = []
    if not i.number or i.number in seen:
        out.append((N_("needs a number of its own"), {}))
    seen.add(i.number)
    if not i.wording:
        out.append((N_("needs its wording"), {}))
    if i.kind not in lib.KINDS:
        out.append((N_("kind must be one of {choices}"), {"choices": ", ".join(lib.KINDS)}))
    if i.population not in lib.POPULATIONS:
        choices = ", ".join(lib.POPULATIONS)
        out.append((N_("population must be one of {choices}"), {"choices": choices}))
    if i.condition not in lib.CONDITIONS:
        choices = ", ".join(lib.CONDITIONS)
        out.append((N_("condition must be one of {choices}"), {"choices": choices}))
    out += lib.typed_params(i.population, i.condition, dict(i.params), catalogs)[1]
    if i.comparison not in lib.COMPARISONS:
        choices = ", ".join(lib.COMPARISONS)
        out.append((N_("comparison must be one of {choices}"), {"choices": choices}))
    low, high = lib.parse_number(i.target), lib.parse_number(i.target_high)
    if low is None or low < 0:
        out.append((N_("target '{value}' is not a number"), {"value": i.target}))
    if i.comparison == "between" and (high is None or low is None or high < low):
        out.append((N_("a range needs an upper target not below the target"), {}))
    if i.kind == "share" and any(v is not None and v > 100 for v in (low, high)):
        out.append((N_("a share cannot be above 100%"), {}))
    return out


def checked(definition: TargetSetDef, catalogs: Catalogs) -> TargetSetDef:
    """The set with its parameters typed; refused with every problem when anything is wrong."""
    problems = problems_of(definition, catalogs)
    if problems:
        raise TargetSetInvalid(problems)
    indicators = []
    for i in definition.indicators:
        typed, _problems = lib.typed_params(i.population, i.condition, dict(i.params), catalogs)
        indicators.append(replace(i, params=typed, code=i.code or f"indicator_{i.number}"))
    return definition.with_indicators(indicators)


class TargetSetInvalid(InvalidInput):
    def __init__(self, problems: list[str]) -> None:
        super().__init__(problems)
        self.msgid = N_("The target set was not saved because it has {count} problem(s).")


def save_set(store: Store, definition: TargetSetDef, reason: str) -> TargetSetDef:
    """Store the set as its next revision (audited with the reason); nothing when invalid."""
    if not clean(reason):
        raise UsageError("Say why the targets are entered or changed (a reason).")
    good = checked(definition, store.catalogs())
    with store.unit_of_work(write=True, reason=reason) as uow:
        shipped = any(s.code == good.code for s in shipped_sets())
        revision = max(last_revision(uow.session, good.code), 0) + 1
        row = TargetSet(
            code=good.code, revision=revision, title=clean(good.title) or good.code,
            legal_basis=clean(good.legal_basis) or "", start_year=good.start_year,
            end_year=good.end_year, entered_by=store.officer, reason=clean(reason) or "",
        )  # fmt: skip
        row.indicators = [
            TargetIndicator(seq=index, **_shared(i), note=i.note or None)
            for index, i in enumerate(good.indicators)
        ]
        uow.session.add(row)
        uow.session.flush()
        uow.audit.append(
            "enter_targets", "target_set", row.id,
            changes={"code": good.code, "revision": revision, "shipped_before": shipped,
                     "indicators": len(good.indicators)},
            reason=reason,
        )  # fmt: skip
        return _from_stored(row)
