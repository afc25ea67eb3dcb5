"""Acknowledgements: with and without items, stale ones reported, and sort order."""

from __future__ import annotations

from careplan.domain.catalog import CatalogIndex
from careplan.domain.findings import Finding
from tests.domain.plan_factory import ack, check, med, of_rule, one, plan

IBU = med("ibuprofen", 400, times=3)
WARFARIN = med("warfarin", 5, times=1)


def test_ack_without_items_covers_every_finding_of_its_rule(catalog: CatalogIndex) -> None:
    p = plan(IBU, conditions=["ckd", "heart_failure"], acks=[ack("NSAID-CONDITION")])
    report = check(p, catalog)
    found = of_rule(report, "NSAID-CONDITION")
    assert len(found) == 2 and all(f.acknowledged for f in found)
    assert report.stale_acknowledgements == ()


def test_ack_with_items_covers_findings_within_them(catalog: CatalogIndex) -> None:
    p = plan(IBU, WARFARIN, acks=[ack("NSAID-BLEEDING", "ibuprofen", "warfarin", "extra")])
    finding = one(check(p, catalog), "NSAID-BLEEDING")
    assert finding.acknowledged and not finding.blocking
    assert finding.acknowledgement is not None and finding.acknowledgement.reason == "reviewed with the patient"


def test_ack_with_too_few_items_does_not_cover_and_is_stale(catalog: CatalogIndex) -> None:
    p = plan(IBU, WARFARIN, acks=[ack("NSAID-BLEEDING", "ibuprofen")])
    report = check(p, catalog)
    finding = one(report, "NSAID-BLEEDING")
    assert not finding.acknowledged and finding.blocking
    assert report.blocking == (finding,)
    (stale,) = report.stale_acknowledgements
    assert "not only for the items" in stale.reason


def test_ack_for_a_rule_that_no_longer_fires_is_stale(catalog: CatalogIndex) -> None:
    p = plan(IBU, acks=[ack("OPIOID-MME", reason="was on morphine")])
    report = check(p, catalog)
    (stale,) = report.stale_acknowledgements
    assert stale.acknowledgement.rule == "OPIOID-MME" and "no longer" in stale.reason


def test_unknown_rule_ack_is_stale(catalog: CatalogIndex) -> None:
    (stale,) = check(plan(IBU, acks=[ack("NO-SUCH-RULE")]), catalog).stale_acknowledgements
    assert "not a rule" in stale.reason


def test_ack_of_another_rule_does_not_cover(catalog: CatalogIndex) -> None:
    report = check(plan(IBU, WARFARIN, acks=[ack("NSAID-DUPLICATE")]), catalog)
    assert one(report, "NSAID-BLEEDING").blocking
    assert len(report.stale_acknowledgements) == 1


def test_two_acks_covering_one_finding_are_both_in_use(catalog: CatalogIndex) -> None:
    p = plan(IBU, WARFARIN, acks=[ack("NSAID-BLEEDING"), ack("NSAID-BLEEDING", "ibuprofen", "warfarin")])
    report = check(p, catalog)
    assert one(report, "NSAID-BLEEDING").acknowledged
    assert report.stale_acknowledgements == ()


def test_findings_are_sorted_critical_first(catalog: CatalogIndex) -> None:
    p = plan(IBU, WARFARIN, med("oxycodone", 10, times=4), goals=False, age=70)
    report = check(p, catalog)
    assert list(report.findings) == sorted(report.findings, key=Finding.sort_key)
    assert next(f.severity for f in report.findings) == "critical"
    assert report.findings[-1].severity == "info"
