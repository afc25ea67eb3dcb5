"""Atomic, owner-only file writes that keep the previous version as a backup.

Temporary files hold a whole plan or export. While one exists its name is registered, and it is
removed on any exit Python sees: an exception, the end of the program (``atexit``), or SIGTERM /
SIGHUP (POSIX; handlers are installed only where none was set). A process killed outright
(SIGKILL, power loss) leaves it behind: the next save or export of that file, and the next start,
remove such leftovers (see ``stale_temp_files``).
"""

from __future__ import annotations

import atexit
import contextlib
import errno
import os
import re
import signal
import stat
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from types import FrameType

OWNER_ONLY = 0o600
# The file a save replaces is kept as a backup; one far larger than any plan is the wrong file.
MAX_BACKUP_BYTES = 64 * 1024 * 1024
# Temporary files are named ".<target name>.<pid>.<random>.tmp" so that the next start can tell
# a dead save's leftovers (they hold a whole plan) from a save in progress in another process.
_TEMP_NAME = re.compile(r"^\.(?P<name>.+)\.(?P<pid>\d+)\.[a-z0-9_]{8}\.tmp$")
# Before names carried a pid: ".<target name>.<random>.tmp".
_OLD_TEMP_NAME = re.compile(r"^\.(?P<name>.+)\.[a-z0-9_]{8}\.tmp$")
# A save takes milliseconds; a temporary file this old belongs to no save in progress.
STALE_AFTER_SECONDS = 3600.0


_LIVE_TEMPS: set[str] = set()
_LIVE_LOCK = threading.Lock()
_HANDLED_SIGNALS = ("SIGTERM", "SIGHUP")
_installed = False


def _remove_live_temps() -> None:
    with _LIVE_LOCK:
        names = list(_LIVE_TEMPS)
        _LIVE_TEMPS.clear()
    for name in names:
        with contextlib.suppress(OSError):
            os.unlink(name)


def _on_signal(signum: int, frame: FrameType | None) -> None:
    _remove_live_temps()
    # Then die of the signal as the process would have without this handler.
    signal.signal(signum, signal.SIG_DFL)
    os.kill(os.getpid(), signum)


def _install_cleanup() -> None:
    global _installed
    if _installed:
        return
    _installed = True
    atexit.register(_remove_live_temps)
    if threading.current_thread() is not threading.main_thread():
        return  # signal handlers can only be set from the main thread
    for name in _HANDLED_SIGNALS:
        signum = getattr(signal, name, None)
        if signum is None:
            continue  # Windows has no SIGHUP; its SIGTERM is not delivered as a signal
        with contextlib.suppress(ValueError, OSError):
            if signal.getsignal(signum) == signal.SIG_DFL:
                signal.signal(signum, _on_signal)


@contextlib.contextmanager
def _temp_file(target: Path) -> Iterator[tuple[int, Path]]:
    """A new temporary file beside ``target`` (fd, path), removed on any exit unless it was renamed away."""
    _install_cleanup()
    fd, tmp_name = tempfile.mkstemp(prefix=_temp_prefix(target), suffix=".tmp", dir=target.parent)
    with _LIVE_LOCK:
        _LIVE_TEMPS.add(tmp_name)
    try:
        yield fd, Path(tmp_name)
    finally:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        with _LIVE_LOCK:
            _LIVE_TEMPS.discard(tmp_name)


class NotARegularFile(OSError):
    """The file to be replaced (or backed up) is a pipe, socket or device: nothing is read or written."""


def backup_path(path: Path) -> Path:
    return path.with_name(path.name + ".bak")


def atomic_write_bytes(path: Path, data: bytes, *, keep_backup: bool = True, mode: int = OWNER_ONLY) -> None:
    """Write ``data`` to ``path`` so that a crash leaves either the old or the new file, never half.

    The temporary file lives in the same folder (so the rename stays on one file system), is
    flushed and fsynced, then renamed over the target. With ``keep_backup`` the old file is
    first copied to ``<name>.bak``. A target that is not a regular file is refused untouched.
    """
    path = Path(path)
    folder = path.parent
    _refuse_special(path)
    with _temp_file(path) as (fd, tmp):
        _write_and_sync(fd, data)
        _restrict(tmp, mode)
        if keep_backup and path.exists():
            _copy_backup(path)
        os.replace(tmp, path)
    _fsync_dir(folder)


def atomic_create_bytes(path: Path, data: bytes, *, mode: int = OWNER_ONLY) -> None:
    """Create ``path`` with ``data``, whole or not at all, and never over an existing file.

    Written to a temporary file in the same folder and fsynced, then hard-linked to its name, which
    fails with FileExistsError when the name is taken (also by a writer that takes no lock). On a
    file system without hard links the rename is used after checking the name is free (callers
    hold a lock on the folder).
    """
    path = Path(path)
    with _temp_file(path) as (fd, tmp):
        _write_and_sync(fd, data)
        _restrict(tmp, mode)
        try:
            os.link(tmp, path)
        except FileExistsError:
            raise
        except OSError:  # no hard links here (FAT, some network shares)
            if os.path.lexists(path):
                raise FileExistsError(errno.EEXIST, "file exists", str(path)) from None
            os.replace(tmp, path)
    _fsync_dir(path.parent)


def _refuse_special(path: Path) -> None:
    try:
        info = os.stat(path)
    except OSError:
        return  # missing (a new file), or the write itself will say why
    if not stat.S_ISREG(info.st_mode):
        raise NotARegularFile(f"it is not a regular file (a pipe, socket, device or folder); nothing was written to {path}")


def _copy_backup(path: Path) -> None:
    backup = backup_path(path)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise NotARegularFile(f"it is not a regular file (a pipe, socket or device); nothing was written to {path}")
        if info.st_size > MAX_BACKUP_BYTES:
            raise NotARegularFile(f"the file there is far larger than anything Careplan writes ({info.st_size / 1_048_576:,.0f} MB), "
                                  "so it is not replaced; choose another file name")
        with os.fdopen(os.dup(fd), "rb") as handle:
            data = handle.read()
    finally:
        os.close(fd)
    _refuse_special(backup)
    with _temp_file(backup) as (tmp_fd, tmp):
        _write_and_sync(tmp_fd, data)
        _restrict(tmp, OWNER_ONLY)
        os.replace(tmp, backup)


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
