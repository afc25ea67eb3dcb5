"""Label and group facts keyed by the patient's conditions, each sent to the rule that reads it.

A condition row (``conditions`` in a label or group file) raises a finding when the patient has
that condition (recorded, or implied by a figure: see SafetyContext.conditions). Which rule
reports it follows the condition and the drug: kidney disease is RENAL-DOSE (an NSAID's is
NSAID-CONDITION), liver disease HEPATIC-DOSE, sleep apnoea and COPD RESPIRATORY, seizure disorder
SEIZURE-RISK, QT prolongation and heart-rhythm problems QT-RISK, pregnancy PREGNANCY-DRUG,
breastfeeding LACTATION, an NSAID's other conditions NSAID-CONDITION, and anything else
DRUG-CONDITION — so that no row goes unread.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import cast

from careplan.domain.facts_model import ConditionFact
from careplan.domain.safety.context import ResolvedMed, SafetyContext

_BY_CODE: dict[str, str] = {
    "liver_disease": "HEPATIC-DOSE",
    "sleep_apnea": "RESPIRATORY",
    "copd": "RESPIRATORY",
    "seizure_disorder": "SEIZURE-RISK",
    "qt_prolongation": "QT-RISK",
    "arrhythmia": "QT-RISK",
    "pregnancy": "PREGNANCY-DRUG",
    "breastfeeding": "LACTATION",
}


@dataclass(frozen=True)
class ConditionHit:
    med: ResolvedMed
    fact: ConditionFact
    owner: str
    rule: str


def condition_rule(code: str, med: ResolvedMed) -> str:
    """The rule that reports a condition row of this medicine."""
    if code in _BY_CODE:
        return _BY_CODE[code]
    if med.has_class("nsaid"):
        return "NSAID-CONDITION"
    if code == "ckd":
        return "RENAL-DOSE"
    return "DRUG-CONDITION"


def condition_hits(ctx: SafetyContext) -> list[ConditionHit]:
    """Every condition row the patient's conditions meet, routed (computed once per check)."""
    found = ctx.memo.get("conditions")
    if found is not None:
        return cast(list[ConditionHit], found)
    hits: list[ConditionHit] = []
    conditions = ctx.conditions
    if conditions:
        for med in ctx.meds:
            if med.drug is None or med.rescue:
                continue
            for sided in ctx.facts.sided(med.drug.id, "conditions"):
                fact = cast(ConditionFact, sided.fact)
                if fact.condition in conditions and sided.applies_to(med.classes):
                    hits.append(ConditionHit(med, fact, sided.owner, condition_rule(fact.condition, med)))
    ctx.memo["conditions"] = hits
    return hits


def hits_for(ctx: SafetyContext, rule: str) -> list[ConditionHit]:
    return [h for h in condition_hits(ctx) if h.rule == rule]
