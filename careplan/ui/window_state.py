"""QSettings for what belongs to this machine's window, not to preferences: geometry and recent files."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from careplan.storage import paths

MAX_RECENT = 8


def settings() -> QSettings:
    """An INI file in Careplan's config folder (so tests and portable setups stay self-contained)."""
    folder = paths.ensure_private_dir(paths.config_dir())
    ini = folder / "window.ini"
    # Recent file names are patient information: the file is owner-only from its first byte,
    # and QSettings keeps a file's permissions when it rewrites it.
    with contextlib.suppress(OSError):
        os.close(os.open(ini, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600))
        os.chmod(ini, 0o600)
    return QSettings(str(ini), QSettings.Format.IniFormat)


class WindowState:
    def __init__(self) -> None:
        self._settings = settings()

    def geometry(self) -> QByteArray | None:
        value = self._settings.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    def window_state(self) -> QByteArray | None:
        value = self._settings.value("window/state")
        return value if isinstance(value, QByteArray) else None

    def splitter(self) -> QByteArray | None:
        value = self._settings.value("window/splitter")
        return value if isinstance(value, QByteArray) else None

    def save_window(self, geometry: QByteArray, state: QByteArray, splitter: QByteArray | None) -> None:
        self._settings.setValue("window/geometry", geometry)
        self._settings.setValue("window/state", state)
        if splitter is not None:
            self._settings.setValue("window/splitter", splitter)
        self._settings.sync()

    def recent_files(self) -> list[Path]:
        value = self._settings.value("recent/files") or []
        items = [value] if isinstance(value, str) else list(value)
        return [Path(p) for p in items if p]

    def add_recent(self, path: Path) -> None:
        path = path.resolve()
        files = [path] + [p for p in self.recent_files() if p != path]
        self._settings.setValue("recent/files", [str(p) for p in files[:MAX_RECENT]])
        self._settings.sync()

    def clear_recent(self) -> None:
        self._settings.remove("recent/files")
