"""Internal-error reports: the traceback goes to an owner-only log file, never to the clinician's screen."""

from __future__ import annotations

import contextlib
import os
import platform
import sys
import traceback
from datetime import UTC, datetime
from pathlib import Path

from careplan import __version__
from careplan.storage.atomic import atomic_write_bytes
from careplan.storage.paths import ensure_private_dir, log_dir

KEEP_LOGS = 20


def write_crash_log(exc: BaseException, context: str = "") -> Path | None:
    """Write ``exc`` with its traceback to a new log file; returns its path (None if even that failed).

    The report stays on this machine, in the user data folder, readable by its owner only.
    """
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    lines = [
        f"Careplan {__version__} internal error at {stamp}",
        f"Python {platform.python_version()} on {platform.platform()}",
        f"Context: {context or ' '.join(sys.argv[:1])}",
        "",
        *traceback.format_exception(type(exc), exc, exc.__traceback__),
    ]
    try:
        folder = ensure_private_dir(log_dir())
        path = folder / f"internal-error-{stamp}-{os.getpid()}.log"
        atomic_write_bytes(path, "\n".join(lines).encode("utf-8", errors="backslashreplace"), keep_backup=False)
    except OSError:
        return None
    _prune(folder)
    return path


def _prune(folder: Path) -> None:
    logs = sorted(folder.glob("internal-error-*.log"), key=lambda p: p.name, reverse=True)
    for old in logs[KEEP_LOGS:]:
        with contextlib.suppress(OSError):
            old.unlink()


def internal_error_message(exc: BaseException, log: Path | None) -> str:
    """The one line a user sees for an internal error."""
    where = f"; details were written to {log}" if log is not None else ""
    return f"internal error ({type(exc).__name__}) in Careplan{where}; please report it"
