"""Atomic, owner-only file writes that keep the previous version as a backup."""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
import time
from pathlib import Path

OWNER_ONLY = 0o600
# Temporary files are named ".<target name>.<pid>.<random>.tmp" so that the next start can tell
# a dead save's leftovers (they hold a whole plan) from a save in progress in another process.
_TEMP_NAME = re.compile(r"^\.(?P<name>.+)\.(?P<pid>\d+)\.[a-z0-9_]{8}\.tmp$")
# Before names carried a pid: ".<target name>.<random>.tmp".
_OLD_TEMP_NAME = re.compile(r"^\.(?P<name>.+)\.[a-z0-9_]{8}\.tmp$")
# A save takes milliseconds; a temporary file this old belongs to no save in progress.
STALE_AFTER_SECONDS = 3600.0


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
    fd, tmp_name = tempfile.mkstemp(prefix=_temp_prefix(path), suffix=".tmp", dir=folder)
    tmp = Path(tmp_name)
    try:
        _write_and_sync(fd, data)
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
    fd, tmp_name = tempfile.mkstemp(prefix=_temp_prefix(backup), suffix=".tmp", dir=path.parent)
    try:
        _write_and_sync(fd, data)
        _restrict(Path(tmp_name), OWNER_ONLY)
        os.replace(tmp_name, backup)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise


def _write_and_sync(fd: int, data: bytes) -> None:
    """Write all of ``data`` to ``fd``, fsync it and close it (closed even when a write fails)."""
    try:
        view = memoryview(data)
        while view:
            written = os.write(fd, view)
            view = view[written:]
        os.fsync(fd)
    finally:
        os.close(fd)


def _temp_prefix(target: Path) -> str:
    return f".{target.name}.{os.getpid()}."


def _process_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if os.name != "posix":
        return True  # no cheap, safe check on Windows (os.kill there terminates); age decides
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # exists, owned by someone else
    return True


def stale_temp_files(folder: Path, name: str | None = None, *, now: float | None = None) -> list[Path]:
    """Temporary files in ``folder`` left by interrupted saves (of ``name`` only, if given).

    A file counts as stale when the process that wrote it is gone, or when it is older than
    ``STALE_AFTER_SECONDS`` (a reused pid, or a platform where liveness cannot be checked).
    """
    found: list[Path] = []
    now = time.time() if now is None else now
    try:
        entries = list(Path(folder).iterdir())
    except OSError:
        return found
    for entry in entries:
        match = _TEMP_NAME.match(entry.name)
        any_match = match or _OLD_TEMP_NAME.match(entry.name)
        if any_match is None:
            continue
        target = any_match.group("name")
        if name is not None and target not in (name, name + ".bak"):
            continue
        try:
            if not entry.is_file() or entry.is_symlink():
                continue
            age = now - entry.stat().st_mtime
        except OSError:
            continue
        dead = match is not None and not _process_alive(int(match.group("pid")))
        if dead or age > STALE_AFTER_SECONDS:
            found.append(entry)
    return found


def remove_stale_temp_files(folder: Path, name: str | None = None) -> list[Path]:
    """Delete what ``stale_temp_files`` finds; returns the files removed."""
    removed: list[Path] = []
    for path in stale_temp_files(folder, name):
        with contextlib.suppress(OSError):
            path.unlink()
            removed.append(path)
    return removed


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
