"""The FHIR R4 Bundle validates against fhir.resources' R4B models and keeps the plan's content."""

from __future__ import annotations

from datetime import date

from fhir.resources.R4B.bundle import Bundle
from hypothesis import given, settings

from careplan.domain.catalog import load_catalog
from careplan.domain.plan import (
    CarePlan,
    ExercisePrescription,
    Goal,
    MedicationItem,
    MedicationModule,
    Patient,
    PhysiotherapyModule,
)
from careplan.export.fhir import build_bundle
from tests.strategies import care_plans


def _plan() -> CarePlan:
    return CarePlan(
        title="Back plan",
        patient=Patient(name="Zoë Ñúñez", date_of_birth=date(1961, 3, 4), record_number="A-1002", sex="female"),
        goals=[Goal(text="Walk 30 minutes", measure="minutes", target="30", due=date(2027, 2, 1))],
        modules=[
            MedicationModule(items=[
                MedicationItem(drug="ibuprofen", dose=400, times_per_day=3, purpose="pain"),
                MedicationItem(drug="oxycodone", dose=5, prn=True, max_per_day=4),
            ]),
            PhysiotherapyModule(exercises=[ExercisePrescription(exercise="bridge", sets=2, reps=10)]),
        ],
    )


def _by_type(bundle: Bundle) -> dict[str, list[object]]:
    out: dict[str, list[object]] = {}
    for entry in bundle.entry:
        out.setdefault(entry.resource.get_resource_type(), []).append(entry.resource)
    return out


def test_bundle_is_valid_r4_with_the_plan_content() -> None:
    data = build_bundle(_plan(), load_catalog())
    bundle = Bundle.model_validate(data)
    resources = _by_type(bundle)
    assert len(resources["CarePlan"]) == 1 and len(resources["Goal"]) == 1
    assert len(resources["MedicationRequest"]) == 2 and len(resources["ServiceRequest"]) == 1
    care_plan = resources["CarePlan"][0]
    assert care_plan.status == "draft" and care_plan.intent == "plan"  # type: ignore[attr-defined]
    assert len(care_plan.activity) == 3  # type: ignore[attr-defined]
    prn = resources["MedicationRequest"][1].dosageInstruction[0]  # type: ignore[attr-defined]
    assert prn.asNeededBoolean is True and prn.maxDosePerPeriod.numerator.value == 20
    patient = resources["Patient"][0]
    assert patient.name[0].text == "Zoë Ñúñez" and str(patient.birthDate) == "1961-03-04"  # type: ignore[attr-defined]
    goal = resources["Goal"][0]
    assert str(goal.target[0].dueDate) == "2027-02-01"  # type: ignore[attr-defined]


def test_bundle_is_stable_across_exports() -> None:
    plan = _plan()
    assert build_bundle(plan, load_catalog()) == build_bundle(plan, load_catalog())


@settings(max_examples=30, deadline=None)
@given(plan=care_plans())
def test_any_plan_gives_a_valid_bundle(plan: CarePlan) -> None:
    bundle = Bundle.model_validate(build_bundle(plan, load_catalog()))
    resources = _by_type(bundle)
    requests = len(resources.get("MedicationRequest", [])) + len(resources.get("ServiceRequest", []))
    expected = sum(len(m.items) if m.kind == "medication" else 1 for m in plan.modules)  # type: ignore[union-attr]
    assert requests == expected
