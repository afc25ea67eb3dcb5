"""PostgreSQL servers for the store tests: the one CI starts (CAREPLAN_TEST_PG_URL), or a private one.

A private server is a throwaway cluster (initdb) in a temporary folder, listening on a Unix
socket only (no TCP port, nothing reachable from elsewhere), with password authentication like
a clinic's server. When the tests run as root (CI), it runs as the ``postgres`` user, since
PostgreSQL refuses to run as root. The server-stopped-mid-write test stops its own private server.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import URL, make_url

PG_URL_ENV = "CAREPLAN_TEST_PG_URL"
OWNER_ROLE = "careplan_test"


def server_bindir() -> Path | None:
    """The newest installed PostgreSQL server's programs (Debian keeps them under /usr/lib/postgresql)."""
    override = os.environ.get("CAREPLAN_TEST_PG_BINDIR")
    if override:
        return Path(override)
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), key=lambda p: int(p.parent.parent.name)
                   if p.parent.parent.name.isdigit() else 0)
    if found:
        return found[-1].parent
    on_path = shutil.which("initdb")
    return Path(on_path).parent if on_path else None


def _as_server_user(cmd: list[str]) -> list[str]:
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--", *cmd]
    return cmd


@dataclass
class PrivateServer:
    """A throwaway PostgreSQL cluster on a Unix socket; ``url`` is its owner role (not a superuser)."""

    bindir: Path
    folder: Path = field(default_factory=lambda: Path(tempfile.mkdtemp(prefix="careplan-pg-")))
    password: str = field(default_factory=lambda: secrets.token_hex(12))

    @property
    def data(self) -> Path:
        return self.folder / "data"

    def _run(self, *args: str) -> None:
        result = subprocess.run(_as_server_user([str(self.bindir / args[0]), *args[1:]]), capture_output=True, text=True,
                                timeout=120, check=False)
        if result.returncode != 0:
            raise RuntimeError(f"{args[0]} failed: {result.stderr.strip() or result.stdout.strip()}")

    def create(self) -> PrivateServer:
        pwfile = self.folder / "pw"
        pwfile.write_text(self.password + "\n")
        if os.geteuid() == 0:
            shutil.chown(self.folder, "postgres")
            shutil.chown(pwfile, "postgres")
        self._run("initdb", "-D", str(self.data), "-U", "postgres", "--pwfile", str(pwfile), "--auth=scram-sha-256",
                  "-E", "UTF8", "--locale=C.UTF-8", "--no-sync")
        pwfile.unlink()
        with open(self.data / "postgresql.conf", "a", encoding="utf-8") as conf:
            conf.write(f"\nlisten_addresses = ''\nunix_socket_directories = '{self.folder}'\nfsync = off\n"
                       "max_connections = 40\nshared_buffers = 16MB\n")
        self.start()
        with contextlib.closing(sa.create_engine(self.url_for("postgres", self.password, "postgres"),
                                                 isolation_level="AUTOCOMMIT").connect()) as conn:
            conn.exec_driver_sql(f"CREATE ROLE {OWNER_ROLE} LOGIN CREATEDB CREATEROLE PASSWORD '{self.password}'")
            conn.exec_driver_sql(f"CREATE DATABASE {OWNER_ROLE} OWNER {OWNER_ROLE}")
        return self

    def url_for(self, user: str, password: str | None, database: str) -> URL:
        return URL.create("postgresql+psycopg", user, password, None, None, database, {"host": str(self.folder)})

    @property
    def url(self) -> URL:
        return self.url_for(OWNER_ROLE, self.password, OWNER_ROLE)

    def start(self) -> None:
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.folder / "log"), "-w", "-t", "60", "start")

    def stop(self, mode: str = "fast") -> None:
        self._run("pg_ctl", "-D", str(self.data), "-m", mode, "-w", "-t", "60", "stop")

    def destroy(self) -> None:
        with contextlib.suppress(RuntimeError, subprocess.TimeoutExpired):
            self.stop("immediate")
        shutil.rmtree(self.folder, ignore_errors=True)


@dataclass
class PgCluster:
    """What the tests need of a server: the owner's URL, fresh databases and roles that are dropped afterwards."""

    url: URL

    def admin(self) -> sa.Engine:
        return sa.create_engine(self.url, isolation_level="AUTOCOMMIT", poolclass=sa.pool.NullPool)

    @contextlib.contextmanager
    def database(self) -> Iterator[URL]:
        name = f"careplan_t_{secrets.token_hex(6)}"
        engine = self.admin()
        with engine.connect() as conn:
            conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
        try:
            yield self.url.set(database=name)
        finally:
            with engine.connect() as conn:
                _drop_database(conn, name)
            engine.dispose()

    @contextlib.contextmanager
    def role(self) -> Iterator[tuple[str, str]]:
        """A login role that is neither owner nor superuser (a clinician); (name, password)."""
        name, password = f"careplan_t_{secrets.token_hex(5)}", secrets.token_hex(12)
        engine = self.admin()
        with engine.connect() as conn:
            conn.exec_driver_sql(f"CREATE ROLE {name} LOGIN PASSWORD '{password}'")
        try:
            yield name, password
        finally:
            with engine.connect() as conn:
                conn.exec_driver_sql(f"DROP ROLE IF EXISTS {name}")
            engine.dispose()


def _drop_database(conn: sa.Connection, name: str) -> None:
    """DROP DATABASE, waiting for closing sessions to end. WITH (FORCE) comes last: a role that is not a
    superuser may not end every kind of backend (it failed once on a background process)."""
    for _ in range(50):
        try:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}"')
            return
        except sa.exc.OperationalError:  # "being accessed by other users": a session still closing
            time.sleep(0.2)
    conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def cluster_from_environment() -> tuple[PgCluster, PrivateServer | None]:
    """The CI server when CAREPLAN_TEST_PG_URL is set; else a private server; else a clear failure."""
    raw = os.environ.get(PG_URL_ENV)
    if raw:
        url = make_url(raw)
        if url.drivername in ("postgresql", "postgres"):
            url = url.set(drivername="postgresql+psycopg")
        return PgCluster(url), None
    bindir = server_bindir()
    if bindir is None:
        raise RuntimeError(f"no PostgreSQL for the store tests: set {PG_URL_ENV} (see README), install the server "
                           "(Debian: postgresql), or deselect these tests with -m 'not postgres'")
    server = PrivateServer(bindir).create()
    return PgCluster(server.url), server
