"""Version-1 files load as version 2 with the same meaning, findings and MME (the dose model)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from careplan.domain.catalog import load_catalog
from careplan.domain.codes import SCHEMA_VERSION
from careplan.domain.dosing import frequency
from careplan.domain.safety import check_plan
from careplan.storage.errors import PlanFileError
from careplan.storage.migrations import migrate
from careplan.storage.plan_files import load_plan, parse_document

V1 = Path(__file__).resolve().parents[1] / "data" / "v1_examples"
V1_FILES = sorted(V1.glob("*.careplan.json"))
# Findings and MME of each file, computed by the version-1 engine (commit a4d5a24) on 2026-12-01.
BASELINE: dict[str, Any] = json.loads((V1 / "baseline-findings.json").read_text(encoding="utf-8"))
# The first rule set: what a version-1 engine could say. Later rules may add findings.
FIRST_SET = {
    "DOSE-DAILY-MAX", "APAP-DAILY-MAX", "NSAID-DUPLICATE", "NSAID-BLEEDING", "NSAID-CONDITION", "OPIOID-MME",
    "OPIOID-SEDATIVE", "OPIOID-NALOXONE", "SEROTONERGIC", "ALLERGY", "KRATOM-JURISDICTION",
    "KRATOM-CNS-DEPRESSANT", "KRATOM-CYP", "KRATOM-CONCENTRATE", "KRATOM-CONDITION", "FOLLOWUP-MISSING",
    "PLAN-INCOMPLETE",
}
# Deliberate changes to the first set since (issue 9): NSAID-CONDITION also covers hypertension and
# cardiovascular disease; Texas got its own kratom row (regulated, no longer the federal "restricted").
ISSUE9_CHANGES: dict[str, dict[str, list[list[Any]]]] = {
    "critical-nsaid-bleeding.careplan.json": {"added": [["NSAID-CONDITION", "warning", ["ibu"], False]]},
    "low-back-pain.careplan.json": {"added": [["NSAID-CONDITION", "warning", ["i-ibu"], True]]},
    "kratom-counselling.careplan.json": {"removed": [["KRATOM-JURISDICTION", "warning", ["m-kratom"], False]]},
}


def test_the_v1_corpus_is_complete() -> None:
    assert len(V1_FILES) == 12 and set(BASELINE) == {p.name for p in V1_FILES}
    assert all(json.loads(p.read_text(encoding="utf-8"))["schema_version"] == 1 for p in V1_FILES)


@pytest.mark.parametrize("path", V1_FILES, ids=[p.name for p in V1_FILES])
def test_every_v1_example_keeps_its_findings_and_mme(path: Path) -> None:
    plan = load_plan(path)
    assert plan.schema_version == 3
    report = check_plan(plan, load_catalog(), today=date(2026, 12, 1))
    expected = BASELINE[path.name]
    assert round(report.mme.total, 3) == pytest.approx(expected["mme_per_day"])
    got = sorted([f.rule, f.severity, list(f.items), f.acknowledged] for f in report.findings if f.rule in FIRST_SET)
    change = ISSUE9_CHANGES.get(path.name, {})
    want = [f for f in expected["findings"] if f not in change.get("removed", [])] + change.get("added", [])
    assert got == sorted(want)
    # Nothing new is uncounted: every v1 dose was countable or deliberately outside the totals.
    assert not [f for f in report.findings if f.rule == "DOSE-UNCOUNTED"]


def _v1_doc(*items: dict[str, Any]) -> dict[str, Any]:
    return {"format": "careplan", "schema_version": 1, "title": "t",
            "modules": [{"kind": "medication", "items": list(items)}]}


def test_naloxone_becomes_a_rescue_medicine_without_a_schedule() -> None:
    plan = parse_document(_v1_doc({"id": "nal", "drug": "naloxone", "dose": 4, "unit": "mg", "route": "nasal",
                                   "prn": True, "max_per_day": 1}))
    [item] = plan.medication_items()
    assert (item.prn, item.max_per_day, item.times_per_day) == (False, None, None)
    assert frequency(item, load_catalog().drugs["naloxone"]) == "rescue"


def test_a_daily_patch_becomes_a_patch_changed_every_72_hours_with_the_same_mme() -> None:
    doc = _v1_doc({"id": "fen", "drug": "fentanyl-transdermal", "dose": 25, "unit": "mcg/h", "times_per_day": 1,
                   "route": "transdermal"})
    plan = parse_document(doc)
    [item] = plan.medication_items()
    assert item.interval_hours == 72 and item.times_per_day is None
    assert check_plan(plan, load_catalog()).mme.total == pytest.approx(60)


@pytest.mark.parametrize(("dose", "unit", "expected"), [
    (220, "mg", "naproxen-sodium"), (550, "mg", "naproxen-sodium"), (0.44, "g", "naproxen-sodium"),
    (500, "mg", "naproxen"), (250, "mg", "naproxen"), (375, "mg", "naproxen"), (1000, "mg", "naproxen"),
])
def test_naproxen_sodium_strengths_get_their_own_id(dose: float, unit: str, expected: str) -> None:
    plan = parse_document(_v1_doc({"id": "n", "drug": "naproxen", "dose": dose, "unit": unit, "times_per_day": 2}))
    assert plan.medication_items()[0].drug == expected


def test_migrating_twice_changes_nothing_more() -> None:
    doc = json.loads((V1 / "critical-opioid-mme.careplan.json").read_text(encoding="utf-8"))
    once = migrate(doc)
    assert migrate(once) == once


def test_a_newer_file_is_refused_with_a_clear_message() -> None:
    with pytest.raises(PlanFileError, match="newer than this Careplan"):
        parse_document({"format": "careplan", "schema_version": SCHEMA_VERSION + 1})
