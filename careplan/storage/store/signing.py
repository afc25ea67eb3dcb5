"""Writing a signed plan to the store after its file is written, and sending what could not be sent then.

The signed plan file is always written first and stays the record on this machine. The store
write comes second; when it fails, the signed document waits in the outbox and the outcome says
so in one line, with what to do.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import URL

from careplan.domain.plan import CarePlan
from careplan.storage.store import outbox
from careplan.storage.store.chain import SignedVersion
from careplan.storage.store.engine import display_url, parse_store_url
from careplan.storage.store.errors import StoreError, StoreUnreachable
from careplan.storage.store.identity import Actor
from careplan.storage.store.store import ClinicStore

PUSH_HINT = "it is sent with the next signing that reaches the store, or run 'careplan store push'"


@dataclass(frozen=True)
class StoreOutcome:
    """Where a signed version went: ``stored`` in the store, or queued in the outbox with the reason."""

    stored: bool
    message: str
    version: SignedVersion | None = None
    queued: Path | None = None


def stored_words(store: str, version: SignedVersion, already: bool) -> str:
    what = "was already in" if already else "stored in"
    return (f"signed version {what} the clinic store {store} (clinic {version.clinic_id}, place {version.seq}, "
            f"hash {version.hash[:16]})")


def store_signed(plan: CarePlan, raw_url: str | URL, clinic_id: str, actor: Actor, source: Path | None = None) -> StoreOutcome:
    """Append the signed ``plan`` to the store; on any store failure keep it in the outbox instead."""
    where = "(not a store URL)"
    try:
        url = raw_url if isinstance(raw_url, URL) else parse_store_url(raw_url)
        where = display_url(url)
        with ClinicStore.open(url, clinic_id) as store:
            result = store.append_signed(plan, actor)
            # The store is reachable now: send what waited from earlier failures too.
            sent, _problems = push_pending(store, actor)
        message = stored_words(where, result.version, result.already_stored)
        waited = sum(1 for r in sent if r.stored)
        if waited:
            message += f"; {waited} signed version{'s' if waited != 1 else ''} that waited on this computer also sent"
        return StoreOutcome(True, message, result.version)
    except StoreError as exc:
        failure = exc
    queued = outbox.queue(plan, where, clinic_id, source, str(failure))
    kept = f"the signed plan file {source} is written; " if source is not None else ""
    return StoreOutcome(False, f"the signed version was NOT stored: {failure}. Nothing is lost: {kept}a copy waits in "
                               f"{queued}; {PUSH_HINT}", None, queued)


@dataclass(frozen=True)
class PushResult:
    label: str
    stored: bool
    message: str


def push_pending(store: ClinicStore, actor: Actor) -> tuple[list[PushResult], list[str]]:
    """Send every outbox entry to ``store``; each one sent (or already there) leaves the outbox.

    Stops at the first unreachable-store failure (the rest would fail the same way) and leaves
    that entry and the rest in place.
    """
    entries, problems = outbox.pending()
    results: list[PushResult] = []
    for entry in entries:
        label = f"plan {entry.plan.id} revision {entry.plan.revision}"
        try:
            appended = store.append_signed(entry.plan, actor)
        except StoreError as exc:
            results.append(PushResult(label, False, str(exc)))
            if isinstance(exc, StoreUnreachable):
                break
            continue
        outbox.remove(entry)
        results.append(PushResult(label, True, stored_words(store.where, appended.version, appended.already_stored)))
    return results, problems
