"""Targets of a resolution as data: versioned target sets and their indicators.

Revision ID: 0005
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0001"
branch_labels = None
depends_on = None


def _synced() -> list[sa.Column[object]]:
    return [
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin", sa.String(length=36), nullable=False),
        sa.Column("counter", sa.Integer(), nullable=False),
        sa.Column("version", sa.JSON(), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "target_set",
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("legal_basis", sa.String(length=300), nullable=False),
        sa.Column("start_year", sa.Integer(), nullable=False),
        sa.Column("end_year", sa.Integer(), nullable=False),
        sa.Column("entered_by", sa.String(length=120), nullable=False),
        sa.Column("entered_at", sa.String(length=32), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        *_synced(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_target_set")),
        sa.UniqueConstraint("code", "revision", name=op.f("uq_target_set_code")),
    )
    op.create_table(
        "target_indicator",
        sa.Column("set_id", sa.String(length=36), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=10), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("wording", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("population", sa.String(length=30), nullable=False),
        sa.Column("condition", sa.String(length=30), nullable=False),
        sa.Column("params", sa.JSON(), nullable=False),
        sa.Column("comparison", sa.String(length=10), nullable=False),
        sa.Column("target", sa.String(length=20), nullable=False),
        sa.Column("target_high", sa.String(length=20), nullable=True),
        sa.Column("legal_basis", sa.String(length=300), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        *_synced(),
        sa.ForeignKeyConstraint(
            ["set_id"],
            ["target_set.id"],
            name=op.f("fk_target_indicator_set_id_target_set"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_target_indicator")),
    )
    op.create_index(
        op.f("ix_target_indicator_set_id"), "target_indicator", ["set_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_target_indicator_set_id"), table_name="target_indicator")
    op.drop_table("target_indicator")
    op.drop_table("target_set")
