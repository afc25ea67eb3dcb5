"""Closed vocabularies of the plan file format (docs/DESIGN.md): condition codes, units, kinds."""

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
    "overdose_history",
    "qt_prolongation",
    "falls_history",
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
    "overdose_history": "Overdose history",
    "qt_prolongation": "QT prolongation",
    "falls_history": "History of falls",
}

def condition_words(code: str) -> str:
    """A condition for a sentence: "heart failure", "COPD" (an acronym keeps its capitals)."""
    label = CONDITION_LABELS.get(code, code.replace("_", " "))
    return label if label.isupper() else label[:1].lower() + label[1:]


Unit = Literal["mg", "mcg", "mcg/h", "g", "tablet", "capsule", "patch", "ml", "application"]
UNITS: tuple[str, ...] = get_args(Unit)

# Units that count pieces (or millilitres, or applications) rather than drug: turning them into an
# amount of drug needs the strength of one piece (`MedicationItem.strength`) or, for a combination
# product, its ingredients.
COUNT_UNITS: frozenset[str] = frozenset({"tablet", "capsule", "patch", "ml", "application"})

# The amount of drug one unit holds (a strength): a mass, or a patch's release rate.
StrengthUnit = Literal["mg", "mcg", "g", "mcg/h"]
STRENGTH_UNITS: tuple[str, ...] = get_args(StrengthUnit)

# The four times of day of the handout's daily table, in the order a day runs.
Slot = Literal["morning", "midday", "evening", "bedtime"]
SLOTS: tuple[str, ...] = get_args(Slot)

SLOT_LABELS: dict[str, str] = {"morning": "Morning", "midday": "Midday", "evening": "Evening", "bedtime": "Bedtime"}

# Immediate or extended (modified) release; None on an item means not stated.
Release = Literal["ir", "er"]
RELEASE_LABELS: dict[str, str] = {"ir": "immediate release", "er": "extended release"}

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
    # Every antidepressant beside its own class (ssri, snri...): the class's boxed warning reads it,
    # and linezolid, an MAOI that is an antibiotic, is not one.
    "antidepressant",
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
    "ace_inhibitor",
    "arb",
    "diuretic",
    "macrolide",
    "azole_antifungal",
    "calcium_channel_blocker",
    "rifamycin",
    "antiretroviral",
    "antiemetic",
    # Added for catalog breadth (issue 16): classes the third-set rules read.
    "corticosteroid",
    "triptan",
    "mood_stabiliser",
    "oxazolidinone",
    "fluoroquinolone",
    "antitussive",
    "decongestant",
    "herbal",
    "other",
]
DRUG_CLASSES: tuple[str, ...] = get_args(DrugClass)

KratomStatus = Literal["current_use", "considering", "tapering", "past_use", "advised_against"]
KRATOM_STATUSES: tuple[str, ...] = get_args(KratomStatus)
KRATOM_STATUS_LABELS: dict[str, str] = {
    "current_use": "Currently using",
    "considering": "Considering it",
    "tapering": "Tapering off",
    "past_use": "Used in the past",
    "advised_against": "Advised against it",
}

KratomForm = Literal["leaf", "powder", "capsule", "liquid", "extract", "7oh_product", "unknown"]
KRATOM_FORMS: tuple[str, ...] = get_args(KratomForm)
KRATOM_FORM_LABELS: dict[str, str] = {
    "leaf": "Leaf",
    "powder": "Powder",
    "capsule": "Capsules",
    "liquid": "Liquid / shot",
    "extract": "Concentrated extract",
    "7oh_product": "7-OH product",
    "unknown": "Not known",
}

PainType = Literal["nociceptive", "neuropathic", "nociplastic", "mixed"]
PAIN_TYPES: tuple[str, ...] = get_args(PainType)

Sex = Literal["female", "male", "other", "unknown"]
SEX_LABELS: dict[str, str] = {"female": "Female", "male": "Male", "other": "Other", "unknown": "Not recorded"}

LifestyleArea = Literal["sleep", "activity", "weight", "diet", "smoking", "alcohol"]
LIFESTYLE_AREAS: tuple[str, ...] = get_args(LifestyleArea)

Severity = Literal["info", "warning", "critical"]

# Child-Pugh class of hepatic impairment (A/B/C) as a patient field and a label population.
HepaticImpairment = Literal["mild", "moderate", "severe"]
HEPATIC_IMPAIRMENTS: tuple[str, ...] = get_args(HepaticImpairment)
HEPATIC_LABELS: dict[str, str] = {
    "mild": "Mild (Child-Pugh A)",
    "moderate": "Moderate (Child-Pugh B)",
    "severe": "Severe (Child-Pugh C)",
}

# Why a medication item is given, when it changes which rules count it (CDC 2022: MME thresholds
# are not for opioid-use-disorder treatment).
Indication = Literal["opioid_use_disorder"]
INDICATION_LABELS: dict[str, str] = {"opioid_use_disorder": "Treatment of opioid-use disorder"}
# The medicine class each indication can apply to: the editor offers it for those medicines only.
INDICATION_CLASSES: dict[str, str] = {"opioid_use_disorder": "opioid"}

# The label's own word for a fact (resources/catalog/labels, LABEL-FACTS-FORMAT.md): it sets the
# severity of the finding the fact raises (careplan.domain.facts_model.severity_for).
Word = Literal[
    "contraindicated",
    "boxed_warning",
    "avoid",
    "not_recommended",
    "do_not_exceed",
    "reduce_dose",
    "use_with_caution",
    "monitor",
    "not_established",
]
WORDS: tuple[str, ...] = get_args(Word)

# What a drug is for the class rules (given per drug in its label file, or per class in a group).
Role = Literal[
    "serotonergic",
    "cns_depressant",
    "anticholinergic_strong",
    "qt_known_risk",
    "bleeding_risk",
    "seizure_threshold",
    "respiratory_depressant",
    "long_acting",
    "opioid_partial_agonist",
    "cyp3a4_substrate",
    "cyp2d6_substrate",
    "cyp2d6_prodrug",
    "cyp1a2_substrate",
    "cyp3a4_inhibitor_strong",
    "cyp3a4_inhibitor_moderate",
    "cyp3a4_inducer_strong",
    "cyp3a4_inducer_moderate",
    "cyp2d6_inhibitor_strong",
    "cyp2d6_inhibitor_moderate",
    "cyp1a2_inhibitor_strong",
    "cyp1a2_inhibitor_moderate",
    "cyp2c19_substrate",
    "cyp2c19_inhibitor_strong",
    "cyp2c19_inhibitor_moderate",
]
ROLES: tuple[str, ...] = get_args(Role)
SEVERITY_ORDER: dict[str, int] = {"critical": 0, "warning": 1, "info": 2}

PlanStatus = Literal["draft", "final"]

PLAN_FORMAT = "careplan"
TEMPLATE_FORMAT = "careplan-template"
SCHEMA_VERSION = 3
