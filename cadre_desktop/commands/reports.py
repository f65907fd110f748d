"""`cadre report targets | stats` and `cadre targets list | set`: the resolution's targets for a
year and unit, the statutory statistics, and the target sets a leader enters (audited)."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from cadre_desktop.commands import target_args
from cadre_desktop.commands.common import CommandContext
from cadre_desktop.errors import UsageError
from cadre_desktop.i18n import gettext as _
from cadre_desktop.services import report_export, review, stats, target_edits, target_sets
from cadre_desktop.services import targets as dashboard_service
from cadre_desktop.services.printing import save_pdf
from cadre_desktop.services.target_text import (
    count_text,
    gap_text,
    status_text,
    target_text,
    value_text,
)
from cadre_desktop.services.xlsx_values import CellProblem, read_date


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    report = sub.add_parser("report", help=_("the targets dashboard and the statistics"))
    rsub = report.add_subparsers(dest="report_command", metavar="REPORT", required=True)
    targets = rsub.add_parser("targets", help=_("each target: value, target, gap"))
    targets.add_argument("--year", type=int, required=True)
    targets.add_argument("--unit", metavar="CODE", help=_("a unit and its sub-units"))
    targets.add_argument("--set", metavar="CODE", help=_("the target set (default: the year's)"))
    targets.add_argument("--json", action="store_true", help=_("print JSON"))
    targets.add_argument("--details", action="store_true", help=_("list the cadres behind"))
    targets.add_argument("--review", choices=review.KINDS, help=_("mid-term or final review"))
    targets.add_argument("-o", "--output", metavar="FILE.pdf|FILE.xlsx")
    targets.set_defaults(handler=run_targets)
    statistics = rsub.add_parser("stats", help=_("quantity and quality of the contingent"))
    statistics.add_argument("--unit", metavar="CODE", help=_("a unit and its sub-units"))
    statistics.add_argument("--date", metavar="DD/MM/YYYY", help=_("the day counted (today)"))
    statistics.add_argument("--json", action="store_true", help=_("print JSON"))
    statistics.add_argument("-o", "--output", metavar="FILE.xlsx")
    statistics.set_defaults(handler=run_stats)

    sets = sub.add_parser("targets", help=_("the target sets of the resolutions"))
    ssub = sets.add_subparsers(dest="targets_command", metavar="ACTION", required=True)
    listing = ssub.add_parser("list", help=_("the target sets, or one set's indicators"))
    listing.add_argument("--code", metavar="CODE", help=_("show the indicators of this set"))
    listing.add_argument("--all", action="store_true", help=_("every revision"))
    listing.add_argument("--csv", metavar="FILE", help=_("write the set's indicators as CSV"))
    listing.add_argument("--json", action="store_true", help=_("print JSON"))
    listing.add_argument(
        "--library", action="store_true", help=_("the kinds, populations, conditions and groups")
    )
    listing.set_defaults(handler=run_list)
    enter = ssub.add_parser("set", help=_("enter or revise a target set (audited)"))
    target_args.add_arguments(enter)
    enter.set_defaults(handler=run_set)


def _output(path: str | None) -> tuple[Path | None, str | None]:
    if path is None:
        return None, None
    target = Path(path)
    kind = target.suffix.lower().lstrip(".")
    if kind not in ("pdf", "xlsx"):
        raise UsageError("The output file must end in .pdf or .xlsx.")
    return target, kind


def run_targets(ctx: CommandContext) -> int:
    args = ctx.args
    target, kind = _output(args.output)
    store = ctx.open_store()
    try:
        found = dashboard_service.compute(store, args.year, args.unit, args.set)
        if kind == "pdf":
            assert target is not None
            save_pdf(review.print_review(store, found, args.review), target)
        elif kind == "xlsx":
            assert target is not None
            report_export.export_dashboard(store, found, target)
    finally:
        store.close()
    if target is not None:
        ctx.say(_("Written: {path}").format(path=target))
        return 0
    if args.json:
        ctx.print_json(found.as_json(details=args.details))
        return 0
    ctx.say(f"{found.target_set.title} — {found.scope.name}, {found.on:%d/%m/%Y}")
    for r in found.results:
        ctx.say(
            f"{r.indicator.number:>3}. {status_text(r):<14} {value_text(r):>10} / "
            f"{target_text(r.indicator):<14} {gap_text(r):>14}  ({count_text(r)})  "
            f"{r.indicator.wording}"
        )
        if args.details:
            for member in r.missing:
                ctx.say(f"       - {member.cadre_id}: {member.note()}")
    return 0


def run_stats(ctx: CommandContext) -> int:
    args = ctx.args
    target, kind = _output(args.output)
    if kind == "pdf":
        raise UsageError("The statistics are written to .xlsx; the review report is the PDF.")
    day = None
    if args.date:
        try:
            found_day = read_date(args.date)
        except CellProblem as exc:
            raise UsageError("{value} is not a date (dd/mm/yyyy).", value=args.date) from exc
        if found_day is None or not found_day.is_full:
            raise UsageError("{value} is not a date (dd/mm/yyyy).", value=args.date)
        day = found_day.earliest()
    store = ctx.open_store()
    try:
        found = stats.statistics(store, args.unit, day or dt.date.today())
        if target is not None:
            report_export.export_statistics(store, found, target)
    finally:
        store.close()
    if target is not None:
        ctx.say(_("Written: {path}").format(path=target))
    elif args.json:
        ctx.print_json(found.as_json())
    else:
        for table in found.tables:
            ctx.say(f"{table.title}: " + ", ".join(
                f"{label} {count}" for label, count in zip(table.columns, table.total, strict=True)
            ))  # fmt: skip
        for listed in found.lists:
            ctx.say(f"{listed.title}: {len(listed.rows)}")
    return 0


def run_list(ctx: CommandContext) -> int:
    args = ctx.args
    if args.library:
        for line in target_args.library_lines():
            ctx.say(line)
        return 0
    store = ctx.open_store()
    try:
        found = target_sets.all_revisions(store) if args.all else target_sets.current_sets(store)
        chosen = target_sets.find_set(store, args.code) if args.code else None
    finally:
        store.close()
    if chosen is not None and args.csv:
        target_edits.write_indicators(chosen, Path(args.csv))
        ctx.say(_("Written: {path}").format(path=args.csv))
        return 0
    if args.json:
        shown = [chosen] if chosen is not None else found
        ctx.print_json([target_edits.as_json(s) for s in shown])
        return 0
    if chosen is not None:
        ctx.say(f"{chosen.code} ({chosen.revision}): {chosen.title} — {chosen.legal_basis}")
        for i in chosen.indicators:
            ctx.say(f"{i.number:>3}. {target_text(i):<14} {i.wording}")
            ctx.say(f"      {i.kind} · {i.population} · {i.condition} · "
                    f"{target_edits.params_line(i)}")  # fmt: skip
        return 0
    for s in found:
        entered = _("shipped") if s.revision == 0 else f"{s.entered_by}, {s.entered_at:%d/%m/%Y}"
        ctx.say(f"{s.code}  {_('revision')} {s.revision}  ({entered})  {s.title}: "
                f"{len(s.indicators)} {_('indicators')}")  # fmt: skip
    return 0


def run_set(ctx: CommandContext) -> int:
    store = ctx.open_store()
    try:
        saved = target_args.apply_arguments(store, ctx.args)
    finally:
        store.close()
    ctx.say(_("Target set {code} saved as revision {revision} ({count} indicators).").format(
        code=saved.code, revision=saved.revision, count=len(saved.indicators)
    ))  # fmt: skip
    return 0
