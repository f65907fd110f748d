"""`cadre revoke DECISION …`: revoke a wrong appointment, planning or rating by a decision."""

from __future__ import annotations

import argparse

from cadre_desktop.commands.common import CommandContext
from cadre_desktop.commands.oversight import opened, say_report
from cadre_desktop.commands.personnel import date_arg
from cadre_desktop.i18n import gettext as _
from cadre_desktop.services import revocations as revocation_service


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    revoke = sub.add_parser("revoke", help=_("revoke a wrong appointment, planning or rating"))
    revoke.add_argument("decision_id", metavar="DECISION")
    revoke.add_argument("--number", required=True)
    revoke.add_argument("--date", type=date_arg, required=True)
    revoke.add_argument("--signer", required=True)
    revoke.add_argument("--body", required=True)
    revoke.add_argument("--reason", required=True)
    revoke.add_argument("--effective", type=date_arg)
    revoke.add_argument("--matter", metavar="ID", help=_("the matter it rests on"))
    revoke.add_argument("--check", action="store_true", help=_("only show the rule report"))
    revoke.add_argument("--json", action="store_true")
    revoke.set_defaults(handler=run_revoke)


def run_revoke(ctx: CommandContext) -> int:
    a = ctx.args
    draft = revocation_service.RevocationDraft(
        a.number, a.date, a.signer, a.body, a.reason, a.effective, a.matter
    )
    with opened(ctx) as store:
        if a.check:
            report = revocation_service.check(store, a.decision_id, draft)
            if a.json:
                ctx.print_json([f.as_json() for f in report])
            else:
                say_report(ctx, report)
            return 0
        revocation_id = revocation_service.revoke(store, a.decision_id, draft)
    if a.json:
        ctx.print_json({"revocation": revocation_id})
        return 0
    ctx.say(_("Revoked: {id}").format(id=revocation_id))
    return 0
