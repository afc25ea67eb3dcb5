"""PostgreSQL only: row-level security by clinic, a clinician's role that cannot change history, the
password from the environment or a pgpass file, and libpq options (TLS among them) passed through."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import URL

from careplan.storage.store import migrate
from careplan.storage.store.engine import make_engine, without_password
from careplan.storage.store.errors import StoreError, StoreNotReady, StoreUnreachable
from careplan.storage.store.identity import Actor
from careplan.storage.store.store import ClinicStore
from tests.store.conftest import signed_plan
from tests.store.pg_server import PgCluster

pytestmark = pytest.mark.postgres
OWNER = Actor("admin", "Practice manager", "server")


@contextlib.contextmanager
def _two_clinics(cluster: PgCluster) -> Iterator[tuple[URL, URL, URL]]:
    """A store with clinics north and south, one clinician's role each: (owner, north, south) URLs."""
    # Roles first: the database (and the privileges in it) must go before the roles can.
    with cluster.role() as (north, north_pw), cluster.role() as (south, south_pw), cluster.database() as url:
        with ClinicStore.init(url, "north", OWNER)[0] as store:
            store.grant(north, OWNER)
        with ClinicStore.open(url, "south") as store:
            store.grant(south, OWNER)
        yield url, url.set(username=north, password=north_pw), url.set(username=south, password=south_pw)


def _count(url: URL, sql: str) -> int:
    engine = sa.create_engine(url, poolclass=sa.pool.NullPool)
    try:
        with engine.connect() as conn:
            return int(conn.execute(sa.text(sql)).scalar_one())
    finally:
        engine.dispose()


def test_clinic_a_cannot_read_or_write_clinic_b(pg_cluster: PgCluster) -> None:
    with _two_clinics(pg_cluster) as (owner, north, south):
        north_plan, south_plan = signed_plan("North plan"), signed_plan("South plan")
        with ClinicStore.open(north, "north") as store:
            store.append_signed(north_plan, Actor("n", "Dr North", "desk-n"))
        with ClinicStore.open(south, "south") as store:
            store.append_signed(south_plan, Actor("s", "Dr South", "desk-s"))

        # South's clinician sees only south's rows, even naming north as the clinic.
        with ClinicStore.open(south, "north") as store:
            assert store.history(north_plan.id) == []
            assert store.audit() == []
            assert [r.clinic_id for r in store.verify()] == ["north", "south"]
            assert [r.count for r in store.verify()] == [0, 1]
            with pytest.raises(StoreError, match="row-level security"):
                store.append_signed(signed_plan("Smuggled"), Actor("s", "Dr South", "desk-s"))
        for table in ("signed_versions", "audit_log", "clinic_members"):
            assert _count(south, f"SELECT count(*) FROM {table} WHERE clinic_id = 'north'") == 0
        assert _count(south, "SELECT count(*) FROM signed_versions") == 1
        # The owner (who runs migrations and backups) sees both clinics.
        assert _count(owner, "SELECT count(*) FROM signed_versions") == 2


def test_a_clinicians_role_cannot_change_history_even_with_the_trigger_off(pg_cluster: PgCluster) -> None:
    with _two_clinics(pg_cluster) as (owner, north, _south):
        with ClinicStore.open(north, "north") as store:
            store.append_signed(signed_plan(), Actor("n", "Dr North", "desk-n"))
        engine = sa.create_engine(owner, poolclass=sa.pool.NullPool)
        with engine.begin() as conn:
            conn.execute(sa.text("ALTER TABLE signed_versions DISABLE TRIGGER signed_versions_append_only"))
        engine.dispose()
        engine = sa.create_engine(north, poolclass=sa.pool.NullPool)
        for statement in ("UPDATE signed_versions SET title = 'x'", "DELETE FROM signed_versions", "TRUNCATE signed_versions",
                          "DELETE FROM audit_log", "INSERT INTO clinic_members VALUES (current_user, 'south')"):
            with engine.connect() as conn, pytest.raises(sa.exc.ProgrammingError, match="permission denied"):
                conn.execute(sa.text(statement))
        engine.dispose()
        assert _count(owner, "SELECT count(*) FROM signed_versions WHERE title <> 'x'") == 1


def test_a_clinicians_role_cannot_upgrade_and_is_told_who_can(pg_cluster: PgCluster) -> None:
    with pg_cluster.role() as (name, password), pg_cluster.database() as url:
        engine = make_engine(url)
        with engine.begin() as conn:
            migrate.upgrade(conn, "0001")
            conn.execute(sa.text(f"GRANT SELECT ON careplan_store_version TO {name}"))
        engine.dispose()
        with pytest.raises(StoreNotReady, match="ask whoever set it up to run 'careplan store init' as its owner"):
            ClinicStore.open(url.set(username=name, password=password), "north")
        with ClinicStore.open(url, "north") as store:  # the owner's open upgrades it
            assert store.verify()[0].holds


def test_password_from_the_environment_or_a_pgpass_file(pg_cluster: PgCluster, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    with _two_clinics(pg_cluster) as (_owner, north, _south):
        password = north.password
        assert password is not None
        bare = without_password(north)
        monkeypatch.delenv("PGPASSWORD", raising=False)
        monkeypatch.setenv("PGPASSFILE", str(tmp_path / "no-such-pgpass"))
        with pytest.raises(StoreUnreachable, match="password"):
            ClinicStore.open(bare, "north")

        monkeypatch.setenv("PGPASSWORD", str(password))
        with ClinicStore.open(bare, "north") as store:
            assert store.history("nothing") == []
        monkeypatch.delenv("PGPASSWORD")

        pgpass = tmp_path / "pgpass"
        pgpass.write_text(f"*:*:*:{north.username}:{password}\n", encoding="utf-8")
        pgpass.chmod(0o600)
        monkeypatch.setenv("PGPASSFILE", str(pgpass))
        with ClinicStore.open(bare, "north") as store:
            assert store.history("nothing") == []


def test_libpq_options_pass_through(pg_cluster: PgCluster) -> None:
    with pg_cluster.database() as url:
        ClinicStore.init(url, "north", OWNER)[0].close()
        named = url.update_query_dict({"application_name": "careplan-front-desk", "connect_timeout": "3"})
        with ClinicStore.open(named, "north") as store, store.transaction("asking") as conn:
            assert conn.execute(sa.text("SELECT current_setting('application_name')")).scalar_one() == "careplan-front-desk"
        # TLS settings reach libpq unchanged: it judges them (here an unknown mode), not Careplan.
        with pytest.raises(StoreUnreachable, match='invalid sslmode value: "paranoid"'):
            ClinicStore.open(url.update_query_dict({"sslmode": "paranoid"}), "north")
