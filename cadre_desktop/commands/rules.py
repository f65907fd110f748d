"""`cadre rules list | set`: every rule with its parameters, source and validity."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from cadre_desktop.commands.common import CommandContext
from cadre_desktop.i18n import gettext as _
from cadre_desktop.rules.registry import PARAMETERS_OF, actions_of, all_rule_ids
from cadre_desktop.services import manifestations, rule_params


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    rules = sub.add_parser("rules", help=_("the rules and their versioned parameters"))
    rsub = rules.add_subparsers(dest="rules_command", metavar="ACTION", required=True)
    show = rsub.add_parser("list", help=_("show every rule with its parameters and sources"))
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=run_list)
    edit = rsub.add_parser("set", help=_("change a provincial rule parameter (audited)"))
    edit.add_argument("parameter_id")
    edit.add_argument("value")
    edit.add_argument("--reason", required=True)
    edit.set_defaults(handler=run_set)
    wording = rsub.add_parser(
        "load-manifestations",
        help=_("load the official wording of the 27 manifestations from a CSV file (audited)"),
    )
    wording.add_argument("source", metavar="FILE", help=_("CSV, UTF-8, columns code and text"))
    wording.add_argument("--legal-basis", default=manifestations.DEFAULT_BASIS)
    wording.add_argument(
        "--valid-from", metavar="DATE", help=_("the day the wording applies from (dd/mm/yyyy)")
    )
    wording.add_argument("--reason")
    wording.add_argument("--json", action="store_true", help=_("print JSON"))
    wording.set_defaults(handler=run_load_manifestations)


def run_list(ctx: CommandContext) -> int:
    store = ctx.open_store()
    try:
        with store.unit_of_work() as uow:
            params = rule_params.parameters(uow).all()
    finally:
        store.close()

    def reads(keys: tuple[str, ...]) -> list[dict[str, str]]:
        return [
            p.as_row()
            for p in params
            if any(p.key == k or (k.endswith("*") and p.key.startswith(k[:-1])) for k in keys)
        ]

    rows = [(rid, actions_of(rid), reads(PARAMETERS_OF.get(rid, ()))) for rid in all_rule_ids()]
    edited = {p.id: p for p in params}
    files = [
        (name, [edited.get(p.id, p).as_row() for p in shipped])
        for name, shipped in rule_params.parameter_files()
    ]
    if ctx.args.json:
        ctx.print_json(
            {
                "rules": [{"rule": r, "actions": a, "parameters": ps} for r, a, ps in rows],
                "parameters": [p.as_row() for p in params],
                "files": [{"file": name, "parameters": ps} for name, ps in files],
            }
        )
        return 0
    for rid, actions, found in rows:
        ctx.say(f"{rid}  [{', '.join(actions)}]")
        for p in found:
            ctx.say("    " + _line(p))
    for name, found in files:
        ctx.say(f"{name}:")
        for p in found:
            ctx.say("    " + _line(p))
    return 0


def _line(p: dict[str, str]) -> str:
    since, until = p["valid_from"] or "…", p["valid_to"] or "…"
    mark = " *" if p["editable"] == "1" else ""
    return f"{p['key']} = {p['value']}  {since} → {until}  {p['legal_basis']}{mark}"


def run_set(ctx: CommandContext) -> int:
    store = ctx.open_store()
    try:
        changed = rule_params.set_parameter(
            store, ctx.args.parameter_id, ctx.args.value, reason=ctx.args.reason
        )
    finally:
        store.close()
    ctx.say(_("{key} is now {value} (from {day}).").format(
        key=changed.key, value=changed.text,
        day=(changed.valid_from or dt.date.min).strftime("%d/%m/%Y") if changed.valid_from else "…",
    ))  # fmt: skip
    return 0


def run_load_manifestations(ctx: CommandContext) -> int:
    from cadre_desktop.commands.yearly import day_of

    since = day_of(ctx.args.valid_from)
    store = ctx.open_store()
    try:
        wording = manifestations.load_manifestations(
            store,
            Path(ctx.args.source),
            legal_basis=ctx.args.legal_basis,
            valid_from=since.earliest() if since else manifestations.DEFAULT_FROM,
            reason=ctx.args.reason,
        )
    finally:
        store.close()
    if ctx.args.json:
        ctx.print_json(wording.as_json())
        return 0
    assert wording.valid_from is not None
    ctx.say(
        _("Official wording version {version} loaded ({basis}, from {day}).").format(
            version=wording.version,
            basis=wording.legal_basis,
            day=wording.valid_from.strftime("%d/%m/%Y"),
        )
    )
    return 0


def print_alerts(ctx: CommandContext) -> int:
    """`cadre check --rules`: one line per alert (or JSON), after the integrity check."""
    from cadre_desktop.services.alerts import alerts

    store = ctx.open_store()
    try:
        found = alerts(store, dt.date.today())
    finally:
        store.close()
    if ctx.args.json:
        ctx.print_json([a.as_json() for a in found])
        return 0
    for a in found:
        f = a.finding
        ctx.say(f"{f.severity.value}  {f.rule_id}  {a.name}: {f.sentence()}  ({f.source})")
    ctx.say(_("{count} alert(s).").format(count=len(found)))
    return 0
