"""SQLCipher connections and the SQLAlchemy engine over them (DESIGN.md §2)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool

from cadre_desktop.errors import DamagedError

CACHE_KIB = 32 * 1024  # 16× SQLite's default; enough for lists, modest for old PCs
BUSY_TIMEOUT_MS = 10_000


def connect(db_path: Path, key: bytes, *, must_exist: bool = True) -> Any:
    """Open, key and check one SQLCipher connection, then set the per-connection pragmas.

    The order matters: logging off before the key, the key, one read (a wrong key fails
    there, before anything can be written), then WAL, foreign keys and the page cache.
    """
    if must_exist and not db_path.exists():
        raise DamagedError("The store's database file is missing; restore it from a backup.")
    uri = f"{db_path.resolve().as_uri()}?mode={'rw' if must_exist else 'rwc'}"
    connection = sqlcipher3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    try:
        connection.execute("PRAGMA cipher_log_level = NONE")
        connection.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError as exc:
        connection.close()
        raise DamagedError(
            "The store's database cannot be read: it is damaged or belongs to another "
            "key file; restore it from a backup."
        ) from exc
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("PRAGMA foreign_keys = ON")
    connection.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    connection.execute("PRAGMA temp_store = MEMORY")
    connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    return connection


def make_engine(db_path: Path, key: bytes) -> Engine:
    """An engine whose every connection is keyed; parameters never reach logs or errors."""
    engine = create_engine(
        "sqlite://",
        module=sqlcipher3,
        creator=lambda: connect(db_path, key),
        hide_parameters=True,
        poolclass=QueuePool,
        pool_size=4,
        max_overflow=4,
    )

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        # The driver runs in autocommit mode; we say when a transaction starts. A writer
        # takes the write lock up front so two writers never deadlock on upgrade.
        writer = conn.get_execution_options().get("cadre_writer", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if writer else "BEGIN")

    return engine
