"""Acknowledgements remember what they saw: a rise past it makes them lapse (with the reason);
lowering keeps them; older acknowledgements without figures cover as before."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from careplan.domain.catalog import CatalogIndex
from careplan.domain.plan import Acknowledgement, CarePlan, MedicationItem
from careplan.domain.safety import new_acknowledgement
from careplan.storage.plan_files import parse_document
from tests.domain.plan_factory import ack, check, med, one, plan

AT = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)


def _acknowledged(p: CarePlan, catalog: CatalogIndex, rule: str, items: list[str]) -> CarePlan:
    made = new_acknowledgement(p, catalog, rule, items, "reviewed, documented", by="Dr Test", at=AT)
    return p.model_copy(update={"acknowledgements": [made]})


def _with_items(p: CarePlan, *items: MedicationItem) -> CarePlan:
    module = p.modules[0].model_copy(update={"items": list(items)})
    return p.model_copy(update={"modules": [module, *p.modules[1:]]})


def test_new_acknowledgement_records_amounts_and_mme(catalog: CatalogIndex) -> None:
    oxy = med("oxycodone", 30, times=3, id="oxy")  # 90 mg/day = 135 MME/day
    p = _acknowledged(plan(oxy, opioid_tolerant=True), catalog, "OPIOID-MME", ["oxy"])
    seen = p.acknowledgements[0].seen
    assert seen is not None and seen.mme == 135
    assert [(a.item, a.amount, a.unit) for a in seen.amounts] == [("oxy", 90, "mg")]
    assert one(check(p, catalog), "OPIOID-MME").acknowledged


def test_raising_the_mme_makes_the_acknowledgement_lapse_with_the_reason(catalog: CatalogIndex) -> None:
    low = med("oxycodone", 10, times=2, id="oxy")  # 30 MME/day
    benzo = med("lorazepam", 1, times=1, id="lzp")
    p = _acknowledged(plan(low, benzo), catalog, "OPIOID-SEDATIVE", ["oxy", "lzp"])
    assert p.acknowledgements[0].seen is not None and p.acknowledgements[0].seen.mme == 30
    assert one(check(p, catalog), "OPIOID-SEDATIVE", "critical").acknowledged
    raised = _with_items(p, med("oxycodone", 30, times=3, id="oxy"), benzo)  # 135 MME/day
    report = check(raised, catalog)
    finding = one(report, "OPIOID-SEDATIVE", "critical")
    assert not finding.acknowledged and finding.blocking
    assert "acknowledged at 30 MME/day; now 135" in finding.acknowledgement_lapsed
    assert "acknowledged at 30 MME/day; now 135" in finding.detail
    (stale,) = report.stale_acknowledgements
    assert "acknowledged at 30 MME/day; now 135" in stale.reason


def test_raising_a_covered_amount_lapses_and_lowering_keeps(catalog: CatalogIndex) -> None:
    ibu = med("ibuprofen", 400, times=3, id="ibu")
    warfarin = med("warfarin", 5, times=1, id="wfn")
    p = _acknowledged(plan(ibu, warfarin), catalog, "NSAID-BLEEDING", ["ibu", "wfn"])
    assert one(check(p, catalog), "NSAID-BLEEDING", "critical").acknowledged
    lower = _with_items(p, med("ibuprofen", 200, times=3, id="ibu"), warfarin)
    assert one(check(lower, catalog), "NSAID-BLEEDING", "critical").acknowledged
    same = _with_items(p, med("ibuprofen", 1, "tablet", times=3, strength=(400, "mg"), id="ibu"), warfarin)
    assert one(check(same, catalog), "NSAID-BLEEDING", "critical").acknowledged  # 1,200 mg/day written in tablets
    higher = _with_items(p, med("ibuprofen", 800, times=3, id="ibu"), warfarin)
    finding = one(check(higher, catalog), "NSAID-BLEEDING", "critical")
    assert finding.blocking and "acknowledged at Ibuprofen 1,200 mg/day; now 2,400" in finding.acknowledgement_lapsed


def test_lowering_the_mme_keeps_the_acknowledgement(catalog: CatalogIndex) -> None:
    high = med("oxycodone", 30, times=3, id="oxy")
    p = _acknowledged(plan(high, opioid_tolerant=True), catalog, "OPIOID-MME", ["oxy"])
    lower = _with_items(p, med("oxycodone", 25, times=3, id="oxy"))  # 112.5 MME/day, still critical
    finding = one(check(lower, catalog), "OPIOID-MME")
    assert finding.severity == "critical" and finding.acknowledged


def test_an_amount_that_can_no_longer_be_counted_lapses(catalog: CatalogIndex) -> None:
    warfarin = med("warfarin", 5, times=1, id="wfn")
    p = _acknowledged(plan(med("ibuprofen", 400, times=3, id="ibu"), warfarin), catalog, "NSAID-BLEEDING", ["ibu", "wfn"])
    # Rewritten as tablets without a strength: the amount can no longer be compared.
    unknown = _with_items(p, med("ibuprofen", 2, "tablet", times=3, id="ibu"), warfarin)
    finding = one(check(unknown, catalog), "NSAID-BLEEDING", "critical")
    assert finding.blocking and "now not counted" in finding.acknowledgement_lapsed


def test_rule_wide_acknowledgement_records_the_items_of_every_finding(catalog: CatalogIndex) -> None:
    ibu = med("ibuprofen", 400, times=3, id="ibu")
    p = _acknowledged(plan(ibu, conditions=["ckd", "hypertension"]), catalog, "NSAID-CONDITION", [])
    made = p.acknowledgements[0]
    assert made.items == [] and made.seen is not None and [a.item for a in made.seen.amounts] == ["ibu"]
    assert made.seen.mme is None  # no opioid in these findings
    report = check(p, catalog)
    assert all(f.acknowledged for f in report.findings if f.rule == "NSAID-CONDITION")
    raised = _with_items(p, med("ibuprofen", 600, times=3, id="ibu"))
    assert not any(f.acknowledged for f in check(raised, catalog).findings if f.rule == "NSAID-CONDITION")


def test_acknowledgement_without_figures_covers_as_before(catalog: CatalogIndex) -> None:
    old = ack("OPIOID-MME", "oxy")
    assert old.seen is None
    p = plan(med("oxycodone", 60, times=3, id="oxy"), acks=[old])
    assert one(check(p, catalog), "OPIOID-MME").acknowledged


def test_figures_round_trip_through_the_file_format(catalog: CatalogIndex) -> None:
    p = _acknowledged(plan(med("oxycodone", 30, times=3, id="oxy")), catalog, "OPIOID-MME", ["oxy"])
    doc = json.loads(p.model_dump_json())
    assert doc["acknowledgements"][0]["seen"] == {"mme": 135.0, "amounts": [{"item": "oxy", "amount": 90.0, "unit": "mg"}]}
    again = parse_document(doc)
    assert again.acknowledgements == p.acknowledgements
    assert isinstance(again.acknowledgements[0], Acknowledgement)
