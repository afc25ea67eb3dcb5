"""Who writes to the store, for the audit log: the operating-system user, the clinician, the machine."""

from __future__ import annotations

import getpass
import re
import socket
from dataclasses import dataclass
from datetime import UTC, datetime

from careplan.storage.store.errors import StoreError

_CLINIC_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")
DEFAULT_CLINIC_ID = "default"


@dataclass(frozen=True)
class Actor:
    """The person and computer behind one write."""

    os_user: str
    clinician: str
    machine: str

    @classmethod
    def here(cls, clinician: str = "") -> Actor:
        """This process's user and machine, with the clinician's name as they gave it."""
        try:
            user = getpass.getuser()
        except (OSError, KeyError, ImportError):  # no login name (a service account, a container)
            user = "unknown"
        return cls(user, " ".join(clinician.split()), socket.gethostname() or "unknown")


def check_clinic_id(clinic_id: str) -> str:
    """A clinic id is letters, digits, '.', '_' or '-' (at most 64), so it is safe everywhere it is shown."""
    if not _CLINIC_ID.match(clinic_id):
        raise StoreError(f"clinic id {clinic_id!r} is not valid: use letters, digits, '.', '_' or '-' (at most 64)")
    return clinic_id


def stamp(moment: datetime | None = None) -> str:
    """ISO 8601 in UTC to the second, as the store keeps every time: 2026-11-24T10:19:00Z."""
    value = (moment or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    return value.strftime("%Y-%m-%dT%H:%M:%SZ")
