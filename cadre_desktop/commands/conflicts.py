"""`cadre conflicts list|resolve`: the conflicts bundles brought, and the officer's choice."""

from __future__ import annotations

import argparse
from typing import Any

from cadre_desktop.commands.common import CommandContext
from cadre_desktop.commands.proposals import with_store
from cadre_desktop.errors import UsageError
from cadre_desktop.i18n import gettext as _
from cadre_desktop.services import conflicts as conflict_service
from cadre_desktop.services.stores import Store

TAKES = ("mine", "theirs", "keep", "delete", "restore", "keep_deleted")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = sub.add_parser("conflicts", help=_("conflicts brought by bundles: list and resolve"))
    csub = group.add_subparsers(dest="conflicts_command", metavar="ACTION", required=True)
    listing = csub.add_parser("list", help=_("the open conflicts, field by field"))
    listing.add_argument("--cadre", metavar="ID", help=_("only the conflicts of this dossier"))
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=run_list)
    settle = csub.add_parser("resolve", help=_("resolve a conflict; the result is a new version"))
    settle.add_argument("conflict_id", metavar="ID")
    settle.add_argument("--take", choices=TAKES, help=_("the whole record: which side to keep"))
    settle.add_argument(
        "--field",
        action="append",
        default=[],
        metavar="FIELD=mine|theirs",
        help=_("one field's side (repeatable; the other fields follow --take, or mine)"),
    )
    settle.add_argument("--reason", help=_("why (recorded with the resolution)"))
    settle.add_argument("--json", action="store_true")
    settle.set_defaults(handler=run_resolve)


def _as_json(view: conflict_service.ConflictView) -> dict[str, Any]:
    return {
        "id": view.id,
        "kind": view.kind,
        "cadre": view.cadre_id,
        "name": view.cadre_name,
        "section": view.section,
        "section_title": view.section_title,
        "entity": view.entity,
        "row": view.row_id,
        "row_text": view.row_text,
        "peer": view.peer,
        "found_at": view.found_at.isoformat(),
        "choices": list(view.choices),
        "fields": [
            {
                "field": f.attr,
                "label": f.label,
                "mine": f.mine,
                "theirs": f.theirs,
                "ancestor": f.ancestor,
                "differs": f.differs,
            }
            for f in view.fields
        ],
    }


def run_list(ctx: CommandContext) -> int:
    views = with_store(ctx, lambda s: conflict_service.open_conflicts(s, ctx.args.cadre))
    if ctx.args.json:
        ctx.print_json([_as_json(v) for v in views])
        return 0
    if not views:
        ctx.say(_("No open conflicts."))
        return 0
    for view in views:
        where = (
            f"{view.section_title}: {view.row_text}"
            if view.entity != "cadre"
            else view.section_title
        )
        ctx.say(f"{view.id}  {view.cadre_name} — {where} ({view.kind_title})")
        for f in view.fields:
            if f.differs:
                shared = _("common ancestor: {value}").format(value=f.ancestor)
                ancestor = f"  [{shared}]" if f.ancestor else ""
                ctx.say(f"    {f.attr} ({f.label}): {f.mine or '—'} | {f.theirs or '—'}{ancestor}")
    return 0


def _fields(items: list[str]) -> dict[str, str]:
    chosen: dict[str, str] = {}
    for item in items:
        attr, _sep, side = item.partition("=")
        if not attr or side not in ("mine", "theirs"):
            raise UsageError(
                "Write each field choice as FIELD=mine or FIELD=theirs, not {item}.", item=item
            )
        chosen[attr.strip()] = side
    return chosen


def _choice(store: Store, conflict_id: str, take: str | None, fields: dict[str, str]) -> Any:
    if not fields:
        if take is None:
            raise UsageError("Say which side to keep with --take, or field by field with --field.")
        return take
    if take not in (None, "mine", "theirs"):
        raise UsageError("Field choices go with --take mine or --take theirs only.")
    view = next((v for v in conflict_service.open_conflicts(store) if v.id == conflict_id), None)
    if view is None or take in (None, "mine"):
        return fields  # the service says what is wrong with an unknown or closed conflict
    return {**{f.attr: "theirs" for f in view.fields}, **fields}


def run_resolve(ctx: CommandContext) -> int:
    a = ctx.args
    fields = _fields(a.field)

    def settle(store: Store) -> None:
        choice = _choice(store, a.conflict_id, a.take, fields)
        conflict_service.resolve(store, a.conflict_id, choice, a.reason)

    with_store(ctx, settle)
    if a.json:
        ctx.print_json({"resolved": a.conflict_id})
    else:
        ctx.say(_("Conflict resolved: {id}").format(id=a.conflict_id))
    return 0
