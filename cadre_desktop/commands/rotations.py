"""`cadre rotate plan|move|list|locality`: rotation plans, moves by decision, and the
administrative unit each agency serves (for the rule on local Party secretaries)."""

from __future__ import annotations

import argparse

from cadre_desktop.commands.common import CommandContext
from cadre_desktop.commands.personnel import date_arg
from cadre_desktop.commands.proposals import (
    add_decision_arguments,
    checkable,
    decision_draft,
    print_report,
    with_store,
)
from cadre_desktop.i18n import gettext as _
from cadre_desktop.services import locality, rotations


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    rot = sub.add_parser("rotate", help=_("rotation plans and moves"))
    rsub = rot.add_subparsers(dest="rotate_command", metavar="ACTION", required=True)
    plan = rsub.add_parser("plan", help=_("put a cadre in the rotation plan (checked)"))
    plan.add_argument("cadre_id")
    plan.add_argument("--title", required=True)
    plan.add_argument("--unit", help=_("unit code of the post"))
    plan.add_argument("--from", dest="start", required=True, type=date_arg)
    plan.add_argument("--until", required=True, type=date_arg)
    checkable(plan, run_plan)
    move = rsub.add_parser("move", help=_("record the signed rotation decision"))
    move.add_argument("rotation_id")
    add_decision_arguments(move)
    checkable(move, run_move)
    listing = rsub.add_parser("list", help=_("rotations, of one cadre or all"))
    listing.add_argument("cadre_id", nargs="?")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=run_list)
    place = rsub.add_parser("locality", help=_("say which administrative unit a unit serves"))
    place.add_argument("unit")
    place.add_argument("admin_unit")
    place.set_defaults(handler=run_locality)


def run_plan(ctx: CommandContext) -> int:
    a = ctx.args
    draft = rotations.RotationDraft(a.cadre_id, a.title, a.unit, a.start, a.until)
    if a.check:
        return print_report(ctx, with_store(ctx, lambda s: rotations.check_plan(s, draft)))
    ctx.say(
        _("Rotation planned: {id}").format(id=with_store(ctx, lambda s: rotations.plan(s, draft)))
    )
    return 0


def run_move(ctx: CommandContext) -> int:
    a = ctx.args
    if a.check:
        return print_report(ctx, with_store(ctx, lambda s: rotations.check_move(s, a.rotation_id)))
    decision_id = with_store(ctx, lambda s: rotations.move(s, a.rotation_id, decision_draft(a)))
    ctx.say(_("Decision recorded: {id}").format(id=decision_id))
    return 0


def run_list(ctx: CommandContext) -> int:
    rows = with_store(ctx, lambda s: rotations.list_rotations(s, ctx.args.cadre_id))
    if ctx.args.json:
        ctx.print_json(rows)
        return 0
    for r in rows:
        ctx.say(f"{r['id']}  {r['title']}  {r['from']} → {r['until']}  {r['status']}")
    return 0


def run_locality(ctx: CommandContext) -> int:
    with_store(ctx, lambda s: locality.set_locality(s, ctx.args.unit, ctx.args.admin_unit))
    ctx.say(_("{unit} serves {admin}.").format(unit=ctx.args.unit, admin=ctx.args.admin_unit))
    return 0
