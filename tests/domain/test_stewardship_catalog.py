"""The stewardship facts load, are sourced and dated, name only known classes, and a broken file
fails loudly."""

from __future__ import annotations

import json

import pytest

from careplan.domain.catalog import CatalogError, CatalogIndex
from careplan.domain.stewardship_catalog import load_stewardship_facts, read_stewardship
from careplan.resources import catalog_dir


def test_every_fact_is_sourced_and_dated() -> None:
    data = load_stewardship_facts().data
    facts = [*data.taper_guidance, data.long_term_use, *data.no_abrupt_stop, *data.withdrawal, *data.monitoring]
    for fact in facts:
        assert fact.sources and fact.reviewed
        assert all(s.citation and s.grade in ("V", "S") for s in fact.sources)


def test_guidance_is_chosen_by_class_and_length_of_use() -> None:
    facts = load_stewardship_facts()
    assert facts.guidance_for({"opioid"}, True) is not None and facts.guidance_for({"opioid"}, True).per_days == 28
    assert facts.guidance_for({"opioid"}, False).per_days == 7  # type: ignore[union-attr]
    assert facts.guidance_for({"opioid"}, None).use == "long_term"  # type: ignore[union-attr]  # the cautious reading
    assert facts.guidance_for({"benzodiazepine"}, None).max_percent == 25  # type: ignore[union-attr]
    assert facts.guidance_for({"gabapentinoid"}, None) is None
    assert facts.monitoring("pdmp_check").interval_days == 90  # type: ignore[union-attr]
    assert facts.monitoring("urine_drug_test").interval_days == 365  # type: ignore[union-attr]


def _raw() -> dict[str, object]:
    loaded: dict[str, object] = json.loads((catalog_dir() / "stewardship.json").read_text(encoding="utf-8"))
    return loaded


def test_an_unknown_class_fails_loudly(catalog: CatalogIndex) -> None:
    raw = _raw()
    raw["taper_guidance"][0]["classes"] = ["opiod"]  # type: ignore[index]
    with pytest.raises(CatalogError, match="opiod"):
        read_stewardship(json.dumps(raw), catalog)


def test_an_unsourced_or_undated_fact_is_refused(catalog: CatalogIndex) -> None:
    raw = _raw()
    raw["monitoring"][0]["sources"] = []  # type: ignore[index]
    with pytest.raises(CatalogError, match=r"stewardship\.json"):
        read_stewardship(json.dumps(raw), catalog)
    raw = _raw()
    del raw["withdrawal"][0]["reviewed"]  # type: ignore[index, attr-defined]
    with pytest.raises(CatalogError):
        read_stewardship(json.dumps(raw), catalog)


def test_patient_wording_may_hold_only_known_placeholders(catalog: CatalogIndex) -> None:
    raw = _raw()
    raw["withdrawal"][0]["emergency"] = {"en": "Call {doctor} now."}  # type: ignore[index]
    with pytest.raises(CatalogError, match="placeholder"):
        read_stewardship(json.dumps(raw), catalog)
