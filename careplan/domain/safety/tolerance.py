"""Opioid tolerance (DESIGN.md): recorded, or worked out from the patient's current opioids."""

from __future__ import annotations

from careplan.domain.safety.context import ResolvedMed, SafetyContext, at_least, fmt, unique_sources
from careplan.domain.safety.mme import mme_of
from careplan.domain.sourced import Source


def _share(ctx: SafetyContext, med: ResolvedMed, per_mme: float) -> tuple[float | None, str, tuple[Source, ...]]:
    """What part of the tolerance level one current opioid reaches: its amount a day over its
    label's tolerance dose (oxycodone 20 mg of 30), else its MME over the catalog's level; None
    when it cannot be told (an amount not counted, an opioid without either figure)."""
    for facts in ctx.facts_of(med):
        dose = facts.tolerance_dose
        if dose is None:
            continue
        amount = med.amount.rate_mcg_h if dose.unit == "mcg/h" else med.mg_of(facts.drug_id)
        if amount is not None and dose.unit == "mcg" and amount is not None:
            amount *= 1000
        if amount is None:
            continue
        name = ctx.catalog.drugs[facts.drug_id].name.lower()
        unit = "mcg/h" if dose.unit == "mcg/h" else dose.unit
        return amount / dose.amount, f"{name} {fmt(amount)} {unit} a day of {fmt(dose.amount)}", dose.sources
    lines = [line for line in mme_of(ctx).lines if line.item == med.id]
    if lines and all(line.counted and line.factor is not None for line in lines):
        mme = sum(line.mme for line in lines)
        return mme / per_mme, f"{med.name.lower()} {fmt(round(mme, 1))} MME/day of {fmt(per_mme)}", ()
    return None, "", ()


def opioid_tolerance(ctx: SafetyContext) -> tuple[bool | None, str, tuple[Source, ...]]:
    """Whether the patient is opioid tolerant: the clinician's record when there is one; else the
    current opioids (treatment for opioid-use disorder included) measured against the labels'
    tolerance level (oxycodone 30 mg, fentanyl 25 mcg/h... a day; otherwise 60 MME/day), adding up
    the parts of it each reaches: one full level or more tolerant, less *not* tolerant; unknown
    when there is no current opioid or one cannot be measured (buprenorphine has no MME figure).

    Returns (tolerant, why, sources).
    """
    limit = ctx.optional_threshold("opioid_tolerant_mme")
    sources = limit.sources if limit is not None else ()
    recorded = ctx.patient.opioid_tolerant
    if recorded is not None:
        return recorded, ("recorded as tolerant" if recorded else "recorded as not tolerant"), sources
    current = [m for m in ctx.meds if m.origin == "current" and m.has_class("opioid") and not m.rescue]
    if limit is None or not current:
        return None, "not recorded", sources
    total = 0.0
    parts: list[str] = []
    decidable = True
    for med in current:
        share, words, found = _share(ctx, med, limit.value)
        if share is None:
            decidable = False
            continue
        total += share
        parts.append(words)
        sources = unique_sources(sources, found)
    summary = "; ".join(parts)
    if at_least(total, 1.0):
        return True, f"current opioids reach the tolerance level ({summary})", sources
    if decidable:
        return False, f"current opioids below the tolerance level ({summary})", sources
    return None, "not recorded (a current opioid cannot be measured against the tolerance level)", sources
