"""Medicines as FHIR: MedicationRequest with structured dosage, and kratom as patient-reported use.

The dosage follows the dose model (:mod:`careplan.domain.dosing`): a daily item gets its times
per day and times of day; an interval item (a patch every 72 hours) its period; an as-needed
item its cap per day and the shortest gap between doses; a rescue medicine is as-needed with no
schedule, for an emergency. Kratom is never a request: it is a MedicationStatement whose source
is the patient, carrying what the patient reported as a note, never as a dose.
"""

from __future__ import annotations

from typing import Any

from careplan.domain.catalog import CatalogIndex
from careplan.domain.codes import COUNT_UNITS, RELEASE_LABELS
from careplan.domain.dosing import course_words, dose_slots, dose_words, frequency, schedule_words
from careplan.domain.plan import CarePlan, KratomModule, MedicationItem
from careplan.domain.plan_diff import KRATOM_FORM_WORDS, KRATOM_STATUS_WORDS, medicine_name
from careplan.domain.products import item_product
from careplan.export.fhir_codes import (
    COMMUNITY_CATEGORY,
    PATIENT_SPECIFIED,
    PROFILE_MEDICATION_REQUEST,
    RXNORM,
    WHEN,
    quantity,
    route,
)

JSON = dict[str, Any]

KRATOM_STATEMENT_STATUS = {
    "current_use": "active", "tapering": "active", "past_use": "completed", "considering": "intended",
    # The clinician advised against it; whether the patient uses it is not recorded.
    "advised_against": "unknown",
}


def rxnorm_code(drug_id: str | None, catalog: CatalogIndex) -> str | None:
    """The drug's RxNorm ingredient code (RxCUI, term type IN) from the catalog, or None.

    Combination products (coded by their clinical drug only) and drugs whose code was not
    confirmed have none: without a clinical-drug code they go out as text, never with a guess.
    """
    entry = catalog.rxnorm.get(drug_id or "")
    return entry.rxcui if entry is not None else None


def rxnorm_coding(item: MedicationItem, catalog: CatalogIndex) -> JSON | None:
    """The item's RxNorm coding: the clinical drug (SCD) of the one catalog product the item is
    written as, when the catalog has its code; else the ingredient (IN); else None."""
    entry = catalog.rxnorm.get(item.drug or "")
    drug = catalog.drugs.get(item.drug or "")
    if entry is None or drug is None:
        return None
    product = item_product(drug, item)
    scd = entry.scd_for(product) if product is not None else None
    if scd is not None:
        # RxNorm's own name for the clinical drug is its display, where the catalog's source gave it.
        return {"system": RXNORM, "code": scd.rxcui} | ({"display": scd.name} if scd.name else {})
    if entry.rxcui is not None:
        # An ingredient code: its display is RxNorm's, not our product name, so none is given.
        return {"system": RXNORM, "code": entry.rxcui}
    return None


def medication_concept(item: MedicationItem, catalog: CatalogIndex) -> JSON:
    """Medicine name (with the strength of one unit) and, from the catalog, its RxNorm code."""
    text = medicine_name(item, catalog)
    if item.strength is not None and item.unit in COUNT_UNITS:
        text += f" {item.strength.amount:g} {item.strength.unit} {item.unit}"
    if item.release is not None:
        text += f", {RELEASE_LABELS[item.release]}"
    concept: JSON = {"text": text}
    coding = rxnorm_coding(item, catalog)
    if coding is not None:
        concept["coding"] = [coding]
    return concept


def _bounds(item: MedicationItem) -> JSON:
    if item.duration_days is not None:
        return {"boundsDuration": {**quantity(item.duration_days, "d"), "unit": "days"}}
    if item.start is not None or item.stop is not None:
        period = {k: v.isoformat() for k, v in (("start", item.start), ("end", item.stop)) if v is not None}
        return {"boundsPeriod": period}
    return {}


def _period(hours: float) -> JSON:
    if hours % 24 == 0:
        return {"frequency": 1, "period": hours // 24, "periodUnit": "d"}
    return {"frequency": 1, "period": hours, "periodUnit": "h"}


def dosage(item: MedicationItem, catalog: CatalogIndex) -> JSON:
    """One Dosage: text for people, and the same in structured form for systems."""
    drug = catalog.drugs.get(item.drug or "")
    kind = frequency(item, drug)
    text = f"{dose_words(item)}, {schedule_words(item, drug)}"
    if course := course_words(item):
        text += f", {course}"
    repeat: JSON = {}
    out: JSON = {"text": text, "route": route(item.route)}
    if kind == "daily" and item.times_per_day is not None:
        repeat = {"frequency": item.times_per_day, "period": 1, "periodUnit": "d"}
        slots = dose_slots(item, drug)
        if slots:
            repeat["when"] = [WHEN[s] for s in slots]
    elif kind == "interval" and item.interval_hours is not None:
        repeat = _period(item.interval_hours)
    elif kind == "prn":
        out["asNeededCodeableConcept" if item.purpose else "asNeededBoolean"] = (
            {"text": item.purpose} if item.purpose else True)
        if item.min_hours_between is not None:
            # "every 4 hours as needed": no sooner than 4 hours after the last dose.
            repeat = _period(item.min_hours_between)
        if item.max_per_day is not None:
            out["maxDosePerPeriod"] = {"numerator": quantity(item.dose * item.max_per_day, item.unit),
                                       "denominator": quantity(1, "d") | {"unit": "day"}}
    elif kind == "rescue":
        out["asNeededCodeableConcept"] = {"text": item.purpose or "an emergency"}
        out["additionalInstruction"] = [{"text": "Rescue medicine: given by family or carers in an emergency; "
                                                 "not a daily medicine."}]
    repeat |= _bounds(item)
    if repeat:
        out["timing"] = {"repeat": repeat}
    dose_and_rate: JSON = {"doseQuantity": quantity(item.dose, item.unit)}
    if item.strength is not None and item.strength.unit == "mcg/h" and item.unit in COUNT_UNITS:
        dose_and_rate["rateQuantity"] = quantity(item.dose * item.strength.amount, "mcg/h")
    elif item.unit == "mcg/h":
        dose_and_rate = {"rateQuantity": quantity(item.dose, "mcg/h")}
    out["doseAndRate"] = [dose_and_rate]
    if item.instructions:
        out["patientInstruction"] = item.instructions
    return out


def medication_request(plan: CarePlan, item: MedicationItem, catalog: CatalogIndex, refs: dict[str, str]) -> JSON:
    """A US Core MedicationRequest (intent ``plan``: part of a care plan, not a dispensing order)."""
    resource: JSON = {
        "resourceType": "MedicationRequest",
        "meta": {"profile": [PROFILE_MEDICATION_REQUEST]},
        "status": "active" if plan.status == "final" else "draft",
        "intent": "plan",
        "category": [COMMUNITY_CATEGORY],
        "medicationCodeableConcept": medication_concept(item, catalog),
        "subject": {"reference": refs["patient"]},
        "authoredOn": (plan.signed_off.at if plan.signed_off else plan.updated_at).isoformat(),
        "dosageInstruction": [dosage(item, catalog)],
        "reasonReference": [{"reference": refs["condition"]}],
    }
    if who := clinician_display(plan):
        resource["requester"] = {"display": who}
    if item.purpose:
        resource["reasonCode"] = [{"text": item.purpose}]
    if item.otc:
        resource["note"] = [{"text": "Bought over the counter."}]
    return resource


def clinician_display(plan: CarePlan) -> str:
    who = plan.signed_off if plan.signed_off is not None else plan.clinician
    return ", ".join(x for x in (who.name.strip(), who.credentials.strip()) if x)


def kratom_statement(plan: CarePlan, module: KratomModule, catalog: CatalogIndex, refs: dict[str, str]) -> JSON:
    """Patient-reported kratom use: a MedicationStatement whose information source is the patient."""
    lines = [f"Status: {KRATOM_STATUS_WORDS[module.status]}.", f"Product: {KRATOM_FORM_WORDS[module.product_form]}."]
    reported = "; ".join(x for x in (module.reported_amount, module.reported_frequency) if x.strip())
    if reported:
        lines.append(f"Patient reports: {reported}.")
    if module.duration_months is not None:
        lines.append(f"Used for about {module.duration_months:g} months.")
    if module.source.strip():
        lines.append(f"Bought from: {module.source}.")
    if module.withdrawal_symptoms.strip():
        lines.append(f"Withdrawal symptoms: {module.withdrawal_symptoms}.")
    cautions = [catalog.kratom_cautions[c].title if c in catalog.kratom_cautions else c for c in module.cautions_discussed]
    if cautions:
        lines.append("Cautions discussed: " + "; ".join(cautions) + ".")
    if module.monitoring:
        lines.append("Monitoring: " + "; ".join(module.monitoring) + ".")
    if module.status == "advised_against":
        lines.append("The clinician advised against kratom use.")
    return {
        "resourceType": "MedicationStatement",
        "status": KRATOM_STATEMENT_STATUS[module.status],
        "category": PATIENT_SPECIFIED,
        "medicationCodeableConcept": {"text": "Kratom (Mitragyna speciosa), patient-reported; not a prescribed medicine"},
        "subject": {"reference": refs["patient"]},
        "dateAsserted": plan.updated_at.isoformat(),
        "informationSource": {"reference": refs["patient"]},
        "note": [{"text": " ".join(lines)}],
    }
