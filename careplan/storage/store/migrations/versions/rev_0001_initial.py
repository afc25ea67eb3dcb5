"""Shared templates, hash-chained signed versions and the audit log, append-only on both engines.

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

APPEND_ONLY = ("signed_versions", "audit_log", "shared_templates")

PG_FUNCTION = """
CREATE OR REPLACE FUNCTION careplan_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'careplan: % is append-only: % refused', TG_TABLE_NAME, TG_OP
        USING ERRCODE = 'insufficient_privilege';
END
$$
"""


def upgrade() -> None:
    op.create_table(
        "shared_templates",
        sa.Column("id", sa.Integer, sa.Identity(), primary_key=True),
        sa.Column("clinic_id", sa.String(64), nullable=False),
        sa.Column("template_id", sa.String(64), nullable=False),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("document", sa.Text, nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("pushed_by", sa.Text, nullable=False),
        sa.Column("pushed_at", sa.String(32), nullable=False),
        sa.UniqueConstraint("clinic_id", "template_id", "version", name="shared_templates_one_version"),
    )
    op.create_table(
        "signed_versions",
        sa.Column("id", sa.Integer, sa.Identity(), primary_key=True),
        sa.Column("clinic_id", sa.String(64), nullable=False),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("plan_id", sa.String(64), nullable=False),
        sa.Column("revision", sa.Integer, nullable=False),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("signed_by", sa.Text, nullable=False),
        sa.Column("signed_at", sa.String(32), nullable=False),
        sa.Column("stored_at", sa.String(32), nullable=False),
        sa.Column("document", sa.Text, nullable=False),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
        # The chain cannot fork even if a writer skipped the lock: one row per place in a clinic's chain.
        sa.UniqueConstraint("clinic_id", "seq", name="signed_versions_one_per_place"),
        sa.UniqueConstraint("clinic_id", "plan_id", "revision", name="signed_versions_one_per_revision"),
    )
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer, sa.Identity(), primary_key=True),
        sa.Column("clinic_id", sa.String(64), nullable=False),
        sa.Column("at", sa.String(32), nullable=False),
        sa.Column("os_user", sa.Text, nullable=False),
        sa.Column("clinician", sa.Text, nullable=False),
        sa.Column("machine", sa.Text, nullable=False),
        sa.Column("action", sa.String(40), nullable=False),
        sa.Column("subject", sa.Text, nullable=False),
        sa.Column("detail", sa.Text, nullable=False),
    )
    op.create_index("audit_log_by_clinic", "audit_log", ["clinic_id", "id"])
    if op.get_bind().dialect.name == "postgresql":
        op.execute(PG_FUNCTION)
        for table in APPEND_ONLY:
            op.execute(f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} "
                       "FOR EACH ROW EXECUTE FUNCTION careplan_append_only()")
            op.execute(f"CREATE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON {table} "
                       "FOR EACH STATEMENT EXECUTE FUNCTION careplan_append_only()")
    else:
        for table in APPEND_ONLY:
            for verb in ("UPDATE", "DELETE"):
                op.execute(f"CREATE TRIGGER {table}_no_{verb.lower()} BEFORE {verb} ON {table} "
                           f"BEGIN SELECT RAISE(ABORT, 'careplan: {table} is append-only: {verb} refused'); END")


def downgrade() -> None:
    for table in APPEND_ONLY:
        op.drop_table(table)
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP FUNCTION IF EXISTS careplan_append_only()")
