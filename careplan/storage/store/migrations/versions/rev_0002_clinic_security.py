"""Row-level security by clinic on PostgreSQL, the clinic membership table, and the database user in the audit.

Revision ID: 0002
Revises: 0001

Who may read and write a clinic's rows is a row in ``clinic_members`` (database role, clinic id),
added by the owner with ``careplan store grant``. The owner that runs migrations keeps seeing
every clinic (row-level security is not forced on a table's owner) so that a later migration
can still move data; clinicians connect as their own roles.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

CLINIC_TABLES = ("signed_versions", "audit_log", "shared_templates")
MEMBER_OF = "clinic_id IN (SELECT m.clinic_id FROM clinic_members m WHERE m.role_name = current_user)"


def upgrade() -> None:
    op.create_table(
        "clinic_members",
        sa.Column("role_name", sa.String(63), primary_key=True),
        sa.Column("clinic_id", sa.String(64), primary_key=True),
    )
    # Rows written before this revision keep an empty database user; ADD COLUMN fires no UPDATE trigger.
    op.add_column("audit_log", sa.Column("db_user", sa.Text, nullable=False, server_default=""))
    op.create_index("signed_versions_by_plan", "signed_versions", ["clinic_id", "plan_id"])
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in (*CLINIC_TABLES, "clinic_members", "careplan_store_version"):
        op.execute(f"REVOKE ALL ON {table} FROM PUBLIC")
    op.execute("ALTER TABLE clinic_members ENABLE ROW LEVEL SECURITY")
    op.execute("CREATE POLICY own_memberships ON clinic_members FOR SELECT USING (role_name = current_user)")
    for table in CLINIC_TABLES:
        op.execute(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
        op.execute(f"CREATE POLICY clinic_read ON {table} FOR SELECT USING ({MEMBER_OF})")
        op.execute(f"CREATE POLICY clinic_write ON {table} FOR INSERT WITH CHECK ({MEMBER_OF})")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table in CLINIC_TABLES:
            op.execute(f"DROP POLICY IF EXISTS clinic_read ON {table}")
            op.execute(f"DROP POLICY IF EXISTS clinic_write ON {table}")
            op.execute(f"ALTER TABLE {table} DISABLE ROW LEVEL SECURITY")
    op.drop_index("signed_versions_by_plan", "signed_versions")
    op.drop_column("audit_log", "db_user")
    op.drop_table("clinic_members")
