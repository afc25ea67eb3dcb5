"""The compiled catalog's file in the user's cache folder (see careplan/domain/compiled_catalog.py),
and the fonts' parsed tables beside it (careplan/export/font_cache.py).

One file each, owner-only, replaced atomically; their readers check what they read against the
files it was made from, so this module only moves bytes. Entry points call :func:`install`; those
that render hand :func:`cache_file` (FONT_TABLES) to ``careplan.export.fonts.use_store``.
"""

from __future__ import annotations

import stat
from pathlib import Path

from careplan.domain.compiled_catalog import use_store
from careplan.storage.atomic import atomic_write_bytes
from careplan.storage.paths import cache_dir, ensure_private_dir

FILE_NAME = "catalog.compiled"
FONT_TABLES = "fonts.tables"


class FileStore:
    """A compiled catalog kept in one file."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def read(self) -> bytes | None:
        try:
            if not stat.S_ISREG(self.path.stat().st_mode):
                return None  # a pipe or device where the file should be: never read (it could block)
            return self.path.read_bytes()
        except FileNotFoundError:
            return None

    def write(self, data: bytes) -> None:
        ensure_private_dir(self.path.parent)
        atomic_write_bytes(self.path, data, keep_backup=False)


def cache_file(name: str, folder: Path | None = None) -> FileStore:
    """The file ``name`` in ``folder`` (default: the user cache folder)."""
    return FileStore((folder or cache_dir()) / name)


def install(folder: Path | None = None) -> FileStore:
    """Keep the compiled catalog in ``folder`` (default: the user cache folder) for this process."""
    store = cache_file(FILE_NAME, folder)
    use_store(store)
    return store
