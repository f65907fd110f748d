"""`cadre rating …` (evaluation and rating) and `cadre declare …` (asset declarations)."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

from cadre_desktop.commands.common import CommandContext
from cadre_desktop.domain.enums import Rating
from cadre_desktop.domain.values import InvalidDate, PartialDate
from cadre_desktop.errors import UsageError
from cadre_desktop.i18n import format_money
from cadre_desktop.i18n import gettext as _
from cadre_desktop.rules.declaration_changes import ChangeTable
from cadre_desktop.rules.findings import Report
from cadre_desktop.services import declarations, evaluations, rating_reports
from cadre_desktop.services.dossiers import read_json_file
from cadre_desktop.services.yearly_input import parse_day


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    rating = sub.add_parser("rating", help=_("yearly evaluation and rating"))
    verbs = rating.add_subparsers(dest="verb", metavar="VERB", required=True)
    record = verbs.add_parser("record", help=_("record a draft evaluation from a JSON file"))
    record.add_argument("source", metavar="FILE")
    record.add_argument("--dry-run", action="store_true", help=_("only show what the rules say"))
    record.set_defaults(handler=run_record)
    finalise = verbs.add_parser("finalise", help=_("make the competent level's rating final"))
    finalise.add_argument("evaluation_id", metavar="ID")
    _decision_arguments(finalise)
    finalise.set_defaults(handler=run_finalise)
    rerate = verbs.add_parser("rerate", help=_("record a re-rating decision (keeps the old one)"))
    rerate.add_argument("evaluation_id", metavar="ID")
    rerate.add_argument("--rating", required=True, choices=[r.value for r in Rating])
    rerate.add_argument("--reason", required=True)
    _decision_arguments(rerate)
    rerate.set_defaults(handler=run_rerate)
    complaint = verbs.add_parser("complaint", help=_("record a complaint about a rating"))
    complaint.add_argument("evaluation_id", metavar="ID")
    complaint.add_argument("--on", required=True, metavar="DATE")
    complaint.add_argument("--content", required=True)
    complaint.set_defaults(handler=run_complaint)
    report = verbs.add_parser("report", help=_("the excellent quota of each comparable group"))
    report.add_argument("--year", type=int, required=True)
    report.add_argument("--quarter", type=int, choices=(1, 2, 3, 4))
    report.add_argument("--json", action="store_true", help=_("print JSON"))
    report.set_defaults(handler=run_report)
    alerts = verbs.add_parser("alerts", help=_("dismissal considerations and quota breaches"))
    alerts.add_argument("--year", type=int)
    alerts.add_argument("--json", action="store_true", help=_("print JSON"))
    alerts.set_defaults(handler=run_alerts)

    declare = sub.add_parser("declare", help=_("asset and income declarations"))
    verbs = declare.add_subparsers(dest="verb", metavar="VERB", required=True)
    add = verbs.add_parser("add", help=_("add a declaration from a JSON file"))
    add.add_argument("source", metavar="FILE")
    add.add_argument("--complete", action="store_true", help=_("also receive it as complete"))
    _receipt_arguments(add, required=False)
    add.set_defaults(handler=run_declare_add)
    complete = verbs.add_parser("complete", help=_("check and receive a declaration"))
    complete.add_argument("declaration_id", metavar="ID")
    _receipt_arguments(complete, required=True)
    complete.set_defaults(handler=run_declare_complete)
    show = verbs.add_parser("show", help=_("open one declaration (audited)"))
    show.add_argument("declaration_id", metavar="ID")
    show.add_argument("--json", action="store_true", help=_("print JSON"))
    show.set_defaults(handler=run_declare_show)
    changes = verbs.add_parser("changes", help=_("compare with the previous declaration"))
    changes.add_argument("declaration_id", metavar="ID")
    changes.add_argument("--json", action="store_true", help=_("print JSON"))
    changes.set_defaults(handler=run_declare_changes)
    listing = verbs.add_parser("list", help=_("a cadre's declarations, without figures"))
    listing.add_argument("--cadre", required=True, metavar="ID")
    listing.add_argument("--json", action="store_true", help=_("print JSON"))
    listing.set_defaults(handler=run_declare_list)
    missing = verbs.add_parser("missing", help=_("who has not declared for a year"))
    missing.add_argument("--year", type=int, required=True)
    missing.add_argument("--on", metavar="DATE", help=_("judge on this day (default today)"))
    missing.add_argument("--json", action="store_true", help=_("print JSON"))
    missing.set_defaults(handler=run_declare_missing)


def _decision_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--by", required=True, help=_("the competent level that rated"))
    parser.add_argument("--on", required=True, metavar="DATE", help=_("date of the rating"))
    parser.add_argument("--disclosed-on", metavar="DATE", help=_("date the result was made known"))
    parser.add_argument("--decision-number", metavar="NUMBER")
    parser.add_argument("--signer")


def _receipt_arguments(parser: argparse.ArgumentParser, *, required: bool) -> None:
    parser.add_argument("--received-by", required=required)
    parser.add_argument("--received-on", required=required, metavar="DATE")


def day_of(text: str | None) -> PartialDate | None:
    if text is None:
        return None
    try:
        return parse_day(text)
    except InvalidDate as exc:
        raise UsageError("{text} is not a date; write it as dd/mm/yyyy.", text=text) from exc


def _decision(args: argparse.Namespace) -> evaluations.Decision:
    rated_on = day_of(args.on)
    assert rated_on is not None
    return evaluations.Decision(
        rated_by=args.by,
        rated_on=rated_on,
        disclosed_on=day_of(args.disclosed_on),
        number=args.decision_number,
        signer=args.signer,
    )


def _say_report(ctx: CommandContext, report: Report) -> None:
    for finding in report:
        ctx.say(f"{finding.severity.value.upper():5} {finding.rule_id}: {finding.sentence()}")
        ctx.say(f"      {finding.source}")


def _json_object(path: str) -> dict[str, Any]:
    data = read_json_file(Path(path))
    if not isinstance(data, dict):
        raise UsageError("The file {path} must hold one JSON object.", path=path)
    return data


def run_record(ctx: CommandContext) -> int:
    data = _json_object(ctx.args.source)
    store = ctx.open_store()
    try:
        outcome = evaluations.record_evaluation(store, data, dry_run=ctx.args.dry_run)
    finally:
        store.close()
    _say_report(ctx, outcome.report)
    if ctx.args.dry_run:
        ctx.say(_("Checked only; nothing was written."))
    else:
        ctx.say(_("Evaluation {id} saved as a draft.").format(id=outcome.evaluation_id))
    return 0


def run_finalise(ctx: CommandContext) -> int:
    store = ctx.open_store()
    try:
        outcome = evaluations.finalise_evaluation(
            store, ctx.args.evaluation_id, _decision(ctx.args)
        )
    finally:
        store.close()
    _say_report(ctx, outcome.report)
    ctx.say(_("Rating {id} is final.").format(id=outcome.evaluation_id))
    return 0


def run_rerate(ctx: CommandContext) -> int:
    store = ctx.open_store()
    try:
        outcome = evaluations.rerate(
            store,
            ctx.args.evaluation_id,
            Rating(ctx.args.rating),
            ctx.args.reason,
            _decision(ctx.args),
        )
    finally:
        store.close()
    _say_report(ctx, outcome.report)
    ctx.say(
        _("Re-rating {id} recorded; the earlier rating is kept.").format(id=outcome.evaluation_id)
    )
    return 0


def run_complaint(ctx: CommandContext) -> int:
    lodged_on = day_of(ctx.args.on)
    assert lodged_on is not None
    store = ctx.open_store()
    try:
        evaluations.add_complaint(
            store, ctx.args.evaluation_id, lodged_on=lodged_on, content=ctx.args.content
        )
    finally:
        store.close()
    ctx.say(_("Complaint recorded."))
    return 0


def run_report(ctx: CommandContext) -> int:
    store = ctx.open_store()
    try:
        groups = rating_reports.quota_report(store, ctx.args.year, ctx.args.quarter)
    finally:
        store.close()
    if ctx.args.json:
        ctx.print_json([g.as_json() for g in groups])
    for group in [] if ctx.args.json else groups:
        mark = _("EXCEEDED") if group.exceeded else _("ok")
        ctx.say(
            _(
                "{group}: {excellent} excellent, {good} good, at most {allowed} allowed — {mark}"
            ).format(
                group=group.group,
                excellent=group.excellent,
                good=group.good,
                allowed=group.allowed_excellent,
                mark=mark,
            )
        )
    return 0


def run_alerts(ctx: CommandContext) -> int:
    store = ctx.open_store()
    try:
        alerts = rating_reports.rating_alerts(store, ctx.args.year)
    finally:
        store.close()
    if ctx.args.json:
        ctx.print_json([a.as_json() for a in alerts])
        return 0
    for alert in alerts:
        ctx.say(
            f"{alert.finding.rule_id}  {alert.name}: "
            f"{alert.finding.sentence()} ({alert.finding.source})"
        )
    ctx.say(_("{count} alert(s).").format(count=len(alerts)))
    return 0


def run_declare_add(ctx: CommandContext) -> int:
    data = _json_object(ctx.args.source)
    received_on = day_of(ctx.args.received_on)
    if ctx.args.complete and (not ctx.args.received_by or received_on is None):
        raise UsageError("To complete it, give --received-by and --received-on.")
    store = ctx.open_store()
    try:
        outcome = declarations.add_declaration(store, data)
        if ctx.args.complete and received_on is not None:
            outcome = declarations.complete_declaration(
                store,
                outcome.declaration_id,
                received_by=ctx.args.received_by,
                received_on=received_on,
            )
    finally:
        store.close()
    _say_report(ctx, outcome.report)
    ctx.say(_("Declaration {id} saved.").format(id=outcome.declaration_id))
    return 0


def run_declare_complete(ctx: CommandContext) -> int:
    received_on = day_of(ctx.args.received_on)
    assert received_on is not None
    store = ctx.open_store()
    try:
        outcome = declarations.complete_declaration(
            store,
            ctx.args.declaration_id,
            received_by=ctx.args.received_by,
            received_on=received_on,
        )
    finally:
        store.close()
    _say_report(ctx, outcome.report)
    ctx.say(_("Declaration {id} received as complete.").format(id=outcome.declaration_id))
    return 0


def run_declare_show(ctx: CommandContext) -> int:
    store = ctx.open_store()
    try:
        document = declarations.open_declaration(store, ctx.args.declaration_id)
    finally:
        store.close()
    if ctx.args.json:
        ctx.print_json(document)
        return 0
    ctx.say(
        f"{document['kind']} {document['year']}  {document['declared_on']}  {document['status']}"
    )
    for item in document["items"]:
        value = format_money(item["value_vnd"]) if item["value_vnd"] is not None else "—"
        ctx.say(f"  {item['category']:>4}  {item['description']:<50.50} {value:>22}")
    return 0


def run_declare_changes(ctx: CommandContext) -> int:
    store = ctx.open_store()
    try:
        report, table = declarations.compare_with_previous(store, ctx.args.declaration_id)
    finally:
        store.close()
    if ctx.args.json:
        ctx.print_json(
            {"table": table.as_json() if table else None, "findings": [f.as_json() for f in report]}
        )
        return 0
    _say_table(ctx, table)
    _say_report(ctx, report)
    return 0


def _say_table(ctx: CommandContext, table: ChangeTable | None) -> None:
    if table is None:
        ctx.say(_("This is the first declaration: there is nothing to compare with."))
        return
    if not table.changed:
        ctx.say(_("No change since the previous declaration."))
    for row in table.changed:
        sign = "+" if row.delta >= 0 else "-"
        ctx.say(
            f"  {row.category:>4}  {row.description:<44.44} "
            f"{sign}{format_money(abs(row.delta)):>22}"
        )
    ctx.say(
        _("Increases: {plus}; decreases: {minus}.").format(
            plus=format_money(table.total_increase), minus=format_money(table.total_decrease)
        )
    )


def run_declare_list(ctx: CommandContext) -> int:
    store = ctx.open_store()
    try:
        rows = declarations.list_declarations(store, ctx.args.cadre)
    finally:
        store.close()
    if ctx.args.json:
        ctx.print_json(rows)
        return 0
    for row in rows:
        ctx.say(
            f"{row['id']}  {row['kind']:<13} {row['year']}  {row['declared_on']}  {row['status']}"
        )
    return 0


def run_declare_missing(ctx: CommandContext) -> int:
    on = day_of(ctx.args.on)
    store = ctx.open_store()
    try:
        rows = declarations.missing_declarations(
            store, ctx.args.year, on.earliest() if on else dt.date.today()
        )
    finally:
        store.close()
    if ctx.args.json:
        ctx.print_json([r.as_json() for r in rows])
        return 0
    for row in rows:
        state = (
            _("overdue")
            if row.overdue
            else _("due {day}").format(day=row.deadline.strftime("%d/%m/%Y"))
        )
        ctx.say(f"{row.cadre_id}  {row.name:<30} {state}")
    ctx.say(
        _("{count} cadre(s) have not declared for {year}.").format(
            count=len(rows), year=ctx.args.year
        )
    )
    return 0
