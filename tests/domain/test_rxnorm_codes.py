"""RxNorm codes in the catalog: every drug has its ingredient code or says why not, and every
clinical-drug code names a strength the catalog lists, with RxNorm's name agreeing with it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from careplan.domain.catalog import CatalogIndex
from careplan.domain.catalog_model import Catalog, DrugCode, StrengthCode

LEFT_OUT = Path(__file__).resolve().parents[2] / "docs" / "label-facts-left-out.md"


def _left_out() -> dict[str, str]:
    """Drug -> code left out, from the "RxNorm" table of the left-out list."""
    text = LEFT_OUT.read_text(encoding="utf-8")
    section = text.split("\n## RxNorm\n", 1)[1].split("\n## ", 1)[0]
    rows = [line.split("|")[1:-1] for line in section.splitlines() if line.startswith("| ") and "---" not in line]
    return {cells[0].strip(): cells[1].strip() for cells in rows[1:]}


def test_every_drug_has_an_ingredient_code_or_a_reason(catalog: CatalogIndex) -> None:
    left_out = _left_out()
    for drug in catalog.data.drugs:
        code = catalog.rxnorm.get(drug.id)
        if code is not None and code.rxcui is not None:
            continue
        if code is not None and code.no_code:
            assert code.sources and code.reviewed, drug.id
            continue
        assert "Ingredient" in left_out.get(drug.id, ""), f"{drug.id}: no RxNorm ingredient code, reason or left-out row"


def test_combinations_are_coded_by_their_clinical_drug(catalog: CatalogIndex) -> None:
    combinations = [d for d in catalog.data.drugs if d.is_combination]
    assert len(combinations) >= 5
    for drug in combinations:
        code = catalog.rxnorm[drug.id]
        assert code.rxcui is None and "combination" in code.no_code, drug.id
        assert code.scd, drug.id


def test_left_out_rows_name_codes_that_are_really_missing(catalog: CatalogIndex) -> None:
    for drug_id, what in _left_out().items():
        assert drug_id in catalog.drugs, drug_id
        code = catalog.rxnorm.get(drug_id)
        if what.startswith("Ingredient"):
            assert code is None or code.rxcui is None, drug_id
        else:
            drug = catalog.drugs[drug_id]
            assert code is None or any(code.scd_for(s) is None for s in drug.strengths), drug_id


def _mg(amount: float, unit: str | None) -> str:
    """An amount as RxNorm writes it: milligrams (0.025 MG/HR for a 25 mcg/h patch)."""
    value = amount / 1000 if unit in ("mcg", "mcg/h") else amount
    return f"{value:g} MG"


def test_every_clinical_drug_code_names_a_listed_strength_of_that_amount(catalog: CatalogIndex) -> None:
    total = 0
    for code in catalog.data.drug_codes:
        drug = catalog.drugs[code.drug]
        by_label = {s.label(): s for s in drug.strengths}
        for scd in code.scd:
            total += 1
            strength = by_label[scd.strength]
            assert code.scd_for(strength) == scd
            if not scd.name:
                continue
            # A spray is named by its concentration (40 MG/ML for 4 mg in 0.1 mL): no amount to compare.
            if strength.amount is not None and "MG/ML" not in scd.name:
                assert re.search(rf"(?<![\d.]){re.escape(_mg(strength.amount, strength.unit))}\b", scd.name), (code.drug, scd)
            for ingredient in drug.ingredients:
                assert re.search(rf"(?<![\d.]){ingredient.amount_mg:g} MG\b", scd.name), (code.drug, scd)
            release = "Extended Release" in scd.name or "Delayed Release" in scd.name or " HR " in f" {scd.name}"
            assert release == (strength.release == "er"), (code.drug, scd)
    assert total >= 200


def test_a_code_for_a_strength_the_catalog_does_not_list_fails_loudly(catalog: CatalogIndex) -> None:
    data = catalog.data.model_dump()
    stray = DrugCode(drug="sertraline", rxcui="36437", scd=(StrengthCode(strength="75 mg tablet", rxcui="1"),),
                     sources=catalog.rxnorm["sertraline"].sources, reviewed=catalog.rxnorm["sertraline"].reviewed)
    data["drug_codes"] = [c for c in data["drug_codes"] if c["drug"] != "sertraline"] + [stray.model_dump()]
    with pytest.raises(ValueError, match="sertraline: '75 mg tablet'"):
        Catalog.model_validate(data)


def test_an_entry_holds_a_code_or_a_reason() -> None:
    sources = ({"citation": "RxNorm release files"},)
    with pytest.raises(ValueError, match="at least one code"):
        DrugCode.model_validate({"drug": "x", "sources": sources, "reviewed": "2026-12-03"})
    with pytest.raises(ValueError, match="not both"):
        DrugCode.model_validate({"drug": "x", "rxcui": "1", "no_code": "a combination", "sources": sources,
                                 "reviewed": "2026-12-03"})
