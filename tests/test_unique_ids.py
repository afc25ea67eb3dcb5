"""Ids are unique within a plan: a repeat is a load error naming both places, older files are
renumbered, and no two lines share an acknowledgement, a recorded figure, a FHIR entry or a diff line."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError

from careplan.domain.catalog import load_catalog
from careplan.domain.plan import CarePlan, id_places
from careplan.domain.plan_diff import diff_plans
from careplan.domain.safety import check_plan
from careplan.export.fhir import build_bundle
from careplan.storage.errors import PlanFileError
from careplan.storage.migrations import renumber_duplicate_ids
from careplan.storage.plan_files import load_plan
from tests.test_cli import run

CATALOG = load_catalog()


def _doc(items: list[dict[str, Any]], *, version: int = 2, current: list[dict[str, Any]] | None = None,
         acks: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    return {
        "format": "careplan", "schema_version": version, "id": "dup", "title": "Duplicate ids",
        "created_at": "2026-11-24T10:00:00Z", "updated_at": "2026-11-24T10:00:00Z",
        "patient": {"age": 50, "jurisdiction": "US-TX", "current_medications": current or []},
        "goals": [{"id": "g1", "text": "Walk to the shop"}],
        "modules": [{"kind": "medication", "id": "meds", "items": items}],
        "follow_up": {"interval_weeks": 4},
        "acknowledgements": acks or [],
    }


def _apap(item_id: str, dose: float, times: int) -> dict[str, Any]:
    return {"id": item_id, "drug": "acetaminophen", "dose": dose, "unit": "mg", "times_per_day": times}


def _write(tmp_path: Path, name: str, data: dict[str, Any]) -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


# The attack of issue 24: a 1,500 mg line acknowledged, a 7,800 mg line with the same id.
ACK_A1 = {"rule": "APAP-DAILY-MAX", "items": ["a1"], "reason": "reviewed", "at": "2026-11-24T10:00:00Z",
          "seen": {"amounts": [{"item": "a1", "amount": 1500, "unit": "mg"}]}}


def test_a_repeated_id_in_a_current_file_is_refused_naming_both_places(tmp_path: Path,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    data = _doc([_apap("x9", 500, 3), _apap("a1", 500, 2)], version=3, current=[_apap("a1", 650, 12)])
    path = _write(tmp_path, "dup.careplan.json", data)
    with pytest.raises(PlanFileError) as info:
        load_plan(path)
    assert "id 'a1' is used twice: modules[0].items[1] and patient.current_medications[0]" in str(info.value)
    before = path.read_bytes()
    for command in (["check", str(path)], ["sign", str(path), "--by", "Dr A"],
                    ["export", str(path), "--fhir", str(tmp_path / "b.json")]):
        code, out, err = run(command, capsys)
        assert code == 2 and out == "" and "used twice" in err and err.count("\n") == 1
    assert path.read_bytes() == before and not (tmp_path / "b.json").exists()


@pytest.mark.parametrize(("first", "second"), [
    ("goals", "modules"),  # a goal and a module: one namespace for every part
    ("exercise", "target"),
])
def test_ids_are_one_namespace_across_kinds(first: str, second: str) -> None:
    data = _doc([_apap("a1", 500, 3)], version=3)
    data["modules"].append({"kind": "physiotherapy", "id": "physio", "exercises": [{"id": "e1", "exercise": "bridge"}]})
    data["modules"].append({"kind": "lifestyle", "id": "life", "targets": [{"id": "t1", "area": "sleep", "target": "8 h"}]})
    if (first, second) == ("goals", "modules"):
        data["goals"][0]["id"] = "physio"
    else:
        data["modules"][2]["targets"][0]["id"] = "e1"
    with pytest.raises(ValidationError, match="is used twice"):
        CarePlan.model_validate(data)


def test_every_id_of_a_valid_plan_is_listed_once() -> None:
    plan = load_plan(Path(__file__).resolve().parent.parent / "examples" / "low-back-pain.careplan.json")
    ids = [i for i, _ in id_places(plan)]
    assert len(ids) == len(set(ids)) and plan.id not in ids
    assert {m.id for m in plan.modules} | {i.id for i in plan.medication_items()} | {g.id for g in plan.goals} <= set(ids)


def test_an_older_file_is_renumbered_and_the_acknowledgement_keeps_covering_the_first_line_only(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _write(tmp_path, "old.careplan.json", _doc([_apap("a1", 500, 3), _apap("a1", 650, 12)], acks=[ACK_A1]))
    plan = load_plan(path)
    assert [i.id for i in plan.medication_items()] == ["a1", "a1-2"]
    assert plan.acknowledgements[0].items == ["a1"]  # still names the first holder only
    report = check_plan(plan, CATALOG)
    apap = next(f for f in report.findings if f.rule == "APAP-DAILY-MAX")
    assert set(apap.items) == {"a1", "a1-2"} and not apap.acknowledged
    code, _, _ = run(["check", str(path)], capsys)
    assert code == 1
    code, out, err = run(["sign", str(path), "--by", "Dr A. Example"], capsys)
    assert code == 1 and out == "" and "APAP-DAILY-MAX" in err
    code, _, err = run(["export", str(path), "--handout", str(tmp_path / "h.pdf")], capsys)
    assert code == 1 and not (tmp_path / "h.pdf").exists()


def test_an_acknowledgement_of_every_finding_lapses_for_a_line_it_never_saw(tmp_path: Path,
                                                                              capsys: pytest.CaptureFixture[str]) -> None:
    # Without items, an acknowledgement covers the rule's findings; its figures saw one line only.
    blanket = {**ACK_A1, "items": []}
    path = _write(tmp_path, "old.careplan.json", _doc([_apap("a1", 500, 3), _apap("a1", 650, 12)], acks=[blanket]))
    report = check_plan(load_plan(path), CATALOG)
    apap = next(f for f in report.findings if f.rule == "APAP-DAILY-MAX")
    assert not apap.acknowledged and apap.acknowledgement_lapsed is not None
    assert "acknowledged before" in apap.acknowledgement_lapsed and "7,800" in apap.acknowledgement_lapsed
    assert run(["check", str(path)], capsys)[0] == 1


def test_the_same_acknowledgement_still_covers_when_every_line_was_seen() -> None:
    seen = {"amounts": [{"item": "a1", "amount": 1500, "unit": "mg"}, {"item": "a2", "amount": 3000, "unit": "mg"}]}
    ack = {**ACK_A1, "items": [], "seen": seen}
    plan = CarePlan.model_validate_json(json.dumps(_doc([_apap("a1", 500, 3), _apap("a2", 1000, 3)], version=3, acks=[ack])))
    apap = next(f for f in check_plan(plan, CATALOG).findings if f.rule == "APAP-DAILY-MAX")
    assert apap.acknowledged


def test_renumbering_is_pure_keeps_unique_ids_and_fits_the_id_limit() -> None:
    long_id = "x" * 100
    data = _doc([_apap(long_id, 500, 1), _apap(long_id, 500, 1), _apap("a1", 1, 1), _apap("a1", 1, 1), _apap("a1-2", 1, 1)],
                current=[_apap("a1", 1, 1)])
    data["goals"].append({"id": "a1", "text": "Sleep"})
    before = json.dumps(data)
    out = renumber_duplicate_ids(data)
    assert json.dumps(data) == before  # the input is not changed
    items = out["modules"][0]["items"]
    # Goals come before modules in the document, as in the model; the patient's medicines last.
    assert out["goals"][1]["id"] == "a1"
    assert [i["id"] for i in items] == [long_id, "x" * 98 + "-2", "a1-3", "a1-4", "a1-2"]
    assert out["patient"]["current_medications"][0]["id"] == "a1-5"
    # Odd shapes are left for the model to name.
    assert renumber_duplicate_ids({"modules": "x", "goals": [1, None], "patient": 5}) == {"modules": "x", "goals": [1, None], "patient": 5}


def test_fhir_entries_and_diff_follow_the_renumbered_ids(tmp_path: Path) -> None:
    old = load_plan(_write(tmp_path, "a.careplan.json", _doc([_apap("a1", 500, 3), {
        "id": "a1", "drug": "ibuprofen", "dose": 400, "unit": "mg", "times_per_day": 3}])))
    new = load_plan(_write(tmp_path, "b.careplan.json", _doc([_apap("a1", 500, 3), {
        "id": "a1", "drug": "ibuprofen", "dose": 600, "unit": "mg", "times_per_day": 3}])))
    urls = [e["fullUrl"] for e in build_bundle(old, CATALOG)["entry"]]
    assert len(urls) == len(set(urls))
    requests = [e for e in build_bundle(old, CATALOG)["entry"] if e["resource"]["resourceType"] == "MedicationRequest"]
    assert len(requests) == 2
    texts = [d.text for d in diff_plans(old, new, CATALOG) if d.section == "Medicines"]
    assert texts == ["Ibuprofen: 400 mg \u2192 600 mg, 3 times a day"]
