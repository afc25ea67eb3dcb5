"""The plan as a FHIR R4 Bundle: CarePlan, Patient, Goal, MedicationRequest and ServiceRequest."""

from __future__ import annotations

import uuid
from typing import Any

from careplan.domain.catalog import CatalogIndex
from careplan.domain.codes import MODULE_LABELS
from careplan.domain.dosing import course_words, dose_words, frequency, schedule_words
from careplan.domain.plan import CarePlan, MedicationItem, MedicationModule, Module

JSON = dict[str, Any]


def _urn(plan: CarePlan, key: str) -> str:
    # Stable ids: exporting the same plan twice gives the same Bundle.
    return f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, f'careplan:{plan.id}:{key}')}"


def _status(plan: CarePlan) -> str:
    return "active" if plan.status == "final" else "draft"


def _drug_name(item: MedicationItem, catalog: CatalogIndex) -> str:
    if item.drug and item.drug in catalog.drugs:
        return catalog.drugs[item.drug].name
    return item.name or item.drug or "medicine"


def _dosage(item: MedicationItem, catalog: CatalogIndex) -> JSON:
    drug = catalog.drugs.get(item.drug or "")
    kind = frequency(item, drug)
    text = f"{dose_words(item)}, {schedule_words(item, drug)}"
    if course := course_words(item):
        text += f", {course}"
    dosage: JSON = {
        "text": text,
        "route": {"text": item.route},
        # A rescue medicine is given when needed (an overdose), never on a schedule.
        "asNeededBoolean": kind in ("prn", "rescue"),
        "doseAndRate": [{"doseQuantity": {"value": item.dose, "unit": item.unit}}],
    }
    if kind == "prn" and item.max_per_day:
        dosage["maxDosePerPeriod"] = {
            "numerator": {"value": item.dose * item.max_per_day, "unit": item.unit},
            "denominator": {"value": 1, "unit": "d", "system": "http://unitsofmeasure.org", "code": "d"},
        }
    elif kind == "daily" and item.times_per_day:
        dosage["timing"] = {"repeat": {"frequency": item.times_per_day, "period": 1, "periodUnit": "d"}}
    elif kind == "interval" and item.interval_hours:
        dosage["timing"] = {"repeat": {"frequency": 1, "period": item.interval_hours, "periodUnit": "h"}}
    if item.instructions:
        dosage["patientInstruction"] = item.instructions
    return dosage


def _medication_request(plan: CarePlan, item: MedicationItem, catalog: CatalogIndex, subject: str) -> JSON:
    resource: JSON = {
        "resourceType": "MedicationRequest",
        "status": _status(plan),
        "intent": "plan",
        "medicationCodeableConcept": {"text": _drug_name(item, catalog)},
        "subject": {"reference": subject},
        "dosageInstruction": [_dosage(item, catalog)],
    }
    if item.purpose:
        resource["reasonCode"] = [{"text": item.purpose}]
    return resource


def _service_summary(module: Module) -> str:
    parts: list[str] = []
    for field in ("sessions", "sessions_per_week", "minutes_per_day", "days_per_week", "practice"):
        value = getattr(module, field, None)
        if value:
            parts.append(f"{field.replace('_', ' ')}: {value}")
    exercises = getattr(module, "exercises", None)
    if exercises:
        parts.append("exercises: " + ", ".join(e.exercise or e.name or "" for e in exercises))
    targets = getattr(module, "targets", None)
    if targets:
        parts.append("; ".join(f"{t.area}: {t.target}" for t in targets))
    return "; ".join(parts)


def _service_request(plan: CarePlan, module: Module, subject: str) -> JSON:
    resource: JSON = {
        "resourceType": "ServiceRequest",
        "status": _status(plan),
        "intent": "plan",
        "code": {"text": MODULE_LABELS[module.kind]},
        "subject": {"reference": subject},
    }
    summary = _service_summary(module)
    if summary:
        resource["patientInstruction"] = summary
    if module.notes:
        resource["note"] = [{"text": module.notes}]
    return resource


def build_bundle(plan: CarePlan, catalog: CatalogIndex) -> JSON:
    """A FHIR R4 ``collection`` Bundle for ``plan`` (validated against R4B in the tests)."""
    entries: list[JSON] = []
    subject = _urn(plan, "patient")
    patient = plan.patient_or_empty
    patient_resource: JSON = {"resourceType": "Patient"}
    if patient.name:
        patient_resource["name"] = [{"text": patient.name}]
    if patient.date_of_birth:
        patient_resource["birthDate"] = patient.date_of_birth.isoformat()
    if patient.record_number:
        patient_resource["identifier"] = [{"value": patient.record_number}]
    if patient.sex in ("female", "male", "other", "unknown"):
        patient_resource["gender"] = patient.sex
    entries.append({"fullUrl": subject, "resource": patient_resource})

    goal_refs: list[JSON] = []
    for goal in plan.goals:
        url = _urn(plan, f"goal:{goal.id}")
        resource: JSON = {
            "resourceType": "Goal",
            "lifecycleStatus": "active" if plan.status == "final" else "proposed",
            "description": {"text": goal.text},
            "subject": {"reference": subject},
        }
        if goal.measure or goal.target or goal.due:
            target: JSON = {}
            if goal.measure:
                target["measure"] = {"text": goal.measure}
            if goal.target:
                target["detailString"] = goal.target
            if goal.due:
                target["dueDate"] = goal.due.isoformat()
            resource["target"] = [target]
        entries.append({"fullUrl": url, "resource": resource})
        goal_refs.append({"reference": url})

    activities: list[JSON] = []
    for module in plan.modules:
        if isinstance(module, MedicationModule):
            for item in module.items:
                url = _urn(plan, f"med:{item.id}")
                entries.append({"fullUrl": url, "resource": _medication_request(plan, item, catalog, subject)})
                activities.append({"reference": {"reference": url}})
        else:
            url = _urn(plan, f"service:{module.id}")
            entries.append({"fullUrl": url, "resource": _service_request(plan, module, subject)})
            activities.append({"reference": {"reference": url}})

    care_plan: JSON = {
        "resourceType": "CarePlan",
        "identifier": [{"system": "urn:careplan:plan-id", "value": plan.id}],
        "status": _status(plan),
        "intent": "plan",
        "title": plan.title or "Care plan",
        "subject": {"reference": subject},
        "created": plan.created_at.isoformat(),
    }
    if goal_refs:
        care_plan["goal"] = goal_refs
    if activities:
        care_plan["activity"] = activities
    if plan.notes:
        care_plan["note"] = [{"text": plan.notes}]
    entries.insert(0, {"fullUrl": _urn(plan, "careplan"), "resource": care_plan})
    return {"resourceType": "Bundle", "type": "collection", "entry": entries}
