"""Alembic's entry point for the clinic store: always run from code, on a connection it is handed.

``careplan.storage.store.migrate`` passes the connection in ``config.attributes["connection"]``;
there is no alembic.ini and no URL here (a password never reaches a file).
"""

from __future__ import annotations

from alembic import context

from careplan.storage.store.schema import VERSION_TABLE

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("the clinic store's migrations run from careplan.storage.store.migrate, on a connection")
context.configure(connection=connection, target_metadata=None, version_table=VERSION_TABLE)
with context.begin_transaction():
    context.run_migrations()
