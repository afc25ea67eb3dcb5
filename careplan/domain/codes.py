"""Closed vocabularies of the plan file format (DESIGN.md): condition codes, units, kinds."""

from __future__ import annotations

from typing import Literal, get_args

Condition = Literal[
    "ckd",
    "liver_disease",
    "pregnancy",
    "breastfeeding",
    "gi_bleed_history",
    "peptic_ulcer",
    "heart_failure",
    "cardiovascular_disease",
    "hypertension",
    "sleep_apnea",
    "copd",
    "substance_use_disorder",
    "opioid_use_disorder",
    "seizure_disorder",
    "arrhythmia",
    "depression",
    "anxiety",
]
CONDITIONS: tuple[str, ...] = get_args(Condition)

CONDITION_LABELS: dict[str, str] = {
    "ckd": "Chronic kidney disease",
    "liver_disease": "Liver disease",
    "pregnancy": "Pregnancy",
    "breastfeeding": "Breastfeeding",
    "gi_bleed_history": "GI bleed history",
    "peptic_ulcer": "Peptic ulcer",
    "heart_failure": "Heart failure",
    "cardiovascular_disease": "Cardiovascular disease",
    "hypertension": "Hypertension",
    "sleep_apnea": "Sleep apnoea",
    "copd": "COPD",
    "substance_use_disorder": "Substance-use disorder",
    "opioid_use_disorder": "Opioid-use disorder",
    "seizure_disorder": "Seizure disorder",
    "arrhythmia": "Heart-rhythm problem",
    "depression": "Depression",
    "anxiety": "Anxiety",
}

Unit = Literal["mg", "mcg", "mcg/h", "g", "tablet", "capsule", "patch", "ml", "application"]
UNITS: tuple[str, ...] = get_args(Unit)

Route = Literal["oral", "topical", "transdermal", "sublingual", "buccal", "rectal", "injection", "inhaled", "nasal", "other"]
ROUTES: tuple[str, ...] = get_args(Route)

ModuleKind = Literal["medication", "physiotherapy", "cbt", "mindfulness", "lifestyle", "kratom"]
MODULE_KINDS: tuple[str, ...] = get_args(ModuleKind)

MODULE_LABELS: dict[str, str] = {
    "medication": "Medication",
    "physiotherapy": "Physiotherapy",
    "cbt": "CBT for pain",
    "mindfulness": "Mindfulness",
    "lifestyle": "Lifestyle",
    "kratom": "Kratom (counselling)",
}

DrugClass = Literal[
    "nsaid",
    "opioid",
    "benzodiazepine",
    "gabapentinoid",
    "ssri",
    "snri",
    "tca",
    "maoi",
    "anticoagulant",
    "antiplatelet",
    "acetaminophen",
    "muscle_relaxant",
    "z_drug",
    "local_anaesthetic",
    "counterirritant",
    "opioid_antagonist",
    "antiepileptic",
    "antipsychotic",
    "antihistamine",
    "other",
]
DRUG_CLASSES: tuple[str, ...] = get_args(DrugClass)

KratomStatus = Literal["current_use", "considering", "tapering", "past_use", "advised_against"]
KRATOM_STATUSES: tuple[str, ...] = get_args(KratomStatus)

KratomForm = Literal["leaf", "powder", "capsule", "liquid", "extract", "7oh_product", "unknown"]
KRATOM_FORMS: tuple[str, ...] = get_args(KratomForm)

PainType = Literal["nociceptive", "neuropathic", "nociplastic", "mixed"]
PAIN_TYPES: tuple[str, ...] = get_args(PainType)

Sex = Literal["female", "male", "other", "unknown"]

LifestyleArea = Literal["sleep", "activity", "weight", "diet", "smoking", "alcohol"]
LIFESTYLE_AREAS: tuple[str, ...] = get_args(LifestyleArea)

Severity = Literal["info", "warning", "critical"]
SEVERITY_ORDER: dict[str, int] = {"critical": 0, "warning": 1, "info": 2}

PlanStatus = Literal["draft", "final"]

PLAN_FORMAT = "careplan"
TEMPLATE_FORMAT = "careplan-template"
SCHEMA_VERSION = 1
