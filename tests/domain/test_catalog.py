"""Catalog integrity: unique ids, every fact sourced and dated, every drug id docs/DESIGN.md names present (our copy of the list)."""

from __future__ import annotations

import re

from careplan.domain.catalog import load_catalog
from careplan.domain.catalog_model import Sourced
from careplan.domain.codes import DRUG_CLASSES

DESIGN_DRUG_IDS = ["acetaminophen", "ibuprofen", "naproxen", "diclofenac", "celecoxib", "aspirin", "diclofenac-topical", "lidocaine-topical", "capsaicin-topical", "morphine", "oxycodone", "hydrocodone", "hydromorphone", "codeine", "tramadol", "tapentadol", "methadone", "fentanyl-transdermal", "buprenorphine", "oxycodone-acetaminophen-5-325", "hydrocodone-acetaminophen-5-325", "acetaminophen-codeine-300-30", "gabapentin", "pregabalin", "duloxetine", "venlafaxine", "amitriptyline", "nortriptyline", "sertraline", "fluoxetine", "citalopram", "alprazolam", "lorazepam", "diazepam", "clonazepam", "zolpidem", "cyclobenzaprine", "warfarin", "apixaban", "rivaroxaban", "clopidogrel", "naloxone"]


def _all_sourced(obj: object) -> list[Sourced]:
    found: list[Sourced] = []
    if isinstance(obj, Sourced):
        found.append(obj)
    if hasattr(obj, "__pydantic_fields__"):
        for name in type(obj).model_fields:  # type: ignore[attr-defined]
            found += _all_sourced(getattr(obj, name))
    elif isinstance(obj, (tuple, list)):
        for v in obj:
            found += _all_sourced(v)
    elif isinstance(obj, dict):
        for v in obj.values():
            found += _all_sourced(v)
    return found


def test_sizes_and_design_ids() -> None:
    cat = load_catalog()
    assert len(cat.drugs) >= 40
    assert set(DESIGN_DRUG_IDS) <= set(cat.drugs)
    assert len(cat.exercises) >= 25
    assert len(cat.data.jurisdictions.entries) >= 30


def test_every_fact_is_sourced_and_dated() -> None:
    facts = _all_sourced(load_catalog().data)
    assert len(facts) > 100
    for fact in facts:
        assert fact.sources and all(s.citation.strip() for s in fact.sources)
        assert fact.reviewed.year >= 2025


def test_unique_ids_everywhere() -> None:
    data = load_catalog().data
    for group in (data.drugs, data.exercises, data.cbt_components, data.mindfulness_practices,
                  data.lifestyle_targets, data.kratom_cautions, data.red_flags):
        ids = [e.id for e in group]
        assert len(ids) == len(set(ids))
    codes = [j.code for j in data.jurisdictions.entries]
    assert len(codes) == len(set(codes))


def test_opioids_have_cdc_2022_factors() -> None:
    cat = load_catalog()
    expected = {"codeine": 0.15, "hydrocodone": 1.0, "hydromorphone": 5.0, "methadone": 4.7, "morphine": 1.0,
                "oxycodone": 1.5, "tapentadol": 0.4, "tramadol": 0.2, "fentanyl-transdermal": 2.4}
    for drug_id, factor in expected.items():
        mme = cat.drugs[drug_id].mme
        assert mme is not None and mme.factor == factor, drug_id
    assert cat.drugs["fentanyl-transdermal"].mme.per == "mcg/h"  # type: ignore[union-attr]
    assert cat.drugs["buprenorphine"].mme.factor is None  # type: ignore[union-attr]
    for drug in cat.drugs_in_class("opioid"):
        assert drug.mme is not None, drug.id


def test_combinations_reference_catalog_drugs() -> None:
    cat = load_catalog()
    for drug in cat.data.drugs:
        for ingredient in drug.ingredients:
            assert ingredient.drug in cat.drugs, (drug.id, ingredient.drug)
    apap = {i.drug: i.amount_mg for i in cat.drugs["hydrocodone-acetaminophen-5-325"].ingredients}
    assert apap == {"hydrocodone": 5, "acetaminophen": 325}


def test_classes_and_thresholds_cover_the_rules() -> None:
    cat = load_catalog()
    assert cat.class_ids == set(DRUG_CLASSES)
    for drug in cat.data.drugs:
        assert set(drug.classes) <= cat.class_ids
    for key in ("mme_warning", "mme_critical", "apap_max_mg", "apap_reduced_max_mg", "heavy_alcohol_male_per_week",
                "heavy_alcohol_female_per_week", "followup_max_weeks", "nsaid_pregnancy_weeks", "older_adult_age"):
        assert cat.threshold(key).value > 0


def test_jurisdiction_table_has_dates_and_lookup_falls_back() -> None:
    cat = load_catalog()
    table = cat.data.jurisdictions
    assert "verify" in table.verify_note.lower()
    assert cat.jurisdiction("US-AL") is not None and cat.jurisdiction("US-AL").status == "banned"  # type: ignore[union-attr]
    assert cat.jurisdiction("us-al") == cat.jurisdiction("US-AL")
    assert cat.jurisdiction(None) is None


def test_kratom_text_never_gives_a_dose_or_strain() -> None:
    data = load_catalog().data
    texts = [c.clinician_text + " " + " ".join(c.patient.values()) for c in data.kratom_cautions]
    for text in texts:
        assert not re.search(r"\b\d+(\.\d+)?\s?(g|mg|grams?)\b", text), text
        assert not re.search(r"\b(red|green|white|maeng da|bali)\s+(vein|strain)", text, re.I), text
