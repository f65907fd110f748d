"""The fixed library an indicator is built from: two kinds (a share, a number), the
populations counted and the conditions checked, each with its named parameters.

A new resolution's targets combine these with their own parameters and numbers, so they are
entered as data (services/target_sets.py) and need no new release of the application.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from fractions import Fraction
from functools import cache
from typing import Any

from cadre_desktop.domain.catalogs import Catalogs
from cadre_desktop.domain.enums import Rating
from cadre_desktop.i18n import N_
from cadre_desktop.paths import resources_dir

KINDS = {"share": N_("Share of the population (%)"), "count": N_("Number of cadres")}
COMPARISONS = {">=": N_("at least"), "<=": N_("at most"), "between": N_("between")}


@dataclass(frozen=True)
class ParamSpec:
    name: str
    kind: str  # titles | codes | int | rating
    label: str  # msgid
    required: bool = False
    default: Any = None


@dataclass(frozen=True)
class Part:
    """A population or a condition of the library."""

    code: str
    label: str  # msgid
    params: tuple[ParamSpec, ...] = ()


TITLES = ParamSpec("titles", "titles", N_("Titles (codes or @groups)"), required=True)
POPULATIONS = {
    p.code: p
    for p in (
        Part("cadres", N_("Every cadre of the unit")),
        Part("holders", N_("Holders of the titles on the reference date"), (TITLES,)),
        Part(
            "planned",
            N_("Cadres planned on the reference date"),
            (ParamSpec("titles", "titles", N_("Planned for titles (codes or @groups)")),),
        ),
    )
}
CONDITIONS = {
    c.code: c
    for c in (
        Part("any", N_("counted as they are")),
        Part(
            "rated_at_least",
            N_("rated at least the level for the year"),
            (ParamSpec("rating", "rating", N_("Lowest rating"), default="good"),),
        ),
        Part("commitment_signed", N_("signed the yearly commitment")),
        Part(
            "trained_since",
            N_("trained or refreshed since the first year of the set"),
            (ParamSpec("kinds", "codes", N_("Kinds of training (all when empty)")),),
        ),
        Part(
            "foreign_language",
            N_("can use a foreign language (a communicative level)"),
            (ParamSpec("exclude_languages", "codes", N_("Languages that do not count")),),
        ),
        Part(
            "younger_than",
            N_("younger than the age on the reference date"),
            (ParamSpec("age", "int", N_("Age"), required=True),),
        ),
        Part("woman", N_("women")),
        Part(
            "rotated_since",
            N_("moved by rotation since the first year of the set"),
        ),
        Part(
            "has_held",
            N_("have held one of the titles at some time"),
            (ParamSpec("held_titles", "titles", N_("Titles held (codes or @groups)"), True),),
        ),
        Part(
            "theory_at_least",
            N_("political theory at least the rank"),
            (ParamSpec("rank", "int", N_("Lowest rank (3 = advanced)"), default=3),),
        ),
        Part(
            "state_management_at_least",
            N_("state management at least the rank"),
            (ParamSpec("rank", "int", N_("Lowest rank (4 = senior specialist)"), default=4),),
        ),
        Part(
            "beyond_terms",
            N_("held the same post at the same agency for more than the terms"),
            (ParamSpec("terms", "int", N_("Consecutive terms"), default=2),),
        ),
        Part("not_local", N_("not local people of the post's locality")),
    )
}


@dataclass(frozen=True)
class TitleGroup:
    code: str
    label: str
    titles: tuple[str, ...]  # codes and @groups
    legal_basis: str
    note: str


@cache
def title_groups() -> dict[str, TitleGroup]:
    """The shipped groups of titles (who counts as a department leader, a key post…)."""
    path = resources_dir() / "targets" / "title_groups.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        return {
            row["code"]: TitleGroup(
                row["code"],
                row["label"],
                tuple(t for t in row["titles"].split(";") if t),
                row["legal_basis"],
                row.get("note") or "",
            )
            for row in csv.DictReader(handle)
        }


def expand_titles(names: list[str] | tuple[str, ...]) -> frozenset[str]:
    """Title codes named directly or through @groups (groups may name groups)."""
    found: set[str] = set()
    seen: set[str] = set()
    stack = list(names)
    while stack:
        name = stack.pop()
        if name.startswith("@"):
            group = title_groups().get(name[1:])
            if group is not None and name not in seen:
                seen.add(name)
                stack.extend(group.titles)
        else:
            found.add(name)
    return frozenset(found)


def parse_params(text: str) -> dict[str, str]:
    """ "titles=@heads;giam_doc_so rating=good" → {"titles": "@heads;giam_doc_so", …}."""
    pairs: dict[str, str] = {}
    for word in text.split():
        key, _eq, value = word.partition("=")
        pairs[key.strip()] = value.strip()
    return pairs


def params_text(params: dict[str, Any]) -> str:
    """The reverse of parse_params, for files and forms."""
    words = []
    for key, value in params.items():
        shown = ";".join(value) if isinstance(value, list | tuple) else str(value)
        words.append(f"{key}={shown}")
    return " ".join(words)


def specs_of(population: str, condition: str) -> tuple[ParamSpec, ...]:
    part_p, part_c = POPULATIONS.get(population), CONDITIONS.get(condition)
    return (part_p.params if part_p else ()) + (part_c.params if part_c else ())


def typed_params(
    population: str, condition: str, raw: dict[str, Any], catalogs: Catalogs
) -> tuple[dict[str, Any], list[tuple[str, dict[str, Any]]]]:
    """Parameters typed by their specs, and the problems found (msgid, format arguments)."""
    problems: list[tuple[str, dict[str, Any]]] = []
    specs = {s.name: s for s in specs_of(population, condition)}
    for key in raw:
        if key not in specs:
            problems.append((N_("has an unknown parameter '{key}'"), {"key": key}))
    typed: dict[str, Any] = {}
    for spec in specs.values():
        value = raw.get(spec.name)
        if value in (None, "", []):
            if spec.required:
                problems.append((N_("needs the parameter '{key}'"), {"key": spec.name}))
            elif spec.default is not None:
                typed[spec.name] = spec.default
            continue
        converted, problem = _convert(spec, value, catalogs)
        if problem is not None:
            problems.append(problem)
        else:
            typed[spec.name] = converted
    return typed, problems


def _convert(
    spec: ParamSpec, value: Any, catalogs: Catalogs
) -> tuple[Any, tuple[str, dict[str, Any]] | None]:
    if spec.kind in ("titles", "codes"):
        items = value if isinstance(value, list) else [v for v in str(value).split(";") if v]
        if spec.kind == "titles":
            for item in items:
                known = (
                    item[1:] in title_groups()
                    if item.startswith("@")
                    else catalogs.has("title", item)
                )
                if not known:
                    return None, (N_("names an unknown title or group '{code}'"), {"code": item})
        return [str(i) for i in items], None
    if spec.kind == "int":
        try:
            number = int(str(value))
        except ValueError:
            return None, (N_("parameter '{key}' is not a whole number"), {"key": spec.name})
        if number < 0:
            return None, (N_("parameter '{key}' is not a whole number"), {"key": spec.name})
        return number, None
    if spec.kind == "rating" and str(value) not in {r.value for r in Rating}:
        choices = ", ".join(r.value for r in Rating)
        return None, (N_("rating must be one of {choices}"), {"choices": choices})
    return str(value), None


def parse_number(text: str | None) -> Fraction | None:
    """A target number as an exact fraction ("30", "12.5", "2/3"); None when not a number."""
    if text is None or not str(text).strip():
        return None
    try:
        return Fraction(str(text).strip().replace(",", "."))
    except (ValueError, ZeroDivisionError):
        return None
