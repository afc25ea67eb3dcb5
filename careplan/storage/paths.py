"""Where Careplan keeps its own files on this machine (platformdirs), overridable for tests."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

import platformdirs

APP_NAME = "Careplan"
APP_AUTHOR = "Careplan"
PRIVATE_DIR_MODE = 0o700


def data_dir() -> Path:
    """User data folder (templates, recovery copies); ``CAREPLAN_DATA_DIR`` overrides it."""
    override = os.environ.get("CAREPLAN_DATA_DIR")
    return Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def config_dir() -> Path:
    """User configuration folder (preferences); ``CAREPLAN_CONFIG_DIR`` overrides it."""
    override = os.environ.get("CAREPLAN_CONFIG_DIR")
    return Path(override) if override else Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR))


def cache_dir() -> Path:
    """User cache folder (the compiled catalog); ``CAREPLAN_CACHE_DIR`` overrides it. Deleting it loses nothing."""
    override = os.environ.get("CAREPLAN_CACHE_DIR")
    return Path(override) if override else Path(platformdirs.user_cache_dir(APP_NAME, APP_AUTHOR))


def _owner_only(path: Path) -> None:
    # On Windows chmod only toggles read-only; the user profile's ACLs keep folders private there.
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        if path.stat().st_uid == os.getuid():
            path.chmod(PRIVATE_DIR_MODE)


def ensure_private_dir(path: Path) -> Path:
    """Create ``path`` owner-only (0700 on POSIX) and return it.

    Careplan's own folders on the way (the data or config folder itself) are made owner-only too,
    including ones an earlier version created 0755; folders outside them are left alone.
    """
    path = Path(path)
    path.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR_MODE)
    _owner_only(path)
    for root in (data_dir(), config_dir(), cache_dir()):
        if root in path.parents:
            node = path.parent
            while node != root.parent and node != node.parent:
                _owner_only(node)
                node = node.parent
    return path


def recovery_dir() -> Path:
    return data_dir() / "recovery"


def personal_templates_dir() -> Path:
    return data_dir() / "templates"


def preferences_path() -> Path:
    return config_dir() / "preferences.json"


def log_dir() -> Path:
    """Where internal-error reports go (tracebacks never reach the clinician's screen)."""
    return data_dir() / "logs"


def same_file(a: Path, b: Path) -> bool:
    """Whether two paths name the same file: after resolving symbolic links, or as hard links.

    Paths that do not exist yet are compared by their resolved, case-normalised form (so that
    two outputs that would land on one file are caught before either is written).
    """
    a, b = Path(a), Path(b)
    try:
        if a.exists() and b.exists():
            return os.path.samefile(a, b)
    except OSError:
        pass
    return os.path.normcase(_resolved(a)) == os.path.normcase(_resolved(b))


def _resolved(path: Path) -> str:
    # A symbolic-link loop cannot be resolved (RuntimeError before Python 3.13): compare it as written.
    try:
        return str(path.resolve())
    except (OSError, RuntimeError):
        return os.path.abspath(path)
