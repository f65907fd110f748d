"""File writes that never leave a half-written file that looks whole."""

from __future__ import annotations

import os
from pathlib import Path


def write_atomically(path: Path, data: bytes) -> None:
    """Write to a temporary file beside ``path``, flush it to disk, then rename over ``path``."""
    temporary = path.with_name(f".{path.name}.tmp")
    try:
        with temporary.open("wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        temporary.replace(path)
    except BaseException:  # a full disk or an interrupt leaves no half-written copy behind
        temporary.unlink(missing_ok=True)
        raise
    _sync_directory(path.parent)


def replace_atomically(source: Path, target: Path) -> None:
    """Move a finished file into place in one step."""
    source.replace(target)
    _sync_directory(target.parent)


def _sync_directory(directory: Path) -> None:
    """Make the rename itself durable (POSIX; Windows commits renames on its own)."""
    if os.name != "posix":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
