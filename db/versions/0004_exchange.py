"""Exchange between units: the store's keys, trusted units, key revocations, the bundle
ledger, what each peer acknowledged, dossier change ticks and the conflicts bundles brought.

Revision ID: 0004
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "bundle_record",
        sa.Column("bundle_id", sa.String(length=36), nullable=False),
        sa.Column("direction", sa.String(length=3), nullable=False),
        sa.Column("peer_instance", sa.String(length=36), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("at", sa.String(length=32), nullable=False),
        sa.Column("tick", sa.Integer(), nullable=False),
        sa.Column("file_name", sa.String(length=260), nullable=False),
        sa.Column("file_hash", sa.String(length=64), nullable=False),
        sa.Column("dossiers", sa.JSON(), nullable=False),
        sa.Column("blobs", sa.JSON(), nullable=False),
        sa.Column("counts", sa.JSON(), nullable=False),
        sa.Column("acknowledged_at", sa.String(length=32), nullable=True),
        sa.PrimaryKeyConstraint("bundle_id", name=op.f("pk_bundle_record")),
    )
    with op.batch_alter_table("bundle_record", schema=None) as batch_op:
        batch_op.create_index(
            "ix_bundle_record_peer_seq", ["direction", "peer_instance", "seq"], unique=False
        )

    op.create_table(
        "dossier_tick",
        sa.Column("cadre_id", sa.String(length=36), nullable=False),
        sa.Column("tick", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("cadre_id", name=op.f("pk_dossier_tick")),
    )
    with op.batch_alter_table("dossier_tick", schema=None) as batch_op:
        batch_op.create_index("ix_dossier_tick_tick", ["tick"], unique=False)

    op.create_table(
        "exchange_identity",
        sa.Column("instance_id", sa.String(length=36), nullable=False),
        sa.Column("sign_private", sa.String(length=64), nullable=False),
        sa.Column("box_private", sa.String(length=64), nullable=False),
        sa.Column("sign_public", sa.String(length=64), nullable=False),
        sa.Column("box_public", sa.String(length=64), nullable=False),
        sa.Column("certificates", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("instance_id", name=op.f("pk_exchange_identity")),
    )
    op.create_table(
        "key_revocation",
        sa.Column("instance_id", sa.String(length=36), nullable=False),
        sa.Column("sign_public", sa.String(length=64), nullable=False),
        sa.Column("revoked_by", sa.String(length=36), nullable=False),
        sa.Column("revoked_at", sa.String(length=32), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("signature", sa.String(length=128), nullable=False),
        sa.PrimaryKeyConstraint("instance_id", name=op.f("pk_key_revocation")),
    )
    op.create_table(
        "peer_blob",
        sa.Column("peer_instance", sa.String(length=36), nullable=False),
        sa.Column("digest", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("peer_instance", "digest", name=op.f("pk_peer_blob")),
    )
    op.create_table(
        "peer_state",
        sa.Column("peer_instance", sa.String(length=36), nullable=False),
        sa.Column("next_seq", sa.Integer(), nullable=False),
        sa.Column("acked_tick", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("peer_instance", name=op.f("pk_peer_state")),
    )
    op.create_table(
        "sync_conflict",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("cadre_id", sa.String(length=36), nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("mine", sa.JSON(), nullable=True),
        sa.Column("theirs", sa.JSON(), nullable=True),
        sa.Column("ancestor", sa.JSON(), nullable=True),
        sa.Column("their_version", sa.JSON(), nullable=False),
        sa.Column("peer_instance", sa.String(length=36), nullable=False),
        sa.Column("bundle_id", sa.String(length=36), nullable=False),
        sa.Column("found_at", sa.String(length=32), nullable=False),
        sa.Column("resolved_at", sa.String(length=32), nullable=True),
        sa.Column("resolution", sa.JSON(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_conflict")),
    )
    with op.batch_alter_table("sync_conflict", schema=None) as batch_op:
        batch_op.create_index("ix_sync_conflict_open", ["resolved_at", "cadre_id"], unique=False)

    op.create_table(
        "trusted_unit",
        sa.Column("instance_id", sa.String(length=36), nullable=False),
        sa.Column("unit_code", sa.String(length=40), nullable=False),
        sa.Column("unit_name", sa.String(length=300), nullable=False),
        sa.Column("sign_public", sa.String(length=64), nullable=False),
        sa.Column("box_public", sa.String(length=64), nullable=False),
        sa.Column("fingerprint", sa.String(length=64), nullable=False),
        sa.Column("scope", sa.JSON(), nullable=False),
        sa.Column("certified_by", sa.String(length=36), nullable=True),
        sa.Column("certificate", sa.JSON(), nullable=True),
        sa.Column("trusted_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("instance_id", name=op.f("pk_trusted_unit")),
    )
    # every dossier already here counts as changed before any bundle: the first one carries it
    op.execute("INSERT INTO dossier_tick (cadre_id, tick) SELECT id, 0 FROM cadre")


def downgrade() -> None:
    op.drop_table("trusted_unit")
    with op.batch_alter_table("sync_conflict", schema=None) as batch_op:
        batch_op.drop_index("ix_sync_conflict_open")

    op.drop_table("sync_conflict")
    op.drop_table("peer_state")
    op.drop_table("peer_blob")
    op.drop_table("key_revocation")
    op.drop_table("exchange_identity")
    with op.batch_alter_table("dossier_tick", schema=None) as batch_op:
        batch_op.drop_index("ix_dossier_tick_tick")

    op.drop_table("dossier_tick")
    with op.batch_alter_table("bundle_record", schema=None) as batch_op:
        batch_op.drop_index("ix_bundle_record_peer_seq")

    op.drop_table("bundle_record")
