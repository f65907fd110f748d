"""The list's name and birth-date orders as indexes (with the name order's sort key and id as
tie-breakers), so a page of a broad search is read in order and stops after the page instead of
sorting every match.

Revision ID: 0007
Revises: 0001
"""

from __future__ import annotations

from alembic import op

revision = "0007"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("cadre", schema=None) as batch_op:
        batch_op.drop_index("ix_cadre_sort_key")
        batch_op.create_index("ix_cadre_name_order", ["sort_key", "id"], unique=False)
        batch_op.create_index(
            "ix_cadre_birth_order", ["birth_date", "sort_key", "id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("cadre", schema=None) as batch_op:
        batch_op.drop_index("ix_cadre_birth_order")
        batch_op.drop_index("ix_cadre_name_order")
        batch_op.create_index("ix_cadre_sort_key", ["sort_key"], unique=False)
