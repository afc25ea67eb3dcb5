"""Rules about the patient: OPIOID-NAIVE-LA (opioid tolerance), OLDER-ADULT (Beers 2023) and LACTATION."""

from __future__ import annotations

from careplan.domain.catalog_model import Source
from careplan.domain.codes import Severity
from careplan.domain.findings import Finding
from careplan.domain.safety.context import (
    SafetyContext,
    at_least,
    fmt,
    item_ids,
    names,
    unique_sources,
)
from careplan.domain.safety.mme import mme_of
from careplan.domain.safety.selection import distinct_drugs, long_acting, with_drug


def opioid_tolerance(ctx: SafetyContext) -> tuple[bool | None, str, tuple[Source, ...]]:
    """Whether the patient is opioid tolerant (DESIGN): the recorded answer; otherwise current
    opioids of at least the catalog's tolerance level (60 MME/day) count as tolerant; otherwise
    unknown. Returns (tolerant, why, sources).
    """
    limit = ctx.optional_threshold("opioid_tolerant_mme")
    sources = limit.sources if limit is not None else ()
    recorded = ctx.patient.opioid_tolerant
    if recorded is not None:
        return recorded, ("recorded as tolerant" if recorded else "recorded as not tolerant"), sources
    if limit is None:
        return None, "not recorded", sources
    current_ids = {m.id for m in ctx.meds if m.origin == "current"}
    lines = [line for line in mme_of(ctx).lines if line.item in current_ids]
    # Uncounted lines add nothing: the sum is a minimum, so reaching the level still counts.
    current_mme = sum(line.mme for line in lines)
    if lines and at_least(current_mme, limit.value):
        return True, f"current opioids {fmt(round(current_mme, 1))} MME/day (≥ {fmt(limit.value)})", sources
    return None, "not recorded" + (
        f" (current opioids {fmt(round(current_mme, 1))} MME/day, under {fmt(limit.value)})" if lines else ""
    ), sources




def opioid_naive_la(ctx: SafetyContext) -> list[Finding]:
    """OPIOID-NAIVE-LA: transdermal fentanyl, methadone or an extended-release opioid *planned*
    for a patient who is not opioid tolerant (critical) or whose tolerance is unknown (warning).
    A current long-acting opioid is what the patient already takes, so only planned ones count.
    """
    facts = ctx.catalog.data.rule_facts
    if facts is None or not ctx.has_patient:
        return []
    planned = [m for m in long_acting(ctx) if m.origin == "plan"]
    if not planned:
        return []
    tolerant, why, tolerance_sources = opioid_tolerance(ctx)
    if tolerant:
        return []
    severity: Severity = "critical" if tolerant is False else "warning"
    head = "not opioid tolerant" if tolerant is False else "opioid tolerance unknown"
    action = (
        "Use an immediate-release opioid instead, or record why this patient is opioid tolerant."
        if tolerant is False
        else "Record whether the patient is opioid tolerant (at least 60 mg oral morphine a day or an "
        "equivalent for a week or more) before starting it."
    )
    return [
        Finding(
            rule="OPIOID-NAIVE-LA",
            severity=severity,
            title=f"Long-acting opioid, {head}",
            detail=(
                f"{'; '.join(m.describe() for m in planned)}: transdermal fentanyl, methadone and extended-release "
                f"opioids are for opioid-tolerant patients. Opioid tolerance: {why}. {action}"
            ),
            items=item_ids(planned),
            sources=unique_sources(facts.long_acting.sources, tolerance_sources),
        )
    ]


def older_adult(ctx: SafetyContext) -> list[Finding]:
    """OLDER-ADULT: age at or over the catalog's older-adult age with a drug the Beers Criteria
    say to avoid, or with the Beers number of CNS-active drugs together (one warning each)."""
    age = ctx.age
    older = ctx.optional_threshold("older_adult_age")
    if age is None or older is None or not at_least(age, older.value):
        return []
    beers = ctx.catalog.data.beers
    findings: list[Finding] = []
    for criterion in beers.avoid:
        meds = with_drug(ctx, criterion.drugs)
        if meds:
            findings.append(
                Finding(
                    rule="OLDER-ADULT",
                    severity="warning",
                    title=f"Beers Criteria at age {age}: {names(meds)}",
                    detail=(
                        f"{'; '.join(m.describe() for m in meds)} at age {age}. The 2023 AGS Beers Criteria list "
                        f"{criterion.criterion}. Prefer an alternative or document why it is needed."
                    ),
                    items=item_ids(meds),
                    sources=criterion.sources,
                )
            )
    cns = beers.cns_active
    if cns is not None:
        meds = [m for m in ctx.meds if not m.rescue and m.has_class(*cns.classes)]
        drugs = distinct_drugs(meds)
        if len(drugs) >= cns.count:
            findings.append(
                Finding(
                    rule="OLDER-ADULT",
                    severity="warning",
                    title=f"{len(drugs)} CNS-active medicines at age {age}",
                    detail=(
                        f"{names(meds)}: {len(drugs)} CNS-active medicines together at age {age}. The 2023 AGS Beers "
                        f"Criteria advise against {cns.count} or more (falls and fractures). Reduce the number where possible."
                    ),
                    items=item_ids(meds),
                    sources=cns.sources,
                )
            )
    return findings


def lactation(ctx: SafetyContext) -> list[Finding]:
    """LACTATION: codeine or tramadol (any product containing them) while breastfeeding."""
    if "breastfeeding" not in ctx.conditions:
        return []
    findings: list[Finding] = []
    for advice in ctx.catalog.data.lactation:
        meds = with_drug(ctx, [advice.drug])
        if meds:
            drug_name = ctx.catalog.drugs[advice.drug].name
            findings.append(
                Finding(
                    rule="LACTATION",
                    severity="critical",
                    title=f"{drug_name} while breastfeeding",
                    detail=f"{'; '.join(m.describe() for m in meds)} while breastfeeding. {advice.advice}",
                    items=item_ids(meds),
                    sources=advice.sources,
                )
            )
    return findings
