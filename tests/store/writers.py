"""A writer process for the concurrency test (importable, so that a spawned process can run it)."""

from __future__ import annotations

from typing import Any

from careplan.domain.plan import CarePlan
from careplan.storage.store.identity import Actor
from careplan.storage.store.store import ClinicStore


def append_all(url: str, clinic_id: str, plans: list[CarePlan], barrier: Any, writer: int) -> None:
    """Wait for every writer, then append each plan in its own transaction (as each signing does)."""
    actor = Actor(f"writer{writer}", f"Dr Writer {writer}", f"desk-{writer}")
    with ClinicStore.open(url, clinic_id) as store:
        barrier.wait(timeout=120)
        for plan in plans:
            store.append_signed(plan, actor)
