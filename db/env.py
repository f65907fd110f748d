"""Alembic environment: migrations always run on a connection the store hands over."""

from __future__ import annotations

from alembic import context

from cadre_desktop.domain.model import Base

SEARCH_TABLES = {"cadre_search"}


def include_object(obj, name, type_, reflected, compare_to):  # type: ignore[no-untyped-def]
    """The FTS5 search index and its shadow tables are not described by the models."""
    search = bool(name) and (name in SEARCH_TABLES or name.startswith("cadre_search_"))
    return not (type_ == "table" and search)


connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    include_object=include_object,
)
with context.begin_transaction():
    context.run_migrations()
