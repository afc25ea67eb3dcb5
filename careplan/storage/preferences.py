"""Typed user preferences with every default in one place, stored as JSON in the config folder."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from careplan.storage.atomic import atomic_write_bytes
from careplan.storage.paths import ensure_private_dir

PREFERENCES_VERSION = 1


class Preferences(BaseModel):
    """What the clinician can set in Preferences. Window geometry and recent files live in QSettings."""

    model_config = ConfigDict(extra="ignore")

    version: int = PREFERENCES_VERSION
    clinic_name: str = ""
    clinic_address: str = ""
    clinic_phone: str = ""
    clinic_logo_path: Path | None = None
    clinician_name: str = ""
    clinician_credentials: str = ""
    # Printed with your name on the clinician summary's signature block (licence or registration number).
    clinician_licence: str = ""
    default_jurisdiction: str = ""
    large_print: bool = False
    personal_templates_dir: Path | None = None
    shared_templates_dir: Path | None = None
    kratom_enabled: bool = False
    kratom_cautions_accepted_at: datetime | None = None
    autosave_seconds: int = Field(default=30, ge=5, le=600)


def load_preferences(path: Path) -> Preferences:
    """Saved preferences, or the defaults when the file is missing or unreadable."""
    try:
        return Preferences.model_validate(json.loads(Path(path).read_text(encoding="utf-8")))
    except (OSError, ValueError, ValidationError):
        return Preferences()


def save_preferences(prefs: Preferences, path: Path) -> None:
    path = Path(path)
    ensure_private_dir(path.parent)
    atomic_write_bytes(path, prefs.model_dump_json(indent=2).encode("utf-8"), keep_backup=False)
