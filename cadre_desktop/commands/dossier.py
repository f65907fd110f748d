"""`cadre search | show | export-json | import-json`."""

from __future__ import annotations

import argparse
from pathlib import Path

from cadre_desktop.commands.common import CommandContext
from cadre_desktop.i18n import N_
from cadre_desktop.i18n import gettext as _
from cadre_desktop.services import dossiers
from cadre_desktop.services.dossier_text import dossier_lines
from cadre_desktop.services.search import search_cadres

_STANDARD_LABELS = {
    "missing": N_("no conclusion"),
    "meets": N_("meets the standard"),
    "ceiling": N_("meets, with a ceiling"),
    "not_met": N_("does not meet"),
    "pending": N_("verification pending"),
    "stale": N_("conclusion is stale"),
}


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    search = sub.add_parser("search", help=_("find cadres (case and diacritics ignored)"))
    search.add_argument("query", nargs="?", default="", metavar="QUERY")
    search.add_argument("--limit", type=int, metavar="N")
    search.add_argument("--json", action="store_true", help=_("print JSON"))
    search.set_defaults(handler=run_search)

    show = sub.add_parser("show", help=_("show one whole dossier"))
    show.add_argument("cadre_id", metavar="ID")
    show.add_argument("--json", action="store_true", help=_("print JSON"))
    show.set_defaults(handler=run_show)

    export = sub.add_parser("export-json", help=_("write dossiers to a JSON file"))
    export.add_argument("cadre_ids", nargs="+", metavar="ID")
    export.add_argument("-o", "--output", required=True, metavar="FILE")
    export.set_defaults(handler=run_export)

    imported = sub.add_parser("import-json", help=_("read dossiers from a JSON file"))
    imported.add_argument("source", metavar="FILE")
    imported.set_defaults(handler=run_import)


def run_search(ctx: CommandContext) -> int:
    store = ctx.open_store()
    try:
        with store.unit_of_work() as uow:
            hits = search_cadres(uow, ctx.args.query, ctx.args.limit)
    finally:
        store.close()
    if ctx.args.json:
        ctx.print_json_list(hit.as_json() for hit in hits)
        return 0
    for hit in hits:
        standard = _(_STANDARD_LABELS[hit.political_standard.value])
        ctx.say(
            f"{hit.id}  {hit.full_name:<28} {hit.birth_date.vn():<10}  "
            f"{hit.position or hit.unit or '':<50.50}  {standard}"
        )
    ctx.say(_("{count} cadre(s) found.").format(count=len(hits)))
    return 0


def run_show(ctx: CommandContext) -> int:
    store = ctx.open_store()
    try:
        with store.unit_of_work(write=True) as uow:
            cadre = dossiers.open_dossier(uow, ctx.args.cadre_id)
            document = dossiers.dossier_as_json(uow, cadre)
        catalogs = store.catalogs()
    finally:
        store.close()
    if ctx.args.json:
        ctx.print_json(document)
        return 0
    for line in dossier_lines(document, catalogs):
        ctx.say(line)
    return 0


def run_export(ctx: CommandContext) -> int:
    store = ctx.open_store()
    try:
        count = dossiers.export_json(store, ctx.args.cadre_ids, Path(ctx.args.output))
    finally:
        store.close()
    ctx.say(_("{count} dossier(s) written to {path}.").format(count=count, path=ctx.args.output))
    return 0


def run_import(ctx: CommandContext) -> int:
    store = ctx.open_store()
    try:
        result = dossiers.import_json(store, Path(ctx.args.source))
    finally:
        store.close()
    ctx.say(
        _("Imported: {created} new, {updated} updated, {unchanged} unchanged.").format(
            created=result.created, updated=result.updated, unchanged=result.unchanged
        )
    )
    return 0
