"""Store fixtures: every store test runs on SQLite and on a real PostgreSQL server.

The PostgreSQL half is marked ``postgres``. It uses the server named by CAREPLAN_TEST_PG_URL
(``.ci/run`` starts one), or else starts a private one from the installed server programs; with
neither it fails, loudly: deselect it with ``-m "not postgres"`` on a machine without PostgreSQL.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.engine import URL

from careplan.domain.plan import CarePlan, SignOff, utc_now
from careplan.storage.plan_files import load_plan
from tests.store.pg_server import PgCluster, cluster_from_environment

ROOT = Path(__file__).resolve().parents[2]
ENGINES = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[PgCluster]:
    try:
        cluster, private = cluster_from_environment()
    except RuntimeError as exc:
        pytest.fail(str(exc), pytrace=False)
    try:
        yield cluster
    finally:
        if private is not None:
            private.destroy()


@pytest.fixture(params=ENGINES)
def engine_name(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def store_url(engine_name: str, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[URL]:
    """A URL for an empty database on the engine under test (the owner's login, with its password)."""
    if engine_name == "sqlite":
        yield URL.create("sqlite", database=str(tmp_path / "clinic-store.db"))
        return
    cluster: PgCluster = request.getfixturevalue("pg_cluster")
    with cluster.database() as url:
        yield url


def url_text(url: URL) -> str:
    """The URL as a person types it, password included (the tests' own server)."""
    return url.render_as_string(hide_password=False)


def signed_plan(title: str = "Chronic low back pain plan", *, plan_id: str | None = None, revision: int = 1,
                by: str = "Dr A. Example") -> CarePlan:
    """A signed plan (the example's content), quick to make in numbers: no safety check is needed here."""
    plan = load_plan(ROOT / "examples" / "low-back-pain.careplan.json")
    return plan.model_copy(update={"id": plan_id or str(uuid.uuid4()), "title": title, "revision": revision,
                                   "status": "final", "signed_off": SignOff(name=by, credentials="MD", at=utc_now())})
