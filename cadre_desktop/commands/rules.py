"""`cadre rules list | set`: every rule with its parameters, source and validity."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from cadre_desktop.commands.common import CommandContext
from cadre_desktop.i18n import gettext as _
from cadre_desktop.services import manifestations, rule_params, rules_overview


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
        rows = rules_overview.rules_overview(store, dt.date.today())
        params = rules_overview.all_parameters(store)
        files = rules_overview.parameter_tables(store)
    finally:
        store.close()
    if ctx.args.json:
        ctx.print_json(
            {
                "rules": [
                    {
                        "rule": r.rule_id,
                        "actions": r.actions,
                        "summary": _(r.info.summary),
                        "severity": [s.value for s in r.info.severities],
                        "source": r.info.source,
                        "recollection": r.recollection,
                        "parameters": [p.as_row() for p in r.parameters],
                    }
                    for r in rows
                ],
                "parameters": [p.as_row() for p in params],
                "files": [
                    {"file": name, "parameters": [p.as_row() for p in ps]} for name, ps in files
                ],
            }
        )
        return 0
    for r in rows:
        mark = "  [R]" if r.marked else ""
        ctx.say(
            f"{r.rule_id}  [{', '.join(r.actions)}]  {_(r.info.summary)}  ({r.info.source}){mark}"
        )
        for p in r.parameters:
            ctx.say("    " + _line(p.as_row()))
    for name, found in files:
        ctx.say(f"{name}:")
        for p in found:
            ctx.say("    " + _line(p.as_row()))
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
