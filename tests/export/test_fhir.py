"""The FHIR R4 Bundle validates against fhir.resources' R4B models and keeps the plan's meaning.

Dosages (daily with times of day, interval patches, as-needed with cap and gap, rescue, courses),
goals, baselines and the kratom statement are read back from the validated models, not from
the JSON we wrote, so a field the models drop or misread fails here.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from fhir.resources.R4B.bundle import Bundle
from hypothesis import given, settings

from careplan.domain.catalog import load_catalog
from careplan.domain.codes import RELEASE_LABELS
from careplan.domain.lifecycle import revise, sign
from careplan.domain.plan import (
    Baseline,
    CarePlan,
    ExercisePrescription,
    Goal,
    MedicationItem,
    MedicationModule,
    MindfulnessModule,
    Pain,
    Patient,
    PhysiotherapyModule,
)
from careplan.export.fhir import build_bundle
from careplan.export.fhir_meds import rxnorm_code
from careplan.storage.plan_files import load_plan
from tests.domain.plan_factory import kratom
from tests.strategies import care_plans

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = sorted((ROOT / "examples").glob("*.careplan.json"))
TEMPLATES = sorted((ROOT / "resources" / "templates").glob("*.careplan.json"))
US_CORE = "http://hl7.org/fhir/us/core/StructureDefinition/"


def _plan() -> CarePlan:
    return CarePlan(
        id="plan-fhir", title="Back plan <b>bold</b> & more",
        created_at=datetime(2026, 11, 24, 9, 0, tzinfo=UTC), updated_at=datetime(2026, 11, 24, 9, 0, tzinfo=UTC),
        patient=Patient(name="Zoë Ñúñez", date_of_birth=date(1961, 3, 4), record_number="A-1002", sex="female"),
        pain=Pain(sites=["lower back", "left buttock"], types=["nociceptive"], duration_months=18,
                  baseline=Baseline(peg=[7, 6, 6], nrs=7)),
        goals=[Goal(id="g1", text="Walk 30 minutes", measure="minutes walked", target="30", due=date(2027, 2, 1))],
        modules=[
            MedicationModule(id="meds", items=[
                MedicationItem(id="ibu", drug="ibuprofen", dose=400, times_per_day=3, purpose="pain", duration_days=14),
                MedicationItem(id="ami", drug="amitriptyline", dose=10, times_per_day=1, purpose="sleep and pain"),
                MedicationItem(id="oxy", drug="oxycodone", dose=5, prn=True, max_per_day=4, min_hours_between=4),
                MedicationItem(id="fen", drug="fentanyl-transdermal", dose=1, unit="patch", interval_hours=72,
                               strength={"amount": 12, "unit": "mcg/h"}, route="transdermal"),
                MedicationItem(id="nal", drug="naloxone", dose=4, route="nasal", purpose="suspected opioid overdose"),
            ]),
            PhysiotherapyModule(id="physio", exercises=[ExercisePrescription(id="br", exercise="bridge", sets=2, reps=10)],
                                sessions_per_week=2),
            MindfulnessModule(id="mind", practice="body-scan", minutes_per_day=10, days_per_week=5),
            kratom("current_use", "powder", reported_amount="two teaspoons", reported_frequency="daily",
                   cautions_discussed=["no-safe-dose", "cns-depressants"]),
        ],
        follow_up={"interval_weeks": 4, "monitoring": ["PEG-3"]},  # type: ignore[arg-type]
    )


def _by_type(bundle: Bundle) -> dict[str, list[Any]]:
    out: dict[str, list[Any]] = {}
    for entry in bundle.entry:
        out.setdefault(entry.resource.get_resource_type(), []).append(entry.resource)
    return out


def _validated(plan: CarePlan) -> tuple[Bundle, dict[str, list[Any]]]:
    bundle = Bundle.model_validate(build_bundle(plan, load_catalog()))
    return bundle, _by_type(bundle)


def _requests(resources: dict[str, list[Any]]) -> dict[str, Any]:
    return {r.medicationCodeableConcept.text.split(" ")[0].lower(): r for r in resources["MedicationRequest"]}


def _references(value: Any) -> list[str]:
    if isinstance(value, dict):
        found = [value["reference"]] if isinstance(value.get("reference"), str) else []
        return found + [r for v in value.values() for r in _references(v)]
    if isinstance(value, list):
        return [r for v in value for r in _references(v)]
    return []


def _us_core_essentials(data: dict[str, Any]) -> None:
    """What US Core CarePlan requires, checked on the JSON an EHR receives."""
    urls = {e["fullUrl"] for e in data["entry"]}
    for ref in _references(data):
        assert ref in urls, f"unresolved reference {ref}"
    care_plan = data["entry"][0]["resource"]
    assert care_plan["resourceType"] == "CarePlan"
    assert care_plan["meta"]["profile"] == [US_CORE + "us-core-careplan"]
    assert care_plan["text"]["status"] == "generated"
    assert care_plan["text"]["div"].startswith('<div xmlns="http://www.w3.org/1999/xhtml">')
    assert {"system": "http://hl7.org/fhir/us/core/CodeSystem/careplan-category", "code": "assess-plan",
            "display": "Assessment and Plan of Treatment"} in care_plan["category"][0]["coding"]
    assert care_plan["intent"] == "plan" and care_plan["status"] in ("draft", "active")
    patient_url = care_plan["subject"]["reference"]
    assert next(e for e in data["entry"] if e["fullUrl"] == patient_url)["resource"]["resourceType"] == "Patient"


@pytest.mark.parametrize("path", EXAMPLES + TEMPLATES, ids=lambda p: p.name)
def test_every_example_and_template_gives_a_valid_us_core_bundle(path: Path) -> None:
    plan = load_plan(path)
    data = build_bundle(plan, load_catalog())
    bundle = Bundle.model_validate(data)
    resources = _by_type(bundle)
    _us_core_essentials(json.loads(json.dumps(data)))
    assert len(resources["CarePlan"]) == 1 and len(resources["Condition"]) == 1
    assert len(resources.get("Goal", [])) == len(plan.goals)
    assert len(resources.get("MedicationRequest", [])) == len(plan.medication_items())
    others = [m for m in plan.modules if m.kind not in ("medication", "kratom")]
    assert len(resources.get("ServiceRequest", [])) == len(others)
    assert len(resources.get("MedicationStatement", [])) == (1 if plan.kratom_module() else 0)
    assert "kratom" not in json.dumps([r.model_dump(mode="json") for r in resources.get("MedicationRequest", [])]).lower()


def test_dosages_survive_the_mapping() -> None:
    _, resources = _validated(_plan())
    meds = _requests(resources)
    ibu = meds["ibuprofen"].dosageInstruction[0]
    assert (ibu.timing.repeat.frequency, ibu.timing.repeat.period, ibu.timing.repeat.periodUnit) == (3, 1, "d")
    assert ibu.timing.repeat.when == ["MORN", "NOON", "EVE"]
    assert ibu.timing.repeat.boundsDuration.value == 14 and ibu.timing.repeat.boundsDuration.code == "d"
    assert ibu.doseAndRate[0].doseQuantity.value == 400 and ibu.doseAndRate[0].doseQuantity.code == "mg"
    assert ibu.route.coding[0].code == "26643006"
    # The catalog's bedtime default for amitriptyline, not the usual morning dose.
    assert meds["amitriptyline"].dosageInstruction[0].timing.repeat.when == ["HS"]
    # As needed, at most 4 a day (20 mg), no sooner than every 4 hours.
    oxy = meds["oxycodone"].dosageInstruction[0]
    assert oxy.asNeededCodeableConcept is None and oxy.asNeededBoolean is True
    assert oxy.maxDosePerPeriod.numerator.value == 20 and oxy.maxDosePerPeriod.denominator.code == "d"
    assert (oxy.timing.repeat.frequency, oxy.timing.repeat.period, oxy.timing.repeat.periodUnit) == (1, 4, "h")
    # A patch every 3 days, releasing 12 mcg/h: never a daily medicine.
    fen = meds["fentanyl"].dosageInstruction[0]
    assert (fen.timing.repeat.period, fen.timing.repeat.periodUnit) == (3, "d") and fen.timing.repeat.when is None
    assert fen.doseAndRate[0].doseQuantity.code == "{patch}" and fen.doseAndRate[0].rateQuantity.code == "ug/h"
    assert fen.doseAndRate[0].rateQuantity.value == 12 and fen.route.coding[0].code == "45890007"
    # A rescue medicine: for an emergency, with no schedule at all.
    nal = meds["naloxone"].dosageInstruction[0]
    assert nal.timing is None and nal.asNeededCodeableConcept.text == "suspected opioid overdose"
    assert "not a daily medicine" in nal.additionalInstruction[0].text
    for request in meds.values():
        assert request.intent == "plan" and request.meta.profile == [US_CORE + "us-core-medicationrequest"]


def test_goals_baselines_condition_and_services_survive() -> None:
    _, resources = _validated(_plan())
    goal = resources["Goal"][0]
    assert goal.description.text == "Walk 30 minutes" and goal.lifecycleStatus == "proposed"
    assert str(goal.target[0].dueDate) == "2027-02-01" and goal.target[0].detailString == "30"
    assert goal.target[0].measure.text == "minutes walked"
    observations = {o.code.coding[0].code: o for o in resources["Observation"]}
    assert float(observations["91147-9"].valueQuantity.value) == 6.3
    assert [c.valueInteger for c in observations["91147-9"].component] == [7, 6, 6]
    assert observations["72514-3"].valueInteger == 7
    assert all(o.category[0].coding[0].code == "survey" for o in observations.values())
    condition = resources["Condition"][0]
    assert condition.code.coding[0].code == "82423001" and [s.text for s in condition.bodySite] == ["lower back", "left buttock"]
    services = {s.code.text: s for s in resources["ServiceRequest"]}
    assert services["Physiotherapy"].code.coding[0].code == "91251008"
    assert services["Physiotherapy"].occurrenceTiming.repeat.frequency == 2
    assert services["Physiotherapy"].orderDetail[0].text == "Bridge 2 \u00d7 10, 3 days a week"
    mind = services["Mindfulness"].occurrenceTiming.repeat
    assert (mind.frequency, mind.periodUnit, mind.duration, mind.durationUnit) == (5, "wk", 10, "min")
    follow_up = resources["CarePlan"][0].activity[-1].detail
    assert follow_up.kind == "Appointment" and follow_up.scheduledTiming.repeat.period == 4


def test_kratom_is_patient_reported_use_never_a_prescription() -> None:
    bundle, resources = _validated(_plan())
    statement = resources["MedicationStatement"][0]
    patient_url = bundle.entry[1].fullUrl
    assert statement.informationSource.reference == patient_url and statement.subject.reference == patient_url
    assert statement.status == "active" and statement.category.coding[0].code == "patientspecified"
    assert "not a prescribed medicine" in statement.medicationCodeableConcept.text
    note = statement.note[0].text
    assert "Patient reports: two teaspoons; daily." in note and "No established safe dose" in note
    assert statement.dosage is None  # what the patient reported is a note, never a dose
    care_plan = resources["CarePlan"][0]
    assert any(ref.reference == _url_of(bundle, statement) for ref in care_plan.supportingInfo)
    assert not any("kratom" in (a.reference.reference if a.reference else "") for a in care_plan.activity)


def _url_of(bundle: Bundle, resource: Any) -> str:
    return next(e.fullUrl for e in bundle.entry if e.resource is resource)


def test_narrative_escapes_user_text_and_names_the_plan() -> None:
    data = build_bundle(_plan(), load_catalog())
    div = data["entry"][0]["resource"]["text"]["div"]
    assert "Back plan &lt;b&gt;bold&lt;/b&gt; &amp; more" in div and "<b>bold</b>" not in div
    assert "Oxycodone 5 mg, as needed, up to 4 times a day, at least 4 hours apart" in div
    assert "Mindfulness, body scan 10 minutes a day, 5 days a week" in div


def test_signed_and_revised_plans() -> None:
    at = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
    plan = _plan().model_copy(update={"modules": _plan().modules[1:3]})  # no opioids: nothing to acknowledge
    signed = sign(plan, "Dr A. Example", "MD", at, catalog=load_catalog(), today=date(2026, 11, 25))
    _, resources = _validated(signed)
    care_plan = resources["CarePlan"][0]
    assert care_plan.status == "active" and care_plan.author.display == "Dr A. Example, MD"
    assert resources["Goal"][0].lifecycleStatus == "active"
    _, resources = _validated(revise(signed, at))
    replaces = resources["CarePlan"][0].replaces[0]
    assert replaces.identifier.value == signed.id and replaces.display == "Revision 1"
    assert resources["CarePlan"][0].status == "draft"


def test_rxnorm_codes_come_from_the_catalog() -> None:
    catalog = load_catalog()
    assert rxnorm_code("oxycodone", catalog) == "7804" and rxnorm_code("ibuprofen", catalog) == "5640"
    assert rxnorm_code("acetaminophen", catalog) == "161"
    assert rxnorm_code("oxycodone-acetaminophen-5-325", catalog) is None  # a combination: coded by its clinical drug
    _, resources = _validated(_plan())
    codes = {r.medicationCodeableConcept.text.split(" ")[0].lower(): [(c.system, c.code) for c in r.medicationCodeableConcept.coding or []]
             for r in resources["MedicationRequest"]}
    rx = "http://www.nlm.nih.gov/research/umls/rxnorm"
    # Doses in mg name no single product: the ingredient code. The 12 mcg/h patch is one product: its clinical drug.
    assert codes == {"ibuprofen": [(rx, "5640")], "amitriptyline": [(rx, "704")], "oxycodone": [(rx, "7804")],
                     "fentanyl": [(rx, "577057")], "naloxone": [(rx, "7242")]}
    for item in _plan().medication_items():
        if item.id != "fen":
            assert rxnorm_code(item.drug, catalog) == catalog.rxnorm[item.drug or ""].rxcui


def _coded(*items: MedicationItem) -> dict[str, Any]:
    plan = _plan().model_copy(update={"modules": [MedicationModule(id="meds", items=list(items))]})
    _, resources = _validated(plan)
    return {r.medicationCodeableConcept.text: r.medicationCodeableConcept.coding for r in resources["MedicationRequest"]}


def test_a_product_the_item_names_goes_out_as_its_clinical_drug() -> None:
    rx = "http://www.nlm.nih.gov/research/umls/rxnorm"
    coded = _coded(
        MedicationItem(id="gaba", drug="gabapentin", dose=1, unit="capsule", strength={"amount": 300, "unit": "mg"},
                       times_per_day=3),
        MedicationItem(id="oxer", drug="oxycodone", dose=1, unit="tablet", strength={"amount": 10, "unit": "mg"},
                       release="er", times_per_day=2),
        # 10 mg oxycodone tablets come immediate- and extended-release: no release written, no single product.
        MedicationItem(id="oxir", drug="oxycodone", dose=1, unit="tablet", strength={"amount": 10, "unit": "mg"},
                       prn=True, max_per_day=4),
        MedicationItem(id="perc", drug="hydrocodone-acetaminophen-10-325", dose=1, unit="tablet", prn=True, max_per_day=4),
        # A strength the catalog does not list is no product: the ingredient code.
        MedicationItem(id="odd", drug="sertraline", dose=1, unit="tablet", strength={"amount": 75, "unit": "mg"},
                       times_per_day=1),
    )
    by_drug = {text.split(" ")[0]: [(c.system, c.code, c.display) for c in coding] for text, coding in coded.items()}
    assert by_drug["Gabapentin"] == [(rx, "310431", "gabapentin 300 MG Oral Capsule")]
    assert by_drug["Sertraline"] == [(rx, "36437", None)]
    oxycodone = {text: [(c.code, c.display) for c in coding] for text, coding in coded.items()
                 if text.startswith("Oxycodone")}
    extended = [codes for text, codes in oxycodone.items() if RELEASE_LABELS["er"] in text]
    assert extended == [[("1860157", "Abuse-Deterrent 12 HR oxycodone hydrochloride 10 MG Extended Release Oral Tablet")]]
    assert sorted(oxycodone.values()) == [extended[0], [("7804", None)]]
    combination = next(v for k, v in coded.items() if k.startswith("Hydrocodone"))
    assert [(c.system, c.code) for c in combination] == [(rx, "856999")]


def test_bundle_is_stable_across_exports() -> None:
    plan = _plan()
    assert build_bundle(plan, load_catalog()) == build_bundle(plan, load_catalog())


@settings(max_examples=30, deadline=None)
@given(plan=care_plans())
def test_any_plan_gives_a_valid_bundle(plan: CarePlan) -> None:
    bundle = Bundle.model_validate(build_bundle(plan, load_catalog()))
    resources = _by_type(bundle)
    requests = len(resources.get("MedicationRequest", [])) + len(resources.get("ServiceRequest", []))
    expected = sum(len(m.items) if isinstance(m, MedicationModule) else 1 for m in plan.modules if m.kind != "kratom")
    assert requests == expected
    assert len(resources.get("MedicationStatement", [])) == (1 if plan.kratom_module() else 0)
