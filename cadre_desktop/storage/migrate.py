"""Schema versions: which revision a store is at, and upgrading it (Alembic, in ``db/``)."""

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


def head_revision() -> str:
    head = _scripts().get_current_head()
    assert head is not None
    return head


@cache
def known_revisions() -> frozenset[str]:
    return frozenset(rev.revision for rev in _scripts().walk_revisions())


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def needs_upgrade(connection: Connection) -> bool:
    """True when the store is older than this app; refuses a store from a newer app."""
    current = current_revision(connection)
    if current is not None and current not in known_revisions():
        raise DamagedError(
            "This store was written by a newer version of Cadre Desktop; "
            "install that version to open it."
        )
    return current != head_revision()


def upgrade(connection: Connection) -> None:
    command.upgrade(_config(connection), "head")
