"""Code systems, profiles and the few codes the FHIR export uses, each checked against its source.

Checked 2026-12-01:
- US Core 6.1.0 profiles and code systems (HL7 package hl7.fhir.us.core 6.1.0, CC0): profile URLs,
  CarePlan category ``assess-plan``, Condition category ``problem-list-item``, narrative status
  ``generated``, Observation category ``survey``.
- LOINC 72514-3 "Pain severity - 0-10 verbal numeric rating [Score] - Reported" and 91147-9
  "Mean score [PEG]" (LOINC term pages). The three PEG item codes were not confirmed from LOINC
  itself, so the items go out with text only.
- SNOMED CT 82423001 "Chronic pain (finding)"; 91251008 "Physical therapy procedure";
  228557008 "Cognitive and behavioral therapy (regime/therapy)"; route codes from the FHIR R4
  ``route-codes`` value set. Mindfulness and lifestyle programmes have no code we could confirm:
  they go out as text.
- RxNorm ingredient codes come from the catalog (``resources/catalog/rxnorm.json``), never from here.
"""

from __future__ import annotations

from typing import Any

US_CORE = "http://hl7.org/fhir/us/core/StructureDefinition/"
PROFILE_CAREPLAN = US_CORE + "us-core-careplan"
PROFILE_GOAL = US_CORE + "us-core-goal"
PROFILE_MEDICATION_REQUEST = US_CORE + "us-core-medicationrequest"
PROFILE_CONDITION = US_CORE + "us-core-condition-problems-health-concerns"
PROFILE_SURVEY = US_CORE + "us-core-observation-screening-assessment"
PROFILE_SERVICE_REQUEST = US_CORE + "us-core-servicerequest"

SNOMED = "http://snomed.info/sct"
LOINC = "http://loinc.org"
RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm"
UCUM = "http://unitsofmeasure.org"

CAREPLAN_CATEGORY = {"coding": [{"system": "http://hl7.org/fhir/us/core/CodeSystem/careplan-category",
                                 "code": "assess-plan", "display": "Assessment and Plan of Treatment"}]}
PROBLEM_LIST_ITEM = {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-category",
                                 "code": "problem-list-item", "display": "Problem List Item"}]}
SURVEY_CATEGORY = {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/observation-category",
                               "code": "survey", "display": "Survey"}]}
COMMUNITY_CATEGORY = {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/medicationrequest-category",
                                  "code": "community", "display": "Community"}]}
PATIENT_SPECIFIED = {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/medication-statement-category",
                                 "code": "patientspecified", "display": "Patient Specified"}]}
CLINICAL_ACTIVE = {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-clinical", "code": "active"}]}
VERIFICATION_CONFIRMED = {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-ver-status",
                                      "code": "confirmed"}]}
MEDICAL_RECORD_NUMBER = {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "MR"}],
                         "text": "Medical record number"}

CHRONIC_PAIN = {"system": SNOMED, "code": "82423001", "display": "Chronic pain (finding)"}
NRS = {"system": LOINC, "code": "72514-3", "display": "Pain severity - 0-10 verbal numeric rating [Score] - Reported"}
PEG_MEAN = {"system": LOINC, "code": "91147-9", "display": "Mean score [PEG]"}
PEG_ITEMS = ("Pain on average in the past week (0-10)", "Pain interfered with enjoyment of life (0-10)",
             "Pain interfered with general activity (0-10)")

MODULE_CODES: dict[str, dict[str, str]] = {
    "physiotherapy": {"system": SNOMED, "code": "91251008", "display": "Physical therapy procedure"},
    "cbt": {"system": SNOMED, "code": "228557008", "display": "Cognitive and behavioral therapy (regime/therapy)"},
}

ROUTES: dict[str, tuple[str, str]] = {
    "oral": ("26643006", "Oral use"),
    "topical": ("6064005", "Topical route"),
    "transdermal": ("45890007", "Transdermal use"),
    "sublingual": ("37839007", "Sublingual use"),
    "buccal": ("54471007", "Buccal use"),
    "rectal": ("37161004", "Rectal use"),
    "nasal": ("46713006", "Nasal use"),
    "inhaled": ("447694001", "Respiratory tract route"),
}

# The handout's four times of day as FHIR event timings (R4 EventTiming: NOON; v3 TimingEvent: HS).
WHEN: dict[str, str] = {"morning": "MORN", "midday": "NOON", "evening": "EVE", "bedtime": "HS"}

# Plan units as UCUM codes; pieces are UCUM annotations.
UCUM_UNITS: dict[str, str] = {
    "mg": "mg", "mcg": "ug", "g": "g", "ml": "mL", "mcg/h": "ug/h",
    "tablet": "{tablet}", "capsule": "{capsule}", "patch": "{patch}", "application": "{application}",
}


def quantity(value: float, unit: str) -> dict[str, Any]:
    """A UCUM-coded Quantity (US Core: coded quantity units SHALL be UCUM)."""
    return {"value": value, "unit": unit, "system": UCUM, "code": UCUM_UNITS.get(unit, unit)}


def route(name: str) -> dict[str, Any]:
    coded = ROUTES.get(name)
    if coded is None:
        return {"text": name}
    return {"coding": [{"system": SNOMED, "code": coded[0], "display": coded[1]}], "text": name}
