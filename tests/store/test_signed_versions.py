"""Signed versions on both engines: appended to a hash chain, never changed, and a tampered row is found."""

from __future__ import annotations

import json

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import URL

from careplan.storage.plan_files import load_plan
from careplan.storage.store.chain import entry_hash
from careplan.storage.store.errors import StoreError
from careplan.storage.store.identity import Actor
from careplan.storage.store.schema import APPEND_ONLY, GENESIS_HASH
from careplan.storage.store.store import ClinicStore
from tests.store.conftest import ROOT, signed_plan

ACTOR = Actor("clin1", "Dr A. Example", "desk-7")


def _store(url: URL) -> ClinicStore:
    store, before = ClinicStore.init(url, "north", ACTOR)
    assert before is None
    return store


def _owner(url: URL) -> sa.Engine:
    """The owner's own connection, outside the app (what an administrator with psql can do)."""
    return sa.create_engine(url, poolclass=sa.pool.NullPool)


def test_versions_chain_and_history(store_url: URL) -> None:
    with _store(store_url) as store:
        first = signed_plan("Plan one")
        second = signed_plan("Plan two")
        revised = first.model_copy(update={"revision": 2})
        results = [store.append_signed(p, ACTOR) for p in (first, second, revised)]
        assert [r.version.seq for r in results] == [1, 2, 3]
        assert results[0].version.prev_hash == GENESIS_HASH
        assert results[1].version.prev_hash == results[0].version.hash
        assert results[2].version.prev_hash == results[1].version.hash

        history = store.history(first.id)
        assert [(v.revision, v.seq, v.signed_by) for v in history] == [(1, 1, "Dr A. Example, MD"), (2, 3, "Dr A. Example, MD")]
        assert store.signed_document(first.id, 2)["revision"] == 2

        # A retry of the same signed revision is recognised, not added twice.
        again = store.append_signed(first, ACTOR)
        assert again.already_stored and again.version.seq == 1
        # A different document under a stored revision is refused: a signed version is never replaced.
        with pytest.raises(StoreError, match="never replaced"):
            store.append_signed(first.model_copy(update={"notes": "changed afterwards"}), ACTOR)

        [report] = store.verify()
        assert report.holds and report.count == 3 and report.head_hash == results[2].version.hash


def test_a_draft_is_not_stored(store_url: URL) -> None:
    with _store(store_url) as store:
        draft = signed_plan().model_copy(update={"status": "draft", "signed_off": None})
        with pytest.raises(StoreError, match="not signed off"):
            store.append_signed(draft, ACTOR)
        assert store.verify()[0].count == 0


@pytest.mark.parametrize("table", APPEND_ONLY)
@pytest.mark.parametrize("statement", ["UPDATE {table} SET clinic_id = 'x'", "DELETE FROM {table}"])
def test_update_and_delete_are_refused_by_the_database(store_url: URL, table: str, statement: str) -> None:
    with _store(store_url) as store:
        store.append_signed(signed_plan(), ACTOR)
        template = load_plan(ROOT / "resources" / "templates" / "knee-osteoarthritis.careplan.json")
        store.push_template(template, ACTOR)
    engine = _owner(store_url)
    with engine.connect() as conn:
        before = conn.execute(sa.text(f"SELECT count(*) FROM {table}")).scalar_one()
        assert before >= 1
        with pytest.raises(sa.exc.DBAPIError, match="append-only"):
            conn.execute(sa.text(statement.format(table=table)))
        conn.rollback()
        assert conn.execute(sa.text(f"SELECT count(*) FROM {table}")).scalar_one() == before
    engine.dispose()


def test_truncate_is_refused_on_postgres(store_url: URL, engine_name: str) -> None:
    if engine_name != "postgres":
        assert engine_name == "sqlite"  # SQLite has no TRUNCATE; DELETE is refused above
        return
    with _store(store_url) as store:
        store.append_signed(signed_plan(), ACTOR)
    engine = _owner(store_url)
    with engine.connect() as conn, pytest.raises(sa.exc.DBAPIError, match="append-only"):
        conn.execute(sa.text("TRUNCATE signed_versions"))
    engine.dispose()


def _disable_guard(conn: sa.Connection, engine_name: str) -> None:
    """What an owner (or superuser) can do: switch the append-only trigger off."""
    if engine_name == "postgres":
        conn.execute(sa.text("ALTER TABLE signed_versions DISABLE TRIGGER signed_versions_append_only"))
    else:
        conn.execute(sa.text("DROP TRIGGER signed_versions_no_update"))
        conn.execute(sa.text("DROP TRIGGER signed_versions_no_delete"))


def _three_versions(url: URL) -> list[str]:
    with _store(url) as store:
        return [store.append_signed(signed_plan(f"Plan {n}"), ACTOR).version.hash for n in range(3)]


def test_verify_finds_a_changed_document(store_url: URL, engine_name: str) -> None:
    _three_versions(store_url)
    engine = _owner(store_url)
    with engine.begin() as conn:
        _disable_guard(conn, engine_name)
        conn.execute(sa.text("UPDATE signed_versions SET document = replace(document, :old, :new) WHERE seq = 2"),
                     {"old": '"dose":400.0', "new": '"dose":800.0'})
        assert '"dose":800.0' in conn.execute(sa.text("SELECT document FROM signed_versions WHERE seq = 2")).scalar_one()
    engine.dispose()
    with ClinicStore.open(store_url, "north") as store:
        [report] = store.verify()
    assert not report.holds
    [problem] = report.problems  # only the changed version: the ones after it still follow its stored hash
    assert problem.startswith("place 2 (plan ") and problem.endswith("was changed after it was stored: its content "
                                                                    "does not match its hash")


def test_verify_finds_a_removed_version_and_a_rewritten_chain(store_url: URL, engine_name: str) -> None:
    hashes = _three_versions(store_url)
    engine = _owner(store_url)
    with engine.begin() as conn:
        _disable_guard(conn, engine_name)
        conn.execute(sa.text("DELETE FROM signed_versions WHERE seq = 2"))
    with ClinicStore.open(store_url, "north") as store:
        [report] = store.verify()
    assert any("place 2 is missing" in p for p in report.problems)
    assert any("does not follow the version before it" in p for p in report.problems)

    # Someone with the owner's rights rewrites history and recomputes every hash: the chain holds
    # again, and only a head hash kept elsewhere shows it.
    with engine.begin() as conn:
        rows = conn.execute(sa.text("SELECT id, clinic_id, seq, plan_id, revision, title, signed_by, signed_at, stored_at, "
                                    "document FROM signed_versions ORDER BY seq")).all()
        previous = GENESIS_HASH
        for place, row in enumerate(rows, start=1):
            record = {"clinic_id": row.clinic_id, "seq": place, "plan_id": row.plan_id, "revision": row.revision,
                      "title": row.title, "signed_by": row.signed_by, "signed_at": row.signed_at,
                      "stored_at": row.stored_at, "document": json.loads(row.document)}
            digest = entry_hash(previous, record)
            conn.execute(sa.text("UPDATE signed_versions SET seq = :s, prev_hash = :p, hash = :h WHERE id = :i"),
                         {"s": place, "p": previous, "h": digest, "i": row.id})
            previous = digest
    engine.dispose()
    with ClinicStore.open(store_url, "north") as store:
        [report] = store.verify()
    assert report.holds and report.count == 2
    assert report.head_hash != hashes[-1]  # the head kept elsewhere is no longer in the chain


def test_audit_has_a_row_for_every_write(store_url: URL, engine_name: str) -> None:
    with _store(store_url) as store:
        plan = signed_plan()
        store.append_signed(plan, ACTOR)
        store.append_signed(plan, ACTOR)  # a retry writes nothing, so no audit row either
        template = load_plan(ROOT / "resources" / "templates" / "knee-osteoarthritis.careplan.json")
        store.push_template(template, Actor("clin2", "Dr B", "desk-9"))
        entries = store.audit()
    assert [e.action for e in entries] == ["store.init", "signed.append", "template.push"]
    append = entries[1]
    assert (append.os_user, append.clinician, append.machine) == ("clin1", "Dr A. Example", "desk-7")
    assert append.subject == f"plan {plan.id} revision 1" and append.at.endswith("Z")
    assert (entries[2].os_user, entries[2].clinician, entries[2].machine) == ("clin2", "Dr B", "desk-9")
    # Who the database saw: the login role on PostgreSQL (SQLite has none).
    assert append.db_user == ("careplan_test" if engine_name == "postgres" else "")
    assert "Zo" not in " ".join(e.subject + e.detail for e in entries)  # ids, never the patient's name
