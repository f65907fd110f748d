"""`cadre print FORM (--cadre ID | --record ID | --all | --unit CODE) -o FILE|DIR`: the
official forms as PDF. FORM is 2c, assets, evaluation, planning, proposal or clearances."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from cadre_desktop.commands.common import CommandContext
from cadre_desktop.errors import UsageError
from cadre_desktop.i18n import gettext as _
from cadre_desktop.services import print_batch, printing
from cadre_desktop.services.print_batch import BatchChoice
from cadre_desktop.services.stores import Store

FORMS = ("2c", "assets", "evaluation", "planning", "proposal", "clearances")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("print", help=_("print an official form to PDF"))
    parser.add_argument("form", choices=FORMS, metavar="FORM", help=", ".join(FORMS))
    who = parser.add_mutually_exclusive_group()
    who.add_argument("--cadre", action="append", metavar="ID", help=_("one cadre (repeatable)"))
    who.add_argument(
        "--record",
        action="append",
        metavar="ID",
        help=_("one declaration, evaluation or proposal by its id (repeatable)"),
    )
    who.add_argument("--all", action="store_true", help=_("every cadre of the store"))
    who.add_argument("--unit", metavar="CODE", help=_("the cadres of a unit and its sub-units"))
    parser.add_argument(
        "--layout", choices=printing.LAYOUTS, default=printing.DEFAULT_LAYOUT, help=_("CV layout")
    )
    parser.add_argument(
        "--year",
        type=int,
        metavar="YEAR",
        help=_("the year of the declaration, rating or proposal"),
    )
    parser.add_argument("--term", metavar="CODE", help=_("planning term (for planning)"))
    parser.add_argument(
        "--one-file", action="store_true", help=_("batch: one PDF instead of one per cadre")
    )
    parser.add_argument("-o", "--output", required=True, metavar="FILE|DIR")
    parser.set_defaults(handler=run_print)


class _Percent:
    """The batch's progress on stderr, written only when the whole per cent changes."""

    def __init__(self) -> None:
        self.shown = -1
        self.done = 0

    def __call__(self, done: int, total: int) -> bool:
        self.done = done
        percent = done * 100 // max(total, 1)
        if percent != self.shown:
            self.shown = percent
            sys.stderr.write(f"\r{percent}%" + ("\n" if percent >= 100 else ""))
            sys.stderr.flush()
        return True


def run_print(ctx: CommandContext) -> int:
    args = ctx.args
    output = Path(args.output)
    store = ctx.open_store()
    try:
        if args.form == "planning":
            if not args.term:
                raise UsageError("Say which planning term to print with --term CODE.")
            printing.save_pdf(printing.print_planning_list(store, args.term), output)
        elif args.form == "clearances":
            ids = _cadres(store, args)
            printing.save_pdf(printing.print_clearance_register(store, ids), output)
        else:
            return _forms(ctx, store, output)
    finally:
        store.close()
    ctx.say(_("Written: {path}").format(path=output))
    return 0


def _cadres(store: Store, args: argparse.Namespace) -> list[str]:
    if args.record:
        raise UsageError("--record names a declaration, evaluation or proposal; use --cadre.")
    if args.cadre:
        print_batch.require_cadres(store, args.cadre)
        return list(args.cadre)
    if args.all or args.unit:
        ids = printing.cadre_ids(store, args.unit)
        if not ids:
            raise UsageError("No cadre matches; nothing was printed.")
        return ids
    raise UsageError("Say whose form to print: --cadre ID, --all or --unit CODE.")


def _forms(ctx: CommandContext, store: Store, output: Path) -> int:
    args = ctx.args
    choice = BatchChoice(args.form, args.layout, args.year)
    if args.record:
        if args.form == "2c":
            raise UsageError("--record names a declaration, evaluation or proposal; use --cadre.")
        items, asked = list(args.record), len(args.record)
    else:
        cadres = _cadres(store, args)
        items, asked = print_batch.batch_items(store, choice, cadres), len(cadres)
    if not items:
        raise UsageError("No cadre chosen has a record of this form to print; nothing was printed.")
    single = (args.cadre or args.record) and asked == 1
    if single or args.one_file:
        printed = (
            next(print_batch.iter_batch(store, choice, items))
            if single
            else print_batch.batch_together(store, choice, items, progress=_Percent())
        )
        if printed is not None:
            printing.save_pdf(printed, output)
        ctx.say(_("Written: {path}").format(path=output))
    else:
        if not output.is_dir():
            raise UsageError("The folder {path} does not exist.", path=str(output))
        progress = _Percent()
        try:
            print_batch.save_each(
                print_batch.iter_batch(store, choice, items), len(items), output, progress
            )
        except KeyboardInterrupt:
            sys.stderr.write("\n")
            ctx.say(
                _("Cancelled: {count} file(s) written in {path}.").format(
                    count=progress.done, path=output
                )
            )
            return 1
        ctx.say(_("{count} file(s) written in {path}.").format(count=progress.done, path=output))
    if skipped := asked - len(items):
        ctx.say(_("{count} cadre(s) have no record of this form and were left out.").format(
            count=skipped
        ))  # fmt: skip
    return 0
