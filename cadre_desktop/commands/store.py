"""`cadre init | passwd | recover | backup | restore | check`."""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path

from cadre_desktop.commands.common import CommandContext
from cadre_desktop.errors import DamagedError
from cadre_desktop.i18n import gettext as _
from cadre_desktop.services import settings, stores


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    init = sub.add_parser("init", help=_("create a new encrypted store"))
    init.add_argument("--unit-name", required=True, help=_("name of the unit that keeps the store"))
    init.add_argument("--unit-code", required=True, help=_("short code of that unit"))
    init.add_argument("--officer", help=_("name of the officer (default: this computer's user)"))
    init.set_defaults(handler=run_init)

    passwd = sub.add_parser(
        "passwd", help=_("change the passphrase (the data is not re-encrypted)")
    )
    passwd.add_argument("--new-passphrase-file", metavar="FILE")
    passwd.set_defaults(handler=run_passwd)

    recover = sub.add_parser("recover", help=_("set a new passphrase with the recovery key"))
    recover.add_argument("--recovery-key-file", metavar="FILE")
    recover.add_argument("--new-passphrase-file", metavar="FILE")
    recover.set_defaults(handler=run_recover)

    backup = sub.add_parser("backup", help=_("write an encrypted, verified backup"))
    backup.add_argument("--to", required=True, metavar="PATH", help=_("a folder or a file name"))
    backup.set_defaults(handler=run_backup)

    restore = sub.add_parser("restore", help=_("put a backup in place of the store"))
    restore.add_argument("backup_file", metavar="BACKUP")
    restore.set_defaults(handler=run_restore)

    check = sub.add_parser("check", help=_("check encryption, structure and the audit chain"))
    check.add_argument("--rules", action="store_true", help=_("also list the rule alerts"))
    check.add_argument("--json", action="store_true", help=_("alerts as JSON"))
    check.set_defaults(handler=run_check)


def run_init(ctx: CommandContext) -> int:
    path = ctx.store_path()
    officer = ctx.args.officer or getpass.getuser()
    store, recovery_key = stores.init_store(
        path,
        unit_name=ctx.args.unit_name,
        unit_code=ctx.args.unit_code,
        officer=officer,
        passphrase=ctx.passphrase(confirm=True),
    )
    store.close()
    settings.remember_store(path)
    ctx.say(_("The store was created at {path}.").format(path=path))
    ctx.say(_("Recovery key (shown only now; write it down and keep it locked away):"))
    ctx.say(f"    {recovery_key}")
    return 0


def run_passwd(ctx: CommandContext) -> int:
    store = ctx.open_store()
    try:
        stores.change_passphrase(store, ctx.new_passphrase())
    finally:
        store.close()
    ctx.say(_("The passphrase was changed."))
    return 0


def run_recover(ctx: CommandContext) -> int:
    store = stores.recover(ctx.store_path(), ctx.recovery_key(), ctx.new_passphrase())
    store.close()
    ctx.say(_("A new passphrase was set with the recovery key."))
    return 0


def run_backup(ctx: CommandContext) -> int:
    store = ctx.open_store()
    try:
        written = stores.backup(store, Path(ctx.args.to))
    finally:
        store.close()
    ctx.say(_("Backup written and checked: {path}").format(path=written))
    return 0


def run_restore(ctx: CommandContext) -> int:
    store = stores.restore(ctx.store_path(), Path(ctx.args.backup_file), ctx.passphrase())
    store.close()
    ctx.say(_("The store was restored from the backup; the replaced files were kept aside."))
    return 0


def run_check(ctx: CommandContext) -> int:
    store = ctx.open_store()
    try:
        report = stores.check(store)
    finally:
        store.close()
    if not report.ok:
        for problem in report.problems:
            print(problem, file=sys.stderr)
        raise DamagedError("The store is damaged or was tampered with; restore it from a backup.")
    if getattr(ctx.args, "rules", False):  # the store is intact; now the rule alerts
        from cadre_desktop.commands.rules import print_alerts

        return print_alerts(ctx)
    ctx.say(_("The store checks out: encryption, structure, links and audit chain are intact."))
    return 0
