"""The store's tables as the code reads and writes them (the head revision; migrations/ builds them).

Timestamps are ISO 8601 text in UTC ("2026-11-24T10:19:00Z"): they are part of what a signed
version's hash covers, and text reads back byte for byte on both engines.
"""

from __future__ import annotations

import sqlalchemy as sa

metadata = sa.MetaData()

# Alembic's bookkeeping table, named so that it cannot clash with another program's in a shared database.
VERSION_TABLE = "careplan_store_version"
# The newest migration (migrations/versions/); a test checks it against Alembic's own head, and
# opening a store compares with it without loading Alembic.
HEAD_REVISION = "0002"
CLINIC_ID_MAX = 64
GENESIS_HASH = "0" * 64

shared_templates = sa.Table(
    "shared_templates", metadata,
    sa.Column("id", sa.Integer, sa.Identity(), primary_key=True),
    sa.Column("clinic_id", sa.String(CLINIC_ID_MAX), nullable=False),
    sa.Column("template_id", sa.String(64), nullable=False),
    sa.Column("version", sa.Integer, nullable=False),
    sa.Column("title", sa.Text, nullable=False),
    sa.Column("document", sa.Text, nullable=False),
    # SHA-256 of the template's content without its timestamps: tells an unchanged push from a new version.
    sa.Column("sha256", sa.String(64), nullable=False),
    sa.Column("pushed_by", sa.Text, nullable=False),
    sa.Column("pushed_at", sa.String(32), nullable=False),
)

signed_versions = sa.Table(
    "signed_versions", metadata,
    sa.Column("id", sa.Integer, sa.Identity(), primary_key=True),
    sa.Column("clinic_id", sa.String(CLINIC_ID_MAX), nullable=False),
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
)

audit_log = sa.Table(
    "audit_log", metadata,
    sa.Column("id", sa.Integer, sa.Identity(), primary_key=True),
    sa.Column("clinic_id", sa.String(CLINIC_ID_MAX), nullable=False),
    sa.Column("at", sa.String(32), nullable=False),
    sa.Column("os_user", sa.Text, nullable=False),
    sa.Column("clinician", sa.Text, nullable=False),
    sa.Column("machine", sa.Text, nullable=False),
    sa.Column("db_user", sa.Text, nullable=False),
    sa.Column("action", sa.String(40), nullable=False),
    sa.Column("subject", sa.Text, nullable=False),
    sa.Column("detail", sa.Text, nullable=False),
)

clinic_members = sa.Table(
    "clinic_members", metadata,
    sa.Column("role_name", sa.String(63), primary_key=True),
    sa.Column("clinic_id", sa.String(CLINIC_ID_MAX), primary_key=True),
)

# Tables whose rows are never changed or removed once written (triggers on both engines).
APPEND_ONLY = ("signed_versions", "audit_log", "shared_templates")
