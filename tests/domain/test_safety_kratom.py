"""Kratom rules, with facts.md cases T16–T20."""

from __future__ import annotations

import pytest

from careplan.domain.catalog import CatalogIndex
from tests.domain.plan_factory import check, kratom, med, of_rule, one, plan, rules, severities

KRATOM_RULES = {"KRATOM-JURISDICTION", "KRATOM-CNS-DEPRESSANT", "KRATOM-CYP", "KRATOM-CONCENTRATE", "KRATOM-CONDITION"}


def test_t16_daily_kratom_with_oxycodone(catalog: CatalogIndex) -> None:
    report = check(plan(med("oxycodone", 5, times=3), kratom_module=kratom(), jurisdiction="US-UT"), catalog)
    cns = one(report, "KRATOM-CNS-DEPRESSANT")
    assert cns.severity == "critical"
    assert cns.items == ("kratom", "oxycodone")
    assert "naloxone" in cns.detail.lower()
    cyp = one(report, "KRATOM-CYP")
    assert cyp.severity == "warning" and "oxycodone" in cyp.items and "CYP3A4" in cyp.detail


def test_t17_kratom_with_alprazolam(catalog: CatalogIndex) -> None:
    report = check(plan(current=[med("alprazolam", 0.5, times=2)], kratom_module=kratom(), jurisdiction="US-UT"), catalog)
    assert one(report, "KRATOM-CNS-DEPRESSANT").items == ("alprazolam", "kratom")
    assert "alprazolam" in one(report, "KRATOM-CYP").items


@pytest.mark.parametrize("drug", ["gabapentin", "pregabalin", "zolpidem", "lorazepam", "tramadol"])
def test_sedating_drugs_with_kratom(catalog: CatalogIndex, drug: str) -> None:
    report = check(plan(med(drug, 10, times=1), kratom_module=kratom(), jurisdiction="US-UT"), catalog)
    assert severities(report, "KRATOM-CNS-DEPRESSANT") == ["critical"]


def test_any_alcohol_with_kratom_is_critical_and_none_is_not(catalog: CatalogIndex) -> None:
    drinking = check(plan(kratom_module=kratom(), jurisdiction="US-UT", alcohol_drinks_per_week=1), catalog)
    assert "alcohol (1 drinks/week)" in one(drinking, "KRATOM-CNS-DEPRESSANT").detail
    sober = check(plan(med("ibuprofen", 200, times=2), kratom_module=kratom(), jurisdiction="US-UT",
                       alcohol_drinks_per_week=0), catalog)
    assert "KRATOM-CNS-DEPRESSANT" not in rules(sober)


def test_kratom_with_non_substrate_drug_has_no_cyp_finding(catalog: CatalogIndex) -> None:
    assert not catalog.drugs["ibuprofen"].flags.cyp3a4_substrate
    report = check(plan(med("ibuprofen", 200, times=2), kratom_module=kratom(), jurisdiction="US-UT"), catalog)
    assert "KRATOM-CYP" not in rules(report)


def test_cyp_without_kratom_does_not_fire(catalog: CatalogIndex) -> None:
    assert "KRATOM-CYP" not in rules(check(plan(med("oxycodone", 5, times=2)), catalog))


@pytest.mark.parametrize("form", ["extract", "7oh_product"])
def test_t18_concentrates(catalog: CatalogIndex, form: str) -> None:
    report = check(plan(kratom_module=kratom(form=form), jurisdiction="US-UT"), catalog)
    finding = one(report, "KRATOM-CONCENTRATE")
    assert finding.severity == "warning" and finding.items == ("kratom",)


@pytest.mark.parametrize("form", ["leaf", "powder", "capsule", "liquid", "unknown"])
def test_leaf_forms_are_not_concentrates(catalog: CatalogIndex, form: str) -> None:
    assert "KRATOM-CONCENTRATE" not in rules(check(plan(kratom_module=kratom(form=form), jurisdiction="US-UT"), catalog))


def test_t18_7oh_gummies_in_florida(catalog: CatalogIndex) -> None:
    report = check(plan(kratom_module=kratom(form="7oh_product"), jurisdiction="US-FL"), catalog)
    assert "KRATOM-CONCENTRATE" in rules(report)
    # Florida scheduled concentrated 7-OH (third set: a banned product form is critical); leaf
    # there stays a warning (the state is rated restricted).
    row = catalog.jurisdiction("US-FL")
    assert row is not None and "7oh_product" in row.banned_forms and row.status == "restricted"
    finding = one(report, "KRATOM-JURISDICTION")
    assert finding.severity == "critical" and "7-OH" in finding.detail
    leaf = check(plan(kratom_module=kratom(form="leaf"), jurisdiction="US-FL"), catalog)
    assert severities(leaf, "KRATOM-JURISDICTION") == ["warning"]


@pytest.mark.parametrize("code", ["US-AL", "US-LA", "AU"])
def test_t19_banned_jurisdictions_block(catalog: CatalogIndex, code: str) -> None:
    report = check(plan(kratom_module=kratom(), jurisdiction=code), catalog)
    finding = one(report, "KRATOM-JURISDICTION")
    assert finding.severity == "critical" and finding.items == ("kratom",)
    table = catalog.data.jurisdictions
    assert table.as_of.isoformat() in finding.detail
    assert "verified locally" in finding.detail
    row = catalog.jurisdiction(code)
    assert row is not None and row.sources[0] in finding.sources


def test_subdivision_falls_back_to_country_row(catalog: CatalogIndex) -> None:
    # US-CA has no row of its own: the federal row applies.
    assert catalog.jurisdictions.get("US-CA") is None
    report = check(plan(kratom_module=kratom(), jurisdiction="US-CA"), catalog)
    federal = catalog.jurisdiction("US")
    assert federal is not None and federal.name in one(report, "KRATOM-JURISDICTION").detail


def test_unknown_or_missing_jurisdiction_is_a_warning(catalog: CatalogIndex) -> None:
    assert catalog.jurisdiction("ZZ") is None
    unlisted = one(check(plan(kratom_module=kratom(), jurisdiction="ZZ"), catalog), "KRATOM-JURISDICTION")
    assert unlisted.severity == "warning" and "ZZ" in unlisted.detail
    missing = one(check(plan(kratom_module=kratom()), catalog), "KRATOM-JURISDICTION")
    assert missing.severity == "warning" and "No jurisdiction" in missing.detail


def test_restricted_and_unknown_rows_are_warnings(catalog: CatalogIndex) -> None:
    for code in ("GB", "FI"):
        row = catalog.jurisdiction(code)
        assert row is not None and row.status in ("restricted", "unknown")
        assert severities(check(plan(kratom_module=kratom(), jurisdiction=code), catalog), "KRATOM-JURISDICTION") == [
            "warning"
        ]


def test_regulated_jurisdiction_without_matching_restriction_is_silent(catalog: CatalogIndex) -> None:
    row = catalog.jurisdiction("US-UT")
    assert row is not None and row.status == "regulated"
    assert "KRATOM-JURISDICTION" not in rules(check(plan(kratom_module=kratom(), jurisdiction="US-UT"), catalog))
    # Thailand, adult, not pregnant: allowed.
    assert "KRATOM-JURISDICTION" not in rules(check(plan(kratom_module=kratom(), jurisdiction="TH"), catalog))


def test_t20_thailand_pregnant_is_blocked(catalog: CatalogIndex) -> None:
    report = check(
        plan(kratom_module=kratom(), jurisdiction="TH", sex="female", conditions=["pregnancy"], pregnancy_weeks=12),
        catalog,
    )
    finding = one(report, "KRATOM-JURISDICTION")
    assert finding.severity == "critical" and "pregnancy" in finding.detail
    assert "KRATOM-CONDITION" in rules(report)


def test_thailand_under_18_and_breastfeeding_are_blocked(catalog: CatalogIndex) -> None:
    young = check(plan(kratom_module=kratom(), jurisdiction="TH", age=17), catalog)
    assert severities(young, "KRATOM-JURISDICTION") == ["critical"]
    adult = check(plan(kratom_module=kratom(), jurisdiction="TH", age=18), catalog)
    assert "KRATOM-JURISDICTION" not in rules(adult)
    nursing = check(plan(kratom_module=kratom(), jurisdiction="TH", sex="female", conditions=["breastfeeding"]), catalog)
    assert severities(nursing, "KRATOM-JURISDICTION") == ["critical"]


@pytest.mark.parametrize(
    "condition",
    ["pregnancy", "breastfeeding", "liver_disease", "substance_use_disorder", "opioid_use_disorder",
     "seizure_disorder", "arrhythmia"],
)
def test_kratom_conditions(catalog: CatalogIndex, condition: str) -> None:
    report = check(plan(kratom_module=kratom(), jurisdiction="US-UT", conditions=[condition]), catalog)
    finding = one(report, "KRATOM-CONDITION")
    assert finding.severity == "warning" and finding.items == ("kratom",)


def test_unrelated_conditions_do_not_fire(catalog: CatalogIndex) -> None:
    report = check(plan(kratom_module=kratom(), jurisdiction="US-UT", conditions=["hypertension", "ckd"]), catalog)
    assert "KRATOM-CONDITION" not in rules(report)


@pytest.mark.parametrize("status", ["past_use", "advised_against"])
def test_inactive_kratom_raises_no_kratom_finding(catalog: CatalogIndex, status: str) -> None:
    p = plan(
        med("oxycodone", 5, times=2),
        kratom_module=kratom(status=status, form="7oh_product"),
        jurisdiction="US-AL",
        conditions=["liver_disease"],
        alcohol_drinks_per_week=10,
    )
    assert rules(check(p, catalog)).isdisjoint(KRATOM_RULES)


@pytest.mark.parametrize("status", ["current_use", "considering", "tapering"])
def test_active_statuses_fire(catalog: CatalogIndex, status: str) -> None:
    p = plan(med("oxycodone", 5, times=2), kratom_module=kratom(status=status, form="extract"), jurisdiction="US-AL")
    assert {"KRATOM-JURISDICTION", "KRATOM-CNS-DEPRESSANT", "KRATOM-CONCENTRATE"} <= rules(check(p, catalog))


def test_no_kratom_module_no_kratom_findings(catalog: CatalogIndex) -> None:
    p = plan(med("oxycodone", 5, times=2), jurisdiction="US-AL", conditions=["liver_disease"], alcohol_drinks_per_week=10)
    report = check(p, catalog)
    assert rules(report).isdisjoint(KRATOM_RULES)
    assert of_rule(report, "KRATOM-JURISDICTION") == []
