"""`cadre propose …`, `cadre ballot …`, `cadre decide …`: appointment, reappointment and
nomination proposals, their steps and ballots, and the signed decision. `--check` shows the
rule report without writing; a refused action exits 3 and prints the rule ids."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from cadre_desktop.commands.common import CommandContext
from cadre_desktop.commands.personnel import date_arg
from cadre_desktop.domain.personnel import ProposalKind, ProposalSource
from cadre_desktop.errors import UsageError
from cadre_desktop.i18n import gettext as _
from cadre_desktop.rules.appointment import COMPONENTS
from cadre_desktop.rules.findings import Report
from cadre_desktop.services import decisions, proposal_steps, proposal_view, proposals
from cadre_desktop.services.stores import Store

Parser = argparse.ArgumentParser


def register(sub: argparse._SubParsersAction[Parser]) -> None:
    prop = sub.add_parser("propose", help=_("appointment, reappointment and nomination proposals"))
    psub = prop.add_subparsers(dest="propose_command", metavar="ACTION", required=True)
    new = psub.add_parser("new", help=_("start a proposal (checked by the rules)"))
    new.add_argument("cadre_id")
    new.add_argument("--kind", choices=[k.value for k in ProposalKind], default="appoint")
    new.add_argument("--source", choices=[s.value for s in ProposalSource], default="local")
    new.add_argument("--title", required=True, help=_("title code of the post"))
    new.add_argument("--date", required=True, type=date_arg, help=_("expected decision date"))
    new.add_argument("--unit", help=_("unit code of the post"))
    new.add_argument("--seats", type=int, default=1)
    new.add_argument("--special-case", help=_("the recorded special-case justification"))
    new.add_argument("--department-leader", action="store_true")
    checkable(new, run_new)
    dos = psub.add_parser("dossier", help=_("mark the components of the proposal dossier"))
    dos.add_argument("proposal_id")
    dos.add_argument("--present", action="append", default=[], metavar="COMPONENT[=DATE]")
    dos.add_argument("--missing", action="append", default=[], choices=COMPONENTS)
    dos.add_argument("--photo", type=date_arg, help=_("date of the photo"))
    dos.add_argument("--health", type=date_arg, help=_("date of the health certificate"))
    dos.add_argument("--special-case")
    dos.set_defaults(handler=run_dossier)
    opi = psub.add_parser("opinion", help=_("record a named unit's secret-ballot opinion"))
    opi.add_argument("proposal_id")
    opi.add_argument("--group", required=True)
    opi.add_argument("--unit", required=True, help=_("name of the unit"))
    opi.add_argument("--date", required=True, type=date_arg)
    for name in ("--invited", "--present", "--agree"):
        opi.add_argument(name, type=int, required=True)
    opi.add_argument("--criteria", required=True)
    opi.set_defaults(handler=run_opinion)
    show = psub.add_parser("show", help=_("a proposal with its steps and its rule report"))
    show.add_argument("proposal_id")
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=run_show)
    listing = psub.add_parser("list", help=_("every proposal"))
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=run_list)

    ballot = sub.add_parser("ballot", help=_("record a step of a proposal with its ballot"))
    ballot.add_argument("proposal_id")
    ballot.add_argument("--step", type=int, required=True)
    ballot.add_argument("--date", required=True, type=date_arg)
    ballot.add_argument("--invited", type=int, required=True)
    ballot.add_argument("--present", type=int, required=True)
    ballot.add_argument("--vote", action="append", default=[], metavar="CANDIDATE=VOTES")
    checkable(ballot, run_ballot)

    decide = sub.add_parser("decide", help=_("record the signed decision on a proposal"))
    decide.add_argument("proposal_id")
    add_decision_arguments(decide)
    checkable(decide, run_decide)


def add_decision_arguments(parser: Parser) -> None:
    parser.add_argument("--number", required=True, help=_("decision number"))
    parser.add_argument("--date", required=True, type=date_arg, help=_("signing date"))
    parser.add_argument("--signer", required=True)
    parser.add_argument("--body", required=True, help=_("issuing body"))
    parser.add_argument("--effective", type=date_arg, help=_("effective date (default: signing)"))


def decision_draft(a: argparse.Namespace) -> decisions.DecisionDraft:
    return decisions.DecisionDraft(a.number, a.date, a.signer, a.body, a.effective)


def checkable(parser: Parser, handler: Callable[[CommandContext], int]) -> None:
    parser.add_argument("--check", action="store_true", help=_("only show the rule report"))
    parser.add_argument("--json", action="store_true")
    parser.set_defaults(handler=handler)


def print_report(ctx: CommandContext, report: Report) -> int:
    if ctx.args.json:
        ctx.print_json([f.as_json() for f in report])
        return 0
    for f in report:
        ctx.say(f"{f.severity.value}  {f.rule_id}  {f.sentence()}  ({f.source})")
    if not report.findings:
        ctx.say(_("No rule objects."))
    return 0


def with_store(ctx: CommandContext, work: Callable[[Store], Any]) -> Any:
    store = ctx.open_store()
    try:
        return work(store)
    finally:
        store.close()


def run_new(ctx: CommandContext) -> int:
    a = ctx.args
    draft = proposals.ProposalDraft(
        cadre_id=a.cadre_id, kind=ProposalKind(a.kind), source=ProposalSource(a.source),
        title_code=a.title, expected_date=a.date, unit_code=a.unit, seats=a.seats,
        special_case=a.special_case, department_leader=a.department_leader,
    )  # fmt: skip
    if a.check:
        return print_report(ctx, with_store(ctx, lambda s: proposals.check_proposal(s, draft)))
    ctx.say(
        _("Proposal started: {id}").format(
            id=with_store(ctx, lambda s: proposals.propose(s, draft))
        )
    )
    return 0


def _present(items: list[str]) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for item in items:
        name, _sep, day = item.partition("=")
        found[name.strip()] = date_arg(day) if day else None
    return found


def run_dossier(ctx: CommandContext) -> int:
    a = ctx.args
    present = _present(a.present)
    with_store(ctx, lambda s: proposals.set_dossier(
        s, a.proposal_id, present=present, missing=tuple(a.missing), photo=a.photo,
        health=a.health, special_case=a.special_case,
    ))  # fmt: skip
    ctx.say(_("The proposal dossier is updated."))
    return 0


def run_opinion(ctx: CommandContext) -> int:
    a = ctx.args
    draft = proposals.OpinionDraft(a.group, a.unit, a.date, a.invited, a.present, a.agree,
                                   a.criteria)  # fmt: skip
    with_store(ctx, lambda s: proposals.add_opinion(s, a.proposal_id, draft))
    ctx.say(_("The opinion is recorded."))
    return 0


def run_show(ctx: CommandContext) -> int:
    def work(store: Store) -> tuple[dict[str, Any], Report]:
        return (proposal_view.show_proposal(store, ctx.args.proposal_id),
                proposals.proposal_report(store, ctx.args.proposal_id))  # fmt: skip

    shown, report = with_store(ctx, work)
    if ctx.args.json:
        ctx.print_json({**shown, "report": [f.as_json() for f in report]})
        return 0
    ctx.say(f"{shown['id']}  {shown['kind']}  {shown['title']}  {shown['expected']}  "
            f"{shown['status']}")  # fmt: skip
    for step in shown["steps"]:
        ctx.say(f"  {_('step')} {step['step']}  {step['date']}  {step['present']}/"
                f"{step['invited']}  {step['votes']}")  # fmt: skip
    missing = [c for c, here in shown["components"].items() if not here]
    if missing:
        ctx.say("  " + _("missing: {names}").format(names=", ".join(missing)))
    return print_report(ctx, report)


def run_list(ctx: CommandContext) -> int:
    rows = with_store(ctx, proposal_view.list_proposals)
    if ctx.args.json:
        ctx.print_json(rows)
        return 0
    for r in rows:
        ctx.say(f"{r['id']}  {r['kind']}  {r['title']}  {r['expected']}  {r['status']}")
    return 0


def _votes(items: list[str]) -> tuple[proposal_steps.VoteDraft, ...]:
    votes = []
    for item in items:
        candidate, _sep, count = item.rpartition("=")
        if not candidate.strip() or not count.strip().isdigit():
            raise UsageError('Write each vote as CANDIDATE=VOTES, e.g. "Trần Văn Hải=12".')
        votes.append(proposal_steps.VoteDraft(candidate.strip(), int(count)))
    return tuple(votes)


def run_ballot(ctx: CommandContext) -> int:
    a = ctx.args
    draft = proposal_steps.StepDraft(a.step, a.date, a.invited, a.present, _votes(a.vote))
    if a.check:
        return print_report(
            ctx, with_store(ctx, lambda s: proposal_steps.check_step(s, a.proposal_id, draft))
        )
    outcome = with_store(ctx, lambda s: proposal_steps.record_step(s, a.proposal_id, draft))
    ctx.say(_("Step {step} recorded.").format(step=a.step))
    if outcome.stopped:
        ctx.say(_("Nobody reached the share needed to go forward: the procedure stops."))
    return print_report(ctx, outcome.report) if outcome.report.findings else 0


def run_decide(ctx: CommandContext) -> int:
    a = ctx.args
    draft = decision_draft(a)
    if a.check:
        return print_report(
            ctx, with_store(ctx, lambda s: decisions.check_decision(s, a.proposal_id, draft))
        )
    decision_id = with_store(ctx, lambda s: decisions.decide(s, a.proposal_id, draft))
    ctx.say(_("Decision recorded: {id}").format(id=decision_id))
    return 0
