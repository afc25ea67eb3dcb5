"""Signed versions waiting for the store: kept on this machine until ``careplan store push`` sends them.

When the store cannot be reached at signing, the signed plan file is already written; a copy of
the signed document also goes here (owner-only, in the private data folder) so that a later
push needs nothing else, even if the plan file has been moved since.
"""

from __future__ import annotations

import contextlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from careplan.domain.plan import CarePlan
from careplan.storage.atomic import atomic_write_bytes
from careplan.storage.errors import PlanFileError
from careplan.storage.paths import data_dir, ensure_private_dir
from careplan.storage.plan_files import parse_document, to_document
from careplan.storage.store.identity import stamp


def outbox_dir() -> Path:
    return data_dir() / "store-outbox"


@dataclass(frozen=True)
class Pending:
    """One signed version waiting in the outbox."""

    path: Path
    store: str
    clinic_id: str
    source: str
    reason: str
    plan: CarePlan


def queue(plan: CarePlan, store: str, clinic_id: str, source: Path | None, reason: str) -> Path:
    """Keep ``plan`` (signed) for a later push; returns the outbox file. ``store`` carries no password."""
    folder = ensure_private_dir(outbox_dir())
    path = folder / f"{plan.id}-r{plan.revision}.json"
    entry: dict[str, Any] = {"store": store, "clinic_id": clinic_id, "source": str(source or ""), "queued_at": stamp(),
                             "reason": reason, "document": to_document(plan)}
    atomic_write_bytes(path, json.dumps(entry, indent=1, ensure_ascii=False).encode("utf-8"), keep_backup=False)
    return path


def pending() -> tuple[list[Pending], list[str]]:
    """What waits in the outbox, oldest first, and a line for each file that cannot be read (left in place)."""
    folder = outbox_dir()
    if not folder.is_dir():
        return [], []
    found: list[Pending] = []
    problems: list[str] = []
    for path in sorted(folder.glob("*.json"), key=lambda p: p.stat().st_mtime_ns):
        try:
            entry = json.loads(path.read_text(encoding="utf-8"))
            plan = parse_document(entry["document"])
            found.append(Pending(path, str(entry.get("store", "")), str(entry.get("clinic_id", "")),
                                 str(entry.get("source", "")), str(entry.get("reason", "")), plan))
        except (OSError, ValueError, KeyError, TypeError, PlanFileError) as exc:
            problems.append(f"{path}: cannot be read ({exc}); it is left where it is")
    return found, problems


def remove(entry: Pending) -> None:
    """Forget an entry once the store holds it."""
    with contextlib.suppress(FileNotFoundError):
        entry.path.unlink()
