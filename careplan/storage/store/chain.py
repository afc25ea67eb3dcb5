"""Signed plan versions: appended to a per-clinic hash chain, never changed, checked by ``verify``.

Each version's hash is SHA-256 over the previous version's hash and the canonical JSON (sorted
keys, no spaces, UTF-8) of its record: clinic, place in the chain, plan id, revision, title, who
signed and when, when it was stored, and the whole plan document. Changing any of them, removing
a version or inserting one breaks the chain from that place on, which :func:`verify` reports.

Appends are serialised per clinic: an advisory lock on PostgreSQL, ``BEGIN IMMEDIATE`` on SQLite
(see engine.py); a unique (clinic, place) constraint makes a fork impossible even so.
"""

from __future__ import annotations

import hashlib
import json
import zlib
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from datetime import UTC
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from careplan.domain.plan import CarePlan
from careplan.storage.plan_files import to_document
from careplan.storage.store import audit
from careplan.storage.store.engine import is_postgres
from careplan.storage.store.errors import StoreError
from careplan.storage.store.identity import Actor, stamp
from careplan.storage.store.schema import GENESIS_HASH, signed_versions

HASHED_FIELDS = ("clinic_id", "seq", "plan_id", "revision", "title", "signed_by", "signed_at", "stored_at")
_CHAIN_LOCK_CLASS = 0x4350  # "CP": the first key of the two-key advisory lock, the clinic's hash the second


def canonical_json(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False)


def entry_hash(prev_hash: str, record: dict[str, Any]) -> str:
    """SHA-256 of the previous hash and the canonical JSON of the record (document included)."""
    return hashlib.sha256(f"{prev_hash}\n{canonical_json(record)}".encode()).hexdigest()


@dataclass(frozen=True)
class SignedVersion:
    """One signed version as the store lists it (the document itself is fetched on its own)."""

    clinic_id: str
    seq: int
    plan_id: str
    revision: int
    title: str
    signed_by: str
    signed_at: str
    stored_at: str
    prev_hash: str
    hash: str

    def as_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class AppendResult:
    version: SignedVersion
    already_stored: bool


@dataclass
class ChainReport:
    """What ``verify`` found for one clinic's chain."""

    clinic_id: str
    count: int = 0
    head_seq: int = 0
    head_hash: str = GENESIS_HASH
    problems: list[str] = field(default_factory=list)

    @property
    def holds(self) -> bool:
        return not self.problems

    def as_json(self) -> dict[str, Any]:
        return {**asdict(self), "holds": self.holds}


def chain_lock_key(clinic_id: str) -> int:
    """The second advisory-lock key for a clinic (a stable 31-bit hash, the same in every process)."""
    return zlib.crc32(clinic_id.encode("utf-8")) & 0x7FFFFFFF


def lock_chain(connection: Connection, clinic_id: str) -> None:
    """Hold the clinic's chain until the transaction ends (SQLite's BEGIN IMMEDIATE already does)."""
    if is_postgres(connection):
        connection.execute(sa.text("SELECT pg_advisory_xact_lock(:a, :b)"),
                           {"a": _CHAIN_LOCK_CLASS, "b": chain_lock_key(clinic_id)})


def signed_document(plan: CarePlan) -> tuple[dict[str, Any], str, str]:
    """The plan's document, who signed it and when; StoreError unless it is a signed-off plan."""
    if plan.patient is None or plan.status != "final" or plan.signed_off is None:
        raise StoreError(f"plan {plan.id} revision {plan.revision} is not signed off; only signed plans go to the store")
    sign_off = plan.signed_off
    by = sign_off.name + (f", {sign_off.credentials}" if sign_off.credentials else "")
    return to_document(plan), by, stamp(sign_off.at.astimezone(UTC))


def _version(row: Any) -> SignedVersion:
    t = signed_versions.c
    return SignedVersion(*(row._mapping[c] for c in (t.clinic_id, t.seq, t.plan_id, t.revision, t.title, t.signed_by,
                                                    t.signed_at, t.stored_at, t.prev_hash, t.hash)))


_LISTED = [signed_versions.c[name] for name in
           ("clinic_id", "seq", "plan_id", "revision", "title", "signed_by", "signed_at", "stored_at", "prev_hash", "hash")]


def append(connection: Connection, clinic_id: str, plan: CarePlan, actor: Actor) -> AppendResult:
    """Append the signed plan to the clinic's chain with an audit row, in the caller's transaction.

    The same plan revision sent again (a retry after a lost answer) is recognised and not added
    twice; a *different* document under an already stored revision is refused.
    """
    document, signed_by, signed_at = signed_document(plan)
    text = canonical_json(document)
    lock_chain(connection, clinic_id)
    t = signed_versions
    same = connection.execute(sa.select(*_LISTED, t.c.document).where(
        t.c.clinic_id == clinic_id, t.c.plan_id == plan.id, t.c.revision == plan.revision)).first()
    if same is not None:
        if same.document == text:
            return AppendResult(_version(same), already_stored=True)
        raise StoreError(f"the store already holds a different signed revision {plan.revision} of plan {plan.id} "
                         f"(place {same.seq}); a signed version is never replaced")
    head = connection.execute(sa.select(t.c.seq, t.c.hash).where(t.c.clinic_id == clinic_id)
                              .order_by(t.c.seq.desc()).limit(1)).first()
    seq, prev = (head.seq + 1, head.hash) if head is not None else (1, GENESIS_HASH)
    record: dict[str, Any] = {"clinic_id": clinic_id, "seq": seq, "plan_id": plan.id, "revision": plan.revision,
                              "title": plan.title, "signed_by": signed_by, "signed_at": signed_at, "stored_at": stamp()}
    digest = entry_hash(prev, {**record, "document": document})
    connection.execute(t.insert().values(**record, document=text, prev_hash=prev, hash=digest))
    audit.record(connection, clinic_id, actor, "signed.append", f"plan {plan.id} revision {plan.revision}",
                 f"place {seq}, hash {digest[:16]}")
    return AppendResult(SignedVersion(prev_hash=prev, hash=digest, **record), already_stored=False)


def history(connection: Connection, clinic_id: str, plan_id: str) -> list[SignedVersion]:
    t = signed_versions
    rows = connection.execute(sa.select(*_LISTED).where(t.c.clinic_id == clinic_id, t.c.plan_id == plan_id)
                              .order_by(t.c.revision, t.c.seq)).all()
    return [_version(row) for row in rows]


def document_of(connection: Connection, clinic_id: str, plan_id: str, revision: int) -> dict[str, Any] | None:
    t = signed_versions
    text = connection.execute(sa.select(t.c.document).where(
        t.c.clinic_id == clinic_id, t.c.plan_id == plan_id, t.c.revision == revision)).scalar_one_or_none()
    return None if text is None else dict(json.loads(text))


def count(connection: Connection, clinic_id: str) -> int:
    t = signed_versions
    return int(connection.execute(sa.select(sa.func.count()).select_from(t).where(t.c.clinic_id == clinic_id)).scalar_one())


def visible_clinics(connection: Connection) -> list[str]:
    """The clinics whose chains this connection can read (row-level security decides on PostgreSQL)."""
    t = signed_versions
    return list(connection.execute(sa.select(t.c.clinic_id).distinct().order_by(t.c.clinic_id)).scalars())


def verify(connection: Connection, clinic_ids: Iterable[str]) -> list[ChainReport]:
    """Walk each clinic's chain from the start and report every place where it does not hold."""
    reports = []
    t = signed_versions
    for clinic_id in clinic_ids:
        report = ChainReport(clinic_id)
        previous = GENESIS_HASH
        rows = connection.execution_options(yield_per=200).execute(
            sa.select(*_LISTED, t.c.document).where(t.c.clinic_id == clinic_id).order_by(t.c.seq))
        for row in rows:
            _check_row(row, report, previous)
            previous = row.hash
            report.count += 1
            report.head_seq, report.head_hash = row.seq, row.hash
        reports.append(report)
    return reports


def _check_row(row: Any, report: ChainReport, previous: str) -> None:
    where = f"place {row.seq} (plan {row.plan_id} revision {row.revision})"
    expected_seq = report.head_seq + 1
    if row.seq != expected_seq:
        report.problems.append(f"place {expected_seq} is missing: the chain jumps to {row.seq} (a version was removed)")
    if row.prev_hash != previous:
        report.problems.append(f"{where} does not follow the version before it: a version before it was removed, "
                               "changed or inserted")
    try:
        document = json.loads(row.document)
    except ValueError:
        report.problems.append(f"{where}: its document is not readable JSON (it was changed after signing)")
        return
    record = {name: getattr(row, name) for name in HASHED_FIELDS}
    if entry_hash(row.prev_hash, {**record, "document": document}) != row.hash:
        report.problems.append(f"{where} was changed after it was stored: its content does not match its hash")
