"""A guard against a PySide6 6.12 reference-count bug on Python 3.11.

There, every ``Signal.emit()`` returns ``True`` without the reference it hands back, and every
``QThread.run`` written in Python gives back a reference to ``None`` it never took; after a few
hundred emits the interpreter aborts ("deallocating True"). Python 3.12 made these singletons
immortal by giving them a huge count; here they get the same reserve once, at import, so that
no number of emits in a working day can reach zero. (A ``Signal(list)`` also drops a reference
to each item it carries: the screens pass lists as ``Signal(object)``.)
"""

from __future__ import annotations

import ctypes
import sys

RESERVE = 1 << 40


def guard() -> None:
    if sys.version_info >= (3, 12) or getattr(guard, "done", False):
        return
    for singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(singleton)).value += RESERVE
    guard.done = True  # type: ignore[attr-defined]
