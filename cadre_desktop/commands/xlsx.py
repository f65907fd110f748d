"""`cadre import-xlsx | export-xlsx | xlsx-template`: cadre lists to and from Excel."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

from cadre_desktop.commands.common import CommandContext
from cadre_desktop.domain.enums import Sex
from cadre_desktop.errors import InvalidInput, UsageError
from cadre_desktop.i18n import gettext as _
from cadre_desktop.services import browse, xlsx_export, xlsx_import
from cadre_desktop.services.browse import CadreFilter
from cadre_desktop.services.stores import Store
from cadre_desktop.services.xlsx_columns import BY_KEY
from cadre_desktop.services.xlsx_rows import Choices, choice_key


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    imported = sub.add_parser("import-xlsx", help=_("import a cadre list from Excel"))
    imported.add_argument("source", metavar="FILE")
    imported.add_argument("--mapping", metavar="M", help=_("JSON file: sheet header → column"))
    imported.add_argument("--dry-run", action="store_true", help=_("check only; write nothing"))
    imported.add_argument("--unit", metavar="CODE", help=_("managing unit of new dossiers"))
    imported.add_argument("--sheet", metavar="NAME", help=_("the sheet (default: the first)"))
    imported.add_argument("--choose", action="append", default=[], metavar="FIELD:VALUE=CODE",
                          help=_("the catalog value meant by an ambiguous cell"))  # fmt: skip
    imported.add_argument("--json", action="store_true", help=_("print JSON"))
    imported.set_defaults(handler=run_import)

    exported = sub.add_parser("export-xlsx", help=_("export a filtered cadre list to Excel"))
    exported.add_argument("-o", "--output", required=True, metavar="FILE")
    exported.add_argument("--columns", metavar="A,B", help=", ".join(BY_KEY))
    exported.add_argument("--unit", metavar="CODE", help=_("a unit and its sub-units"))
    exported.add_argument("--text", default="", help=_("search text"))
    exported.add_argument("--sex", choices=("M", "F"))
    exported.add_argument("--party", choices=("yes", "no"))
    exported.add_argument("--theory", metavar="CODE", help=_("political-theory level"))
    exported.add_argument("--planned", choices=("yes", "no"))
    exported.add_argument("--age-from", type=int, metavar="N")
    exported.add_argument("--age-to", type=int, metavar="N")
    exported.set_defaults(handler=run_export)

    template = sub.add_parser("xlsx-template", help=_("write the Excel import template"))
    template.add_argument("-o", "--output", required=True, metavar="FILE")
    template.set_defaults(handler=run_template)


def _mapping(path: str | None) -> tuple[dict[str, str | None] | None, Choices]:
    if path is None:
        return None, {}
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise UsageError("There is no file at {path}.", path=path) from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise UsageError("The mapping file {path} is not JSON.", path=path) from exc
    if not isinstance(data, dict):
        raise UsageError("The mapping file {path} is not JSON.", path=path)
    columns = data.get("columns", data if "choices" not in data else {})
    for key in columns.values():
        if key is not None and key not in BY_KEY:
            raise UsageError("There is no column {name}; choose among {choices}.",
                             name=key, choices=", ".join(BY_KEY))  # fmt: skip
    choices: Choices = {}
    for key, values in (data.get("choices") or {}).items():
        for text, code in values.items():
            choices[choice_key(key, text)] = code
    return columns, choices


def _choices(items: list[str]) -> Choices:
    found: Choices = {}
    for item in items:
        head, _eq, code = item.partition("=")
        key, _colon, text = head.partition(":")
        if not (key and text and code) or key not in BY_KEY:
            raise UsageError("Write a choice as FIELD:VALUE=CODE, e.g. religion:Phat=01.")
        found[choice_key(key, text)] = code
    return found


def _progress(done: int, total: int) -> bool:
    sys.stderr.write(f"\r{done}/{total}")
    if done >= total:
        sys.stderr.write("\n")
    sys.stderr.flush()
    return True


def run_import(ctx: CommandContext) -> int:
    args = ctx.args
    mapping, choices = _mapping(args.mapping)
    choices.update(_choices(args.choose))
    source = Path(args.source)
    store = ctx.open_store()
    try:
        if args.dry_run:
            plan = xlsx_import.plan_import(store, source, mapping=mapping, choices=choices,
                                           unit_code=args.unit, sheet=args.sheet)  # fmt: skip
            return _say_plan(ctx, plan)
        result = xlsx_import.import_xlsx(
            store, source, mapping=mapping, choices=choices, unit_code=args.unit,
            sheet=args.sheet, progress=None if args.json else _progress,
        )  # fmt: skip
    finally:
        store.close()
    counts = {"created": result.created, "updated": result.updated, "unchanged": result.unchanged}
    if args.json:
        ctx.print_json(counts)
    else:
        ctx.say(
            _("Imported: {created} new, {updated} updated, {unchanged} unchanged.").format(**counts)
        )
    return 0


def _say_plan(ctx: CommandContext, plan: xlsx_import.ImportPlan) -> int:
    if ctx.args.json:
        ctx.print_json(plan.as_json())
    else:
        ctx.say(
            _("Sheet {sheet}, header on row {row}.").format(sheet=plan.sheet, row=plan.header_row)
        )
        for index, key in sorted(plan.mapping.items()):
            ctx.say(f"  {plan.headers[index]} → {key}")
        ctx.say(_("Would import: {create} new, {update} updated, {unchanged} unchanged.").format(
            create=plan.count("create"), update=plan.count("update"),
            unchanged=plan.count("unchanged"),
        ))  # fmt: skip
        for warning in plan.warnings:
            ctx.say("  ! " + warning.sentence())
    if plan.ok:
        return 0
    problems = [e.sentence() for e in plan.errors] + [
        _('Column "{column}": "{value}" could be {choices}; choose one with --choose').format(
            column=a.column, value=a.value,
            choices=", ".join(f"{code} ({label})" for code, label in a.candidates),
        )
        for a in plan.ambiguities
    ]  # fmt: skip
    raise InvalidInput(problems)


def _filter(store: Store, args: argparse.Namespace) -> CadreFilter:
    units: Any = None
    if args.unit:
        node = _find(browse.unit_tree(store), args.unit)
        if node is None:
            raise UsageError("There is no unit with the code {code}.", code=args.unit)
        units = node.subtree_ids()
    yes = {"yes": True, "no": False}
    query = CadreFilter(
        text=args.text, unit_ids=units, sex=Sex(args.sex) if args.sex else None,
        party_member=yes.get(args.party or ""), political_theory=args.theory,
        planned=yes.get(args.planned or ""),
    )  # fmt: skip
    return browse.with_age_range(query, args.age_from, args.age_to, dt.date.today())


def _find(nodes: list[browse.UnitNode], code: str) -> browse.UnitNode | None:
    for node in nodes:
        if node.code == code:
            return node
        found = _find(node.children, code)
        if found is not None:
            return found
    return None


def run_export(ctx: CommandContext) -> int:
    args = ctx.args
    columns = [c.strip() for c in args.columns.split(",")] if args.columns else None
    target = Path(args.output)
    store = ctx.open_store()
    try:
        query = _filter(store, args)
        count = xlsx_export.export_list(
            store, query, target, columns or xlsx_export.DEFAULT_COLUMNS, progress=_progress
        )
    finally:
        store.close()
    ctx.say(_("{count} cadre(s) written to {path}.").format(count=count, path=target))
    return 0


def run_template(ctx: CommandContext) -> int:
    target = Path(ctx.args.output)
    store = ctx.open_store()
    try:
        xlsx_export.write_template(store, target)
    finally:
        store.close()
    ctx.say(_("Written: {path}").format(path=target))
    return 0
