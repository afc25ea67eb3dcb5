"""Typed user preferences with every default in one place, stored as JSON in the config folder.

Text values carry the plan model's own limits (``careplan.domain.limits``): what could not be
printed or stored in a plan cannot be a preference either. The file is read like a plan file
(regular files only, size-capped, never blocking on a pipe).
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from careplan.domain.errors import describe
from careplan.domain.limits import AddressText, ShortText
from careplan.storage.atomic import atomic_write_bytes
from careplan.storage.errors import PlanFileError
from careplan.storage.paths import ensure_private_dir

PREFERENCES_VERSION = 1
# Preferences are a few hundred bytes; anything far larger is the wrong file.
MAX_PREFERENCES_BYTES = 256 * 1024


class Preferences(BaseModel):
    """What the clinician can set in Preferences. Window geometry and recent files live in QSettings."""

    model_config = ConfigDict(extra="ignore")

    version: int = PREFERENCES_VERSION
    clinic_name: ShortText = ""
    clinic_address: AddressText = ""
    clinic_phone: ShortText = ""
    clinic_logo_path: Path | None = None
    clinician_name: ShortText = ""
    clinician_credentials: ShortText = ""
    # Printed with your name on the clinician summary's signature block (licence or registration number).
    clinician_licence: ShortText = ""
    default_jurisdiction: ShortText = ""
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


class PreferencesError(PlanFileError):
    """The preferences file exists but cannot be used; the message names the file and the setting."""


def read_preferences(path: Path) -> Preferences:
    """Saved preferences (the defaults when there is no file), or PreferencesError saying what is wrong."""
    from careplan.storage.plan_files import read_bytes_limited

    path = Path(path)
    if not path.exists() and not path.is_symlink():
        return Preferences()
    try:
        raw = read_bytes_limited(path, limit=MAX_PREFERENCES_BYTES)
    except PlanFileError as exc:
        raise PreferencesError(f"preferences file {path}: {exc}") from None
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except ValueError:
        raise PreferencesError(f"preferences file {path} is not valid JSON; fix or remove it") from None
    if not isinstance(data, dict):
        raise PreferencesError(f"preferences file {path} is not a JSON object; fix or remove it")
    try:
        return Preferences.model_validate(data)
    except ValidationError as exc:
        raise PreferencesError(f"preferences file {path}: {describe(exc)[0]}; fix it in Preferences") from None


def load_preferences(path: Path) -> Preferences:
    """Saved preferences, or the defaults when the file is missing or cannot be used."""
    try:
        return read_preferences(path)
    except PreferencesError:
        return Preferences()


def save_preferences(prefs: Preferences, path: Path) -> None:
    path = Path(path)
    # model_copy(update=...) skips validation: check again, so that no password ever reaches the file.
    prefs = Preferences.model_validate(prefs.model_dump())
    ensure_private_dir(path.parent)
    atomic_write_bytes(path, prefs.model_dump_json(indent=2).encode("utf-8"), keep_backup=False)
