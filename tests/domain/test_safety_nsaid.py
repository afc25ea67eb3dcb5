"""NSAID-DUPLICATE, NSAID-BLEEDING and NSAID-CONDITION, with facts.md cases T1, T4, T5, T6, T7."""

from __future__ import annotations

from datetime import date

from careplan.domain.catalog import CatalogIndex
from tests.domain.plan_factory import check, med, of_rule, one, patient, plan, rules, severities

IBU = med("ibuprofen", 400, times=3)
NAPROXEN = med("naproxen", 250, times=2)
GEL = med("diclofenac-topical", 4, "g", times=4, route="topical")


def test_two_systemic_nsaids_are_a_duplicate(catalog: CatalogIndex) -> None:
    finding = one(check(plan(IBU, NAPROXEN), catalog), "NSAID-DUPLICATE")
    assert finding.severity == "critical"
    assert finding.items == ("ibuprofen", "naproxen")
    assert "Ibuprofen" in finding.detail and "Naproxen" in finding.detail


def test_current_nsaid_counts_for_duplicate(catalog: CatalogIndex) -> None:
    report = check(plan(IBU, current=[med("celecoxib", 200, times=1)]), catalog)
    assert one(report, "NSAID-DUPLICATE").items == ("celecoxib", "ibuprofen")


def test_one_nsaid_or_nsaid_plus_topical_is_not_a_duplicate(catalog: CatalogIndex) -> None:
    assert not catalog.drugs["diclofenac-topical"].systemic
    assert "NSAID-DUPLICATE" not in rules(check(plan(IBU), catalog))
    assert "NSAID-DUPLICATE" not in rules(check(plan(IBU, GEL), catalog))


def test_same_nsaid_twice_is_not_a_duplicate(catalog: CatalogIndex) -> None:
    p = plan(med("ibuprofen", 200, times=2, id="a"), current=[med("ibuprofen", 200, times=2, id="b")])
    assert "NSAID-DUPLICATE" not in rules(check(p, catalog))


def test_aspirin_is_taken_by_its_catalog_classes(catalog: CatalogIndex) -> None:
    # Low-dose aspirin is an antiplatelet: with ibuprofen it is a bleeding risk either way.
    aspirin = med("aspirin", 81, times=1)
    report = check(plan(IBU, aspirin), catalog)
    assert severities(report, "NSAID-BLEEDING") == ["critical"]
    assert "aspirin" in one(report, "NSAID-BLEEDING").items
    # Aspirin alone is never its own bleeding partner.
    assert "NSAID-BLEEDING" not in rules(check(plan(aspirin), catalog))


def test_t1_warfarin_and_ibuprofen_is_critical_bleeding(catalog: CatalogIndex) -> None:
    report = check(plan(IBU, current=[med("warfarin", 5, times=1)]), catalog)
    finding = one(report, "NSAID-BLEEDING", "critical")
    assert finding.items == ("ibuprofen", "warfarin")
    assert "Warfarin" in finding.detail and "Ibuprofen" in finding.detail
    assert finding.sources


def test_antiplatelet_and_doac_are_bleeding_partners(catalog: CatalogIndex) -> None:
    for partner in ("clopidogrel", "apixaban", "rivaroxaban"):
        report = check(plan(NAPROXEN, med(partner, 5, times=1)), catalog)
        assert severities(report, "NSAID-BLEEDING") == ["critical"], partner


def test_topical_nsaid_with_anticoagulant_does_not_fire(catalog: CatalogIndex) -> None:
    report = check(plan(GEL, med("warfarin", 5, times=1)), catalog)
    assert "NSAID-BLEEDING" not in rules(report)


def test_t7_sertraline_and_naproxen_age_68(catalog: CatalogIndex) -> None:
    report = check(plan(NAPROXEN, current=[med("sertraline", 50, times=1)], age=68), catalog)
    bleeding = one(report, "NSAID-BLEEDING")
    assert bleeding.severity == "warning"
    assert bleeding.items == ("naproxen", "sertraline")
    assert one(report, "NSAID-CONDITION").title == "NSAID at age 68"


def test_snri_with_nsaid_is_a_warning_and_without_nsaid_nothing(catalog: CatalogIndex) -> None:
    assert severities(check(plan(IBU, med("duloxetine", 60, times=1)), catalog), "NSAID-BLEEDING") == ["warning"]
    assert "NSAID-BLEEDING" not in rules(check(plan(med("duloxetine", 60, times=1)), catalog))


def test_anticoagulant_and_ssri_give_both_severities(catalog: CatalogIndex) -> None:
    report = check(plan(IBU, med("warfarin", 5, times=1), med("sertraline", 50, times=1)), catalog)
    assert severities(report, "NSAID-BLEEDING") == ["critical", "warning"]


def test_t6_heart_failure_and_naproxen(catalog: CatalogIndex) -> None:
    finding = one(check(plan(NAPROXEN, conditions=["heart_failure"]), catalog), "NSAID-CONDITION")
    assert finding.severity == "warning"
    assert "heart failure" in finding.title.lower()
    assert finding.items == ("naproxen",)


def test_each_listed_condition_fires_once(catalog: CatalogIndex) -> None:
    conditions = ["ckd", "heart_failure", "cardiovascular_disease", "hypertension", "gi_bleed_history", "peptic_ulcer"]
    report = check(plan(IBU, conditions=conditions), catalog)
    assert len(of_rule(report, "NSAID-CONDITION")) == 6


def test_unrelated_condition_or_topical_nsaid_does_not_fire(catalog: CatalogIndex) -> None:
    assert "NSAID-CONDITION" not in rules(check(plan(IBU, conditions=["copd", "depression"]), catalog))
    assert "NSAID-CONDITION" not in rules(check(plan(GEL, conditions=["ckd"], age=80), catalog))


# Third set: NSAIDs in pregnancy are PREGNANCY-DRUG's (FDA 2020: warning from 20 weeks, critical
# from 30), no longer NSAID-CONDITION's.


def test_t4_pregnancy_26_weeks_naproxen(catalog: CatalogIndex) -> None:
    report = check(plan(NAPROXEN, sex="female", conditions=["pregnancy"], pregnancy_weeks=26), catalog)
    finding = one(report, "PREGNANCY-DRUG")
    assert finding.severity == "warning" and "26 weeks" in finding.title
    assert "NSAID-CONDITION" not in rules(report)


def test_pregnancy_threshold_boundary(catalog: CatalogIndex) -> None:
    at_19 = plan(NAPROXEN, sex="female", conditions=["pregnancy"], pregnancy_weeks=19)
    at_20 = plan(NAPROXEN, sex="female", conditions=["pregnancy"], pregnancy_weeks=20)
    assert "PREGNANCY-DRUG" not in rules(check(at_19, catalog))
    assert severities(check(at_20, catalog), "PREGNANCY-DRUG") == ["warning"]


def test_pregnancy_without_weeks_asks_for_them(catalog: CatalogIndex) -> None:
    finding = one(check(plan(NAPROXEN, sex="female", conditions=["pregnancy"]), catalog), "PREGNANCY-DRUG")
    assert "not recorded" in finding.title


def test_age_boundary_and_age_from_date_of_birth(catalog: CatalogIndex) -> None:
    assert catalog.threshold("older_adult_age").value == 65
    assert "NSAID-CONDITION" not in rules(check(plan(IBU, age=64), catalog))
    assert "NSAID-CONDITION" in rules(check(plan(IBU, age=65), catalog))
    # Born 24 Nov 1961: 65 on the check date (24 Nov 2026); a day later, still 64.
    turns_65 = patient(age=None, date_of_birth=date(1961, 11, 24))
    still_64 = patient(age=None, date_of_birth=date(1961, 11, 25))
    assert "NSAID-CONDITION" in rules(check(plan(IBU, pt=turns_65), catalog))
    assert "NSAID-CONDITION" not in rules(check(plan(IBU, pt=still_64), catalog))


def test_t5_age_80_celecoxib(catalog: CatalogIndex) -> None:
    # T5 also gives CrCl 25 (avoid below 30). A plan has no creatinine clearance yet; the
    # closest it can say is the CKD condition, which adds its own finding.
    celecoxib = med("celecoxib", 200, times=1)
    assert [f.title for f in of_rule(check(plan(celecoxib, age=80), catalog), "NSAID-CONDITION")] == ["NSAID at age 80"]
    with_ckd = check(plan(celecoxib, age=80, conditions=["ckd"]), catalog)
    assert len(of_rule(with_ckd, "NSAID-CONDITION")) == 2
