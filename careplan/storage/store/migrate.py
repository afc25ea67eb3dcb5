"""Bringing a store's schema up to this version of Careplan with Alembic, run from code.

``careplan store init`` creates or upgrades a store; opening a store upgrades it when it is
behind (a clinician's role on PostgreSQL may not be allowed to: then the message says who can).
A store whose schema is newer than this program is refused, never written to.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from careplan.storage.store.engine import is_postgres
from careplan.storage.store.errors import StoreNotReady
from careplan.storage.store.schema import HEAD_REVISION, VERSION_TABLE

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
# One key for every Careplan store: two programs upgrading the same database take turns.
_MIGRATION_LOCK = 0x43505354_00000001


# Alembic is imported only when a schema is read or changed: a process that only appends (a writer,
# the GUI's signing) should not pay for it at start-up.
def _config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None, "the clinic store has no migrations"
    return head


def known_revisions() -> list[str]:
    """Every revision this program knows, oldest first."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_config())
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]


def current_revision(connection: Connection) -> str | None:
    """The store's schema revision, or None for a database that is not (yet) a Careplan store."""
    from alembic.runtime.migration import MigrationContext

    context = MigrationContext.configure(connection, opts={"version_table": VERSION_TABLE})
    return context.get_current_revision()


def upgrade(connection: Connection, target: str = "head") -> None:
    """Run the migrations up to ``target`` inside the connection's transaction (commit is the caller's)."""
    if is_postgres(connection):
        connection.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": _MIGRATION_LOCK})
    revision = current_revision(connection)
    if revision is not None and revision not in known_revisions():
        raise StoreNotReady(newer_message(revision))
    from alembic import command

    command.upgrade(_config(connection), target)


def newer_message(revision: str) -> str:
    return (f"the clinic store's schema (revision {revision}) is newer than this version of Careplan knows "
            f"(up to {head_revision()}); update Careplan on this computer. Nothing was written")


def check_schema(connection: Connection) -> str | None:
    """None when the store is at this program's head; else the revision it is at ('' when uninitialised).

    Raises StoreNotReady for a newer schema. Read with plain SQL, without Alembic: every open does it.
    """
    if not sa.inspect(connection).has_table(VERSION_TABLE):
        return ""
    revision = connection.execute(sa.text(f"SELECT version_num FROM {VERSION_TABLE}")).scalar_one_or_none()
    if revision == HEAD_REVISION:
        return None
    if revision is None:
        return ""
    if revision not in known_revisions():
        raise StoreNotReady(newer_message(revision))
    return str(revision)
