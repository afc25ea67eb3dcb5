"""ALLERGY: drug id, ingredient or class matches a recorded allergy, case-insensitively."""

from __future__ import annotations

from careplan.domain.catalog import CatalogIndex
from tests.domain.plan_factory import check, med, of_rule, one, plan, rules


def test_drug_id_matches_case_insensitively(catalog: CatalogIndex) -> None:
    finding = one(check(plan(med("ibuprofen", 400, times=3), allergies=["Ibuprofen"]), catalog), "ALLERGY")
    assert finding.severity == "critical" and finding.items == ("ibuprofen",)
    assert "Ibuprofen" in finding.title


def test_class_allergy_matches_every_drug_of_the_class(catalog: CatalogIndex) -> None:
    p = plan(med("ibuprofen", 400, times=3), current=[med("naproxen", 250, times=2)], allergies=["NSAID"])
    finding = one(check(p, catalog), "ALLERGY")
    assert finding.items == ("ibuprofen", "naproxen")
    assert "class" in finding.detail


def test_ingredient_of_a_combination_matches(catalog: CatalogIndex) -> None:
    p = plan(med("acetaminophen-codeine-300-30", 1, "tablet", times=4), allergies=["codeine"])
    finding = one(check(p, catalog), "ALLERGY")
    assert finding.items == ("acetaminophen-codeine-300-30",)
    assert "ingredient" in finding.detail


def test_opioid_class_allergy_reaches_the_combination(catalog: CatalogIndex) -> None:
    p = plan(med("hydrocodone-acetaminophen-5-325", 1, "tablet", times=4), allergies=["opioid"])
    assert "ALLERGY" in rules(check(p, catalog))


def test_one_finding_per_matching_allergy(catalog: CatalogIndex) -> None:
    p = plan(med("codeine", 30, times=4), med("ibuprofen", 200, times=3), allergies=["codeine", "nsaid", "latex"])
    assert sorted(f.title for f in of_rule(check(p, catalog), "ALLERGY")) == [
        "Recorded allergy: codeine",
        "Recorded allergy: nsaid",
    ]


def test_near_misses_do_not_fire(catalog: CatalogIndex) -> None:
    # Penicillin matches nothing; "morph" is not a substring match; a sulfa allergy is unrelated.
    p = plan(med("morphine", 10, times=2), med("acetaminophen", 500, times=2), allergies=["penicillin", "morph", "sulfa"])
    assert "ALLERGY" not in rules(check(p, catalog))


def test_free_text_medicine_matches_by_name(catalog: CatalogIndex) -> None:
    p = plan(med(None, 500, times=2, name="Amoxicillin", id="amox"), allergies=["amoxicillin"])
    assert one(check(p, catalog), "ALLERGY").items == ("amox",)
