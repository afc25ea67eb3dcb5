"""Ten writer processes at once lose nothing and keep the chain valid, on both engines."""

from __future__ import annotations

import multiprocessing

import pytest
from sqlalchemy.engine import URL

from careplan.storage.store.identity import Actor
from careplan.storage.store.store import ClinicStore
from tests.store.conftest import signed_plan, url_text
from tests.store.writers import append_all

WRITERS = 10
EACH = 5


@pytest.mark.slow  # many processes at once: .ci/run's slow pass
def test_ten_concurrent_writers_lose_nothing(store_url: URL) -> None:
    ClinicStore.init(store_url, "north", Actor("admin", "", "server"))[0].close()
    batches = [[signed_plan(f"Writer {w} plan {n}") for n in range(EACH)] for w in range(WRITERS)]
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(WRITERS)
    processes = [context.Process(target=append_all, args=(url_text(store_url), "north", batch, barrier, w))
                 for w, batch in enumerate(batches)]
    for process in processes:
        process.start()
    for process in processes:
        process.join(timeout=300)
    assert [p.exitcode for p in processes] == [0] * WRITERS

    with ClinicStore.open(store_url, "north") as store:
        [report] = store.verify()
        assert report.holds, report.problems
        assert report.count == WRITERS * EACH and report.head_seq == WRITERS * EACH
        for batch in batches:
            for plan in batch:
                assert [v.revision for v in store.history(plan.id)] == [1]
        appends = [e for e in store.audit(limit=1000) if e.action == "signed.append"]
    assert len(appends) == WRITERS * EACH
    assert {e.os_user for e in appends} == {f"writer{w}" for w in range(WRITERS)}
