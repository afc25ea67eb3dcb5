"""Atomic, owner-only file writes that keep the previous version as a backup."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

OWNER_ONLY = 0o600


def backup_path(path: Path) -> Path:
    return path.with_name(path.name + ".bak")


def atomic_write_bytes(path: Path, data: bytes, *, keep_backup: bool = True, mode: int = OWNER_ONLY) -> None:
    """Write ``data`` to ``path`` so that a crash leaves either the old or the new file, never half.

    The temporary file lives in the same folder (so the rename stays on one file system), is
    flushed and fsynced, then renamed over the target. With ``keep_backup`` the old file is
    first copied to ``<name>.bak``.
    """
    path = Path(path)
    folder = path.parent
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        _restrict(tmp, mode)
        if keep_backup and path.exists():
            _copy_backup(path)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    _fsync_dir(folder)


def _copy_backup(path: Path) -> None:
    backup = backup_path(path)
    data = path.read_bytes()
    fd, tmp_name = tempfile.mkstemp(prefix=f".{backup.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        _restrict(Path(tmp_name), OWNER_ONLY)
        os.replace(tmp_name, backup)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise


def _restrict(path: Path, mode: int) -> None:
    # On Windows chmod only toggles read-only; the user profile's ACLs keep files private there.
    with contextlib.suppress(OSError):
        os.chmod(path, mode)


def _fsync_dir(folder: Path) -> None:
    # Directory fsync makes the rename durable on POSIX; Windows cannot open directories.
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        dir_fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
