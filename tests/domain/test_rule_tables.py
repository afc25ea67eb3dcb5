"""One table per rule over facts: a positive case, a near miss (just under a band or without the
fact that makes it fire) and a clean case. Each table uses a member of the class that no other test
names (UNNAMED below, checked against every other test file): a rule that listed drugs instead of
reading roles, classes and label rows would miss it."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from careplan.domain.catalog import CatalogIndex
from careplan.domain.plan import CarePlan
from careplan.domain.safety.registry import RULE_IDS
from tests.domain.plan_factory import check, kratom, med, plan, severities
from tests.domain.synthetic import catalog_with, drug, sourced

# Catalog members that only this file names, one or more per class the tables cover.
UNNAMED = ("paroxetine", "milnacipran", "meloxicam", "dabigatran", "quetiapine", "tizanidine", "methocarbamol",
           "carisoprodol", "oxycodone-acetaminophen-10-325", "valsartan",
           "ramipril", "verapamil", "ritonavir", "carbamazepine", "itraconazole")

HYCO = med("hydrocodone-acetaminophen-10-325", 1, "tablet", times=4, id="hyco")
OXAP = med("oxycodone-acetaminophen-10-325", 1, "tablet", times=4, id="oxap")


@dataclass
class Case:
    name: str
    plan: CarePlan
    expected: list[str]
    catalog: dict[str, Any] = field(default_factory=dict)


def _p(*items: Any, **kw: Any) -> CarePlan:
    return plan(*items, **kw)


# A drug whose label cautions it in kidney disease without a figure (baclofen, lithium...).
RENAL_CAUTION: dict[str, Any] = {
    "drugs": [drug("synthetic-renal", ["other"])],
    "labels": [{"drug": "synthetic-renal", "conditions": [sourced(condition="ckd", word="use_with_caution", hazard="builds up")]}],
}

TABLES: dict[str, list[Case]] = {
    "DOSE-DAILY-MAX": [
        Case("over the adult maximum", _p(med("paroxetine", 40, times=2)), ["critical"]),
        Case("at it (near miss)", _p(med("paroxetine", 30, times=2)), []),
        Case("pieces over a combination's tablets", _p(med("hydrocodone-acetaminophen-10-325", 1, "tablet", times=7)), ["critical"]),
        Case("clean", _p(med("paroxetine", 20, times=1)), []),
    ],
    "APAP-DAILY-MAX": [
        Case("over the liver-disease limit", _p(med("oxycodone-acetaminophen-10-325", 1, "tablet", times=6),
                                                 med("acetaminophen", 500, times=2), conditions=["liver_disease"]), ["critical"]),
        Case("at it (near miss)", _p(med("oxycodone-acetaminophen-10-325", 1, "tablet", times=4),
                                     med("acetaminophen", 350, times=2), conditions=["liver_disease"]), []),
        Case("clean: no liver disease", _p(med("oxycodone-acetaminophen-10-325", 1, "tablet", times=6),
                                           med("acetaminophen", 500, times=2)), []),
        # 3,900 mg a day: under 4 g, over 75 mg/kg for 45 kg (3,375 mg), the label's limit for a light adult.
        Case("an adult under 50 kg over 75 mg/kg a day", _p(OXAP, med("acetaminophen", 650, times=4), weight_kg=45),
             ["critical"]),
        Case("under it (near miss): 3,300 mg", _p(OXAP, med("acetaminophen", 1000, times=2), weight_kg=45), []),
        Case("clean: 50 kg", _p(OXAP, med("acetaminophen", 650, times=4), weight_kg=50), []),
    ],
    "RENAL-DOSE": [
        Case("over the CrCl < 30 maximum", _p(med("milnacipran", 100, times=2), crcl=25), ["critical"]),
        Case("at it (near miss)", _p(med("milnacipran", 50, times=2), crcl=25), []),
        Case("not recommended below CrCl 5", _p(med("milnacipran", 50, times=2), crcl=4), ["warning"]),
        Case("clean: CrCl 30", _p(med("milnacipran", 100, times=2), crcl=30), []),
        # Lithium: a caution at any CKD stage, and not recommended below CrCl 30.
        Case("lithium below CrCl 30: the caution and 'not recommended'", _p(med("lithium", 300, times=2), crcl=25),
             ["warning", "warning"]),
        Case("lithium at CrCl 30 (near miss): the caution only", _p(med("lithium", 300, times=2), crcl=30), ["warning"]),
        Case("a kidney caution without a number, eGFR under the CKD level", _p(med("synthetic-renal", 10, times=1), egfr=59),
             ["warning"], RENAL_CAUTION),
        Case("at the CKD level (near miss)", _p(med("synthetic-renal", 10, times=1), egfr=60), [], RENAL_CAUTION),
    ],
    "HEPATIC-DOSE": [
        Case("over the severe-impairment maximum", _p(med("paroxetine", 50, times=1), hepatic_impairment="severe"), ["critical"]),
        Case("at it (near miss)", _p(med("paroxetine", 40, times=1), hepatic_impairment="severe"), []),
        Case("a word without a number", _p(med("quetiapine", 100, times=1), hepatic_impairment="mild"), ["warning"]),
        Case("clean: mild impairment", _p(med("paroxetine", 50, times=1), hepatic_impairment="mild"), []),
    ],
    "PEDIATRIC": [
        Case("under the label's minimum age", _p(med("carisoprodol", 250, times=3), age=15), ["warning"]),
        Case("at it (near miss)", _p(med("carisoprodol", 250, times=3), age=16), []),
        Case("clean: adult", _p(med("carisoprodol", 250, times=3)), []),
        Case("an SNRI under 25: its class's boxed warning", _p(med("milnacipran", 50, times=2), age=22), ["warning"]),
        Case("an SSRI under 25", _p(med("paroxetine", 20, times=1), age=19), ["warning"]),
        Case("an SNRI at 25 (near miss)", _p(med("milnacipran", 50, times=2), age=25), []),
        # The boxed warning belongs to antidepressants, not to every MAOI: linezolid is an antibiotic.
        Case("an antidepressant of no antidepressant class (trazodone) under 25", _p(med("trazodone", 50, times=1), age=20),
             ["warning"]),
        Case("an MAOI that is an antibiotic (linezolid) under 25", _p(med("linezolid", 600, times=2), age=20), []),
        Case("a child over 75 mg/kg a day", _p(OXAP, med("acetaminophen", 325, times=4), age=10, weight_kg=30),
             ["critical"]),
        Case("an adult under 50 kg over its mg/kg limit is not a child's finding",
             _p(OXAP, med("acetaminophen", 650, times=4), weight_kg=45), []),
    ],
    "PREGNANCY-DRUG": [
        Case("NSAID from 30 weeks", _p(med("meloxicam", 15, times=1), sex="female", pregnancy_weeks=30), ["critical"]),
        Case("29 weeks (near miss)", _p(med("meloxicam", 15, times=1), sex="female", pregnancy_weeks=29), ["warning"]),
        Case("19 weeks", _p(med("meloxicam", 15, times=1), sex="female", pregnancy_weeks=19), []),
        Case("an SSRI in the first trimester", _p(med("paroxetine", 20, times=1), sex="female", pregnancy_weeks=8), ["warning"]),
        Case("after it (near miss)", _p(med("paroxetine", 20, times=1), sex="female", pregnancy_weeks=14), []),
        Case("an antiepileptic that can harm the fetus", _p(med("carbamazepine", 200, times=2), sex="female", pregnancy_weeks=10),
             ["warning"]),
        Case("an ARB: contraindicated", _p(med("valsartan", 80, times=1), sex="female", pregnancy_weeks=8), ["critical"]),
        Case("clean: not pregnant", _p(med("ramipril", 5, times=1), sex="female"), []),
    ],
    "RESPIRATORY": [
        Case("opioid with sleep apnoea", _p(HYCO, conditions=["sleep_apnea"]), ["warning"]),
        Case("a benzodiazepine no label names, with COPD (its group's row)", _p(med("synthetic-benzo", 1, times=2),
             conditions=["copd"]), ["warning"], {"drugs": [drug("synthetic-benzo", ["benzodiazepine"])]}),
        Case("clean", _p(HYCO, conditions=["hypertension"]), []),
    ],
    "SEIZURE-RISK": [
        Case("a threshold-lowering role", _p(med("synthetic-lowerer", 10, times=1), conditions=["seizure_disorder"]), ["warning"],
             {"drugs": [drug("synthetic-lowerer", ["other"])],
              "labels": [{"drug": "synthetic-lowerer", "roles": [sourced(role="seizure_threshold")]}]}),
        Case("no seizure disorder (near miss)", _p(med("synthetic-lowerer", 10, times=1)), [],
             {"drugs": [drug("synthetic-lowerer", ["other"])],
              "labels": [{"drug": "synthetic-lowerer", "roles": [sourced(role="seizure_threshold")]}]}),
        Case("clean", _p(med("paroxetine", 20, times=1), conditions=["seizure_disorder"]), []),
    ],
    "AGONIST-ANTAGONIST": [
        Case("partial agonist with a scheduled combination", _p(med("buprenorphine", 5, "mcg/h", every_hours=168, route="transdermal"),
                                                                 OXAP), ["warning"]),
        Case("as needed (near miss)", _p(med("buprenorphine", 5, "mcg/h", every_hours=168, route="transdermal"),
                                         med("oxycodone-acetaminophen-10-325", 1, "tablet", prn_max=2, min_hours_between=6)), []),
        Case("clean", _p(OXAP), []),
    ],
    "BLEEDING-RISK": [
        Case("anticoagulant with an SSRI", _p(med("dabigatran", 150, times=2), med("paroxetine", 20, times=1)), ["warning"]),
        Case("clean", _p(med("dabigatran", 150, times=2)), []),
    ],
    "NSAID-BLEEDING": [
        Case("NSAID with an anticoagulant", _p(med("meloxicam", 15, times=1), med("dabigatran", 150, times=2)), ["critical"]),
        Case("NSAID with an SNRI", _p(med("meloxicam", 15, times=1), med("milnacipran", 50, times=2)), ["warning"]),
        Case("clean", _p(med("meloxicam", 15, times=1)), []),
    ],
    "PRN-NO-GAP": [
        Case("as needed without a gap", _p(med("hydrocodone-acetaminophen-10-325", 1, "tablet", prn_max=4)), ["warning"]),
        Case("with a gap", _p(med("hydrocodone-acetaminophen-10-325", 1, "tablet", prn_max=4, min_hours_between=6)), []),
        Case("clean: scheduled", _p(HYCO), []),
    ],
    "SEROTONERGIC": [
        Case("two serotonergic drugs", _p(med("milnacipran", 50, times=2), med("paroxetine", 20, times=1)), ["warning"]),
        Case("with an MAOI: contraindicated", _p(med("milnacipran", 50, times=2), med("phenelzine", 15, times=3)), ["critical"]),
        Case("clean", _p(med("milnacipran", 50, times=2), med("dabigatran", 150, times=2)), []),
    ],
    "OPIOID-SEDATIVE": [
        Case("with a muscle relaxant", _p(OXAP, med("carisoprodol", 250, times=3)), ["warning"]),
        Case("with a benzodiazepine", _p(OXAP, med("clonazepam", 0.5, times=2)), ["critical"]),
        Case("clean", _p(OXAP), []),
    ],
    "OPIOID-NALOXONE": [
        Case("heavy drinking (female)", _p(HYCO, sex="female", alcohol_drinks_per_week=8), ["warning"]),
        Case("7 a week (near miss)", _p(HYCO, sex="female", alcohol_drinks_per_week=7), []),
        Case("clean", _p(HYCO), []),
    ],
    "ALLERGY": [
        Case("cross-sensitivity with another NSAID", _p(med("meloxicam", 15, times=1), allergies=["ibuprofen"]), ["critical"]),
        Case("a sulfa allergy with celecoxib", _p(med("celecoxib", 200, times=1), allergies=["sulfa"]), ["critical"]),
        Case("clean", _p(med("meloxicam", 15, times=1), allergies=["penicillin"]), []),
    ],
    "OLDER-ADULT": [
        Case("a Beers muscle relaxant at 65", _p(med("methocarbamol", 750, times=3), age=65), ["warning"]),
        Case("at 64 (near miss)", _p(med("methocarbamol", 750, times=3), age=64), []),
        Case("the criterion's exception", _p(med("tizanidine", 4, times=2), age=70), []),
        Case("falls history", _p(med("paroxetine", 20, times=1), age=70, conditions=["falls_history"]), ["warning", "warning"]),
    ],
    "OPIOID-NAIVE-LA": [
        Case("ER hydromorphone, not tolerant", _p(med("hydromorphone", 8, times=1, release="er"), opioid_tolerant=False), ["critical"]),
        Case("tolerance unknown", _p(med("hydromorphone", 8, times=1, release="er")), ["warning"]),
        Case("clean: IR", _p(med("hydromorphone", 2, times=4, release="ir"), opioid_tolerant=False), []),
    ],
    "OPIOID-CYP": [
        Case("strong CYP3A4 inhibitor", _p(OXAP, med("ritonavir", 100, times=2)), ["critical"]),
        Case("moderate inhibitor", _p(OXAP, med("verapamil", 80, times=3)), ["warning"]),
        Case("inducer", _p(OXAP, med("carbamazepine", 200, times=2)), ["warning"]),
        Case("clean", _p(OXAP, med("dabigatran", 150, times=2)), []),
    ],
    "QT-RISK": [
        Case("QT drug with recorded QT prolongation", _p(med("quetiapine", 100, times=1), conditions=["qt_prolongation"]), ["critical"]),
        Case("two QT drugs", _p(med("quetiapine", 100, times=1), med("citalopram", 20, times=1)), ["warning"]),
        Case("clean", _p(med("quetiapine", 100, times=1)), []),
    ],
    "DRUG-INTERACTION": [
        Case("a strong CYP1A2 inhibitor (contraindicated)", _p(med("tizanidine", 4, times=2), med("synthetic-inhibitor", 250, times=2)),
             ["critical"], {"drugs": [drug("synthetic-inhibitor", ["other"])],
                            "labels": [{"drug": "synthetic-inhibitor", "roles": [sourced(role="cyp1a2_inhibitor_strong")]}]}),
        Case("a strong CYP3A4 inhibitor (reduce dose)", _p(med("quetiapine", 100, times=1), med("itraconazole", 200, times=1)), ["warning"]),
        Case("an NSAID with an ACE inhibitor (monitor)", _p(med("meloxicam", 15, times=1), med("ramipril", 5, times=1)), ["warning"]),
        Case("an NSAID with an ARB (monitor)", _p(med("meloxicam", 15, times=1), med("valsartan", 80, times=1)), ["warning"]),
        Case("warfarin with a CYP3A4 inducer (monitor the INR)", _p(med("warfarin", 5, times=1), med("carbamazepine", 200, times=2)),
             ["warning"]),
        Case("warfarin with a strong CYP3A4 inhibitor", _p(med("warfarin", 5, times=1), med("itraconazole", 200, times=1)), ["warning"]),
        Case("lithium with an ARB", _p(med("lithium", 300, times=2), med("valsartan", 80, times=1)), ["warning"]),
        Case("two muscle relaxants (the group's CNS-depressant row)",
             _p(med("methocarbamol", 750, times=3), med("cyclobenzaprine", 5, times=3)), ["warning"]),
        Case("lithium with a calcium channel blocker", _p(med("lithium", 300, times=2), med("verapamil", 80, times=3)), ["warning"]),
        Case("the same pairs within a triple: NSAID-TRIPLE says them",
             _p(med("meloxicam", 15, times=1), med("ramipril", 5, times=1), med("furosemide", 40, times=1)), []),
        Case("clean", _p(med("tizanidine", 4, times=2)), []),
    ],
    "ALCOHOL-INTERACTION": [
        Case("an antipsychotic's alcohol row, heavy drinking (male, 28 a week)",
             _p(med("quetiapine", 100, times=1), alcohol_drinks_per_week=28), ["warning"]),
        Case("a muscle relaxant, over the female threshold (8 a week)",
             _p(med("methocarbamol", 750, times=3), alcohol_drinks_per_week=8, sex="female"), ["warning"]),
        Case("at the male threshold (14 a week: near miss)", _p(med("quetiapine", 100, times=1), alcohol_drinks_per_week=14), []),
        Case("clean: no alcohol recorded", _p(med("quetiapine", 100, times=1)), []),
    ],
    "NSAID-TRIPLE": [
        Case("NSAID, ACE inhibitor and diuretic", _p(med("meloxicam", 15, times=1), med("ramipril", 5, times=1),
                                                     med("furosemide", 40, times=1)), ["warning"]),
        Case("with an ARB, in kidney disease", _p(med("meloxicam", 15, times=1), med("valsartan", 80, times=1),
                                                  med("furosemide", 40, times=1), conditions=["ckd"]), ["critical"]),
        Case("two of the three (near miss)", _p(med("meloxicam", 15, times=1), med("valsartan", 80, times=1)), []),
    ],
    "NSAID-CONDITION": [
        Case("NSAID with hypertension", _p(med("meloxicam", 15, times=1), conditions=["hypertension"]), ["warning"]),
        Case("clean", _p(med("meloxicam", 15, times=1), conditions=["depression"]), []),
    ],
    "FOLLOWUP-MISSING": [
        Case("a drug whose facts ask for an early review", _p(med("synthetic-early", 5, times=1), follow_up=2), ["warning"],
             {"drugs": [drug("synthetic-early", ["other"])],
              "labels": [{"drug": "synthetic-early", "review_within_days": sourced(days=7)}]}),
        Case("review in time", _p(med("synthetic-early", 5, times=1), follow_up=2), [],
             {"drugs": [drug("synthetic-early", ["other"])],
              "labels": [{"drug": "synthetic-early", "review_within_days": sourced(days=21)}]}),
    ],
    "KRATOM-JURISDICTION": [
        Case("a banned product form", _p(kratom_module=kratom(form="7oh_product"), jurisdiction="US-FL"), ["critical"]),
        Case("another form there", _p(kratom_module=kratom(form="capsule"), jurisdiction="US-FL"), ["warning"]),
        Case("clean: regulated, adult", _p(kratom_module=kratom(form="7oh_product"), jurisdiction="US-UT"), []),
    ],
}

_CATALOGS: dict[str, CatalogIndex] = {}


def _catalog(base: CatalogIndex, extra: dict[str, Any]) -> CatalogIndex:
    if not extra:
        return base
    key = repr(extra)
    if key not in _CATALOGS:
        _CATALOGS[key] = catalog_with(base, **extra)
    return _CATALOGS[key]


@pytest.mark.parametrize(("rule", "case"), [pytest.param(r, c, id=f"{r}-{c.name}") for r, cs in TABLES.items() for c in cs])
def test_rule_table(catalog: CatalogIndex, rule: str, case: Case) -> None:
    assert rule in RULE_IDS
    assert severities(check(case.plan, _catalog(catalog, case.catalog)), rule) == sorted(case.expected)


def test_every_table_has_a_positive_and_a_quiet_case() -> None:
    for rule, cases in TABLES.items():
        assert any(c.expected for c in cases) and any(not c.expected for c in cases), rule


def test_the_unnamed_members_are_named_by_no_other_test() -> None:
    here = Path(__file__)
    others = [p for p in here.parents[1].rglob("*.py") if p != here]
    for drug_id in UNNAMED:
        pattern = re.compile(rf"[\"']{re.escape(drug_id)}[\"']")
        named = [p.name for p in others if pattern.search(p.read_text(encoding="utf-8"))]
        assert not named, (drug_id, named)
        assert drug_id in here.read_text(encoding="utf-8")
