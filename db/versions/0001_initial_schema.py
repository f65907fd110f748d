"""Initial schema: the 2C dossier, reference data, audit chain and the search index.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "admin_succession",
        sa.Column("from_id", sa.String(length=40), nullable=False),
        sa.Column("to_id", sa.String(length=40), nullable=False),
        sa.Column("effective", sa.Date(), nullable=False),
        sa.Column("legal_basis", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("from_id", "to_id", name=op.f("pk_admin_succession")),
    )
    op.create_table(
        "audit_entry",
        sa.Column("seq", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("at", sa.String(length=32), nullable=False),
        sa.Column("actor", sa.String(length=120), nullable=False),
        sa.Column("action", sa.String(length=40), nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("entity_id", sa.String(length=64), nullable=True),
        sa.Column("cadre_id", sa.String(length=36), nullable=True),
        sa.Column("changes", sa.JSON(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_audit_entry")),
    )
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.create_index("ix_audit_entry_cadre", ["cadre_id"], unique=False)

    op.create_table(
        "blob",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_blob")),
    )
    op.create_table(
        "catalog_entry",
        sa.Column("catalog", sa.String(length=40), nullable=False),
        sa.Column("code", sa.String(length=60), nullable=False),
        sa.Column("label", sa.String(length=300), nullable=False),
        sa.Column("label_en", sa.String(length=300), nullable=True),
        sa.Column("valid_from", sa.Date(), nullable=True),
        sa.Column("valid_to", sa.Date(), nullable=True),
        sa.Column("legal_basis", sa.String(length=300), nullable=True),
        sa.Column("confidence", sa.String(length=1), nullable=True),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("extra", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("catalog", "code", name=op.f("pk_catalog_entry")),
    )
    op.create_table(
        "setting",
        sa.Column("key", sa.String(length=80), nullable=False),
        sa.Column("value", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_setting")),
    )
    op.create_table(
        "store_instance",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("unit_code", sa.String(length=40), nullable=False),
        sa.Column("unit_name", sa.String(length=300), nullable=False),
        sa.Column("counter", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("catalog_version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_store_instance")),
    )
    op.create_table(
        "tombstone",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("cadre_id", sa.String(length=36), nullable=True),
        sa.Column("origin", sa.String(length=36), nullable=False),
        sa.Column("counter", sa.Integer(), nullable=False),
        sa.Column("version", sa.JSON(), nullable=False),
        sa.Column("deleted_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tombstone")),
    )
    with op.batch_alter_table("tombstone", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_tombstone_cadre_id"), ["cadre_id"], unique=False)

    op.create_table(
        "unit",
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "party", "state", "front", "mass", "council", name="unitkind", native_enum=False
            ),
            nullable=False,
        ),
        sa.Column(
            "level",
            sa.Enum("province", "district", "commune", name="unitlevel", native_enum=False),
            nullable=False,
        ),
        sa.Column("parent_id", sa.String(length=36), nullable=True),
        sa.Column("valid_from", sa.Date(), nullable=True),
        sa.Column("valid_to", sa.Date(), nullable=True),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin", sa.String(length=36), nullable=False),
        sa.Column("counter", sa.Integer(), nullable=False),
        sa.Column("version", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(["parent_id"], ["unit.id"], name=op.f("fk_unit_parent_id_unit")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_unit")),
        sa.UniqueConstraint("code", name=op.f("uq_unit_code")),
    )
    with op.batch_alter_table("unit", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_unit_parent_id"), ["parent_id"], unique=False)

    op.create_table(
        "blob_chunk",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["sha256"], ["blob.sha256"], name=op.f("fk_blob_chunk_sha256_blob"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("sha256", "seq", name=op.f("pk_blob_chunk")),
    )
    op.create_table(
        "cadre",
        sa.Column("managing_unit_id", sa.String(length=36), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "active",
                "retired",
                "transferred",
                "deceased",
                name="cadrestatus",
                native_enum=False,
            ),
            nullable=False,
        ),
        sa.Column(
            "dossier_status",
            sa.Enum(
                "complete", "incomplete", "untruthful", name="dossierstatus", native_enum=False
            ),
            nullable=False,
        ),
        sa.Column("dossier_note", sa.Text(), nullable=True),
        sa.Column("staff_number", sa.String(length=30), nullable=True),
        sa.Column("national_code", sa.String(length=30), nullable=True),
        sa.Column("family_name", sa.String(length=40), nullable=False),
        sa.Column("middle_name", sa.String(length=60), nullable=True),
        sa.Column("given_name", sa.String(length=40), nullable=False),
        sa.Column("other_names", sa.String(length=200), nullable=True),
        sa.Column("sex", sa.Enum("M", "F", name="sex", native_enum=False), nullable=False),
        sa.Column("birth_date", sa.String(length=10), nullable=False),
        sa.Column("birth_place_unit", sa.String(length=40), nullable=True),
        sa.Column("birth_place", sa.String(length=300), nullable=True),
        sa.Column("home_town_unit", sa.String(length=40), nullable=True),
        sa.Column("home_town", sa.String(length=300), nullable=True),
        sa.Column("permanent_address_unit", sa.String(length=40), nullable=True),
        sa.Column("permanent_address", sa.String(length=300), nullable=True),
        sa.Column("current_address_unit", sa.String(length=40), nullable=True),
        sa.Column("current_address", sa.String(length=300), nullable=True),
        sa.Column("phone", sa.String(length=20), nullable=True),
        sa.Column("email", sa.String(length=120), nullable=True),
        sa.Column("ethnicity", sa.String(length=10), nullable=False),
        sa.Column("religion", sa.String(length=10), nullable=False),
        sa.Column("family_origin", sa.String(length=30), nullable=True),
        sa.Column("id_number", sa.String(length=12), nullable=True),
        sa.Column("id_issue_date", sa.String(length=10), nullable=True),
        sa.Column("id_issue_place", sa.String(length=200), nullable=True),
        sa.Column("social_insurance_number", sa.String(length=20), nullable=True),
        sa.Column("health_insurance_number", sa.String(length=20), nullable=True),
        sa.Column("policy_subject", sa.String(length=40), nullable=True),
        sa.Column("war_invalid_grade", sa.String(length=10), nullable=True),
        sa.Column("occupation_before_recruitment", sa.String(length=200), nullable=True),
        sa.Column("recruitment_date", sa.String(length=10), nullable=True),
        sa.Column("recruiting_agency", sa.String(length=300), nullable=True),
        sa.Column("current_agency_date", sa.String(length=10), nullable=True),
        sa.Column("revolution_date", sa.String(length=10), nullable=True),
        sa.Column("main_job", sa.String(length=300), nullable=True),
        sa.Column("strengths", sa.String(length=300), nullable=True),
        sa.Column("longest_job", sa.String(length=300), nullable=True),
        sa.Column("party_join_date", sa.String(length=10), nullable=True),
        sa.Column("party_official_date", sa.String(length=10), nullable=True),
        sa.Column("party_card_number", sa.String(length=20), nullable=True),
        sa.Column("enlistment_date", sa.String(length=10), nullable=True),
        sa.Column("discharge_date", sa.String(length=10), nullable=True),
        sa.Column("military_rank", sa.String(length=30), nullable=True),
        sa.Column("military_position", sa.String(length=200), nullable=True),
        sa.Column("general_education", sa.String(length=10), nullable=True),
        sa.Column("education_level", sa.String(length=20), nullable=True),
        sa.Column("education_major", sa.String(length=200), nullable=True),
        sa.Column("academic_title", sa.String(length=10), nullable=True),
        sa.Column("academic_title_year", sa.Integer(), nullable=True),
        sa.Column("political_theory", sa.String(length=20), nullable=True),
        sa.Column("state_management", sa.String(length=30), nullable=True),
        sa.Column("it_level", sa.String(length=20), nullable=True),
        sa.Column("honorary_title", sa.String(length=40), nullable=True),
        sa.Column("honorary_title_year", sa.Integer(), nullable=True),
        sa.Column("health_status", sa.String(length=20), nullable=True),
        sa.Column("height_cm", sa.Integer(), nullable=True),
        sa.Column("weight_kg", sa.Integer(), nullable=True),
        sa.Column("blood_group", sa.String(length=3), nullable=True),
        sa.Column("income_salary_vnd", sa.BigInteger(), nullable=True),
        sa.Column("income_other_vnd", sa.BigInteger(), nullable=True),
        sa.Column("income_other_sources", sa.String(length=300), nullable=True),
        sa.Column("housing", sa.String(length=300), nullable=True),
        sa.Column("housing_area_m2", sa.String(length=24), nullable=True),
        sa.Column("housing_certificate", sa.String(length=200), nullable=True),
        sa.Column("land_area_m2", sa.String(length=24), nullable=True),
        sa.Column("land_certificate", sa.String(length=200), nullable=True),
        sa.Column("production_land", sa.String(length=300), nullable=True),
        sa.Column("family_economy_note", sa.Text(), nullable=True),
        sa.Column("agency_assessment", sa.Text(), nullable=True),
        sa.Column("sort_key", sa.String(length=400), nullable=False),
        sa.Column("search_rowid", sa.Integer(), nullable=True),
        sa.Column("current_unit_id", sa.String(length=36), nullable=True),
        sa.Column("current_position", sa.String(length=300), nullable=True),
        sa.Column(
            "political_standard",
            sa.Enum(
                "missing",
                "meets",
                "ceiling",
                "not_met",
                "pending",
                "stale",
                name="politicalstandard",
                native_enum=False,
            ),
            nullable=False,
        ),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin", sa.String(length=36), nullable=False),
        sa.Column("counter", sa.Integer(), nullable=False),
        sa.Column("version", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["managing_unit_id"], ["unit.id"], name=op.f("fk_cadre_managing_unit_id_unit")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cadre")),
        sa.UniqueConstraint("search_rowid", name=op.f("uq_cadre_search_rowid")),
    )
    with op.batch_alter_table("cadre", schema=None) as batch_op:
        batch_op.create_index("ix_cadre_current_unit", ["current_unit_id"], unique=False)
        batch_op.create_index("ix_cadre_managing_unit", ["managing_unit_id"], unique=False)
        batch_op.create_index("ix_cadre_sort_key", ["sort_key"], unique=False)

    op.create_table(
        "allowance",
        sa.Column("start", sa.String(length=10), nullable=False),
        sa.Column("end", sa.String(length=10), nullable=True),
        sa.Column(
            "kind",
            sa.Enum(
                "position",
                "concurrent",
                "seniority_beyond_frame",
                "other",
                name="allowancekind",
                native_enum=False,
            ),
            nullable=False,
        ),
        sa.Column("name", sa.String(length=200), nullable=True),
        sa.Column("percent", sa.Integer(), nullable=True),
        sa.Column("coefficient", sa.String(length=24), nullable=True),
        sa.Column("form", sa.String(length=100), nullable=True),
        sa.Column("amount_vnd", sa.BigInteger(), nullable=True),
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
            ["cadre_id"], ["cadre.id"], name=op.f("fk_allowance_cadre_id_cadre"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_allowance")),
    )
    with op.batch_alter_table("allowance", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_allowance_cadre_id"), ["cadre_id"], unique=False)

    op.create_table(
        "attachment",
        sa.Column(
            "kind",
            sa.Enum(
                "photo",
                "cv_scan",
                "decision",
                "diploma",
                "health_certificate",
                "declaration",
                "evaluation",
                "clearance",
                "other",
                name="attachmentkind",
                native_enum=False,
            ),
            nullable=False,
        ),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("filename", sa.String(length=255), nullable=False),
        sa.Column("media_type", sa.String(length=100), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("document_date", sa.String(length=10), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("cadre_id", sa.String(length=36), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin", sa.String(length=36), nullable=False),
        sa.Column("counter", sa.Integer(), nullable=False),
        sa.Column("version", sa.JSON(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["cadre_id"],
            ["cadre.id"],
            name=op.f("fk_attachment_cadre_id_cadre"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["sha256"], ["blob.sha256"], name=op.f("fk_attachment_sha256_blob")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attachment")),
    )
    with op.batch_alter_table("attachment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_attachment_cadre_id"), ["cadre_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_attachment_sha256"), ["sha256"], unique=False)

    op.create_table(
        "award",
        sa.Column("date", sa.String(length=10), nullable=False),
        sa.Column("form", sa.String(length=60), nullable=False),
        sa.Column("reason", sa.String(length=500), nullable=True),
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
            ["cadre_id"], ["cadre.id"], name=op.f("fk_award_cadre_id_cadre"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_award")),
    )
    with op.batch_alter_table("award", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_award_cadre_id"), ["cadre_id"], unique=False)

    op.create_table(
        "clearance",
        sa.Column("number", sa.String(length=60), nullable=False),
        sa.Column("date", sa.String(length=10), nullable=False),
        sa.Column("body", sa.String(length=200), nullable=False),
        sa.Column(
            "purpose",
            sa.Enum(
                "planning",
                "appointment",
                "nomination",
                "rotation",
                "other",
                name="clearancepurpose",
                native_enum=False,
            ),
            nullable=False,
        ),
        sa.Column(
            "result",
            sa.Enum(
                "meets",
                "meets_with_ceiling",
                "does_not_meet",
                "pending",
                name="clearanceresult",
                native_enum=False,
            ),
            nullable=False,
        ),
        sa.Column("ceiling_title", sa.String(length=60), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("cadre_id", sa.String(length=36), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin", sa.String(length=36), nullable=False),
        sa.Column("counter", sa.Integer(), nullable=False),
        sa.Column("version", sa.JSON(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["cadre_id"], ["cadre.id"], name=op.f("fk_clearance_cadre_id_cadre"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_clearance")),
    )
    with op.batch_alter_table("clearance", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_clearance_cadre_id"), ["cadre_id"], unique=False)

    op.create_table(
        "discipline",
        sa.Column("start", sa.String(length=10), nullable=False),
        sa.Column("end", sa.String(length=10), nullable=True),
        sa.Column("form", sa.String(length=40), nullable=False),
        sa.Column("violation", sa.String(length=500), nullable=True),
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
            name=op.f("fk_discipline_cadre_id_cadre"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_discipline")),
    )
    with op.batch_alter_table("discipline", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_discipline_cadre_id"), ["cadre_id"], unique=False)

    op.create_table(
        "evaluation",
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("quarter", sa.Integer(), nullable=True),
        sa.Column(
            "rating",
            sa.Enum(
                "excellent", "good", "completed", "not_completed", name="rating", native_enum=False
            ),
            nullable=False,
        ),
        sa.Column("emulation_title", sa.String(length=60), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("cadre_id", sa.String(length=36), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin", sa.String(length=36), nullable=False),
        sa.Column("counter", sa.Integer(), nullable=False),
        sa.Column("version", sa.JSON(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["cadre_id"],
            ["cadre.id"],
            name=op.f("fk_evaluation_cadre_id_cadre"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_evaluation")),
        sa.UniqueConstraint("cadre_id", "year", "quarter", name=op.f("uq_evaluation_cadre_id")),
    )
    with op.batch_alter_table("evaluation", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_evaluation_cadre_id"), ["cadre_id"], unique=False)

    op.create_table(
        "family_member",
        sa.Column(
            "side", sa.Enum("own", "spouse", name="familyside", native_enum=False), nullable=False
        ),
        sa.Column("relation", sa.String(length=30), nullable=False),
        sa.Column("full_name", sa.String(length=120), nullable=False),
        sa.Column("birth_year", sa.String(length=10), nullable=True),
        sa.Column("deceased", sa.Boolean(), nullable=False),
        sa.Column("death_year", sa.String(length=10), nullable=True),
        sa.Column("home_town", sa.String(length=300), nullable=True),
        sa.Column("occupation", sa.String(length=200), nullable=True),
        sa.Column("post", sa.String(length=200), nullable=True),
        sa.Column("workplace", sa.String(length=300), nullable=True),
        sa.Column("residence", sa.String(length=300), nullable=True),
        sa.Column("abroad", sa.Boolean(), nullable=False),
        sa.Column("country", sa.String(length=100), nullable=True),
        sa.Column("organisations", sa.String(length=300), nullable=True),
        sa.Column("history_note", sa.Text(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("cadre_id", sa.String(length=36), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin", sa.String(length=36), nullable=False),
        sa.Column("counter", sa.Integer(), nullable=False),
        sa.Column("version", sa.JSON(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["cadre_id"],
            ["cadre.id"],
            name=op.f("fk_family_member_cadre_id_cadre"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_family_member")),
    )
    with op.batch_alter_table("family_member", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_family_member_cadre_id"), ["cadre_id"], unique=False)

    op.create_table(
        "history_fact",
        sa.Column(
            "kind",
            sa.Enum(
                "arrest",
                "former_regime",
                "foreign_organisation",
                name="historyfactkind",
                native_enum=False,
            ),
            nullable=False,
        ),
        sa.Column("start", sa.String(length=10), nullable=True),
        sa.Column("end", sa.String(length=10), nullable=True),
        sa.Column("place", sa.String(length=300), nullable=True),
        sa.Column("organisation", sa.String(length=300), nullable=True),
        sa.Column("position", sa.String(length=200), nullable=True),
        sa.Column("details", sa.Text(), nullable=True),
        sa.Column("cadre_id", sa.String(length=36), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin", sa.String(length=36), nullable=False),
        sa.Column("counter", sa.Integer(), nullable=False),
        sa.Column("version", sa.JSON(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["cadre_id"],
            ["cadre.id"],
            name=op.f("fk_history_fact_cadre_id_cadre"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_history_fact")),
    )
    with op.batch_alter_table("history_fact", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_history_fact_cadre_id"), ["cadre_id"], unique=False)

    op.create_table(
        "membership",
        sa.Column("organisation", sa.String(length=40), nullable=False),
        sa.Column("join_date", sa.String(length=10), nullable=True),
        sa.Column("leave_date", sa.String(length=10), nullable=True),
        sa.Column("role", sa.String(length=200), nullable=True),
        sa.Column("cadre_id", sa.String(length=36), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin", sa.String(length=36), nullable=False),
        sa.Column("counter", sa.Integer(), nullable=False),
        sa.Column("version", sa.JSON(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["cadre_id"],
            ["cadre.id"],
            name=op.f("fk_membership_cadre_id_cadre"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_membership")),
    )
    with op.batch_alter_table("membership", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_membership_cadre_id"), ["cadre_id"], unique=False)

    op.create_table(
        "posting",
        sa.Column("start", sa.String(length=10), nullable=False),
        sa.Column("end", sa.String(length=10), nullable=True),
        sa.Column(
            "kind",
            sa.Enum(
                "state",
                "party",
                "committee",
                "front",
                "mass",
                "army",
                "study",
                "other",
                name="postingkind",
                native_enum=False,
            ),
            nullable=False,
        ),
        sa.Column("unit_id", sa.String(length=36), nullable=True),
        sa.Column("unit_name", sa.String(length=300), nullable=True),
        sa.Column("title_code", sa.String(length=60), nullable=True),
        sa.Column("title_name", sa.String(length=300), nullable=True),
        sa.Column("concurrent", sa.Boolean(), nullable=False),
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
            ["cadre_id"], ["cadre.id"], name=op.f("fk_posting_cadre_id_cadre"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(["unit_id"], ["unit.id"], name=op.f("fk_posting_unit_id_unit")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_posting")),
    )
    with op.batch_alter_table("posting", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_posting_cadre_id"), ["cadre_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_posting_unit_id"), ["unit_id"], unique=False)

    op.create_table(
        "salary_step",
        sa.Column("start", sa.String(length=10), nullable=False),
        sa.Column("end", sa.String(length=10), nullable=True),
        sa.Column("rank_code", sa.String(length=20), nullable=True),
        sa.Column("step", sa.Integer(), nullable=True),
        sa.Column("coefficient", sa.String(length=24), nullable=True),
        sa.Column("percent", sa.Integer(), nullable=True),
        sa.Column("beyond_frame_percent", sa.Integer(), nullable=True),
        sa.Column("job_position", sa.String(length=200), nullable=True),
        sa.Column("job_position_code", sa.String(length=30), nullable=True),
        sa.Column("amount_vnd", sa.BigInteger(), nullable=True),
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
            name=op.f("fk_salary_step_cadre_id_cadre"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_salary_step")),
    )
    with op.batch_alter_table("salary_step", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_salary_step_cadre_id"), ["cadre_id"], unique=False)

    op.create_table(
        "training",
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
        sa.Column("start", sa.String(length=10), nullable=True),
        sa.Column("end", sa.String(length=10), nullable=True),
        sa.Column("institution", sa.String(length=300), nullable=False),
        sa.Column("major", sa.String(length=200), nullable=True),
        sa.Column("form", sa.String(length=30), nullable=True),
        sa.Column("qualification", sa.String(length=200), nullable=True),
        sa.Column("level", sa.String(length=30), nullable=True),
        sa.Column("language", sa.String(length=30), nullable=True),
        sa.Column("score", sa.String(length=20), nullable=True),
        sa.Column("abroad", sa.Boolean(), nullable=False),
        sa.Column("cadre_id", sa.String(length=36), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin", sa.String(length=36), nullable=False),
        sa.Column("counter", sa.Integer(), nullable=False),
        sa.Column("version", sa.JSON(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["cadre_id"], ["cadre.id"], name=op.f("fk_training_cadre_id_cadre"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_training")),
    )
    with op.batch_alter_table("training", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_training_cadre_id"), ["cadre_id"], unique=False)
    op.execute(
        "CREATE VIRTUAL TABLE cadre_search USING fts5("
        "names, other_names, id_number, unit, tokenize = 'unicode61', "
        "content = '', contentless_delete = 1)"
    )


def downgrade() -> None:
    op.execute("DROP TABLE cadre_search")
    with op.batch_alter_table("training", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_training_cadre_id"))

    op.drop_table("training")
    with op.batch_alter_table("salary_step", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_salary_step_cadre_id"))

    op.drop_table("salary_step")
    with op.batch_alter_table("posting", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_posting_cadre_id"))

    op.drop_table("posting")
    with op.batch_alter_table("membership", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_membership_cadre_id"))

    op.drop_table("membership")
    with op.batch_alter_table("history_fact", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_history_fact_cadre_id"))

    op.drop_table("history_fact")
    with op.batch_alter_table("family_member", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_family_member_cadre_id"))

    op.drop_table("family_member")
    with op.batch_alter_table("evaluation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_evaluation_cadre_id"))

    op.drop_table("evaluation")
    with op.batch_alter_table("discipline", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_discipline_cadre_id"))

    op.drop_table("discipline")
    with op.batch_alter_table("clearance", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_clearance_cadre_id"))

    op.drop_table("clearance")
    with op.batch_alter_table("award", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_award_cadre_id"))

    op.drop_table("award")
    with op.batch_alter_table("attachment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_attachment_sha256"))
        batch_op.drop_index(batch_op.f("ix_attachment_cadre_id"))

    op.drop_table("attachment")
    with op.batch_alter_table("allowance", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_allowance_cadre_id"))

    op.drop_table("allowance")
    with op.batch_alter_table("cadre", schema=None) as batch_op:
        batch_op.drop_index("ix_cadre_sort_key")
        batch_op.drop_index("ix_cadre_managing_unit")
        batch_op.drop_index("ix_cadre_current_unit")

    op.drop_table("cadre")
    op.drop_table("blob_chunk")
    with op.batch_alter_table("unit", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_unit_parent_id"))

    op.drop_table("unit")
    with op.batch_alter_table("tombstone", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_tombstone_cadre_id"))

    op.drop_table("tombstone")
    op.drop_table("store_instance")
    op.drop_table("setting")
    op.drop_table("catalog_entry")
    op.drop_table("blob")
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.drop_index("ix_audit_entry_cadre")

    op.drop_table("audit_entry")
    op.drop_table("admin_succession")
