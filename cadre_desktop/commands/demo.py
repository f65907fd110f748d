"""`cadre demo`: a new store filled with synthetic dossiers that look real."""

from __future__ import annotations

import argparse
import getpass
import os
import secrets
import shutil
import sys

from cadre_desktop.commands.common import CommandContext
from cadre_desktop.i18n import gettext as _
from cadre_desktop.services import settings, stores
from cadre_desktop.services.demo import DEMO_UNIT_CODE, DEMO_UNIT_NAME, generate_demo

DEMO_WORDS = ("hoa-sen", "song-hong", "nui-bac", "dong-lua", "bien-xanh", "may-trang")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    demo = sub.add_parser("demo", help=_("create a store filled with synthetic demo dossiers"))
    demo.add_argument("--cadres", type=int, default=500, metavar="N")
    demo.add_argument("--seed", type=int, default=1, metavar="S")
    demo.set_defaults(handler=run_demo)


def _demo_passphrase() -> str:
    return "-".join(secrets.choice(DEMO_WORDS) for _ in range(3)) + f"-{secrets.randbelow(100):02d}"


def run_demo(ctx: CommandContext) -> int:
    path = ctx.store_path()
    given = ctx.args.passphrase_file or os.environ.get("CADRE_PASSPHRASE") is not None
    passphrase = ctx.passphrase() if given else _demo_passphrase()
    store, recovery_key = stores.init_store(
        path,
        unit_name=DEMO_UNIT_NAME,
        unit_code=DEMO_UNIT_CODE,
        officer=getpass.getuser(),
        passphrase=passphrase,
    )
    try:
        interactive = sys.stderr.isatty()

        def progress(done: int, total: int) -> None:
            if interactive:
                print(f"\r{done}/{total}", end="", file=sys.stderr, flush=True)

        generate_demo(store, cadres=ctx.args.cadres, seed=ctx.args.seed, progress=progress)
        if interactive:
            print(file=sys.stderr)
    except BaseException:
        store.close()
        shutil.rmtree(path, ignore_errors=True)  # a half-filled demo store is worth nothing
        raise
    store.close()
    settings.remember_store(path)
    ctx.say(_("Demo store with {n} synthetic cadres: {path}").format(n=ctx.args.cadres, path=path))
    if not given:
        ctx.say(_("Demo passphrase: {passphrase}").format(passphrase=passphrase))
    ctx.say(_("Recovery key: {key}").format(key=recovery_key))
    return 0
