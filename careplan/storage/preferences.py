"""Typed user preferences with every default in one place, stored as JSON in the config folder.

Text values carry the plan model's own limits (``careplan.domain.limits``): what could not be
printed or stored in a plan cannot be a preference either. The file is read like a plan file
(regular files only, size-capped, never blocking on a pipe).
"""

# Annotations are evaluated as the class is defined (no `from __future__ import annotations`):
# pydantic then reads types instead of compiling strings, in every process (decision 0025).

import json
from datetime import datetime
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from careplan.domain.errors import describe
from careplan.domain.languages import LanguageReview
from careplan.domain.limits import AddressText, ShortText
from careplan.storage.atomic import atomic_write_bytes
from careplan.storage.early_preferences import MAX_PREFERENCES_BYTES
from careplan.storage.errors import PlanFileError
from careplan.storage.paths import ensure_private_dir

PREFERENCES_VERSION = 1
# Preferences are a few hundred bytes; anything far larger is the wrong file.


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
    # The screens' language: "" follows the system, else "en" or "es" (applies at the next start).
    ui_language: str = Field(default="", pattern=r"^([a-z]{2})?$")
    # The clinic's reviews of translated handout wording, per language and catalog version.
    language_reviews: list[LanguageReview] = Field(default_factory=list, max_length=200)
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
    """Saved preferences (the defaults when there is no file), or PreferencesError saying what is wrong.

    The error's message names the file and says what to do (for the command line); its one
    ``problems`` entry says only what is wrong (for the app's own wording).
    """
    from careplan.storage.plan_files import read_bytes_limited

    path = Path(path)
    if not path.exists() and not path.is_symlink():
        return Preferences()
    try:
        raw = read_bytes_limited(path, limit=MAX_PREFERENCES_BYTES)
    except PlanFileError as exc:
        raise PreferencesError(f"preferences file {path}: {exc}", [str(exc)]) from None
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except ValueError:
        raise PreferencesError(f"preferences file {path} is not valid JSON; fix or remove it",
                               ["it is not valid JSON"]) from None
    if not isinstance(data, dict):
        raise PreferencesError(f"preferences file {path} is not a JSON object; fix or remove it",
                               ["it is not a JSON object"]) from None
    try:
        return Preferences.model_validate(data)
    except ValidationError as exc:
        problem = describe(exc)[0]
        raise PreferencesError(f"preferences file {path}: {problem}; fix it in Preferences", [problem]) from None


def set_aside_unusable(path: Path, now: datetime | None = None) -> Path:
    """Rename a preferences file that cannot be used to a dated name beside it, never over another
    file, so that saving new preferences does not overwrite it; returns the new name."""
    path = Path(path)
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    for count in range(1, 1000):
        extra = f"-{count}" if count > 1 else ""
        kept = path.with_name(f"{path.stem}.unusable-{stamp}{extra}{path.suffix}")
        if not kept.exists() and not kept.is_symlink():
            path.rename(kept)
            return kept
    raise FileExistsError(f"no free name beside {path} to keep it under")


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
