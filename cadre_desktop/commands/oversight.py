"""`cadre matter add|list|show|update|close|attach|print|export`: the oversight register."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from cadre_desktop.commands.common import CommandContext
from cadre_desktop.commands.personnel import date_arg
from cadre_desktop.domain.oversight_enums import (
    EARLY_ENDINGS,
    Ground,
    MatterKind,
    MatterOutcome,
    MatterStatus,
    Sensitivity,
)
from cadre_desktop.errors import UsageError
from cadre_desktop.i18n import gettext as _
from cadre_desktop.rules.findings import Report
from cadre_desktop.services import matter_queries, matter_register, matter_scans, matters
from cadre_desktop.services.printing import save_pdf
from cadre_desktop.services.stores import Store


@contextmanager
def opened(ctx: CommandContext) -> Iterator[Store]:
    """The unlocked store for one command, closed (its key dropped) however the command ends."""
    store = ctx.open_store()
    try:
        yield store
    finally:
        store.close()


def _filters(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--status", choices=[s.value for s in MatterStatus])
    parser.add_argument("--kind", choices=[k.value for k in MatterKind])
    parser.add_argument("--open", action="store_true", help=_("only matters still open"))
    parser.add_argument("--overdue", action="store_true", help=_("only overdue matters"))
    parser.add_argument("--cadre", metavar="ID")
    parser.add_argument("--search", default="", help=_("words of the number, name or summary"))


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    matter = sub.add_parser("matter", help=_("the oversight register: complaints, findings…"))
    msub = matter.add_subparsers(dest="matter_command", metavar="ACTION", required=True)
    add = msub.add_parser("add", help=_("enter a matter in the register"))
    add.add_argument("--kind", choices=[k.value for k in MatterKind], required=True)
    add.add_argument("--source", required=True, help=_("who sent it"))
    add.add_argument("--received", type=date_arg, required=True)
    add.add_argument("--summary", required=True)
    add.add_argument("--cadre", metavar="ID")
    add.add_argument("--subject", help=_("whom it concerns, as received"))
    add.add_argument("--decision", metavar="ID", help=_("the decision it is against"))
    add.add_argument("--content")
    add.add_argument("--ground", action="append", default=[], choices=[g.value for g in Ground])
    add.add_argument("--sensitivity", choices=[s.value for s in Sensitivity])
    add.add_argument("--complainant", help=_("kept confidential: never listed nor printed"))
    add.add_argument("--anonymous", action="store_true")
    add.add_argument("--number", help=_("register number (default: the next n/year)"))
    add.add_argument("--due", type=date_arg, help=_("deadline (default: by the kind's rule)"))
    add.set_defaults(handler=run_add)
    listing = msub.add_parser("list", help=_("the register, newest first"))
    _filters(listing)
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=run_list)
    show = msub.add_parser("show", help=_("one matter in full (the opening is audited)"))
    show.add_argument("matter_id")
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=run_show)
    update = msub.add_parser("update", help=_("the next step, an extension or a note"))
    update.add_argument("matter_id")
    update.add_argument("--date", type=date_arg, required=True)
    update.add_argument("--status", choices=[s.value for s in MatterStatus if s.value != "closed"])
    update.add_argument("--body", help=_("handling body (when assigned)"))
    update.add_argument("--handled-by", help=_("the officer handling it"))
    update.add_argument("--outcome", choices=[o.value for o in MatterOutcome])
    update.add_argument("--conclusion", help=_("what was concluded"))
    update.add_argument("--document", help=_("number of the conclusion"))
    update.add_argument("--by", help=_("the body that concluded"))
    update.add_argument("--extend-to", type=date_arg, help=_("a new deadline"))
    update.add_argument("--note")
    update.set_defaults(handler=run_update)
    close = msub.add_parser("close", help=_("end a matter (with a discipline, if founded)"))
    close.add_argument("matter_id")
    close.add_argument("--date", type=date_arg, required=True)
    close.add_argument("--outcome", choices=[o.value for o in EARLY_ENDINGS],
                       help=_("to end it before a conclusion"))  # fmt: skip
    close.add_argument("--note")
    close.add_argument("--discipline", metavar="FORM", help=_("a code of discipline_form"))
    close.add_argument("--discipline-from", type=date_arg)
    close.add_argument("--discipline-to", type=date_arg)
    close.add_argument("--discipline-decision")
    close.add_argument("--discipline-body")
    close.add_argument("--discipline-signer")
    close.set_defaults(handler=run_close)
    attach = msub.add_parser("attach", help=_("add a scan (stored encrypted)"))
    attach.add_argument("matter_id")
    attach.add_argument("file")
    attach.add_argument("--title")
    attach.add_argument("--date", type=date_arg)
    attach.set_defaults(handler=run_attach)
    printing = msub.add_parser("print", help=_("the register as a PDF (audited)"))
    _filters(printing)
    printing.add_argument("--include-restricted", action="store_true")
    printing.add_argument("-o", "--output", required=True, metavar="FILE")
    printing.set_defaults(handler=run_print)
    export = msub.add_parser("export", help=_("the register as CSV, for a stated purpose"))
    _filters(export)
    export.add_argument("--purpose", required=True)
    export.add_argument("--include-restricted", action="store_true")
    export.add_argument("-o", "--output", required=True, metavar="FILE")
    export.set_defaults(handler=run_export)


def say_report(ctx: CommandContext, report: Report) -> None:
    for f in report:
        ctx.say(f"{f.severity.value}  {f.rule_id}  {f.sentence()}  ({f.source})")


def _filter_values(a: argparse.Namespace) -> matter_queries.Filters:
    return matter_queries.Filters(
        status=MatterStatus(a.status) if a.status else None,
        kind=MatterKind(a.kind) if a.kind else None, open_only=a.open,
        overdue_only=a.overdue, cadre_id=a.cadre, text=a.search,
    )  # fmt: skip


def run_add(ctx: CommandContext) -> int:
    a = ctx.args
    draft = matters.MatterDraft(
        kind=MatterKind(a.kind), source=a.source, received_on=a.received, summary=a.summary,
        cadre_id=a.cadre, subject_name=a.subject, target_id=a.decision, content=a.content,
        grounds=frozenset(Ground(g) for g in a.ground),
        sensitivity=Sensitivity(a.sensitivity) if a.sensitivity else None,
        complainant=a.complainant, anonymous=a.anonymous, number=a.number, due_on=a.due,
    )  # fmt: skip
    with opened(ctx) as store:
        matter_id = matters.add_matter(store, draft)
        row = next(r for r in matter_queries.list_matters(store) if r.id == matter_id)
    ctx.say(_("Matter {number} recorded: {id} (due {date}).").format(
        number=row.number, id=matter_id, date=row.due_on.strftime("%d/%m/%Y")))  # fmt: skip
    return 0


def run_list(ctx: CommandContext) -> int:
    with opened(ctx) as store:
        rows = matter_queries.list_matters(store, _filter_values(ctx.args))
    if ctx.args.json:
        ctx.print_json([r.as_json() for r in rows])
        return 0
    for r in rows:
        late = "  !" if r.overdue else ""
        summary = r.summary if r.summary is not None else _("(restricted)")
        ctx.say(f"{r.number}  {r.received_on:%d/%m/%Y}  {r.kind.value}  {r.status.value}  "
                f"{r.due_on:%d/%m/%Y}{late}  {r.subject}: {summary}  [{r.id}]")  # fmt: skip
    ctx.say(_("{count} matter(s).").format(count=len(rows)))
    return 0


def run_show(ctx: CommandContext) -> int:
    with opened(ctx) as store:
        detail = matter_queries.matter_detail(store, ctx.args.matter_id)
    if ctx.args.json:
        ctx.print_json(detail)
        return 0
    for key in (
        "number",
        "kind",
        "status",
        "outcome",
        "received_on",
        "due_on",
        "subject",
        "source",
        "summary",
        "content",
        "handling_body",
        "conclusion",
        "target_label",
    ):
        if detail.get(key):
            ctx.say(f"{key}: {detail[key]}")  # fmt: skip
    for e in detail["events"]:
        ctx.say(f"  {e['date']}  {e['action']}  {e['note'] or ''}")
    return 0


def run_update(ctx: CommandContext) -> int:
    a = ctx.args
    chosen = [x for x in (a.status, a.extend_to) if x]
    if len(chosen) > 1:
        raise UsageError("Give either --status or --extend-to, not both.")
    with opened(ctx) as store:
        if a.extend_to:
            report = matters.extend(store, a.matter_id, a.extend_to, a.date, a.note or "")
        elif a.status:
            step = matters.StepDraft(
                MatterStatus(a.status), a.date, a.body, a.handled_by,
                MatterOutcome(a.outcome) if a.outcome else None, a.conclusion, a.document, a.by,
                a.note,
            )  # fmt: skip
            report = matters.advance(store, a.matter_id, step)
        elif a.note:
            matters.add_note(store, a.matter_id, a.date, a.note)
            report = Report()
        else:
            raise UsageError("Say what changes: --status, --extend-to or --note.")
    say_report(ctx, report)
    ctx.say(_("Matter updated."))
    return 0


def run_close(ctx: CommandContext) -> int:
    a = ctx.args
    discipline = None
    if a.discipline:
        if not (a.discipline_from and a.discipline_decision):
            raise UsageError("A discipline needs --discipline-from and --discipline-decision.")
        discipline = matters.DisciplineDraft(
            a.discipline, a.discipline_from, a.discipline_decision, a.discipline_to,
            a.discipline_body, a.discipline_signer,
        )  # fmt: skip
    outcome = MatterOutcome(a.outcome) if a.outcome else None
    step = matters.StepDraft(MatterStatus.CLOSED, a.date, outcome=outcome, note=a.note)
    with opened(ctx) as store:
        report = matters.close(store, a.matter_id, step, discipline)
    say_report(ctx, report)
    ctx.say(_("Matter closed."))
    return 0


def run_attach(ctx: CommandContext) -> int:
    with opened(ctx) as store:
        scan_id = matter_scans.attach_scan(
            store, ctx.args.matter_id, Path(ctx.args.file), ctx.args.title, ctx.args.date
        )
    ctx.say(_("Scan stored: {id}").format(id=scan_id))
    return 0


def run_print(ctx: CommandContext) -> int:
    a = ctx.args
    output = Path(a.output)
    with opened(ctx) as store:
        printed = matter_register.print_register(
            store, _filter_values(a), include_restricted=a.include_restricted
        )
        save_pdf(printed, output)
    ctx.say(_("Written: {path}").format(path=output))
    return 0


def run_export(ctx: CommandContext) -> int:
    a = ctx.args
    output = Path(a.output)
    with opened(ctx) as store:
        count = matter_register.export_register(
            store, output, purpose=a.purpose, filters=_filter_values(a),
            include_restricted=a.include_restricted,
        )  # fmt: skip
    ctx.say(_("{count} matter(s) written to {path}.").format(count=count, path=output))
    return 0
