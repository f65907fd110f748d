"""Capability branches (0002 personnel, 0003 yearly records, 0005 targets, 0006 oversight and
training, 0007 list order, and each later capability's own) upgrade from 0001 in any order and
leave exactly the schema the models declare. Every order would be n! cases; each head first,
and all of them reversed, puts every head both before and after each other one."""

from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from cadre_desktop.domain.model import Base
from cadre_desktop.storage import migrate
from cadre_desktop.storage.engine import connect, make_engine

KEY = bytes(range(32))


def _not_search_index(obj, name, type_, reflected, compare_to):  # type: ignore[no-untyped-def]
    return not (type_ == "table" and name and name.startswith("cadre_search"))


def _new_engine(path: Path):  # type: ignore[no-untyped-def]
    connect(path, KEY, must_exist=False).close()  # an empty encrypted database
    return make_engine(path, KEY)


HEADS = sorted(migrate.head_revisions())
ORDERS = [(head, *(h for h in HEADS if h != head)) for head in HEADS] + [tuple(reversed(HEADS))]


@pytest.mark.parametrize("order", ORDERS)
def test_every_head_in_every_order(tmp_path: Path, order: tuple[str, ...]) -> None:
    engine = _new_engine(tmp_path / "schema.db")
    with engine.begin() as connection:
        config = migrate._config(connection)
        command.upgrade(config, "0001")
        for revision in order:
            command.upgrade(config, revision)
        assert migrate.current_revisions(connection) == migrate.head_revisions()
        context = MigrationContext.configure(
            connection, opts={"include_object": _not_search_index, "compare_type": True}
        )
        assert compare_metadata(context, Base.metadata) == []
    engine.dispose()


@pytest.mark.parametrize("branch", ["0002", "0005", "0007"])
def test_a_branch_downgrades_cleanly(tmp_path: Path, branch: str) -> None:
    engine = _new_engine(tmp_path / "schema.db")
    with engine.begin() as connection:
        config = migrate._config(connection)
        command.upgrade(config, branch)
        command.downgrade(config, "0001")
        command.upgrade(config, branch)
        assert branch in migrate.current_revisions(connection)
    engine.dispose()


def test_the_oversight_branch_downgrades_cleanly(tmp_path: Path) -> None:
    engine = _new_engine(tmp_path / "schema.db")
    with engine.begin() as connection:
        config = migrate._config(connection)
        command.upgrade(config, "heads")
        command.downgrade(config, "0006@-1")
        assert "0006" not in migrate.current_revisions(connection)
        command.upgrade(config, "heads")
        assert migrate.current_revisions(connection) == migrate.head_revisions()
    engine.dispose()
