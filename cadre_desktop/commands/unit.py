"""`cadre unit key|trust|certify|revoke|list`: unit keys, and whom this store trusts."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from cadre_desktop.commands.common import CommandContext
from cadre_desktop.commands.oversight import opened
from cadre_desktop.i18n import gettext as _
from cadre_desktop.services import units


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    unit = sub.add_parser("unit", help=_("the keys units exchange and whom this store trusts"))
    usub = unit.add_subparsers(dest="unit_command", metavar="ACTION", required=True)

    key = usub.add_parser("key", help=_("show this store's fingerprint, or write its key file"))
    key.add_argument("-o", "--output", type=Path, metavar="FILE", help=_("the .cadrekey file"))
    key.add_argument("--json", action="store_true")
    key.set_defaults(handler=run_key)

    trusting = usub.add_parser(
        "trust", help=_("trust another unit's key file, or take a certificate")
    )
    trusting.add_argument("file", type=Path, metavar="FILE")
    trusting.add_argument("--fingerprint", metavar="FP", help=_("as the other unit read it"))
    trusting.add_argument(
        "--scope",
        action="append",
        default=[],
        metavar="CODE",
        help=_("a unit it may write, with its subtree (repeat for more)"),
    )
    trusting.add_argument("--json", action="store_true")
    trusting.set_defaults(handler=run_trust)

    certify = usub.add_parser("certify", help=_("certify a lower unit's key with its scope"))
    certify.add_argument("keyfile", type=Path, metavar="KEYFILE")
    certify.add_argument("--scope", action="append", default=[], metavar="CODE", required=True)
    certify.add_argument("-o", "--output", type=Path, metavar="CERTFILE", required=True)
    certify.add_argument(
        "--fingerprint", metavar="FP", help=_("needed unless the key is trusted here already")
    )
    certify.add_argument("--json", action="store_true")
    certify.set_defaults(handler=run_certify)

    revoke = usub.add_parser("revoke", help=_("revoke a unit's key: its bundles are refused"))
    revoke.add_argument("unit", metavar="UNIT", help=_("unit code, instance id or key file"))
    revoke.add_argument("--reason")
    revoke.add_argument("--json", action="store_true")
    revoke.set_defaults(handler=run_revoke)

    listing = usub.add_parser("list", help=_("the trusted units with their fingerprints"))
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=run_list)


def run_key(ctx: CommandContext) -> int:
    a = ctx.args
    with opened(ctx) as store:
        if a.output is not None:
            units.export_key(store, a.output)
        own = units.own_key(store)
    if a.json:
        ctx.print_json(own)
        return 0
    ctx.say(_("{name} ({code}), fingerprint:").format(name=own["unit_name"], code=own["unit_code"]))
    ctx.say(f"    {own['fingerprint']}")
    for cert in own["certificates"]:
        ctx.say(
            _("Certified by {issuer} for {scope}").format(
                issuer=cert["issuer_name"], scope=", ".join(cert["scope"])
            )
        )
    if a.output is not None:
        ctx.say(_("Key file written: {path}").format(path=a.output))
    return 0


def run_trust(ctx: CommandContext) -> int:
    a = ctx.args
    with opened(ctx) as store:
        result = units.trust_unit(store, a.file, a.fingerprint, a.scope)
    if a.json:
        ctx.print_json(result)
    elif result.get("certificate"):
        ctx.say(
            _("Certificate kept: {issuer} certifies this store for {scope}.").format(
                issuer=result["issuer_name"], scope=", ".join(result["scope"])
            )
        )
    else:
        ctx.say(_trusted_line(result))
    return 0


def _trusted_line(row: dict[str, Any]) -> str:
    return _("Trusted: {name} ({code}) {fingerprint}, may write {scope}").format(
        name=row["unit_name"],
        code=row["unit_code"],
        fingerprint=row["fingerprint"],
        scope=", ".join(row["scope"]),
    )


def run_certify(ctx: CommandContext) -> int:
    a = ctx.args
    with opened(ctx) as store:
        result = units.certify(store, a.keyfile, a.scope, a.output, a.fingerprint)
    if a.json:
        ctx.print_json(result)
        return 0
    ctx.say(
        _("Certificate written: {path} ({code} may write {scope})").format(
            path=a.output, code=result["unit_code"], scope=", ".join(result["scope"])
        )
    )
    return 0


def run_revoke(ctx: CommandContext) -> int:
    a = ctx.args
    with opened(ctx) as store:
        result = units.revoke(store, a.unit, a.reason)
    if a.json:
        ctx.print_json(result)
        return 0
    ctx.say(
        _("Key revoked: {name}; its bundles are refused from now on.").format(
            name=result["unit_name"]
        )
    )
    return 0


def run_list(ctx: CommandContext) -> int:
    a = ctx.args
    with opened(ctx) as store:
        rows = units.list_units(store)
    if a.json:
        ctx.print_json(rows)
        return 0
    if not rows:
        ctx.say(_("No unit is trusted yet; see cadre unit trust."))
    for row in rows:
        how = (
            _("certified by {unit}").format(unit=row["certified_by_code"] or "?")
            if (row["trust"] == "certified")
            else _("fingerprint compared")
        )
        line = f"{_trusted_line(row)} · {how}"
        if row["revoked"]:
            line += " · " + _("REVOKED")
        ctx.say(line)
    return 0
