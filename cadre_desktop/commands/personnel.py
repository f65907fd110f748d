"""`cadre clearance add|list` and `cadre plan term|title|add|remove|list`."""

from __future__ import annotations

import argparse
import datetime as dt

from cadre_desktop.commands.common import CommandContext
from cadre_desktop.domain.enums import ClearancePurpose, ClearanceResult
from cadre_desktop.domain.personnel import PlanningGroup
from cadre_desktop.domain.values import InvalidDate, PartialDate
from cadre_desktop.errors import UsageError
from cadre_desktop.i18n import gettext as _
from cadre_desktop.services import clearances, planning
from cadre_desktop.services.stores import Store


def date_arg(text: str) -> PartialDate:
    try:
        return PartialDate.parse_vn(text)
    except InvalidDate as exc:
        raise UsageError("{text} is not a date like 12/03/2026.", text=text) from exc


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    clr = sub.add_parser("clearance", help=_("political-standard conclusions"))
    csub = clr.add_subparsers(dest="clearance_command", metavar="ACTION", required=True)
    add = csub.add_parser("add", help=_("record a conclusion"))
    add.add_argument("cadre_id")
    add.add_argument("--number", required=True)
    add.add_argument("--date", required=True, type=date_arg)
    add.add_argument("--body", required=True)
    add.add_argument("--purpose", choices=[p.value for p in ClearancePurpose], default="planning")
    add.add_argument("--result", choices=[r.value for r in ClearanceResult], required=True)
    add.add_argument("--ceiling", help=_("title code of the highest post allowed"))
    add.add_argument("--verified", action="append", default=[], choices=clearances.VERIFIED)
    add.set_defaults(handler=run_clearance_add)
    show = csub.add_parser("list", help=_("list a cadre's conclusions"))
    show.add_argument("cadre_id")
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=run_clearance_list)

    plan = sub.add_parser("plan", help=_("planning terms, titles and entries"))
    psub = plan.add_subparsers(dest="plan_command", metavar="ACTION", required=True)
    term = psub.add_parser("term", help=_("add a planning term"))
    term.add_argument("code")
    term.add_argument("--years", required=True, help=_("e.g. 2025-2030"))
    term.add_argument("--reference", required=True, type=date_arg, help=_("age reference date"))
    term.add_argument("--level", required=True, help=_("approving level"))
    term.set_defaults(handler=run_plan_term)
    title = psub.add_parser("title", help=_("set the seats of a title in a term"))
    title.add_argument("term")
    title.add_argument("title")
    title.add_argument("--seats", type=int, required=True)
    title.set_defaults(handler=run_plan_title)
    entry = psub.add_parser("add", help=_("plan a cadre for a title (checked by the rules)"))
    entry.add_argument("cadre_id")
    entry.add_argument("--term", required=True)
    entry.add_argument("--title", required=True)
    entry.add_argument("--group", choices=["1", "2"], required=True)
    entry.add_argument("--date", required=True, type=date_arg, help=_("date of the decision"))
    entry.add_argument("--decision")
    entry.add_argument("--training-plan")
    entry.add_argument("--check", action="store_true", help=_("only show the rule report"))
    entry.add_argument("--json", action="store_true")
    entry.set_defaults(handler=run_plan_add)
    remove = psub.add_parser("remove", help=_("take an entry out of the planning"))
    remove.add_argument("entry_id")
    remove.add_argument("--date", required=True, type=date_arg)
    remove.add_argument("--reason", required=True)
    remove.add_argument("--decision")
    remove.set_defaults(handler=run_plan_remove)
    listing = psub.add_parser("list", help=_("the planning of a term with its reports"))
    listing.add_argument("term")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=run_plan_list)


def _with_store(ctx: CommandContext) -> Store:
    return ctx.open_store()


def run_clearance_add(ctx: CommandContext) -> int:
    a = ctx.args
    draft = clearances.ClearanceDraft(
        number=a.number, date=a.date, body=a.body, purpose=ClearancePurpose(a.purpose),
        result=ClearanceResult(a.result), ceiling_title=a.ceiling, verified=frozenset(a.verified),
    )  # fmt: skip
    store = _with_store(ctx)
    try:
        new_id = clearances.record_clearance(store, a.cadre_id, draft)
    finally:
        store.close()
    ctx.say(_("Conclusion recorded: {id}").format(id=new_id))
    return 0


def run_clearance_list(ctx: CommandContext) -> int:
    store = _with_store(ctx)
    try:
        rows = clearances.list_clearances(store, ctx.args.cadre_id)
    finally:
        store.close()
    if ctx.args.json:
        ctx.print_json(rows)
        return 0
    for row in rows:
        mark = "*" if row["in_force"] else " "
        ctx.say(f"{mark} {row['date']}  {row['number']}  {row['result']}  {row['ceiling'] or ''}")
        for stale in row["stale"]:
            ctx.say("    " + _("stale: {change}").format(change=stale["change"]))
    return 0


def run_plan_term(ctx: CommandContext) -> int:
    first, _sep, last = ctx.args.years.partition("-")
    if not (first.isdigit() and last.isdigit()):
        raise UsageError("Write the years like 2025-2030.")
    store = _with_store(ctx)
    try:
        planning.add_term(
            store, ctx.args.code, int(first), int(last), ctx.args.reference, ctx.args.level
        )
    finally:
        store.close()
    ctx.say(_("Planning term {code} added.").format(code=ctx.args.code))
    return 0


def run_plan_title(ctx: CommandContext) -> int:
    store = _with_store(ctx)
    try:
        planning.set_title(store, ctx.args.term, ctx.args.title, ctx.args.seats)
    finally:
        store.close()
    ctx.say(_("{title}: {seats} seat(s).").format(title=ctx.args.title, seats=ctx.args.seats))
    return 0


def run_plan_add(ctx: CommandContext) -> int:
    a = ctx.args
    draft = planning.PlanDraft(
        cadre_id=a.cadre_id, term_code=a.term, title_code=a.title, group=PlanningGroup(a.group),
        on=a.date, decision_number=a.decision, training_plan=a.training_plan,
    )  # fmt: skip
    store = _with_store(ctx)
    try:
        if a.check:
            report = planning.check_plan(store, draft)
            if a.json:
                ctx.print_json([f.as_json() for f in report])
            for f in report if not a.json else ():
                ctx.say(f"{f.severity.value}  {f.rule_id}  {f.sentence()}  ({f.source})")
            return 0
        entry_id = planning.plan(store, draft)
    finally:
        store.close()
    ctx.say(_("Planned: {id}").format(id=entry_id))
    return 0


def run_plan_remove(ctx: CommandContext) -> int:
    a = ctx.args
    store = _with_store(ctx)
    try:
        planning.remove_entry(store, a.entry_id, a.date, a.reason, a.decision)
    finally:
        store.close()
    ctx.say(_("Removed from the planning."))
    return 0


def run_plan_list(ctx: CommandContext) -> int:
    store = _with_store(ctx)
    try:
        titles = planning.planning_list(store, ctx.args.term, dt.date.today())
    finally:
        store.close()
    if ctx.args.json:
        ctx.print_json(titles)
        return 0
    for t in titles:
        ctx.say(f"{t['title']}  ({len(t['planned'])}/{t['seats']})  {t['figures']}")
        for row in t["planned"]:
            ctx.say(
                f"    {row['name']}  {_('group')} {row['group']}  {row['since']}  {row['entry']}"
            )
        for f in t["findings"]:
            ctx.say(f"    ! {f['rule']}: {f['message']}")
    return 0
