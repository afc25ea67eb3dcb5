"""Operating-system errors (disk full, read-only, permission, missing folder) as one line a clinician can act on."""

from __future__ import annotations

import errno
from pathlib import Path

_REASONS = {
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "your disk quota is used up",
    errno.EROFS: "the disk or folder is read-only",
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
    errno.ENOENT: "the folder or file does not exist (it may have been moved or removed)",
    errno.ENOTDIR: "a part of the path is not a folder",
    errno.EISDIR: "it is a folder, not a file",
    errno.ENAMETOOLONG: "the file name is too long",
    errno.EIO: "the disk reported an input/output error",
}
# What to do about a failed write, when there is something to do.
_WRITE_HINTS = {
    errno.ENOSPC: "free some space and try again",
    errno.EDQUOT: "free some space and try again",
    errno.EROFS: "choose another folder",
    errno.EACCES: "choose a folder you can write to",
    errno.EPERM: "choose a folder you can write to",
    errno.ENOENT: "choose an existing folder",
}


def os_error_reason(exc: OSError) -> str:
    """Why the operation failed, in plain words."""
    if exc.errno in _REASONS:
        return _REASONS[exc.errno]
    return (exc.strerror or str(exc) or type(exc).__name__).rstrip(".")


def describe_os_error(exc: OSError, action: str, path: Path | str | None = None) -> str:
    """One line such as ``cannot write /x/plan.careplan.json: the disk is full; free some space and try again``.

    ``path`` is the file the user named; the error's own file name may be a temporary file.
    """
    where = path if path is not None else exc.filename
    target = f" {where}" if where else ""
    hint = _WRITE_HINTS.get(exc.errno or 0) if action in ("write", "save") else None
    return f"cannot {action}{target}: {os_error_reason(exc)}" + (f"; {hint}" if hint else "")
