"""`cadre`: the command line over the services (DESIGN.md §5 is its contract).

Exit codes: 0 ok, 1 unexpected, 2 usage, 3 refused by a rule, 4 cannot unlock,
5 damaged or tampered input. Errors are one sentence on stderr, never a traceback.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence

from cadre_desktop import commands
from cadre_desktop.commands.common import CommandContext
from cadre_desktop.errors import CadreError, InvalidInput, RefusedError, UsageError
from cadre_desktop.i18n import LANGUAGES, gettext, set_language
from cadre_desktop.logs import log_file, setup_logging

log = logging.getLogger("cadre")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(
            "The command is not complete or not right ({detail}); see cadre --help.", detail=message
        )


def build_parser() -> argparse.ArgumentParser:
    _ = gettext
    parser = _Parser(
        prog="cadre",
        description=_("Cadre Desktop: encrypted dossiers of cadres, from the command line."),
    )
    parser.add_argument("--db", metavar="STORE", help=_("the store folder (or CADRE_DB)"))
    parser.add_argument("--lang", choices=LANGUAGES, help=_("language of messages (vi or en)"))
    parser.add_argument(
        "--passphrase-file", metavar="FILE", help=_("read the passphrase from this file")
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for module in commands.MODULES:
        module.register(sub)
    return parser


def _language(argv: Sequence[str]) -> str:
    for index, arg in enumerate(argv):
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
        if arg == "--lang" and index + 1 < len(argv):
            return argv[index + 1]
    return os.environ.get("CADRE_LANG", "vi")


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    language = _language(argv)
    set_language(language if language in LANGUAGES else "vi")
    setup_logging()
    try:
        args = build_parser().parse_args(argv)
        if args.command is None:
            build_parser().print_help()
            return 2
        return int(args.handler(CommandContext(args)) or 0)
    except InvalidInput as error:
        print(error.sentence(), file=sys.stderr)
        for problem in error.problems:
            print(f"  - {problem}", file=sys.stderr)
        return error.exit_code
    except RefusedError as error:
        print(error.sentence(), file=sys.stderr)
        if error.rule_ids:
            print(" ".join(error.rule_ids), file=sys.stderr)
        return error.exit_code
    except CadreError as error:
        print(error.sentence(), file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        print(gettext("Stopped; nothing was changed."), file=sys.stderr)
        return 130
    except Exception:
        log.exception("unexpected error in the command line")
        print(
            gettext(
                "Something unexpected went wrong and nothing was changed; "
                "the technical log is in {path}."
            ).format(path=os.fspath(log_file())),
            file=sys.stderr,
        )
        return 1


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
