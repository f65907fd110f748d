"""`cadre bundle export|import`: dossiers between units on a USB stick, signed and encrypted."""

from __future__ import annotations

import argparse
from pathlib import Path

from cadre_desktop.commands.common import CommandContext
from cadre_desktop.i18n import N_
from cadre_desktop.i18n import gettext as _
from cadre_desktop.services import bundle_ack, bundle_export
from cadre_desktop.services.bundle_import import Received

KIND_WORDS = {
    "created": N_("new"),
    "updated": N_("updated"),
    "unchanged": N_("unchanged"),
    "conflict": N_("in conflict"),
    "deleted": N_("deleted"),
    "out_of_scope": N_("outside the sender's scope"),
}


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    bundle = sub.add_parser("bundle", help=_("exchange dossiers with another unit"))
    actions = bundle.add_subparsers(dest="action", metavar="ACTION", required=True)
    export = actions.add_parser("export", help=_("write a bundle for another unit"))
    export.add_argument("--to", required=True, metavar="UNIT", help=_("unit code or instance id"))
    export.add_argument("-o", "--output", required=True, metavar="PATH", help=_("file or folder"))
    export.add_argument("--cadre", action="append", metavar="ID", help=_("send only these"))
    export.add_argument("--json", action="store_true")
    export.set_defaults(handler=run_export)
    receive = actions.add_parser("import", help=_("import a bundle or an acknowledgement"))
    receive.add_argument("file", metavar="FILE")
    receive.add_argument("--dry-run", action="store_true", help=_("only show what it would do"))
    receive.add_argument(
        "--ack-dir", metavar="FOLDER", help=_("where to write the acknowledgement")
    )
    receive.add_argument("--json", action="store_true")
    receive.set_defaults(handler=run_import)


def run_export(ctx: CommandContext) -> int:
    a = ctx.args
    store = ctx.open_store()
    try:
        result = bundle_export.export_bundle(store, a.to, Path(a.output), cadre_ids=a.cadre)
    finally:
        store.close()
    if a.json:
        ctx.print_json({**result.__dict__, "path": str(result.path)})
        return 0
    ctx.say(
        _("Bundle {seq} written to {path}: {dossiers} dossier(s), {deletions} deletion(s), "
          "{attachments} attachment(s), {size} bytes.").format(
            seq=result.seq, path=result.path, dossiers=result.dossiers,
            deletions=result.deletions, attachments=result.attachments, size=result.size,
        )
    )  # fmt: skip
    return 0


def run_import(ctx: CommandContext) -> int:
    a = ctx.args
    store = ctx.open_store()
    try:
        ack_dir = Path(a.ack_dir) if a.ack_dir else None
        result = bundle_ack.receive_file(store, Path(a.file), dry_run=a.dry_run, ack_folder=ack_dir)
    finally:
        store.close()
    if isinstance(result, bundle_ack.Acknowledged):
        if a.json:
            ctx.print_json({"acknowledged": result.bundle_id, "seq": result.seq,
                            "already": result.already is not None})  # fmt: skip
        elif result.already is not None:
            ctx.say(_("This acknowledgement was already recorded; nothing changed."))
        else:
            ctx.say(_("Recorded: {unit} received bundle {seq}.").format(
                unit=result.unit_name, seq=result.seq))  # fmt: skip
        return 0
    _say_received(ctx, result, a.json)
    return 0


def _say_received(ctx: CommandContext, result: Received, as_json: bool) -> None:
    preview = result.preview
    if as_json:
        ctx.print_json(
            {
                "bundle": preview.bundle_id,
                "from": preview.sender_code,
                "seq": preview.seq,
                "already": preview.already is not None,
                "applied": result.applied,
                "counts": preview.counts,
                "dossiers": [{"id": o.cadre_id, "name": o.name, "outcome": o.kind}
                             for o in preview.outcomes],
                "acknowledgement": str(result.ack_path) if result.ack_path else None,
                "backup": str(result.backup) if result.backup else None,
            }
        )  # fmt: skip
        return
    if preview.already is not None:
        ctx.say(_("This bundle was already imported on {date}; nothing changed.").format(
            date=preview.already.astimezone().strftime("%d/%m/%Y %H:%M")))  # fmt: skip
        return
    counts = ", ".join(
        f"{preview.count(kind)} {_(word)}"
        for kind, word in KIND_WORDS.items()
        if preview.count(kind)
    )
    lead = (
        _("Imported from {unit}: {counts}.")
        if result.applied
        else _("Would import from {unit}: {counts}.")
    )
    ctx.say(lead.format(unit=preview.sender_name, counts=counts or _("nothing new")))
    for outcome in preview.outcomes:
        if outcome.kind in ("conflict", "out_of_scope"):
            ctx.say(f"  - {outcome.name} ({outcome.cadre_id}): {_(KIND_WORDS[outcome.kind])}")
    if result.ack_path is not None:
        ctx.say(_("Acknowledgement for the sender: {path}").format(path=result.ack_path))
    if result.ack_error:
        ctx.say(result.ack_error)
