"""The audit log: one row for every write to the store (who, what, when, from which machine).

Rows name plans and templates by id and revision, never by patient; like signed versions they
are append-only on both engines.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from careplan.storage.store.engine import is_postgres
from careplan.storage.store.identity import Actor, stamp
from careplan.storage.store.schema import audit_log


@dataclass(frozen=True)
class AuditEntry:
    at: str
    clinic_id: str
    action: str
    subject: str
    detail: str
    os_user: str
    clinician: str
    machine: str
    db_user: str

    def as_json(self) -> dict[str, Any]:
        return asdict(self)


def record(connection: Connection, clinic_id: str, actor: Actor, action: str, subject: str, detail: str = "") -> None:
    """Add one audit row in the caller's transaction, so it exists exactly when the write does."""
    db_user = connection.execute(sa.text("SELECT current_user")).scalar_one() if is_postgres(connection) else ""
    connection.execute(audit_log.insert().values(
        clinic_id=clinic_id, at=stamp(), os_user=actor.os_user, clinician=actor.clinician, machine=actor.machine,
        db_user=str(db_user), action=action, subject=subject, detail=detail))


def entries(connection: Connection, clinic_id: str, limit: int = 100) -> list[AuditEntry]:
    """The clinic's last ``limit`` audit rows, oldest first."""
    t = audit_log
    rows = connection.execute(
        sa.select(t.c.at, t.c.clinic_id, t.c.action, t.c.subject, t.c.detail, t.c.os_user, t.c.clinician,
                  t.c.machine, t.c.db_user)
        .where(t.c.clinic_id == clinic_id).order_by(t.c.id.desc()).limit(limit)).all()
    return [AuditEntry(*row) for row in reversed(rows)]
