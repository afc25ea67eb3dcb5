"""Recovery copies and typed preferences."""

from __future__ import annotations

from pathlib import Path

from careplan.domain.plan import CarePlan, Patient
from careplan.storage.autosave import RecoveryStore
from careplan.storage.paths import data_dir, preferences_path, recovery_dir
from careplan.storage.preferences import Preferences, load_preferences, save_preferences


def test_recovery_round_trip_and_discard(tmp_path: Path) -> None:
    store = RecoveryStore(tmp_path / "rec")
    plan = CarePlan(title="Unsaved", patient=Patient(name="Øyvind"))
    store.write(plan, tmp_path / "orig.careplan.json", key="abc-123")
    pending = store.pending()
    assert [r.key for r in pending] == ["abc-123"]
    assert pending[0].title == "Unsaved"
    assert pending[0].original_path == tmp_path / "orig.careplan.json"
    assert pending[0].load() == plan
    store.discard("abc-123")
    assert store.pending() == []


def test_damaged_recovery_copy_is_skipped(tmp_path: Path) -> None:
    folder = tmp_path / "rec"
    folder.mkdir()
    (folder / "x.recovery.json").write_text("{not json", encoding="utf-8")
    assert RecoveryStore(folder).pending() == []


def test_preferences_defaults_and_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "prefs.json"
    assert load_preferences(path) == Preferences()
    assert Preferences().kratom_enabled is False
    prefs = Preferences(clinic_name="Riverside Pain Clinic", large_print=True)
    save_preferences(prefs, path)
    assert load_preferences(path) == prefs
    path.write_text("garbage", encoding="utf-8")
    assert load_preferences(path) == Preferences()


def test_folders_follow_the_test_overrides(tmp_path: Path) -> None:
    assert str(data_dir()).startswith(str(tmp_path))
    assert recovery_dir().parent == data_dir()
    assert str(preferences_path()).startswith(str(tmp_path))
