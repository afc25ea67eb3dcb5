"""Writing template files into a library folder without losing any: one lock, names chosen under it.

Every write into a templates folder (personal or shared clinic) holds the folder's lock
(``filelock``: an OS file lock, so another process, or another machine on a share that supports
locks, waits its turn). Under the lock a new file's name is chosen free and created without
overwriting anything, and no second file may take a template id the folder already holds. A
change is a :class:`FileChange`, reversible, so the GUI can put it on its undo stack.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from filelock import FileLock, Timeout

from careplan.storage.atomic import atomic_create_bytes, atomic_write_bytes
from careplan.storage.errors import PlanFileError
from careplan.storage.plan_files import PLAN_SUFFIX, read_bytes_limited

# Shared-folder files must be readable (and updatable) by colleagues; templates hold no patient data.
SHARED_MODE = 0o664
PERSONAL_MODE = 0o600
LOCK_NAME = ".careplan-library.lock"
LOCK_TIMEOUT_SECONDS = 30.0


class LibraryError(ValueError):
    """A library operation that cannot be done; the message is one line for the clinician."""


@contextlib.contextmanager
def folder_lock(folder: Path, *, mode: int = PERSONAL_MODE, timeout: float = LOCK_TIMEOUT_SECONDS) -> Iterator[None]:
    """Hold the folder's lock while the block runs (LibraryError if another writer keeps it too long)."""
    lock = FileLock(Path(folder) / LOCK_NAME, timeout=timeout, mode=mode)
    try:
        lock.acquire()
    except Timeout:
        raise LibraryError(f"the templates folder {folder} is busy (another save is in progress); try again") from None
    try:
        yield
    finally:
        lock.release()


def free_path(folder: Path, name: str) -> Path:
    """``folder/name``, or ``name-2``, ``name-3``, ... whichever is free now (call under the lock)."""
    path = folder / name
    n = 2
    while path.exists() or path.is_symlink():
        path = folder / f"{name.removesuffix(PLAN_SUFFIX)}-{n}{PLAN_SUFFIX}"
        n += 1
    return path


def ids_in_folder(folder: Path) -> dict[str, Path]:
    """The template id of each file in ``folder`` (files that cannot be read are left out)."""
    found: dict[str, Path] = {}
    for path in sorted(folder.glob(f"*{PLAN_SUFFIX}")):
        try:
            data = json.loads(read_bytes_limited(path).decode("utf-8-sig"))
        except (PlanFileError, ValueError):
            continue
        if isinstance(data, dict) and isinstance(data.get("id"), str):
            found.setdefault(data["id"], path)
    return found


@dataclass
class FileChange:
    """One reversible change to one file: ``before`` and ``after`` are its bytes (None: no file).

    For a new file (``before`` None), ``path`` is the name wished for: the free name is chosen
    under the folder's lock when the change is applied, and ``path`` then says which it was. With
    ``unique_id``, the change is refused when another file of the folder already holds that id.
    With ``keep_backup``, the file replaced is kept as ``FILE.bak``.
    """

    path: Path
    before: bytes | None
    after: bytes | None
    description: str
    mode: int = PERSONAL_MODE
    unique_id: str | None = None
    keep_backup: bool = False

    def apply(self) -> None:
        with folder_lock(self.path.parent, mode=self.mode):
            if self.before is None and self.after is not None:
                self.path = free_path(self.path.parent, self.path.name)
            self._check_id()
            self._move(self.before, self.after)

    def revert(self) -> None:
        with folder_lock(self.path.parent, mode=self.mode):
            self._move(self.after, self.before)

    def _check_id(self) -> None:
        if self.unique_id is None or self.after is None:
            return
        holder = ids_in_folder(self.path.parent).get(self.unique_id)
        if holder is not None and holder != self.path:
            raise LibraryError(f"{holder.name} already holds template id {self.unique_id!r} (saved meanwhile); "
                               "nothing was changed")

    def _move(self, expected: bytes | None, target: bytes | None) -> None:
        current = self.path.read_bytes() if self.path.exists() else None
        if current != expected:
            raise LibraryError(f"{self.path.name} was changed by someone else in the meantime; nothing was changed")
        if target is None:
            self.path.unlink()
        elif expected is None:
            try:
                atomic_create_bytes(self.path, target, mode=self.mode)
            except FileExistsError:
                raise LibraryError(f"{self.path.name} was created by someone else in the meantime; nothing was changed") from None
        else:
            atomic_write_bytes(self.path, target, keep_backup=self.keep_backup, mode=self.mode)
