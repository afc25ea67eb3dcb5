"""Opioid rules: MME thresholds (OPIOID-MME), sedation (OPIOID-SEDATIVE), naloxone (OPIOID-NALOXONE)
and long-acting starts without tolerance (OPIOID-NAIVE-LA)."""

from __future__ import annotations

from careplan.domain.catalog_model import Source, Threshold
from careplan.domain.codes import CONDITION_LABELS, Severity
from careplan.domain.findings import Finding
from careplan.domain.safety.context import (
    ResolvedMed,
    SafetyContext,
    at_least,
    exceeds,
    fmt,
    item_ids,
    join_words,
    names,
    unique_sources,
)
from careplan.domain.safety.mme import mme_of
from careplan.domain.safety.pairs import SubstanceHit, pairs_for, substance_hits
from careplan.domain.safety.rules_interactions import grouped
from careplan.domain.safety.tolerance import opioid_tolerance


def opioid_mme(ctx: SafetyContext) -> list[Finding]:
    """OPIOID-MME: total MME/day at or over the warning (or critical) catalog threshold. Treatment
    for opioid-use disorder is shown and left out of the total (CDC 2022)."""
    summary = mme_of(ctx)
    counted = [line for line in summary.lines if line.mme > 0 and not line.oud_treatment]
    if not counted:
        return []
    warning = ctx.threshold("mme_warning")
    critical = ctx.threshold("mme_critical")
    # Compare the unrounded total: 89.96 is below 90.
    severity: Severity
    limit: Threshold
    if at_least(summary.total, critical.value):
        severity, limit = "critical", critical
    elif at_least(summary.total, warning.value):
        severity, limit = "warning", warning
    else:
        return []
    # One entry per medicine (label), summed if it appears in several items, in plan order.
    per_label: dict[str, float] = {}
    for line in counted:
        per_label[line.label] = per_label.get(line.label, 0.0) + line.mme
    breakdown = "; ".join(f"{label}: {fmt(round(mme, 1))} MME" for label, mme in per_label.items())
    action = (
        "Document the justification, reassess benefit and harm, and offer naloxone."
        if severity == "critical"
        else "Pause and reassess before increasing; offer naloxone."
    )
    oud = summary.oud_total
    left_out = (f" Treatment for opioid-use disorder ({fmt(round(oud, 1))} MME/day) is left out of this total: "
                "the thresholds are for opioids prescribed for pain (CDC 2022).") if oud > 0 else ""
    counted_ids = {line.item for line in counted}
    mme_infos = {m.drug.id: m.drug.mme for m in ctx.meds if m.id in counted_ids and m.drug is not None}
    return [
        Finding(
            rule="OPIOID-MME",
            severity=severity,
            title=f"Opioid total {fmt(round(summary.total, 1))} MME/day (≥ {fmt(limit.value)})",
            detail=(
                f"Total {fmt(round(summary.total, 1))} MME/day ({summary.table} factors): {breakdown}. "
                f"This is at or above {fmt(limit.value)} MME/day. {action}{left_out}"
            ),
            items=item_ids(list(counted_ids)),
            sources=unique_sources(limit.sources, *(info.sources for info in mme_infos.values() if info is not None)),
        )
    ]


def opioid_sedative(ctx: SafetyContext) -> list[Finding]:
    """OPIOID-SEDATIVE: an opioid with a benzodiazepine (critical: boxed warning) or another CNS
    depressant (warning), at the word of the opioid group's or a label's row; an opioid with heavy
    alcohol use or an active kratom module (the labels' and CDC's alcohol and co-ingestant warnings)."""
    findings = grouped(
        ctx, "OPIOID-SEDATIVE",
        lambda s, group: "Opioid with a benzodiazepine" if s == "critical" and any(
            m.has_class("benzodiazepine") for p in group for m in (p.holder, p.partner)) else
        ("Opioid with a CNS depressant" if s == "critical" else "Opioid with another CNS depressant"),
        lambda s: "Risk of profound sedation, slowed breathing, coma and death (boxed warning). Avoid the "
        "combination; if unavoidable, use the lowest doses, offer naloxone and monitor." if s == "critical" else
        "Added sedation and breathing problems, more so in older patients and with lung disease. Use the lowest "
        "doses and warn the patient.",
    )
    by_substance: dict[str, list[SubstanceHit]] = {}
    for hit in substance_hits(ctx):
        if hit.holder.has_class("opioid"):
            by_substance.setdefault(hit.substance, []).append(hit)
    for substance, hits in by_substance.items():
        opioids = list(dict.fromkeys(h.holder for h in hits))
        worst = min(hits, key=lambda h: {"critical": 0, "warning": 1, "info": 2}[h.severity])
        what = ctx.alcohol_words() if substance == "alcohol" else "kratom use (an active kratom module)"
        findings.append(Finding(
            rule="OPIOID-SEDATIVE",
            severity=worst.severity,
            title="Opioid with heavy alcohol use" if substance == "alcohol" else "Opioid with kratom",
            detail=(f"{names(opioids)} with {what}: {worst.row.effect}. Advise against the combination, offer naloxone "
                    "and teach the family how to use it."),
            items=item_ids(opioids, [ctx.active_kratom.id] if substance == "kratom" and ctx.active_kratom else []),
            sources=unique_sources(*(h.row.sources for h in hits)),
        ))
    return findings


def _naloxone_conditions(ctx: SafetyContext) -> list[tuple[str, tuple[Source, ...]]]:
    """(condition, its sources) of the catalog's naloxone reasons."""
    facts = ctx.catalog.data.rule_facts
    rows = facts.naloxone if facts is not None else ()
    return [(code, row.sources) for row in rows for code in row.conditions]


def opioid_naloxone(ctx: SafetyContext) -> list[Finding]:
    """OPIOID-NALOXONE: an opioid and a reason CDC 2022 gives to offer naloxone — MME at or over the
    warning level, a sedative (any opioid–sedative pair), heavy alcohol use, kratom, treatment for
    opioid-use disorder, or a condition in the catalog's list (overdose, substance-use or opioid-use
    disorder, sleep apnoea) — and no opioid antagonist among the plan or current medicines."""
    opioids = [m for m in ctx.meds if m.has_class("opioid") and not m.rescue]
    if not opioids or ctx.with_class("opioid_antagonist"):
        return []
    reasons: list[str] = []
    warning = ctx.threshold("mme_warning")
    total = mme_of(ctx).total
    if at_least(total, warning.value):
        reasons.append(f"{fmt(round(total, 1))} MME/day (≥ {fmt(warning.value)})")
    sedative_pairs = pairs_for(ctx, "OPIOID-SEDATIVE")
    sedatives = list(dict.fromkeys(m for p in sedative_pairs for m in (p.holder, p.partner) if not m.has_class("opioid")))
    if sedatives:
        reasons.append(f"a sedative ({names(sedatives)})")
    if ctx.heavy_alcohol is not None:
        reasons.append(ctx.alcohol_words())
    if ctx.active_kratom is not None:
        reasons.append("kratom use")
    oud_items = [m for m in opioids if m.treats_oud]
    if oud_items:
        reasons.append(f"treatment for opioid-use disorder ({names(oud_items)})")
    condition_sources: list[Source] = []
    for code, found in _naloxone_conditions(ctx):
        if code in ctx.conditions:
            reasons.append(CONDITION_LABELS[code].lower())
            condition_sources += found
    if not reasons:
        return []
    return [
        Finding(
            rule="OPIOID-NALOXONE",
            severity="warning",
            title="Offer naloxone",
            detail=(
                f"{names(opioids)} with {join_words(list(dict.fromkeys(reasons)))}, and no naloxone in the plan or current "
                "medicines. Offer naloxone and teach the patient and family how to use it."
            ),
            items=item_ids(opioids),
            sources=unique_sources(warning.sources, tuple(condition_sources)),
        )
    ]


def long_acting_planned(ctx: SafetyContext) -> list[ResolvedMed]:
    """Planned opioids that are long-acting: the drug's role (methadone, transdermal fentanyl) or an
    extended-release product."""
    return [m for m in ctx.meds if m.origin == "plan" and not m.rescue and m.has_class("opioid")
            and (m.has_role("long_acting") or m.release == "er")]


def tolerant_only(ctx: SafetyContext, med: ResolvedMed) -> bool:
    """Whether the label restricts this item to opioid-tolerant patients (the drug, its release,
    or doses over the label's single or daily amount)."""
    for facts in ctx.facts_of(med):
        rule = facts.opioid_tolerant_only
        if rule is None:
            continue
        if rule.release is not None and med.release != rule.release:
            continue
        if rule.single_dose_above is None and rule.daily_above is None and not rule.strengths:
            return True
        strength = med.item.strength
        if strength is not None and strength.unit == rule.unit and strength.amount in rule.strengths:
            return True
        mg = med.mg_of(facts.drug_id)
        factor = {"mg": 1.0, "g": 1000.0, "mcg": 0.001}[rule.unit]
        mg = mg / factor if mg is not None else None
        per_dose = mg / med.amount.doses_per_day if mg is not None and med.amount.doses_per_day else None
        if rule.single_dose_above is not None and per_dose is not None and exceeds(per_dose, rule.single_dose_above):
            return True
        if rule.daily_above is not None and mg is not None and exceeds(mg, rule.daily_above):
            return True
    return False


def opioid_naive_la(ctx: SafetyContext) -> list[Finding]:
    """OPIOID-NAIVE-LA: a long-acting opioid *planned* for a patient who is not known to be opioid
    tolerant: critical when the label restricts the product to opioid-tolerant patients and the
    patient is not tolerant; a warning otherwise (tolerance unknown, or a long-acting start the
    label allows without tolerance: CDC 2022 advises immediate-release first). A current
    long-acting opioid is what the patient already takes, so only planned ones count."""
    if not ctx.has_patient:
        return []
    planned = long_acting_planned(ctx)
    if not planned:
        return []
    tolerant, why, tolerance_sources = opioid_tolerance(ctx)
    if tolerant:
        return []
    restricted = [m for m in planned if tolerant_only(ctx, m)]
    others = [m for m in planned if m not in restricted]
    findings: list[Finding] = []
    head = "not opioid tolerant" if tolerant is False else "opioid tolerance unknown"
    if restricted:
        severity: Severity = "critical" if tolerant is False else "warning"
        action = ("Use an immediate-release opioid instead, or record why this patient is opioid tolerant."
                  if tolerant is False else
                  "Record whether the patient is opioid tolerant (at least 60 mg oral morphine a day or an equivalent "
                  "for a week or more) before starting it.")
        findings.append(Finding(
            rule="OPIOID-NAIVE-LA",
            severity=severity,
            title=f"Opioid-tolerant-only product, {head}",
            detail=(f"{'; '.join(m.describe() for m in restricted)}: the label restricts this product to opioid-tolerant "
                    f"patients. Opioid tolerance: {why}. {action}"),
            items=item_ids(restricted),
            sources=unique_sources(*(f.opioid_tolerant_only.sources for m in restricted for f in ctx.facts_of(m)
                                     if f.opioid_tolerant_only is not None), tolerance_sources),
        ))
    if others:
        findings.append(Finding(
            rule="OPIOID-NAIVE-LA",
            severity="warning",
            title=f"Long-acting opioid, {head}",
            detail=(f"{'; '.join(m.describe() for m in others)}: a long-acting opioid started without established "
                    f"tolerance (opioid tolerance: {why}). Prefer an immediate-release opioid to start, or record why "
                    "this one is chosen, and follow up closely."),
            items=item_ids(others),
            sources=unique_sources(*(f.role_sources("long_acting") for m in others for f in ctx.facts_of(m)),
                                   tolerance_sources, _cdc_sources(ctx)),
        ))
    return findings


def _cdc_sources(ctx: SafetyContext) -> tuple[Source, ...]:
    opioid = ctx.catalog.drug_classes.get("opioid")
    return opioid.sources if opioid is not None else ()
