"""Plan files: round trips, bad and hostile inputs, atomic saves with backups, owner-only files."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from careplan.domain.plan import CarePlan, MedicationItem, MedicationModule, Patient
from careplan.storage import atomic
from careplan.storage.errors import PlanFileError
from careplan.storage.plan_files import MAX_FILE_BYTES, load_plan, plan_to_json, save_plan
from tests.strategies import care_plans


def _plan() -> CarePlan:
    return CarePlan(
        title="Low back pain",
        patient=Patient(name="Zoë Ñúñez", age=65, jurisdiction="US-TX"),
        modules=[MedicationModule(items=[MedicationItem(drug="ibuprofen", dose=400, times_per_day=3)])],
    )


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(plan=care_plans())
def test_save_load_round_trip_keeps_every_field(plan: CarePlan, tmp_path: Path) -> None:
    path = tmp_path / "p.careplan.json"
    written = save_plan(plan, path, touch=False)
    assert load_plan(path) == written == plan


def test_save_is_owner_only_and_keeps_backup(tmp_path: Path) -> None:
    path = tmp_path / "p.careplan.json"
    first = save_plan(_plan(), path)
    second = save_plan(first.model_copy(update={"title": "Revised"}), path)
    assert load_plan(path).title == "Revised" == second.title
    backup = atomic.backup_path(path)
    assert json.loads(backup.read_text(encoding="utf-8"))["title"] == "Low back pain"
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert stat.S_IMODE(backup.stat().st_mode) == 0o600


def test_failure_during_save_leaves_old_file_intact(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "p.careplan.json"
    save_plan(_plan(), path)
    before = path.read_bytes()

    def broken_fsync(fd: int) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(atomic.os, "fsync", broken_fsync)
    with pytest.raises(OSError, match="disk full"):
        save_plan(_plan().model_copy(update={"title": "never written"}), path)
    assert path.read_bytes() == before
    leftovers = [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    assert leftovers == []


def test_failure_in_rename_leaves_old_file_intact(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "p.careplan.json"
    save_plan(_plan(), path)
    before = path.read_bytes()

    def broken_replace(src: object, dst: object) -> None:
        raise OSError("power cut")

    monkeypatch.setattr(atomic.os, "replace", broken_replace)
    with pytest.raises(OSError):
        save_plan(_plan().model_copy(update={"title": "x"}), path)
    assert path.read_bytes() == before


def test_template_file_has_no_patient_block(tmp_path: Path) -> None:
    template = CarePlan(format="careplan-template", patient=None, title="T")
    text = plan_to_json(template)
    assert "patient" not in json.loads(text)


def _write(tmp_path: Path, data: bytes) -> Path:
    path = tmp_path / "bad.careplan.json"
    path.write_bytes(data)
    return path


def _valid_doc() -> dict[str, object]:
    return json.loads(plan_to_json(_plan()))


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "empty"),
        (b"   \n", "empty"),
        (b'{"format": "careplan", "schema_version": 1, "modules": [', "not valid JSON"),
        (bytes(range(256)) * 8, "binary"),
        (b"\xff\xfe\xfa not utf8 at all", "not UTF-8"),
        (b"[1, 2, 3]", "not a JSON object"),
        (b'{"hello": "world"}', "'format' field is missing"),
        (b'{"format": "word-doc"}', "'format' is 'word-doc'"),
        (b'{"format": "careplan", "schema_version": 99}', "schema version 99, newer than this Careplan"),
        (b'{"format": "careplan", "schema_version": "one"}', "schema_version"),
        (b'{"format": "careplan", "schema_version": 1, "x": NaN}', "NaN"),
        (b"[" * 100000, "nested far deeper"),
    ],
)
def test_bad_files_give_one_clear_line(tmp_path: Path, content: bytes, expected: str) -> None:
    path = _write(tmp_path, content)
    with pytest.raises(PlanFileError) as info:
        load_plan(path)
    message = str(info.value)
    assert expected in message
    assert "\n" not in message
    assert path.read_bytes() == content  # reading never rewrites


def test_wrong_types_name_the_field(tmp_path: Path) -> None:
    doc = _valid_doc()
    doc["modules"][0]["items"][0]["dose"] = "lots"  # type: ignore[index]
    doc["patient"]["age"] = "old"  # type: ignore[index]
    with pytest.raises(PlanFileError) as info:
        load_plan(_write(tmp_path, json.dumps(doc).encode()))
    assert "(and 1 more problem)" in str(info.value)
    assert any("modules[0].items[0].dose" in p for p in info.value.problems)
    assert any("patient.age" in p for p in info.value.problems)
    assert len(info.value.problems) == 2


def test_unknown_module_kind_is_named(tmp_path: Path) -> None:
    doc = _valid_doc()
    doc["modules"].append({"kind": "acupuncture"})  # type: ignore[attr-defined]
    with pytest.raises(PlanFileError, match="unknown module kind 'acupuncture'"):
        load_plan(_write(tmp_path, json.dumps(doc).encode()))


def test_unknown_drug_id_is_named(tmp_path: Path) -> None:
    doc = _valid_doc()
    doc["modules"][0]["items"][0]["drug"] = "unobtainium"  # type: ignore[index]
    with pytest.raises(PlanFileError, match="unknown drug id 'unobtainium'"):
        load_plan(_write(tmp_path, json.dumps(doc).encode()))


def test_oversized_file_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.careplan.json"
    with path.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    with pytest.raises(PlanFileError, match=r"too large \(50\.0 MB\)"):
        load_plan(path)
    assert path.stat().st_size > MAX_FILE_BYTES


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(PlanFileError, match="no such file"):
        load_plan(tmp_path / "nope.careplan.json")
    with pytest.raises(PlanFileError, match="is a folder"):
        load_plan(tmp_path)


def test_old_schema_version_is_migrated(tmp_path: Path) -> None:
    doc = _valid_doc()
    doc["schema_version"] = 0
    doc["followup_weeks"] = 6
    del doc["follow_up"]
    plan = load_plan(_write(tmp_path, json.dumps(doc).encode()))
    assert plan.schema_version == 3
    assert plan.follow_up.interval_weeks == 6
