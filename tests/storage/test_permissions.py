"""Owner-only files and folders: plans, backups, recovery copies, preferences, logs (POSIX permission bits)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from careplan.domain.plan import CarePlan, Patient
from careplan.storage import paths
from careplan.storage.autosave import RecoveryStore
from careplan.storage.housekeeping import clean_up_at_start
from careplan.storage.preferences import Preferences, save_preferences

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits (Windows keeps the profile private by ACL)")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_recovery_copies_and_their_folders_are_owner_only() -> None:
    store = RecoveryStore(paths.recovery_dir())
    written = store.write(CarePlan(title="T", patient=Patient(name="Zoë")), None, "session-1")
    assert mode(written) == 0o600
    assert mode(paths.recovery_dir()) == 0o700 and mode(paths.data_dir()) == 0o700


def test_preferences_and_the_config_folder_are_owner_only() -> None:
    save_preferences(Preferences(clinic_name="Riverside"), paths.preferences_path())
    assert mode(paths.preferences_path()) == 0o600 and mode(paths.config_dir()) == 0o700


def test_folders_an_older_version_made_0755_are_tightened_at_start(tmp_path: Path) -> None:
    for folder in (paths.data_dir(), paths.recovery_dir(), paths.personal_templates_dir(), paths.config_dir()):
        folder.mkdir(parents=True, exist_ok=True)
        folder.chmod(0o755)
    outside = tmp_path / "plans"
    outside.mkdir(mode=0o755)
    outside.chmod(0o755)
    clean_up_at_start([outside])
    for folder in (paths.data_dir(), paths.recovery_dir(), paths.personal_templates_dir(), paths.config_dir()):
        assert mode(folder) == 0o700, folder
    assert mode(outside) == 0o755  # a clinician's own folder keeps its permissions
