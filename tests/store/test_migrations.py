"""Store migrations on both engines: up from an empty database, up from the previous schema with data in it."""

from __future__ import annotations

import json

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import URL

from careplan.storage.plan_files import to_document
from careplan.storage.store import migrate
from careplan.storage.store.chain import canonical_json, entry_hash
from careplan.storage.store.engine import make_engine
from careplan.storage.store.errors import StoreNotReady
from careplan.storage.store.identity import Actor
from careplan.storage.store.schema import GENESIS_HASH, HEAD_REVISION, VERSION_TABLE, metadata
from careplan.storage.store.store import ClinicStore
from tests.store.conftest import signed_plan

ACTOR = Actor("clin1", "Dr A. Example", "desk-7")


def _tables(url: URL) -> set[str]:
    engine = sa.create_engine(url, poolclass=sa.pool.NullPool)
    try:
        return set(sa.inspect(engine).get_table_names())
    finally:
        engine.dispose()


def test_there_are_two_revisions_and_the_second_follows_the_first() -> None:
    assert migrate.known_revisions() == ["0001", "0002"]
    assert migrate.head_revision() == "0002" == HEAD_REVISION


def test_up_from_an_empty_database(store_url: URL) -> None:
    store, before = ClinicStore.init(store_url, "north", ACTOR)
    with store:
        assert before is None
        assert _tables(store_url) >= {"signed_versions", "audit_log", "shared_templates", "clinic_members", VERSION_TABLE}
        assert store.append_signed(signed_plan(), ACTOR).version.seq == 1
    # Running init again changes nothing and says so in the audit.
    store, before = ClinicStore.init(store_url, "north", ACTOR)
    with store:
        assert before == "0002"
        assert store.audit()[-1].detail == "schema 0002, already current"


def test_the_code_reads_the_tables_the_migrations_build(store_url: URL) -> None:
    ClinicStore.init(store_url, "north", ACTOR)[0].close()
    engine = sa.create_engine(store_url, poolclass=sa.pool.NullPool)
    inspector = sa.inspect(engine)
    for table in metadata.tables.values():
        assert {c["name"] for c in inspector.get_columns(table.name)} == set(table.columns.keys()), table.name
    engine.dispose()


def _write_as_revision_0001(url: URL) -> list[str]:
    """Data as Careplan wrote it at schema 0001 (no db_user column, no clinic_members): raw SQL, as that version did."""
    engine = make_engine(url, create=True)
    hashes = []
    with engine.begin() as conn:
        migrate.upgrade(conn, "0001")
        previous = GENESIS_HASH
        for seq in (1, 2):
            plan = signed_plan(f"Old plan {seq}")
            assert plan.signed_off is not None
            record = {"clinic_id": "north", "seq": seq, "plan_id": plan.id, "revision": 1, "title": plan.title,
                      "signed_by": "Dr Old", "signed_at": f"2026-01-0{seq}T09:00:00Z", "stored_at": "2026-01-05T09:00:00Z"}
            document = to_document(plan)
            digest = entry_hash(previous, {**record, "document": document})
            conn.execute(sa.text(
                "INSERT INTO signed_versions (clinic_id, seq, plan_id, revision, title, signed_by, signed_at, stored_at, "
                "document, prev_hash, hash) VALUES (:clinic_id, :seq, :plan_id, :revision, :title, :signed_by, :signed_at, "
                ":stored_at, :document, :prev_hash, :hash)"),
                {**record, "document": canonical_json(document), "prev_hash": previous, "hash": digest})
            conn.execute(sa.text("INSERT INTO audit_log (clinic_id, at, os_user, clinician, machine, action, subject, detail) "
                                 "VALUES ('north', '2026-01-05T09:00:00Z', 'old', 'Dr Old', 'desk-1', 'signed.append', :s, '')"),
                         {"s": f"plan {plan.id} revision 1"})
            hashes.append(digest)
            previous = digest
        assert migrate.current_revision(conn) == "0001"
    engine.dispose()
    return hashes


def test_up_from_the_previous_schema_keeps_the_chain_and_the_audit(store_url: URL) -> None:
    hashes = _write_as_revision_0001(store_url)
    assert "clinic_members" not in _tables(store_url)
    # Opening a store that is behind upgrades it (the owner may).
    with ClinicStore.open(store_url, "north") as store:
        [report] = store.verify()
        assert report.holds and report.count == 2 and report.head_hash == hashes[-1]
        old_audit = store.audit()
        assert [(e.clinician, e.db_user) for e in old_audit] == [("Dr Old", ""), ("Dr Old", "")]
        appended = store.append_signed(signed_plan("New plan"), ACTOR).version
        assert (appended.seq, appended.prev_hash) == (3, hashes[-1])
        assert store.verify()[0].holds
    assert "clinic_members" in _tables(store_url)
    engine = make_engine(store_url)
    with engine.connect() as conn:
        assert migrate.current_revision(conn) == "0002"
    engine.dispose()


def test_a_store_from_a_newer_careplan_is_refused(store_url: URL) -> None:
    ClinicStore.init(store_url, "north", ACTOR)[0].close()
    engine = make_engine(store_url)
    with engine.begin() as conn:
        conn.execute(sa.text(f"UPDATE {VERSION_TABLE} SET version_num = '0099'"))
    engine.dispose()
    with pytest.raises(StoreNotReady, match=r"revision 0099\) is newer than this version of Careplan"):
        ClinicStore.open(store_url, "north")
    with pytest.raises(StoreNotReady, match="newer"):
        ClinicStore.init(store_url, "north", ACTOR)


def test_a_database_that_is_not_a_store_is_named(store_url: URL) -> None:
    make_engine(store_url, create=True).dispose()
    if store_url.drivername == "sqlite":
        sa.create_engine(store_url).connect().close()  # an empty file
    with pytest.raises(StoreNotReady, match="not a Careplan clinic store yet; set it up with 'careplan store init"):
        ClinicStore.open(store_url, "north")


def test_documents_round_trip_unchanged(store_url: URL) -> None:
    with ClinicStore.init(store_url, "north", ACTOR)[0] as store:
        plan = signed_plan("Zoë Ñúñez — plan")
        store.append_signed(plan, ACTOR)
        assert store.signed_document(plan.id, 1) == json.loads(canonical_json(to_document(plan)))
        assert store.history(plan.id)[0].title == "Zoë Ñúñez — plan"
