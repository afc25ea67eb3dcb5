"""Rules over the patient's conditions: NSAID-CONDITION, RESPIRATORY, SEIZURE-RISK, DRUG-CONDITION,
and the condition part of the kidney, liver, QT, pregnancy and lactation rules.

Each reads the label and group rows keyed by a condition (careplan.domain.safety.conditions) at
the row's word; one finding per condition and row, naming every medicine it concerns.
"""

from __future__ import annotations

from careplan.domain.codes import CONDITION_LABELS
from careplan.domain.findings import Finding
from careplan.domain.safety.conditions import ConditionHit, hits_for
from careplan.domain.safety.context import SafetyContext, at_least, fmt, item_ids, names, unique_sources
from careplan.domain.safety.wording import word_phrase


def condition_findings(ctx: SafetyContext, rule: str, title_of: str = "{names} with {condition}") -> list[Finding]:
    """One finding per (condition, row) of the rule, at the row's word, naming its medicines."""
    grouped: dict[tuple[str, int], list[ConditionHit]] = {}
    for hit in hits_for(ctx, rule):
        grouped.setdefault((hit.fact.condition, id(hit.fact)), []).append(hit)
    # Several rows (a label's and a group's) on the same condition and medicines: the most severe.
    findings: dict[tuple[str, tuple[str, ...]], Finding] = {}
    order = {"critical": 0, "warning": 1, "info": 2}
    for (code, _), hits in grouped.items():
        meds = list(dict.fromkeys(h.med for h in hits))
        fact = hits[0].fact
        condition = CONDITION_LABELS.get(code, code).lower()
        finding = Finding(
            rule=rule,
            severity=fact.resolved_severity,
            title=title_of.format(names=names(meds), condition=condition),
            detail=(f"{'; '.join(m.describe() for m in meds)} with {condition}: the label says "
                    f"{word_phrase(fact.word)} ({fact.hazard})."),
            items=item_ids(meds),
            sources=unique_sources(*(h.fact.sources for h in hits)),
        )
        key = (code, finding.items)
        if key not in findings or order[finding.severity] < order[findings[key].severity]:
            findings[key] = finding
    return list(findings.values())


def nsaid_condition(ctx: SafetyContext) -> list[Finding]:
    """NSAID-CONDITION: a systemic NSAID with a condition the NSAID group (or its label) names
    (kidney disease, heart failure, cardiovascular disease, hypertension, GI bleed or ulcer
    history), or at the older-adult age (Beers: avoid chronic use). Antiplatelet-dose aspirin
    is no NSAID here; pregnancy is PREGNANCY-DRUG's."""
    if not ctx.has_patient:
        return []
    findings = condition_findings(ctx, "NSAID-CONDITION", "NSAID with {condition}")
    nsaids = ctx.systemic_nsaids
    age = ctx.age
    older = ctx.optional_threshold("older_adult_age")
    if nsaids and age is not None and older is not None and at_least(age, older.value):
        findings.append(Finding(
            rule="NSAID-CONDITION",
            severity="warning",
            title=f"NSAID at age {age}",
            detail=(f"{names(nsaids)} at age {age} (≥ {fmt(older.value)}): avoid chronic use unless other options "
                    "have failed, and give gastroprotection."),
            items=item_ids(nsaids),
            sources=unique_sources(*(c.sources for c in ctx.catalog.data.drug_classes if c.id == "nsaid"), older.sources),
        ))
    return findings


def respiratory(ctx: SafetyContext) -> list[Finding]:
    """RESPIRATORY: an opioid, gabapentinoid or other drug whose label (or group) warns of breathing
    problems with sleep apnoea or COPD (FDA 2019 for gabapentinoids), at the label's word."""
    return condition_findings(ctx, "RESPIRATORY") if ctx.has_patient else []


def seizure_risk(ctx: SafetyContext) -> list[Finding]:
    """SEIZURE-RISK: a drug whose label contraindicates or warns about it with a seizure disorder
    (bupropion: contraindicated; tramadol: seizure risk), and any drug that lowers the seizure
    threshold (its role) with a seizure disorder (warning)."""
    if not ctx.has_patient:
        return []
    findings = condition_findings(ctx, "SEIZURE-RISK")
    if "seizure_disorder" in ctx.conditions:
        covered = {i for f in findings for i in f.items}
        lowering = [m for m in ctx.with_role("seizure_threshold") if m.id not in covered]
        if lowering:
            findings.append(Finding(
                rule="SEIZURE-RISK",
                severity="warning",
                title=f"{names(lowering)} with a seizure disorder",
                detail=(f"{'; '.join(m.describe() for m in lowering)}: lowers the seizure threshold, and a seizure "
                        "disorder is recorded. Prefer another medicine or review the seizure control."),
                items=item_ids(lowering),
                sources=unique_sources(*(f.role_sources("seizure_threshold") for m in lowering for f in ctx.facts_of(m))),
            ))
    return findings


def drug_condition(ctx: SafetyContext) -> list[Finding]:
    """DRUG-CONDITION: any other contraindication or warning a label keys to one of the patient's
    conditions (heart failure, depression, falls...), at the label's word."""
    return condition_findings(ctx, "DRUG-CONDITION") if ctx.has_patient else []
