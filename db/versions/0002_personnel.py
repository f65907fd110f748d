"""Personnel work: political-standard clearance details, planning, proposals, ballots, unit
opinions, decisions, rotations, unit localities and the administrator's rule parameters.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "planning_term",
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("start_year", sa.Integer(), nullable=False),
        sa.Column("end_year", sa.Integer(), nullable=False),
        sa.Column("reference_date", sa.String(length=10), nullable=False),
        sa.Column("approving_level", sa.String(length=200), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin", sa.String(length=36), nullable=False),
        sa.Column("counter", sa.Integer(), nullable=False),
        sa.Column("version", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_planning_term")),
        sa.UniqueConstraint("code", name=op.f("uq_planning_term_code")),
    )
    op.create_table(
        "rule_parameter",
        sa.Column("id", sa.String(length=60), nullable=False),
        sa.Column("key", sa.String(length=80), nullable=False),
        sa.Column("value", sa.String(length=30), nullable=False),
        sa.Column("layer", sa.String(length=20), nullable=False),
        sa.Column("legal_basis", sa.String(length=300), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=True),
        sa.Column("valid_to", sa.Date(), nullable=True),
        sa.Column("editable", sa.Boolean(), nullable=False),
        sa.Column("confidence", sa.String(length=1), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rule_parameter")),
    )
    op.create_table(
        "planned_title",
        sa.Column("term_id", sa.String(length=36), nullable=False),
        sa.Column("title_code", sa.String(length=60), nullable=False),
        sa.Column("seats", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin", sa.String(length=36), nullable=False),
        sa.Column("counter", sa.Integer(), nullable=False),
        sa.Column("version", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["term_id"], ["planning_term.id"], name=op.f("fk_planned_title_term_id_planning_term")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_planned_title")),
        sa.UniqueConstraint("term_id", "title_code", name=op.f("uq_planned_title_term_id")),
    )
    op.create_index(op.f("ix_planned_title_term_id"), "planned_title", ["term_id"], unique=False)
    op.create_table(
        "planning_entry",
        sa.Column("term_code", sa.String(length=20), nullable=False),
        sa.Column("title_code", sa.String(length=60), nullable=False),
        sa.Column(
            "group", sa.Enum("1", "2", name="planninggroup", native_enum=False), nullable=False
        ),
        sa.Column("start", sa.String(length=10), nullable=False),
        sa.Column("end", sa.String(length=10), nullable=True),
        sa.Column("removal_reason", sa.Text(), nullable=True),
        sa.Column("removal_decision", sa.String(length=60), nullable=True),
        sa.Column("training_plan", sa.Text(), nullable=True),
        sa.Column("cadre_id", sa.String(length=36), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin", sa.String(length=36), nullable=False),
        sa.Column("counter", sa.Integer(), nullable=False),
        sa.Column("version", sa.JSON(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("decision_number", sa.String(length=60), nullable=True),
        sa.Column("decision_date", sa.String(length=10), nullable=True),
        sa.Column("decision_signer", sa.String(length=120), nullable=True),
        sa.Column("decision_body", sa.String(length=200), nullable=True),
        sa.ForeignKeyConstraint(
            ["cadre_id"],
            ["cadre.id"],
            name=op.f("fk_planning_entry_cadre_id_cadre"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_planning_entry")),
    )
    op.create_index(
        op.f("ix_planning_entry_cadre_id"), "planning_entry", ["cadre_id"], unique=False
    )
    op.create_table(
        "proposal",
        sa.Column("cadre_id", sa.String(length=36), nullable=False),
        sa.Column(
            "kind",
            sa.Enum("appoint", "reappoint", "nominate", name="proposalkind", native_enum=False),
            nullable=False,
        ),
        sa.Column(
            "source",
            sa.Enum("local", "external", name="proposalsource", native_enum=False),
            nullable=False,
        ),
        sa.Column("title_code", sa.String(length=60), nullable=False),
        sa.Column("unit_id", sa.String(length=36), nullable=True),
        sa.Column("seats", sa.Integer(), nullable=False),
        sa.Column("expected_date", sa.String(length=10), nullable=False),
        sa.Column(
            "status",
            sa.Enum("open", "stopped", "decided", name="proposalstatus", native_enum=False),
            nullable=False,
        ),
        sa.Column("components", sa.JSON(), nullable=False),
        sa.Column("photo_date", sa.String(length=10), nullable=True),
        sa.Column("health_certificate_date", sa.String(length=10), nullable=True),
        sa.Column("special_case", sa.Text(), nullable=True),
        sa.Column("department_leader", sa.Boolean(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin", sa.String(length=36), nullable=False),
        sa.Column("counter", sa.Integer(), nullable=False),
        sa.Column("version", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["cadre_id"], ["cadre.id"], name=op.f("fk_proposal_cadre_id_cadre")
        ),
        sa.ForeignKeyConstraint(["unit_id"], ["unit.id"], name=op.f("fk_proposal_unit_id_unit")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_proposal")),
    )
    op.create_index(op.f("ix_proposal_cadre_id"), "proposal", ["cadre_id"], unique=False)
    op.create_table(
        "rotation",
        sa.Column("cadre_id", sa.String(length=36), nullable=False),
        sa.Column("unit_id", sa.String(length=36), nullable=True),
        sa.Column("title_code", sa.String(length=60), nullable=False),
        sa.Column("start", sa.String(length=10), nullable=False),
        sa.Column("planned_end", sa.String(length=10), nullable=False),
        sa.Column(
            "status",
            sa.Enum("planned", "moved", name="rotationstatus", native_enum=False),
            nullable=False,
        ),
        sa.Column("posting_id", sa.String(length=36), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin", sa.String(length=36), nullable=False),
        sa.Column("counter", sa.Integer(), nullable=False),
        sa.Column("version", sa.JSON(), nullable=False),
        sa.Column("decision_number", sa.String(length=60), nullable=True),
        sa.Column("decision_date", sa.String(length=10), nullable=True),
        sa.Column("decision_signer", sa.String(length=120), nullable=True),
        sa.Column("decision_body", sa.String(length=200), nullable=True),
        sa.ForeignKeyConstraint(
            ["cadre_id"], ["cadre.id"], name=op.f("fk_rotation_cadre_id_cadre")
        ),
        sa.ForeignKeyConstraint(["unit_id"], ["unit.id"], name=op.f("fk_rotation_unit_id_unit")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rotation")),
    )
    op.create_index(op.f("ix_rotation_cadre_id"), "rotation", ["cadre_id"], unique=False)
    op.create_table(
        "decision",
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("cadre_id", sa.String(length=36), nullable=False),
        sa.Column("proposal_id", sa.String(length=36), nullable=True),
        sa.Column("effective", sa.String(length=10), nullable=False),
        sa.Column("title_code", sa.String(length=60), nullable=True),
        sa.Column("unit_id", sa.String(length=36), nullable=True),
        sa.Column("term_end", sa.String(length=10), nullable=True),
        sa.Column("posting_id", sa.String(length=36), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin", sa.String(length=36), nullable=False),
        sa.Column("counter", sa.Integer(), nullable=False),
        sa.Column("version", sa.JSON(), nullable=False),
        sa.Column("decision_number", sa.String(length=60), nullable=True),
        sa.Column("decision_date", sa.String(length=10), nullable=True),
        sa.Column("decision_signer", sa.String(length=120), nullable=True),
        sa.Column("decision_body", sa.String(length=200), nullable=True),
        sa.ForeignKeyConstraint(
            ["cadre_id"], ["cadre.id"], name=op.f("fk_decision_cadre_id_cadre")
        ),
        sa.ForeignKeyConstraint(
            ["proposal_id"], ["proposal.id"], name=op.f("fk_decision_proposal_id_proposal")
        ),
        sa.ForeignKeyConstraint(["unit_id"], ["unit.id"], name=op.f("fk_decision_unit_id_unit")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_decision")),
    )
    op.create_index(op.f("ix_decision_cadre_id"), "decision", ["cadre_id"], unique=False)
    op.create_table(
        "proposal_step",
        sa.Column("proposal_id", sa.String(length=36), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("date", sa.String(length=10), nullable=False),
        sa.Column("invited", sa.Integer(), nullable=False),
        sa.Column("present", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin", sa.String(length=36), nullable=False),
        sa.Column("counter", sa.Integer(), nullable=False),
        sa.Column("version", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["proposal_id"], ["proposal.id"], name=op.f("fk_proposal_step_proposal_id_proposal")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_proposal_step")),
        sa.UniqueConstraint("proposal_id", "number", name=op.f("uq_proposal_step_proposal_id")),
    )
    op.create_index(
        op.f("ix_proposal_step_proposal_id"), "proposal_step", ["proposal_id"], unique=False
    )
    op.create_table(
        "ballot",
        sa.Column("step_id", sa.String(length=36), nullable=False),
        sa.Column("candidate_id", sa.String(length=36), nullable=True),
        sa.Column("candidate_name", sa.String(length=120), nullable=False),
        sa.Column("votes", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin", sa.String(length=36), nullable=False),
        sa.Column("counter", sa.Integer(), nullable=False),
        sa.Column("version", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["candidate_id"], ["cadre.id"], name=op.f("fk_ballot_candidate_id_cadre")
        ),
        sa.ForeignKeyConstraint(
            ["step_id"], ["proposal_step.id"], name=op.f("fk_ballot_step_id_proposal_step")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ballot")),
    )
    op.create_index(op.f("ix_ballot_step_id"), "ballot", ["step_id"], unique=False)
    op.create_index(op.f("ix_ballot_candidate_id"), "ballot", ["candidate_id"], unique=False)
    op.create_table(
        "unit_opinion",
        sa.Column("proposal_id", sa.String(length=36), nullable=False),
        sa.Column("group", sa.String(length=40), nullable=False),
        sa.Column("unit_name", sa.String(length=300), nullable=False),
        sa.Column("date", sa.String(length=10), nullable=False),
        sa.Column("invited", sa.Integer(), nullable=False),
        sa.Column("present", sa.Integer(), nullable=False),
        sa.Column("agree", sa.Integer(), nullable=False),
        sa.Column("criteria", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin", sa.String(length=36), nullable=False),
        sa.Column("counter", sa.Integer(), nullable=False),
        sa.Column("version", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["proposal_id"], ["proposal.id"], name=op.f("fk_unit_opinion_proposal_id_proposal")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_unit_opinion")),
    )
    op.create_index(
        op.f("ix_unit_opinion_proposal_id"), "unit_opinion", ["proposal_id"], unique=False
    )
    op.create_table(
        "unit_locality",
        sa.Column("unit_id", sa.String(length=36), nullable=False),
        sa.Column("admin_unit", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(
            ["unit_id"], ["unit.id"], name=op.f("fk_unit_locality_unit_id_unit")
        ),
        sa.PrimaryKeyConstraint("unit_id", name=op.f("pk_unit_locality")),
    )
    op.add_column(
        "clearance",
        sa.Column("verified_history", sa.Boolean(), nullable=False, server_default=sa.false()),
    )
    op.add_column(
        "clearance",
        sa.Column("verified_family", sa.Boolean(), nullable=False, server_default=sa.false()),
    )
    op.add_column(
        "clearance",
        sa.Column("verified_abroad", sa.Boolean(), nullable=False, server_default=sa.false()),
    )
    op.add_column(
        "clearance",
        sa.Column(
            "verified_foreign_links", sa.Boolean(), nullable=False, server_default=sa.false()
        ),
    )
    op.add_column(
        "clearance",
        sa.Column("verified_complaints", sa.Boolean(), nullable=False, server_default=sa.false()),
    )
    op.add_column("clearance", sa.Column("basis", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("clearance") as batch:
        for name in (
            "basis",
            "verified_complaints",
            "verified_foreign_links",
            "verified_abroad",
            "verified_family",
            "verified_history",
        ):
            batch.drop_column(name)
    op.drop_table("unit_locality")
    op.drop_table("unit_opinion")
    op.drop_table("ballot")
    op.drop_table("proposal_step")
    op.drop_table("decision")
    op.drop_table("rotation")
    op.drop_table("proposal")
    op.drop_table("planning_entry")
    op.drop_table("planned_title")
    op.drop_table("rule_parameter")
    op.drop_table("planning_term")
