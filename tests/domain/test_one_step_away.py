"""Hazards one step from the rules the first sets had, each a catalog row the rules read: one plan,
the one finding it must raise (rule, severity, words, source), concerning exactly its medicines.

The last release passed these silently (an ARB where the ACE inhibitor was flagged, a sleeping pill
where the opioid was, trazodone where the SSRI was). The rule tables (test_rule_tables.py) hold the
near misses and clean cases with members no other test names; this table holds the breadth.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pytest

from careplan.domain.catalog import CatalogIndex
from careplan.domain.plan import MedicationItem
from tests.domain.plan_factory import check, med, one, plan, rules


@dataclass(frozen=True)
class Step:
    name: str
    items: tuple[MedicationItem, ...]
    rule: str
    says: tuple[str, ...]
    patient: dict[str, Any] = field(default_factory=dict)
    severity: str = "warning"
    cites: str = ""  # a word one of the finding's sources must contain


HEAVY = {"alcohol_drinks_per_week": 28}
PREGNANT = {"sex": "female"}
BREASTFEEDING = {"sex": "female", "conditions": ["breastfeeding"]}


def _alcohol(drug: str, dose: float, effect: str, unit: str = "mg") -> Step:
    return Step(f"alcohol-{drug}", (med(drug, dose, unit, times=1),), "ALCOHOL-INTERACTION",
                (effect, "28 drinks/week"), HEAVY, cites="NIAAA")


def _pair(name: str, a: MedicationItem, b: MedicationItem, rule: str, says: str) -> Step:
    return Step(name, (a, b), rule, (says,))


def _alone(name: str, item: MedicationItem, rule: str, says: str, severity: str = "warning", **patient: Any) -> Step:
    return Step(name, (item,), rule, (says,), patient, severity)


STEPS: list[Step] = [
    # Medicines with a narrow margin, with what moves their levels.
    _pair("warfarin-fluconazole", med("warfarin", 5, times=1), med("fluconazole", 200, times=1), "DRUG-INTERACTION",
          "INR can rise"),
    _pair("warfarin-ciprofloxacin", med("warfarin", 5, times=1), med("ciprofloxacin", 500, times=2), "DRUG-INTERACTION",
          "INR can rise"),
    _pair("warfarin-rifampin", med("warfarin", 5, times=1), med("rifampin", 600, times=1), "DRUG-INTERACTION", "INR can fall"),
    _pair("lithium-losartan", med("lithium", 300, times=2), med("losartan", 50, times=1), "DRUG-INTERACTION",
          "higher lithium levels"),
    _pair("lithium-diltiazem", med("lithium", 300, times=2), med("diltiazem", 120, times=1), "DRUG-INTERACTION",
          "nerve toxicity"),
    # Two sedatives, neither an opioid.
    *[_pair(f"{a}-{b}", med(a, 10, times=1), med(b, 10, times=1), "DRUG-INTERACTION", says) for a, b, says in [
        ("cyclobenzaprine", "baclofen", "sedation"),
        ("diphenhydramine", "hydroxyzine", "drowsiness"),
        ("amitriptyline", "baclofen", "sedation"),
        ("nortriptyline", "trazodone", "sedation"),
        ("mirtazapine", "doxylamine", "sedation"),
    ]],
    # A cough medicine with an SSRI: dextromethorphan is serotonergic, alone or in a combination.
    _pair("dextromethorphan-escitalopram", med("dextromethorphan", 30, times=4), med("escitalopram", 10, times=1),
          "SEROTONERGIC", "serotonin syndrome"),
    _pair("cold-combination-escitalopram", med("acetaminophen-dextromethorphan-phenylephrine-325-10-5", 1, "tablet", times=4),
          med("escitalopram", 10, times=1), "SEROTONERGIC", "serotonin syndrome"),
    # A heavy drinker on a medicine that does not mix with alcohol (not an opioid: OPIOID-SEDATIVE).
    _alcohol("lorazepam", 1, "slowed breathing"),
    _alcohol("zolpidem", 5, "next-day impairment"),
    _alcohol("gabapentin", 300, "dizziness"),
    _alcohol("pregabalin", 75, "dizziness"),
    _alcohol("cyclobenzaprine", 10, "sedation"),
    _alcohol("amitriptyline", 25, "sedation"),
    _alcohol("doxylamine", 25, "drowsiness"),
    _alcohol("acetaminophen-diphenhydramine-500-25", 2, "drowsiness", "tablet"),
    _alcohol("hydroxyzine", 25, "sedation"),
    _alcohol("mirtazapine", 15, "sedation"),
    _alcohol("trazodone", 50, "sedation"),
    _alcohol("duloxetine", 60, "liver injury"),
    _alcohol("naproxen", 250, "stomach bleeding"),
    # Antidepressants under 25: the class's suicidality boxed warning.
    *[Step(f"under-25-{drug}", (med(drug, 10, times=1),), "PEDIATRIC", ("boxed warning under age 25",), {"age": age},
           cites="suicidal thoughts")
      for drug, age in [("duloxetine", 22), ("bupropion", 19), ("mirtazapine", 24), ("trazodone", 16), ("venlafaxine", 18),
                        ("nortriptyline", 20), ("phenelzine", 23)]],
    # Pregnancy, beside the ACE inhibitors and ARBs.
    _alone("pregnant-warfarin", med("warfarin", 5, times=1), "PREGNANCY-DRUG", "embryopathy", "critical",
           pregnancy_weeks=6, **PREGNANT),
    _alone("pregnant-lithium", med("lithium", 300, times=2), "PREGNANCY-DRUG", "Ebstein", pregnancy_weeks=20, **PREGNANT),
    # Conditions the labels warn about.
    _alone("lorazepam-sleep-apnoea", med("lorazepam", 1, times=2), "RESPIRATORY", "sleep apnoea", conditions=["sleep_apnea"]),
    _alone("clonazepam-copd", med("clonazepam", 0.5, times=2), "RESPIRATORY", "lung disease", conditions=["copd"]),
    _alone("zolpidem-sleep-apnoea", med("zolpidem", 5, times=1), "RESPIRATORY", "sleep apnoea", conditions=["sleep_apnea"]),
    _alone("pregabalin-heart-failure", med("pregabalin", 150, times=2), "DRUG-CONDITION", "fluid retention",
           conditions=["heart_failure"]),
    _alone("diltiazem-heart-failure", med("diltiazem", 120, times=1), "DRUG-CONDITION", "heart failure",
           conditions=["heart_failure"]),
    _alone("nortriptyline-heart-disease", med("nortriptyline", 25, times=1), "DRUG-CONDITION", "heart rhythm",
           conditions=["cardiovascular_disease"]),
    # Kidney cautions without a number, from an eGFR alone (no CKD tick), above the severe bands
    # some labels add (lithium: not recommended below CrCl 30, in the RENAL-DOSE rule table).
    *[_alone(f"kidney-{item.drug}", item, "RENAL-DOSE", says, egfr=40) for item, says in [
        (med("baclofen", 10, times=3), "builds up"),
        (med("lithium", 300, times=2), "check levels often"),
        (med("hydromorphone", 2, times=4), "a quarter to a half"),
        (med("meperidine", 50, times=4), "normeperidine"),
        (med("venlafaxine", 75, times=2), "25-50%"),
    ]],
    # Any opioid while breastfeeding (codeine and tramadol: critical, test_safety_second).
    *[_alone(f"breastfeeding-{drug}", med(drug, 5, times=4), "LACTATION", "breast milk", **BREASTFEEDING)
      for drug in ("oxycodone", "hydromorphone", "tapentadol", "methadone")],
]


@pytest.mark.parametrize("step", STEPS, ids=[s.name for s in STEPS])
def test_the_hazard_one_step_away_is_found(catalog: CatalogIndex, step: Step) -> None:
    finding = one(check(plan(*step.items, **step.patient), catalog), step.rule)
    assert finding.severity == step.severity
    assert set(finding.items) == {item.id for item in step.items}
    for words in step.says:
        assert words in finding.detail, (words, finding.detail)
    assert finding.sources and all(s.citation for s in finding.sources)
    if step.cites:
        assert any(step.cites in s.citation for s in finding.sources)


@pytest.mark.parametrize("step", [s for s in STEPS if s.rule == "RENAL-DOSE"], ids=lambda s: s.name)
def test_a_kidney_caution_follows_the_ckd_tick_and_not_a_normal_egfr(catalog: CatalogIndex, step: Step) -> None:
    assert "RENAL-DOSE" in rules(check(plan(*step.items, conditions=["ckd"]), catalog))
    assert "RENAL-DOSE" not in rules(check(plan(*step.items, egfr=90), catalog))
