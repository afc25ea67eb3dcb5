"""A real PostgreSQL server stopped while ``careplan sign --store`` is writing: nothing is lost on this machine.

The test runs its own throwaway server (see pg_server.py) so that stopping it disturbs nothing
else. It holds the clinic's chain lock, so the signing process is connected and inside its
store transaction, waiting, when the server goes down hard (``pg_ctl stop -m immediate``).
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from careplan.storage.plan_files import load_plan
from careplan.storage.store.chain import chain_lock_key
from careplan.storage.store.identity import Actor
from careplan.storage.store.outbox import outbox_dir
from careplan.storage.store.store import ClinicStore
from tests.store.conftest import ROOT, url_text
from tests.store.pg_server import PrivateServer, server_bindir
from tests.test_cli import run

pytestmark = [pytest.mark.postgres, pytest.mark.fault]


@pytest.fixture
def own_server() -> Iterator[PrivateServer]:
    bindir = server_bindir()
    if bindir is None:
        pytest.fail("this test starts and stops its own PostgreSQL server: install the server programs "
                    "(Debian: postgresql) or deselect with -m 'not postgres'", pytrace=False)
    server = PrivateServer(bindir).create()
    try:
        yield server
    finally:
        server.destroy()


def _wait_for_lock_waiter(engine: sa.Engine, seconds: float = 120.0) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        with engine.connect() as conn:
            waiting = conn.execute(sa.text("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
                                           "AND wait_event = 'advisory'")).scalar_one()
        if waiting:
            return
        time.sleep(0.2)
    raise AssertionError("the signing process never reached the store write")


def test_server_stopped_mid_write_loses_nothing_locally(own_server: PrivateServer, tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    url = url_text(own_server.url)
    ClinicStore.init(own_server.url, "default", Actor("admin", "", "server"))[0].close()
    plan_file = tmp_path / "plan.careplan.json"
    plan_file.write_bytes((ROOT / "examples" / "low-back-pain.careplan.json").read_bytes())

    holder_engine = sa.create_engine(own_server.url, poolclass=sa.pool.NullPool)
    watcher = sa.create_engine(own_server.url, poolclass=sa.pool.NullPool)
    holder = holder_engine.connect()
    holder.execute(sa.text("SELECT pg_advisory_xact_lock(:a, :b)"), {"a": 0x4350, "b": chain_lock_key("default")})
    signer = subprocess.Popen(
        [sys.executable, "-c", "import sys; from careplan.cli import main; sys.exit(main())",
         "sign", str(plan_file), "--by", "Dr A. Example", "--store", url],
        cwd=ROOT, env=dict(os.environ), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        _wait_for_lock_waiter(watcher)
        own_server.stop("immediate")
        out, err = signer.communicate(timeout=120)
    finally:
        if signer.poll() is None:
            signer.kill()
        holder.invalidate()
        holder_engine.dispose()
        watcher.dispose()

    assert signer.returncode == 2
    assert "Signed off" in out
    assert err.count("\n") == 1 and "the signed version was NOT stored" in err and "Nothing is lost" in err
    signed = load_plan(plan_file)
    assert signed.status == "final" and signed.signed_off is not None  # the file was written before the store
    [queued] = list(outbox_dir().glob("*.json"))
    assert signed.id in queued.name

    own_server.start()
    with ClinicStore.open(own_server.url, "default") as store:
        assert store.history(signed.id) == []  # the interrupted transaction left nothing half-written
    code, out, _ = run(["store", "push", "--store", url], capsys)
    assert code == 0 and "signed version stored" in out
    with ClinicStore.open(own_server.url, "default") as store:
        [version] = store.history(signed.id)
        [report] = store.verify()
    assert version.revision == 1 and report.holds and report.count == 1
    assert list(outbox_dir().glob("*.json")) == []
