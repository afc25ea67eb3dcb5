"""Every patient field the model collects, and every condition code, is read by at least one rule:
two plans that differ only in that field (or condition) get different findings. A field added to
Patient later fails here until a rule reads it or it is listed as not clinical."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from careplan.domain.catalog import CatalogIndex
from careplan.domain.codes import CONDITIONS
from careplan.domain.plan import MedicationItem, Patient
from careplan.domain.safety.registry import RULE_IDS
from tests.domain.plan_factory import check, kratom, med, plan

# Identifiers: they name the patient and are read by no rule, on purpose.
NOT_CLINICAL = {"name", "record_number"}

PATCH = med("fentanyl-transdermal", 25, "mcg/h", every_hours=72, route="transdermal", id="patch")
IBUPROFEN = med("ibuprofen", 400, times=3)

# field -> (medicines, patient fields shared by both plans, the field's value in the second plan)
FIELDS: dict[str, tuple[list[MedicationItem], dict[str, Any], Any]] = {
    "date_of_birth": ([IBUPROFEN], {"age": None}, date(1950, 1, 1)),
    "age": ([IBUPROFEN], {}, 70),
    "sex": ([med("acetaminophen", 1000, times=3)], {"alcohol_drinks_per_week": 10}, "female"),
    "jurisdiction": ([], {}, "US-AL"),
    "conditions": ([IBUPROFEN], {}, ["heart_failure"]),
    "pregnancy_weeks": ([IBUPROFEN], {"sex": "female"}, 32),
    "current_medications": ([IBUPROFEN], {}, [med("warfarin", 5, times=1)]),
    "allergies": ([IBUPROFEN], {}, ["ibuprofen"]),
    "alcohol_drinks_per_week": ([med("oxycodone", 5, times=3)], {}, 28),
    "crcl": ([med("gabapentin", 600, times=3)], {}, 40),
    "egfr": ([med("gabapentin", 600, times=3)], {}, 40),
    "opioid_tolerant": ([PATCH], {}, False),
    "weight_kg": ([med("acetaminophen", 500, times=4)], {"age": 8}, 20),
    "hepatic_impairment": ([med("celecoxib", 200, times=2)], {}, "moderate"),
}

# condition -> (medicines, other patient fields): a plan where having the condition matters.
CONDITION_CASES: dict[str, tuple[list[MedicationItem], dict[str, Any]]] = {
    "ckd": ([med("gabapentin", 300, times=3)], {}),
    "liver_disease": ([med("celecoxib", 200, times=1)], {}),
    "pregnancy": ([IBUPROFEN], {"sex": "female"}),
    "breastfeeding": ([med("tramadol", 50, times=2)], {"sex": "female"}),
    "gi_bleed_history": ([IBUPROFEN], {}),
    "peptic_ulcer": ([IBUPROFEN], {}),
    "heart_failure": ([IBUPROFEN], {}),
    "cardiovascular_disease": ([IBUPROFEN], {}),
    "hypertension": ([IBUPROFEN], {}),
    "sleep_apnea": ([med("morphine", 15, times=2)], {}),
    "copd": ([med("gabapentin", 300, times=3)], {}),
    "substance_use_disorder": ([med("oxycodone", 5, times=3)], {}),
    "opioid_use_disorder": ([med("oxycodone", 5, times=3)], {}),
    "seizure_disorder": ([med("bupropion", 150, times=1)], {}),
    "arrhythmia": ([], {"kratom": True}),
    "depression": ([med("oxycodone", 5, times=3)], {}),
    "anxiety": ([med("oxycodone", 5, times=3)], {}),
    "overdose_history": ([med("oxycodone", 5, times=3)], {}),
    "qt_prolongation": ([med("citalopram", 20, times=1)], {}),
    "falls_history": ([med("sertraline", 50, times=1)], {"age": 70}),
}


def _seen(items: list[MedicationItem], catalog: CatalogIndex, **fields: Any) -> set[tuple[str, str, str]]:
    kratom_module = kratom() if fields.pop("kratom", False) or not items else None
    fields.setdefault("jurisdiction", "US-UT")
    report = check(plan(*items, kratom_module=kratom_module, **fields), catalog)
    return {(f.rule, f.severity, f.title) for f in report.findings if f.rule in RULE_IDS}


def test_every_patient_field_is_in_the_table() -> None:
    assert set(Patient.model_fields) == set(FIELDS) | NOT_CLINICAL


@pytest.mark.parametrize("field", sorted(FIELDS))
def test_each_patient_field_changes_a_finding(catalog: CatalogIndex, field: str) -> None:
    items, shared, value = FIELDS[field]
    base = dict(shared)
    if field == "jurisdiction":
        base["jurisdiction"] = "US-UT"
    without = _seen(items, catalog, **base)
    with_field = _seen(items, catalog, **{**base, field: value})
    assert without != with_field, field


def test_every_condition_code_is_in_the_table() -> None:
    assert set(CONDITION_CASES) == set(CONDITIONS)


@pytest.mark.parametrize("code", sorted(CONDITIONS))
def test_each_condition_code_changes_a_finding(catalog: CatalogIndex, code: str) -> None:
    items, shared = CONDITION_CASES[code]
    without = _seen(items, catalog, **dict(shared))
    with_condition = _seen(items, catalog, **{**shared, "conditions": [code]})
    assert without != with_condition, code
