"""The options of `cadre targets set`: a set's own fields, a CSV of indicators, one indicator."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from cadre_desktop.errors import UsageError
from cadre_desktop.i18n import gettext as _
from cadre_desktop.services import target_library as lib
from cadre_desktop.services.stores import Store
from cadre_desktop.services.target_edits import IndicatorChange, Revision, revise
from cadre_desktop.services.target_sets import TargetSetDef

FIELDS = ("wording", "kind", "population", "condition", "params", "comparison", "target",
          "target_high", "note")  # fmt: skip


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("code", metavar="CODE", help=_("the years of the set, like 2026-2030"))
    parser.add_argument("--title", help=_("the set's title"))
    parser.add_argument("--years", metavar="FROM-TO", help=_("first and last year, like 2026-2030"))
    parser.add_argument("--basis", help=_("the resolution (legal basis)"))
    parser.add_argument("--file", metavar="CSV", help=_("every indicator, from a CSV file"))
    parser.add_argument("--copy-from", metavar="CODE", help=_("start from another set"))
    parser.add_argument("--indicator", metavar="NUMBER", help=_("add or change this indicator"))
    parser.add_argument("--remove", metavar="NUMBER", help=_("remove this indicator"))
    for name in FIELDS:
        parser.add_argument(f"--{name.replace('_', '-')}", dest=f"i_{name}")
    parser.add_argument("--indicator-basis", dest="i_legal_basis")
    parser.add_argument("--reason", help=_("why the targets are entered or changed"))


def _years(text: str | None) -> tuple[int, int] | None:
    if text is None:
        return None
    match = re.fullmatch(r"(\d{4})\s*-\s*(\d{4})", text.strip())
    if not match:
        raise UsageError("Give the years like 2026-2030.")
    return int(match.group(1)), int(match.group(2))


def library_lines() -> list[str]:
    lines = [f"kind {code}: {_(text)}" for code, text in lib.KINDS.items()]
    for title, parts in (("population", lib.POPULATIONS), ("condition", lib.CONDITIONS)):
        for code, part in parts.items():
            params = " ".join(f"{p.name}=…" for p in part.params)
            lines.append(f"{title} {code}: {_(part.label)}  {params}".rstrip())
    lines += [f"@{g.code}: {g.label}" for g in lib.title_groups().values()]
    return lines


def apply_arguments(store: Store, args: argparse.Namespace) -> TargetSetDef:
    if not args.reason:
        raise UsageError("Say why the targets are entered or changed (a reason).")
    values = {name: getattr(args, f"i_{name}") for name in (*FIELDS, "legal_basis")}
    change = None
    if args.indicator:
        change = IndicatorChange(args.indicator, values)
    elif any(v is not None for v in values.values()):
        raise UsageError("Say which indicator the options change with --indicator NUMBER.")
    asked = Revision(
        code=args.code, reason=args.reason, title=args.title, legal_basis=args.basis,
        years=_years(args.years), indicators_file=Path(args.file) if args.file else None,
        copy_from=args.copy_from, change=change, remove=args.remove,
    )  # fmt: skip
    return revise(store, asked)
