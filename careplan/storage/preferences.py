"""Typed user preferences with every default in one place, stored as JSON in the config folder."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

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
    default_jurisdiction: str = ""
    large_print: bool = False
    personal_templates_dir: Path | None = None
    shared_templates_dir: Path | None = None
    kratom_enabled: bool = False
    kratom_cautions_accepted_at: datetime | None = None
    autosave_seconds: int = Field(default=30, ge=5, le=600)
    # The clinic store (opt-in; empty: plan files only). Never a password: that comes from
    # PGPASSWORD or a pgpass file (see docs/clinic-store.md).
    store_url: str = ""
    store_clinic_id: str = ""

    @field_validator("store_url")
    @classmethod
    def _no_password(cls, value: str) -> str:
        head, at, _ = value.rpartition("@")
        if at and "://" in head and ":" in head.split("://", 1)[1]:
            raise ValueError("a store URL in preferences carries no password; use PGPASSWORD or a pgpass file")
        return value.strip()


def load_preferences(path: Path) -> Preferences:
    """Saved preferences, or the defaults when the file is missing or unreadable."""
    try:
        return Preferences.model_validate(json.loads(Path(path).read_text(encoding="utf-8")))
    except (OSError, ValueError, ValidationError):
        return Preferences()


def save_preferences(prefs: Preferences, path: Path) -> None:
    path = Path(path)
    # model_copy(update=...) skips validation: check again, so that no password ever reaches the file.
    prefs = Preferences.model_validate(prefs.model_dump())
    ensure_private_dir(path.parent)
    atomic_write_bytes(path, prefs.model_dump_json(indent=2).encode("utf-8"), keep_backup=False)
