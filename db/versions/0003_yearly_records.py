"""Yearly records: the evaluation's self-review, score sheet, reviews and re-ratings, and the
asset and income declarations with their people, items and changes.

Revision ID: 0003
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table(
        "asset_declaration",
        sa.Column("cadre_id", sa.String(length=36), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "first",
                "annual",
                "supplementary",
                "personnel",
                name="declarationkind",
                native_enum=False,
            ),
            nullable=False,
        ),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("declared_on", sa.String(length=10), nullable=False),
        sa.Column("post_taken_on", sa.String(length=10), nullable=True),
        sa.Column("appointment_expected_on", sa.String(length=10), nullable=True),
        sa.Column(
            "status",
            sa.Enum("draft", "completed", name="declarationstatus", native_enum=False),
            nullable=False,
        ),
        sa.Column("no_change", sa.Boolean(), nullable=False),
        sa.Column("previous_id", sa.String(length=36), nullable=True),
        sa.Column("received_by", sa.String(length=200), nullable=True),
        sa.Column("received_on", sa.String(length=10), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin", sa.String(length=36), nullable=False),
        sa.Column("counter", sa.Integer(), nullable=False),
        sa.Column("version", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["cadre_id"],
            ["cadre.id"],
            name=op.f("fk_asset_declaration_cadre_id_cadre"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["previous_id"],
            ["asset_declaration.id"],
            name=op.f("fk_asset_declaration_previous_id_asset_declaration"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_asset_declaration")),
    )
    with op.batch_alter_table("asset_declaration", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_asset_declaration_cadre_id"), ["cadre_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_asset_declaration_previous_id"), ["previous_id"], unique=False
        )

    op.create_table(
        "asset_item",
        sa.Column("category", sa.String(length=4), nullable=False),
        sa.Column("ref", sa.String(length=120), nullable=True),
        sa.Column("description", sa.String(length=500), nullable=False),
        sa.Column(
            "holder",
            sa.Enum("declarant", "spouse", "child", "joint", name="holder", native_enum=False),
            nullable=True,
        ),
        sa.Column("quantity", sa.String(length=24), nullable=True),
        sa.Column("quantity_unit", sa.String(length=20), nullable=True),
        sa.Column("value_vnd", sa.BigInteger(), nullable=True),
        sa.Column("estimated", sa.Boolean(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=True),
        sa.Column("foreign_amount", sa.String(length=24), nullable=True),
        sa.Column("certificate", sa.String(length=300), nullable=True),
        sa.Column("country", sa.String(length=100), nullable=True),
        sa.Column("other", sa.Text(), nullable=True),
        sa.Column("declaration_id", sa.String(length=36), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin", sa.String(length=36), nullable=False),
        sa.Column("counter", sa.Integer(), nullable=False),
        sa.Column("version", sa.JSON(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["declaration_id"],
            ["asset_declaration.id"],
            name=op.f("fk_asset_item_declaration_id_asset_declaration"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_asset_item")),
    )
    with op.batch_alter_table("asset_item", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_asset_item_declaration_id"), ["declaration_id"], unique=False
        )

    op.create_table(
        "declaration_change",
        sa.Column("category", sa.String(length=4), nullable=False),
        sa.Column("ref", sa.String(length=120), nullable=True),
        sa.Column(
            "direction",
            sa.Enum("increase", "decrease", name="changedirection", native_enum=False),
            nullable=False,
        ),
        sa.Column("quantity", sa.String(length=24), nullable=True),
        sa.Column("value_vnd", sa.BigInteger(), nullable=False),
        sa.Column("explanation", sa.Text(), nullable=True),
        sa.Column("declaration_id", sa.String(length=36), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin", sa.String(length=36), nullable=False),
        sa.Column("counter", sa.Integer(), nullable=False),
        sa.Column("version", sa.JSON(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["declaration_id"],
            ["asset_declaration.id"],
            name=op.f("fk_declaration_change_declaration_id_asset_declaration"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_declaration_change")),
    )
    with op.batch_alter_table("declaration_change", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_declaration_change_declaration_id"), ["declaration_id"], unique=False
        )

    op.create_table(
        "declaration_person",
        sa.Column(
            "role",
            sa.Enum("declarant", "spouse", "child", "joint", name="holder", native_enum=False),
            nullable=False,
        ),
        sa.Column("full_name", sa.String(length=120), nullable=False),
        sa.Column("birth_date", sa.String(length=10), nullable=True),
        sa.Column("id_number", sa.String(length=12), nullable=True),
        sa.Column("position", sa.String(length=300), nullable=True),
        sa.Column("workplace", sa.String(length=300), nullable=True),
        sa.Column("residence", sa.String(length=300), nullable=True),
        sa.Column("declaration_id", sa.String(length=36), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin", sa.String(length=36), nullable=False),
        sa.Column("counter", sa.Integer(), nullable=False),
        sa.Column("version", sa.JSON(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["declaration_id"],
            ["asset_declaration.id"],
            name=op.f("fk_declaration_person_declaration_id_asset_declaration"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_declaration_person")),
    )
    with op.batch_alter_table("declaration_person", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_declaration_person_declaration_id"), ["declaration_id"], unique=False
        )

    op.create_table(
        "evaluation_check",
        sa.Column("item", sa.String(length=8), nullable=False),
        sa.Column(
            "state",
            sa.Enum("none", "present", "remedied", name="checkstate", native_enum=False),
            nullable=False,
        ),
        sa.Column("remark", sa.Text(), nullable=True),
        sa.Column("evaluation_id", sa.String(length=36), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin", sa.String(length=36), nullable=False),
        sa.Column("counter", sa.Integer(), nullable=False),
        sa.Column("version", sa.JSON(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["evaluation_id"],
            ["evaluation.id"],
            name=op.f("fk_evaluation_check_evaluation_id_evaluation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_evaluation_check")),
        sa.UniqueConstraint(
            "evaluation_id", "item", name=op.f("uq_evaluation_check_evaluation_id")
        ),
    )
    with op.batch_alter_table("evaluation_check", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_evaluation_check_evaluation_id"), ["evaluation_id"], unique=False
        )

    op.create_table(
        "evaluation_review",
        sa.Column(
            "venue",
            sa.Enum(
                "party_cell",
                "leadership_collective",
                "other",
                name="reviewvenue",
                native_enum=False,
            ),
            nullable=False,
        ),
        sa.Column("body", sa.String(length=300), nullable=True),
        sa.Column("held_on", sa.String(length=10), nullable=True),
        sa.Column("remarks", sa.Text(), nullable=True),
        sa.Column(
            "proposed_rating",
            sa.Enum(
                "excellent", "good", "completed", "not_completed", name="rating", native_enum=False
            ),
            nullable=True,
        ),
        sa.Column("evaluation_id", sa.String(length=36), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin", sa.String(length=36), nullable=False),
        sa.Column("counter", sa.Integer(), nullable=False),
        sa.Column("version", sa.JSON(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["evaluation_id"],
            ["evaluation.id"],
            name=op.f("fk_evaluation_review_evaluation_id_evaluation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_evaluation_review")),
    )
    with op.batch_alter_table("evaluation_review", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_evaluation_review_evaluation_id"), ["evaluation_id"], unique=False
        )

    op.create_table(
        "rating_complaint",
        sa.Column("lodged_on", sa.String(length=10), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("resolution", sa.Text(), nullable=True),
        sa.Column("resolved_on", sa.String(length=10), nullable=True),
        sa.Column("evaluation_id", sa.String(length=36), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin", sa.String(length=36), nullable=False),
        sa.Column("counter", sa.Integer(), nullable=False),
        sa.Column("version", sa.JSON(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["evaluation_id"],
            ["evaluation.id"],
            name=op.f("fk_rating_complaint_evaluation_id_evaluation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rating_complaint")),
    )
    with op.batch_alter_table("rating_complaint", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_rating_complaint_evaluation_id"), ["evaluation_id"], unique=False
        )

    with op.batch_alter_table("evaluation", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "status",
                sa.Enum("draft", "final", name="evaluationstatus", native_enum=False),
                nullable=False,
                server_default="final",
            )
        )
        batch_op.add_column(sa.Column("revision", sa.Integer(), nullable=False, server_default="0"))
        batch_op.add_column(sa.Column("amends_id", sa.String(length=36), nullable=True))
        batch_op.add_column(sa.Column("rerating_reason", sa.Text(), nullable=True))
        batch_op.add_column(
            sa.Column("leader", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch_op.add_column(sa.Column("comparable_group", sa.String(length=120), nullable=True))
        batch_op.add_column(
            sa.Column("outstanding_unit", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch_op.add_column(sa.Column("results", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("commitment_signed", sa.Boolean(), nullable=True))
        batch_op.add_column(
            sa.Column(
                "self_rating",
                sa.Enum(
                    "excellent",
                    "good",
                    "completed",
                    "not_completed",
                    name="rating",
                    native_enum=False,
                ),
                nullable=True,
            )
        )
        batch_op.add_column(sa.Column("score_general", sa.String(length=24), nullable=True))
        batch_op.add_column(sa.Column("score_tasks", sa.String(length=24), nullable=True))
        batch_op.add_column(sa.Column("tasks_total", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("tasks_done", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("tasks_exceeding", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("tasks_late", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("shortcomings_previous", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("shortcomings_remedied", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("unit_tasks_percent", sa.String(length=24), nullable=True))
        batch_op.add_column(
            sa.Column(
                "unit_targets_failed", sa.Boolean(), nullable=False, server_default=sa.false()
            )
        )
        batch_op.add_column(
            sa.Column("units_not_completed_percent", sa.String(length=24), nullable=True)
        )
        batch_op.add_column(
            sa.Column("low_confidence_percent", sa.String(length=24), nullable=True)
        )
        batch_op.add_column(
            sa.Column("disciplined", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch_op.add_column(
            sa.Column(
                "degradation_concluded", sa.Boolean(), nullable=False, server_default=sa.false()
            )
        )
        batch_op.add_column(
            sa.Column(
                "corruption_in_scope", sa.Boolean(), nullable=False, server_default=sa.false()
            )
        )
        batch_op.add_column(sa.Column("appraisal_body", sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column("appraisal", sa.Text(), nullable=True))
        batch_op.add_column(
            sa.Column(
                "proposed_rating",
                sa.Enum(
                    "excellent",
                    "good",
                    "completed",
                    "not_completed",
                    name="rating",
                    native_enum=False,
                ),
                nullable=True,
            )
        )
        batch_op.add_column(sa.Column("rated_by", sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column("rated_on", sa.String(length=10), nullable=True))
        batch_op.add_column(sa.Column("disclosed_on", sa.String(length=10), nullable=True))
        batch_op.add_column(sa.Column("decision_number", sa.String(length=60), nullable=True))
        batch_op.add_column(sa.Column("decision_date", sa.String(length=10), nullable=True))
        batch_op.add_column(sa.Column("decision_signer", sa.String(length=120), nullable=True))
        batch_op.add_column(sa.Column("decision_body", sa.String(length=200), nullable=True))
        batch_op.alter_column("rating", existing_type=sa.VARCHAR(length=13), nullable=True)
        batch_op.drop_constraint(batch_op.f("uq_evaluation_cadre_id"), type_="unique")
        batch_op.create_unique_constraint(
            batch_op.f("uq_evaluation_cadre_id"), ["cadre_id", "year", "quarter", "revision"]
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_evaluation_amends_id_evaluation"), "evaluation", ["amends_id"], ["id"]
        )
        batch_op.create_index(batch_op.f("ix_evaluation_amends_id"), ["amends_id"], unique=False)


def downgrade() -> None:
    for table in (
        "rating_complaint",
        "evaluation_review",
        "evaluation_check",
        "declaration_change",
        "declaration_person",
        "asset_item",
        "asset_declaration",
    ):
        op.drop_table(table)
    with op.batch_alter_table("evaluation", schema=None) as batch_op:
        batch_op.drop_index("ix_evaluation_amends_id")
        batch_op.drop_constraint("fk_evaluation_amends_id_evaluation", type_="foreignkey")
        batch_op.drop_constraint("uq_evaluation_cadre_id", type_="unique")
        batch_op.create_unique_constraint("uq_evaluation_cadre_id", ["cadre_id", "year", "quarter"])
        for column in EVALUATION_COLUMNS:
            batch_op.drop_column(column)


EVALUATION_COLUMNS = (
    "status",
    "revision",
    "amends_id",
    "rerating_reason",
    "leader",
    "comparable_group",
    "outstanding_unit",
    "results",
    "commitment_signed",
    "self_rating",
    "score_general",
    "score_tasks",
    "tasks_total",
    "tasks_done",
    "tasks_exceeding",
    "tasks_late",
    "shortcomings_previous",
    "shortcomings_remedied",
    "unit_tasks_percent",
    "unit_targets_failed",
    "units_not_completed_percent",
    "low_confidence_percent",
    "disciplined",
    "degradation_concluded",
    "corruption_in_scope",
    "appraisal_body",
    "appraisal",
    "proposed_rating",
    "rated_by",
    "rated_on",
    "disclosed_on",
    "decision_number",
    "decision_date",
    "decision_signer",
    "decision_body",
)
