"""Schema versions: which revisions a store is at, and upgrading it (Alembic, in ``db/``).

Capabilities may add their migrations on separate branches from any earlier revision;
a store is up to date when it is at every head.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection

from cadre_desktop.errors import DamagedError


def _config(connection: Connection | None = None) -> Config:
    import db

    config = Config()
    config.set_main_option("script_location", str(Path(db.__file__).parent))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


@cache
def _scripts() -> ScriptDirectory:
    return ScriptDirectory.from_config(_config())


@cache
def head_revisions() -> frozenset[str]:
    return frozenset(_scripts().get_heads())


@cache
def known_revisions() -> frozenset[str]:
    return frozenset(rev.revision for rev in _scripts().walk_revisions())


def current_revisions(connection: Connection) -> frozenset[str]:
    return frozenset(MigrationContext.configure(connection).get_current_heads())


def needs_upgrade(connection: Connection) -> bool:
    """True when the store is older than this app; refuses a store from a newer app."""
    current = current_revisions(connection)
    if current - known_revisions():
        raise DamagedError(
            "This store was written by a newer version of Cadre Desktop; "
            "install that version to open it."
        )
    return current != head_revisions()


def upgrade(connection: Connection) -> None:
    command.upgrade(_config(connection), "heads")
