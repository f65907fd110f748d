"""`cadre training needs|courses|course|assign|complete|withdraw|progress`: training plans."""

from __future__ import annotations

import argparse
import datetime as dt

from cadre_desktop.commands.common import CommandContext
from cadre_desktop.commands.oversight import opened
from cadre_desktop.commands.personnel import date_arg
from cadre_desktop.domain.enums import TrainingKind
from cadre_desktop.errors import UsageError
from cadre_desktop.i18n import gettext as _
from cadre_desktop.services import courses
from cadre_desktop.services.training_needs import training_needs, training_progress


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    training = sub.add_parser("training", help=_("training plans: needs, courses, assignments"))
    tsub = training.add_subparsers(dest="training_command", metavar="ACTION", required=True)
    needs = tsub.add_parser("needs", help=_("who needs what by when (cadres in planning first)"))
    needs.add_argument("--date", type=date_arg, help=_("the day judged (default: today)"))
    needs.add_argument("--json", action="store_true")
    needs.set_defaults(handler=run_needs)
    listing = tsub.add_parser("courses", help=_("the courses with their places and warnings"))
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=run_courses)
    course = tsub.add_parser(
        "course", help=_("add a course (warned at the start or end of a year)")
    )
    course.add_argument("name")
    course.add_argument("--kind", choices=[k.value for k in TrainingKind], required=True)
    course.add_argument("--institution", required=True)
    course.add_argument("--from", dest="start", type=date_arg, required=True)
    course.add_argument("--to", dest="end", type=date_arg, required=True)
    course.add_argument("--level", help=_("the level granted, a code of the kind's catalog"))
    course.add_argument("--language", help=_("a code of the language catalog"))
    course.add_argument("--place")
    course.add_argument("--form", help=_("a code of training_form"))
    course.add_argument("--places", type=int, dest="capacity")
    course.add_argument("--provincial", action="store_true", help=_("the province's own course"))
    course.add_argument("--check", action="store_true", help=_("only show the rule report"))
    course.set_defaults(handler=run_course)
    assign = tsub.add_parser("assign", help=_("send cadres to a course (checked by the rules)"))
    assign.add_argument("course_id", metavar="COURSE")
    assign.add_argument("cadre_ids", nargs="*", metavar="CADRE")
    waiting = _("the waiting needs the course covers, cadres in planning first")
    assign.add_argument("--from-needs", action="store_true", help=waiting)
    assign.add_argument("--limit", type=int)
    assign.add_argument("--date", type=date_arg, required=True)
    assign.set_defaults(handler=run_assign)
    complete = tsub.add_parser("complete", help=_("close a course: fills the training history"))
    complete.add_argument("course_id", metavar="COURSE")
    complete.add_argument("--date", type=date_arg, required=True)
    complete.add_argument("--failed", action="append", default=[], metavar="CADRE")
    complete.add_argument("--certificate", help=_("the degree or certificate granted"))
    complete.set_defaults(handler=run_complete)
    withdraw = tsub.add_parser("withdraw", help=_("take a cadre out of a course"))
    withdraw.add_argument("enrollment_id", metavar="ASSIGNMENT")
    withdraw.add_argument("--date", type=date_arg, required=True)
    withdraw.add_argument("--note")
    withdraw.set_defaults(handler=run_withdraw)
    progress = tsub.add_parser("progress", help=_("figures for the targets dashboard"))
    progress.add_argument("--date", type=date_arg)
    progress.add_argument("--json", action="store_true")
    progress.set_defaults(handler=run_progress)


def _day(ctx: CommandContext) -> dt.date:
    return ctx.args.date.earliest() if ctx.args.date else dt.date.today()


def run_needs(ctx: CommandContext) -> int:
    with opened(ctx) as store:
        rows = training_needs(store, _day(ctx))
    if ctx.args.json:
        ctx.print_json([r.as_json() for r in rows])
        return 0
    for r in rows:
        n = r.need
        mark = "!" if r.overdue else ("*" if n.course else " ")
        course = f"  → {n.course.name}" if n.course else ""
        ctx.say(
            f"{mark} {n.due:%d/%m/%Y}  {n.rule_id}  {n.name}: {r.message}{course}  [{n.cadre_id}]"
        )
    ctx.say(_("{count} training need(s).").format(count=len(rows)))
    return 0


def run_courses(ctx: CommandContext) -> int:
    with opened(ctx) as store:
        rows = courses.list_courses(store)
    if ctx.args.json:
        ctx.print_json(rows)
        return 0
    for c in rows:
        places = f"{c['assigned'] + c['completed']}/{c['capacity'] or '∞'}"
        ctx.say(f"{c['start']}–{c['end']}  {c['name']}  {c['status']}  {places}  [{c['id']}]")
        for w in c["warnings"]:
            ctx.say(f"    ! {w['rule']}: {w['message']}")
    return 0


def run_course(ctx: CommandContext) -> int:
    a = ctx.args
    draft = courses.CourseDraft(
        name=a.name, kind=TrainingKind(a.kind), institution=a.institution, start=a.start,
        end=a.end, level=a.level, language=a.language, provincial=a.provincial, place=a.place,
        form=a.form, capacity=a.capacity,
    )  # fmt: skip
    with opened(ctx) as store:
        report = courses.check_course(store, draft)
        for f in report:
            ctx.say(f"{f.severity.value}  {f.rule_id}  {f.sentence()}  ({f.source})")
        if a.check:
            return 0
        course_id = courses.add_course(store, draft)
    ctx.say(_("Course added: {id}").format(id=course_id))
    return 0


def run_assign(ctx: CommandContext) -> int:
    a = ctx.args
    if bool(a.cadre_ids) == a.from_needs:
        raise UsageError("Name the cadres, or use --from-needs (not both).")
    with opened(ctx) as store:
        if a.from_needs:
            made = courses.assign_needs(store, a.course_id, a.date, a.limit)
        else:
            made = courses.assign(store, a.course_id, a.cadre_ids, a.date)
    ctx.say(_("{count} cadre(s) assigned.").format(count=len(made)))
    return 0


def run_complete(ctx: CommandContext) -> int:
    a = ctx.args
    with opened(ctx) as store:
        written = courses.complete(
            store, a.course_id, a.date, failed=frozenset(a.failed), qualification=a.certificate
        )
    ctx.say(_("Course completed: {count} training record(s) written.").format(count=len(written)))
    return 0


def run_withdraw(ctx: CommandContext) -> int:
    with opened(ctx) as store:
        courses.withdraw(store, ctx.args.enrollment_id, ctx.args.date, ctx.args.note)
    ctx.say(_("Withdrawn from the course."))
    return 0


def run_progress(ctx: CommandContext) -> int:
    with opened(ctx) as store:
        figures = training_progress(store, _day(ctx))
    if ctx.args.json:
        ctx.print_json(figures)
        return 0
    for rule, row in figures.items():
        ctx.say(f"{rule}: " + ", ".join(f"{k} {v}" for k, v in row.items()))
    return 0
