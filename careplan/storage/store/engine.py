"""Store URLs and engines: which databases are accepted, how they are connected to, how failures read.

- ``sqlite:///PATH``: the embedded store for one machine. Every transaction starts with
  ``BEGIN IMMEDIATE`` so that two writers on this machine queue for the write lock instead of
  both reading the chain head and one failing later.
- ``postgresql://`` (or ``postgres://``, ``postgresql+psycopg://``): a clinic server, always through
  psycopg 3. Query options are libpq's and pass through unchanged (``sslmode``, ``sslrootcert``,
  ``sslcert``, ``sslkey``, ``connect_timeout``, ``application_name``, ``host=/socket/dir``, ...).
  The password comes from ``PGPASSWORD`` or a pgpass file (``PGPASSFILE``), which libpq reads
  itself; a URL may carry one on the command line, but it is never written anywhere and
  never printed.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import URL, Connection, Engine, make_url
from sqlalchemy.pool import NullPool

from careplan.storage.store.errors import StoreError, StoreUnreachable

# Without it libpq waits for the operating system's TCP timeout (minutes) on an unplugged server.
DEFAULT_CONNECT_TIMEOUT_SECONDS = 5
# SQLite: how long a writer waits for another one on this machine before giving up.
SQLITE_BUSY_SECONDS = 30.0
_POSTGRES_NAMES = {"postgresql", "postgres", "postgresql+psycopg", "postgresql+psycopg2", "postgresql+psycopg3"}
_SQLITE_NAMES = {"sqlite", "sqlite+pysqlite"}


def parse_store_url(raw: str) -> URL:
    """The URL as SQLAlchemy uses it (PostgreSQL always through psycopg 3), or StoreError saying why not."""
    text = raw.strip()
    if not text:
        raise StoreError("no clinic store given: use --store URL, the CAREPLAN_STORE variable, or Preferences")
    if text.startswith("postgres://"):
        text = "postgresql://" + text.removeprefix("postgres://")
    try:
        url = make_url(text)
    except (sa.exc.ArgumentError, ValueError):
        raise StoreError(f"{describe_raw(text)} is not a store URL; use sqlite:///PATH or postgresql://USER@HOST/DATABASE") from None
    if url.drivername in _POSTGRES_NAMES:
        return url.set(drivername="postgresql+psycopg")
    if url.drivername in _SQLITE_NAMES:
        if not url.database or url.database == ":memory:":
            raise StoreError("a SQLite store needs a file: sqlite:///PATH")
        return url.set(drivername="sqlite")
    raise StoreError(f"unsupported store {url.drivername!r}: use sqlite:///PATH or postgresql://USER@HOST/DATABASE")


def describe_raw(text: str) -> str:
    """A URL the user typed, for a message, with anything between ``:`` and ``@`` hidden."""
    head, at, tail = text.rpartition("@")
    if not at or "://" not in head:
        return text
    scheme, _, auth = head.partition("://")
    user = auth.split(":", 1)[0]
    return f"{scheme}://{user}@{tail}"


def display_url(url: URL | str) -> str:
    """The URL without its password: safe for messages, the audit log, preferences and outbox files."""
    parsed = url if isinstance(url, URL) else parse_store_url(url)
    shown = without_password(parsed)
    if shown.drivername == "postgresql+psycopg":
        shown = shown.set(drivername="postgresql")
    return shown.render_as_string(hide_password=False)


def without_password(url: URL) -> URL:
    """The same URL with no password (``URL.set(password=None)`` would keep it: set() ignores None)."""
    return URL.create(url.drivername, url.username, None, url.host, url.port, url.database, url.query)


def has_password(raw: str) -> bool:
    """Whether a URL carries a password (which may go into no file)."""
    try:
        return parse_store_url(raw).password is not None
    except StoreError:
        return False


def is_postgres(engine: Engine | Connection) -> bool:
    return engine.dialect.name == "postgresql"


def sqlite_path(url: URL) -> Path | None:
    return Path(url.database) if url.drivername == "sqlite" and url.database else None


def make_engine(raw: str | URL, *, create: bool = False) -> Engine:
    """An engine for the store at ``raw``. A SQLite file must exist unless ``create`` (``store init``).

    No pool: the command line makes one connection, and the GUI's few should never outlive a
    server restart.
    """
    url = raw if isinstance(raw, URL) else parse_store_url(raw)
    path = sqlite_path(url)
    if path is not None:
        if not create and not path.is_file():
            raise StoreUnreachable(f"no clinic store at {path}; create one with 'careplan store init {display_url(url)}'")
        if create and not path.parent.is_dir():
            raise StoreUnreachable(f"cannot create the clinic store {path}: folder {path.parent} does not exist")
        engine = sa.create_engine(url, poolclass=NullPool, connect_args={"timeout": SQLITE_BUSY_SECONDS})
        _sqlite_immediate_transactions(engine)
        return engine
    connect_args: dict[str, Any] = {}
    if "connect_timeout" not in url.query:
        connect_args["connect_timeout"] = DEFAULT_CONNECT_TIMEOUT_SECONDS
    if "application_name" not in url.query:
        connect_args["application_name"] = "careplan"
    return sa.create_engine(url, poolclass=NullPool, connect_args=connect_args)


def _sqlite_immediate_transactions(engine: Engine) -> None:
    # pysqlite's own transaction handling defers BEGIN and never takes the write lock early; the
    # SQLAlchemy recipe hands BEGIN to us, and every store transaction is short.
    @sa.event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        dbapi_connection.execute("PRAGMA foreign_keys = ON")

    @sa.event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")


def first_line(exc: BaseException) -> str:
    """The database's own reason, one line, without SQLAlchemy's SQL dump and links."""
    orig = getattr(exc, "orig", None) or exc
    text = str(orig).strip().splitlines()
    line = text[0] if text else type(orig).__name__
    return line.removeprefix("ERROR:").strip().rstrip(".")


@contextlib.contextmanager
def translated(url: URL | str, action: str) -> Iterator[None]:
    """Turn a database failure inside the block into StoreUnreachable or StoreError, one line each."""
    try:
        yield
    except sa.exc.DBAPIError as exc:
        where = display_url(url)
        if _unreachable(exc):
            reason = first_line(exc)
            if "password" in reason:
                raise StoreUnreachable(f"the clinic store {where} refused the login ({reason}); the password comes from "
                                       "PGPASSWORD or a pgpass file, never from Careplan's settings") from None
            raise StoreUnreachable(f"the clinic store {where} cannot be reached ({reason})") from None
        raise StoreError(f"the clinic store {where} refused {action}: {first_line(exc)}") from None
    except sa.exc.SQLAlchemyError as exc:
        raise StoreError(f"the clinic store {display_url(url)} failed while {action}: {first_line(exc)}") from None


def _unreachable(exc: sa.exc.DBAPIError) -> bool:
    if exc.connection_invalidated:
        return True
    orig = exc.orig
    try:
        import psycopg
    except ImportError:  # pragma: no cover - psycopg is a dependency
        psycopg = None  # type: ignore[assignment]
    if psycopg is not None and isinstance(orig, psycopg.OperationalError):
        return True
    return isinstance(exc, sa.exc.OperationalError) and "unable to open database" in str(orig)
