"""Oversight register and training plans: matters with their events and scans, revocations of
wrong decisions, courses and the cadres assigned to them; an index of the titles held.

Revision ID: 0006
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("posting", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_posting_title_code"), ["title_code"], unique=False)

    op.create_table(
        "course",
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "professional",
                "political_theory",
                "state_management",
                "defence_security",
                "it",
                "language",
                "other",
                name="trainingkind",
                native_enum=False,
            ),
            nullable=False,
        ),
        sa.Column("level", sa.String(length=30), nullable=True),
        sa.Column("language", sa.String(length=30), nullable=True),
        sa.Column("provincial", sa.Boolean(), nullable=False),
        sa.Column("institution", sa.String(length=300), nullable=False),
        sa.Column("place", sa.String(length=300), nullable=True),
        sa.Column("form", sa.String(length=30), nullable=True),
        sa.Column("start", sa.String(length=10), nullable=False),
        sa.Column("end", sa.String(length=10), nullable=False),
        sa.Column("capacity", sa.Integer(), nullable=True),
        sa.Column(
            "status",
            sa.Enum("planned", "completed", "cancelled", name="coursestatus", native_enum=False),
            nullable=False,
        ),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin", sa.String(length=36), nullable=False),
        sa.Column("counter", sa.Integer(), nullable=False),
        sa.Column("version", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_course")),
    )
    op.create_table(
        "enrollment",
        sa.Column("course_id", sa.String(length=36), nullable=False),
        sa.Column("cadre_id", sa.String(length=36), nullable=False),
        sa.Column("need", sa.String(length=40), nullable=True),
        sa.Column("assigned_on", sa.String(length=10), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "assigned",
                "completed",
                "failed",
                "withdrawn",
                name="enrollmentstatus",
                native_enum=False,
            ),
            nullable=False,
        ),
        sa.Column("result_on", sa.String(length=10), nullable=True),
        sa.Column("qualification", sa.String(length=200), nullable=True),
        sa.Column("score", sa.String(length=20), nullable=True),
        sa.Column("training_id", sa.String(length=36), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin", sa.String(length=36), nullable=False),
        sa.Column("counter", sa.Integer(), nullable=False),
        sa.Column("version", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["cadre_id"], ["cadre.id"], name=op.f("fk_enrollment_cadre_id_cadre")
        ),
        sa.ForeignKeyConstraint(
            ["course_id"],
            ["course.id"],
            name=op.f("fk_enrollment_course_id_course"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_enrollment")),
        sa.UniqueConstraint("course_id", "cadre_id", name=op.f("uq_enrollment_course_id")),
    )
    with op.batch_alter_table("enrollment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_enrollment_cadre_id"), ["cadre_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_enrollment_course_id"), ["course_id"], unique=False)

    op.create_table(
        "matter",
        sa.Column("number", sa.String(length=40), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "complaint",
                "denunciation",
                "recommendation",
                "inspection",
                "audit",
                "investigation",
                "position_buying",
                name="matterkind",
                native_enum=False,
            ),
            nullable=False,
        ),
        sa.Column("source", sa.String(length=300), nullable=False),
        sa.Column("complainant", sa.String(length=200), nullable=True),
        sa.Column("anonymous", sa.Boolean(), nullable=False),
        sa.Column("received_on", sa.String(length=10), nullable=False),
        sa.Column("cadre_id", sa.String(length=36), nullable=True),
        sa.Column("subject_name", sa.String(length=120), nullable=True),
        sa.Column("target_kind", sa.String(length=20), nullable=True),
        sa.Column("target_id", sa.String(length=36), nullable=True),
        sa.Column("summary", sa.String(length=300), nullable=False),
        sa.Column("content", sa.Text(), nullable=True),
        sa.Column("grounds", sa.String(length=200), nullable=False),
        sa.Column(
            "sensitivity",
            sa.Enum("normal", "restricted", "secret", name="sensitivity", native_enum=False),
            nullable=False,
        ),
        sa.Column("handling_body", sa.String(length=200), nullable=True),
        sa.Column("handler", sa.String(length=120), nullable=True),
        sa.Column("assigned_on", sa.String(length=10), nullable=True),
        sa.Column("due_on", sa.String(length=10), nullable=False),
        sa.Column("extensions", sa.Integer(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "received",
                "assigned",
                "verifying",
                "concluded",
                "closed",
                name="matterstatus",
                native_enum=False,
            ),
            nullable=False,
        ),
        sa.Column(
            "outcome",
            sa.Enum(
                "founded",
                "partly_founded",
                "unfounded",
                "not_accepted",
                "transferred",
                name="matteroutcome",
                native_enum=False,
            ),
            nullable=True,
        ),
        sa.Column("concluded_on", sa.String(length=10), nullable=True),
        sa.Column("conclusion", sa.Text(), nullable=True),
        sa.Column("conclusion_number", sa.String(length=60), nullable=True),
        sa.Column("conclusion_body", sa.String(length=200), nullable=True),
        sa.Column("closed_on", sa.String(length=10), nullable=True),
        sa.Column("discipline_id", sa.String(length=36), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin", sa.String(length=36), nullable=False),
        sa.Column("counter", sa.Integer(), nullable=False),
        sa.Column("version", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(["cadre_id"], ["cadre.id"], name=op.f("fk_matter_cadre_id_cadre")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_matter")),
        sa.UniqueConstraint("number", name=op.f("uq_matter_number")),
    )
    with op.batch_alter_table("matter", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_matter_cadre_id"), ["cadre_id"], unique=False)
        batch_op.create_index("ix_matter_status", ["status"], unique=False)

    op.create_table(
        "matter_event",
        sa.Column("matter_id", sa.String(length=36), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("day", sa.String(length=10), nullable=False),
        sa.Column("action", sa.String(length=20), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "received",
                "assigned",
                "verifying",
                "concluded",
                "closed",
                name="matterstatus",
                native_enum=False,
            ),
            nullable=False,
        ),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("actor", sa.String(length=120), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin", sa.String(length=36), nullable=False),
        sa.Column("counter", sa.Integer(), nullable=False),
        sa.Column("version", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["matter_id"],
            ["matter.id"],
            name=op.f("fk_matter_event_matter_id_matter"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_matter_event")),
    )
    with op.batch_alter_table("matter_event", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_matter_event_matter_id"), ["matter_id"], unique=False)

    op.create_table(
        "matter_scan",
        sa.Column("matter_id", sa.String(length=36), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("filename", sa.String(length=255), nullable=False),
        sa.Column("media_type", sa.String(length=100), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("document_date", sa.String(length=10), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin", sa.String(length=36), nullable=False),
        sa.Column("counter", sa.Integer(), nullable=False),
        sa.Column("version", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["matter_id"],
            ["matter.id"],
            name=op.f("fk_matter_scan_matter_id_matter"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["sha256"], ["blob.sha256"], name=op.f("fk_matter_scan_sha256_blob")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_matter_scan")),
    )
    with op.batch_alter_table("matter_scan", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_matter_scan_matter_id"), ["matter_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_matter_scan_sha256"), ["sha256"], unique=False)

    op.create_table(
        "revocation",
        sa.Column("cadre_id", sa.String(length=36), nullable=False),
        sa.Column("target_kind", sa.String(length=20), nullable=False),
        sa.Column("target_id", sa.String(length=36), nullable=False),
        sa.Column("matter_id", sa.String(length=36), nullable=True),
        sa.Column("effective", sa.String(length=10), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("effects", sa.JSON(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin", sa.String(length=36), nullable=False),
        sa.Column("counter", sa.Integer(), nullable=False),
        sa.Column("version", sa.JSON(), nullable=False),
        sa.Column("decision_number", sa.String(length=60), nullable=True),
        sa.Column("decision_date", sa.String(length=10), nullable=True),
        sa.Column("decision_signer", sa.String(length=120), nullable=True),
        sa.Column("decision_body", sa.String(length=200), nullable=True),
        sa.ForeignKeyConstraint(
            ["cadre_id"], ["cadre.id"], name=op.f("fk_revocation_cadre_id_cadre")
        ),
        sa.ForeignKeyConstraint(
            ["matter_id"], ["matter.id"], name=op.f("fk_revocation_matter_id_matter")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_revocation")),
        sa.UniqueConstraint("target_kind", "target_id", name=op.f("uq_revocation_target_kind")),
    )
    with op.batch_alter_table("revocation", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_revocation_cadre_id"), ["cadre_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_revocation_matter_id"), ["matter_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("posting", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_posting_title_code"))

    with op.batch_alter_table("revocation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_revocation_matter_id"))
        batch_op.drop_index(batch_op.f("ix_revocation_cadre_id"))

    op.drop_table("revocation")
    with op.batch_alter_table("matter_scan", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_matter_scan_sha256"))
        batch_op.drop_index(batch_op.f("ix_matter_scan_matter_id"))

    op.drop_table("matter_scan")
    with op.batch_alter_table("matter_event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_matter_event_matter_id"))

    op.drop_table("matter_event")
    with op.batch_alter_table("matter", schema=None) as batch_op:
        batch_op.drop_index("ix_matter_status")
        batch_op.drop_index(batch_op.f("ix_matter_cadre_id"))

    op.drop_table("matter")
    with op.batch_alter_table("enrollment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_enrollment_course_id"))
        batch_op.drop_index(batch_op.f("ix_enrollment_cadre_id"))

    op.drop_table("enrollment")
    op.drop_table("course")
