"""The schema's history: an empty store upgraded to head matches the models exactly."""

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from cadre_desktop.domain.model import Base
from cadre_desktop.storage import migrate


def test_empty_to_head_equals_the_models(store) -> None:
    with store.engine.connect() as connection:
        assert migrate.current_revisions(connection) == migrate.head_revisions()
        context = MigrationContext.configure(
            connection,
            opts={"include_object": _not_search_index, "compare_type": True},
        )
        assert compare_metadata(context, Base.metadata) == []


def _not_search_index(obj, name, type_, reflected, compare_to):  # type: ignore[no-untyped-def]
    return not (type_ == "table" and name and name.startswith("cadre_search"))
