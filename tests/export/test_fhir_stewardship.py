"""FHIR for care over time, validated with fhir.resources R4B: taper steps as MedicationRequest
dosage sequences, monitoring as Tasks with due dates, measures as QuestionnaireResponse plus a
score Observation with its LOINC code."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from fhir.resources.R4B.bundle import Bundle

from careplan.domain.catalog import load_catalog
from careplan.export.fhir import build_bundle
from careplan.storage.plan_files import load_plan

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
TODAY = date(2026, 12, 3)


def _bundle(name: str) -> tuple[dict[str, Any], dict[str, list[Any]]]:
    data = build_bundle(load_plan(EXAMPLES / name), load_catalog(), today=TODAY)
    bundle = Bundle.model_validate(data)
    by_type: dict[str, list[Any]] = {}
    for entry in bundle.entry:
        by_type.setdefault(entry.resource.get_resource_type(), []).append(entry.resource)
    return data, by_type


def test_taper_steps_are_a_dosage_sequence_bounded_by_their_dates() -> None:
    _, resources = _bundle("morphine-taper.careplan.json")
    morphine = next(r for r in resources["MedicationRequest"] if r.medicationCodeableConcept.text.startswith("Morphine"))
    dosages = morphine.dosageInstruction
    assert [d.sequence for d in dosages] == [1, 2, 2, 3, 4, 5, 6]
    start = dosages[0].timing.repeat.boundsPeriod
    assert (str(start.start), str(start.end)) == ("2026-05-04", "2027-01-10")
    # Step 1: 30 mg in the morning and 15 mg at night, two concurrent dosages of one sequence.
    morning, night = dosages[1], dosages[2]
    assert morning.doseAndRate[0].doseQuantity.value == 30 and morning.timing.repeat.when == ["MORN"]
    assert night.doseAndRate[0].doseQuantity.value == 15 and night.timing.repeat.when == ["HS"]
    assert str(morning.timing.repeat.boundsPeriod.start) == "2027-01-11"
    assert str(morning.timing.repeat.boundsPeriod.end) == "2027-02-07"
    pause = dosages[4]
    assert "pause" in pause.text and pause.doseAndRate[0].doseQuantity.value == 15
    stop = dosages[-1]
    assert "stop taking it" in stop.text and not stop.doseAndRate
    assert str(stop.timing.repeat.boundsPeriod.start) == "2027-05-03"


def test_monitoring_goes_out_as_tasks_with_due_dates() -> None:
    data, resources = _bundle("measures-three-visits.careplan.json")
    tasks = resources["Task"]
    done = [t for t in tasks if t.status == "completed"]
    due = {t.code.text: t for t in tasks if t.status == "requested"}
    assert len(done) == 5  # every entry recorded
    assert str(due["Prescription-monitoring (PDMP) check"].restriction.period.end) == "2027-02-22"
    assert str(due["Urine drug test"].restriction.period.end) == "2027-03-02"
    care_plan = data["entry"][0]["resource"]
    activity_refs = {a["reference"]["reference"] for a in care_plan["activity"] if "reference" in a}
    task_urls = {e["fullUrl"] for e in data["entry"] if e["resource"]["resourceType"] == "Task"}
    assert task_urls <= activity_refs


def test_measures_go_out_as_questionnaire_responses_and_loinc_observations() -> None:
    data, resources = _bundle("measures-three-visits.careplan.json")
    responses = resources["QuestionnaireResponse"]
    assert len(responses) == 8
    phq = [r for r in responses if r.questionnaire == "http://loinc.org/q/44249-1"]
    assert len(phq) == 3 and phq[0].item[8].linkId == "44260-8"
    assert [i.answer[0].valueInteger for i in phq[0].item] == [2, 2, 2, 2, 1, 1, 2, 1, 0]
    scores = {(o.code.coding[0].code, str(o.effectiveDateTime)): o for o in resources["Observation"]
              if o.code.coding[0].code in ("44261-6", "70274-6", "91147-9") and o.derivedFrom}
    assert scores[("44261-6", "2026-09-01")].valueInteger == 13
    assert scores[("44261-6", "2026-09-01")].interpretation[0].text == "moderate"
    assert scores[("70274-6", "2026-11-24")].valueInteger == 3
    assert float(scores[("91147-9", "2026-11-24")].valueQuantity.value) == 4.7
    urls = {e["fullUrl"]: e["resource"]["resourceType"] for e in data["entry"]}
    for observation in scores.values():
        assert urls[observation.derivedFrom[0].reference] == "QuestionnaireResponse"
    supporting = {s["reference"] for s in data["entry"][0]["resource"]["supportingInfo"]}
    assert {u for u, t in urls.items() if t == "Observation"} <= supporting
