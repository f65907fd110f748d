"""`cadre print FORM (--cadre ID | --all | --unit CODE) -o FILE|DIR`: the official forms as PDF."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from cadre_desktop.commands.common import CommandContext
from cadre_desktop.errors import UsageError
from cadre_desktop.i18n import gettext as _
from cadre_desktop.services import printing
from cadre_desktop.services.stores import Store

FORMS = ("2c", "clearances", "planning")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("print", help=_("print an official form to PDF"))
    parser.add_argument("form", choices=FORMS, metavar="FORM", help=", ".join(FORMS))
    who = parser.add_mutually_exclusive_group()
    who.add_argument("--cadre", action="append", metavar="ID", help=_("one cadre (repeatable)"))
    who.add_argument("--all", action="store_true", help=_("every cadre of the store"))
    who.add_argument("--unit", metavar="CODE", help=_("the cadres of a unit and its sub-units"))
    parser.add_argument(
        "--layout", choices=printing.LAYOUTS, default=printing.DEFAULT_LAYOUT, help=_("CV layout")
    )
    parser.add_argument("--term", metavar="CODE", help=_("planning term (for planning)"))
    parser.add_argument(
        "--one-file", action="store_true", help=_("batch: one PDF instead of one per cadre")
    )
    parser.add_argument("-o", "--output", required=True, metavar="FILE|DIR")
    parser.set_defaults(handler=run_print)


def _progress(done: int, total: int) -> bool:
    sys.stderr.write(f"\r{done}/{total}")
    if done == total:
        sys.stderr.write("\n")
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
            ctx.say(_("Written: {path}").format(path=output))
            return 0
        ids = _chosen(store, args)
        if args.form == "clearances":
            printing.save_pdf(printing.print_clearance_register(store, ids), output)
        elif args.cadre and len(ids) == 1:
            printing.save_pdf(printing.print_cv(store, ids[0], args.layout), output)
        elif args.one_file:
            printed = printing.print_cvs_together(store, ids, args.layout, progress=_progress)
            if printed is not None:
                printing.save_pdf(printed, output)
        else:
            return _one_per_cadre(ctx, store, ids, output)
    finally:
        store.close()
    ctx.say(_("Written: {path}").format(path=output))
    return 0


def _chosen(store: Store, args: argparse.Namespace) -> list[str]:
    if args.cadre:
        return list(args.cadre)
    if args.all or args.unit:
        ids = printing.cadre_ids(store, args.unit)
        if not ids:
            raise UsageError("No cadre matches; nothing was printed.")
        return ids
    raise UsageError("Say whose form to print: --cadre ID, --all or --unit CODE.")


def _one_per_cadre(ctx: CommandContext, store: Store, ids: list[str], folder: Path) -> int:
    if not folder.is_dir():
        raise UsageError("The folder {path} does not exist.", path=str(folder))
    written = 0
    try:
        for printed in printing.iter_cvs(store, ids, ctx.args.layout):
            name = printed.suggested_name
            target = folder / name
            suffix = 2
            while target.exists():  # two people with the same name keep separate files
                target = folder / name.replace(".pdf", f"-{suffix}.pdf")
                suffix += 1
            printing.save_pdf(printed, target)
            written += 1
            _progress(written, len(ids))
    except KeyboardInterrupt:
        sys.stderr.write("\n")
        ctx.say(
            _("Cancelled: {count} file(s) written in {path}.").format(count=written, path=folder)
        )
        return 1
    ctx.say(_("{count} file(s) written in {path}.").format(count=written, path=folder))
    return 0
