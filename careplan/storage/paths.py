"""Where Careplan keeps its own files on this machine (platformdirs), overridable for tests."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "Careplan"
APP_AUTHOR = "Careplan"


def data_dir() -> Path:
    """User data folder (templates, recovery copies); ``CAREPLAN_DATA_DIR`` overrides it."""
    override = os.environ.get("CAREPLAN_DATA_DIR")
    return Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def config_dir() -> Path:
    """User configuration folder (preferences); ``CAREPLAN_CONFIG_DIR`` overrides it."""
    override = os.environ.get("CAREPLAN_CONFIG_DIR")
    return Path(override) if override else Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR))


def ensure_private_dir(path: Path) -> Path:
    """Create ``path`` (owner-only where the platform allows) and return it."""
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def recovery_dir() -> Path:
    return data_dir() / "recovery"


def personal_templates_dir() -> Path:
    return data_dir() / "templates"


def preferences_path() -> Path:
    return config_dir() / "preferences.json"
