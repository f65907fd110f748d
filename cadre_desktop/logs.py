"""The technical log: where a crash is recorded, without any personal data."""

from __future__ import annotations

import logging
import logging.handlers
import traceback
from pathlib import Path

from cadre_desktop.paths import log_dir

LOG_NAME = "cadre.log"


class NoPersonalDataFormatter(logging.Formatter):
    """Keeps where an error happened (the frames) but drops its message, which may quote data."""

    def formatException(self, ei):  # type: ignore[no-untyped-def]  # noqa: N802
        exc_type, _exc, tb = ei
        frames = "".join(traceback.format_tb(tb))
        name = exc_type.__name__ if exc_type else "Exception"
        return f"Traceback (message withheld):\n{frames}{name}"


def log_file() -> Path:
    return log_dir() / LOG_NAME


def setup_logging() -> Path:
    """Send warnings and errors to a small rotating file; idempotent."""
    root = logging.getLogger("cadre")
    path = log_file()
    if not root.handlers:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            handler: logging.Handler = logging.handlers.RotatingFileHandler(
                path, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
            )
        except OSError:
            handler = logging.NullHandler()
        handler.setFormatter(
            NoPersonalDataFormatter("%(asctime)s %(levelname)s %(name)s %(message)s")
        )
        root.addHandler(handler)
        root.setLevel(logging.WARNING)
        root.propagate = False
    return path
