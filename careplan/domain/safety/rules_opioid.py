"""Opioid rules: MME thresholds, sedative combinations, naloxone, serotonergic opioids."""

from __future__ import annotations

from careplan.domain.catalog_model import Threshold
from careplan.domain.codes import CONDITION_LABELS, Severity
from careplan.domain.findings import Finding
from careplan.domain.safety.context import (
    SEDATIVE_CLASSES,
    SafetyContext,
    at_least,
    class_sources,
    classes_of,
    drug_sources,
    fmt,
    item_ids,
    join_words,
    names,
    unique_sources,
)
from careplan.domain.safety.mme import mme_of

# Conditions that call for naloxone with any opioid (CDC 2022 Rec 8: history of overdose,
# substance use disorder, sleep-disordered breathing).
NALOXONE_CONDITIONS: tuple[str, ...] = ("sleep_apnea", "substance_use_disorder", "opioid_use_disorder", "overdose_history")


def opioid_mme(ctx: SafetyContext) -> list[Finding]:
    """OPIOID-MME: total MME/day at or over the warning (or critical) catalog threshold."""
    summary = mme_of(ctx)
    counted = [line for line in summary.lines if line.mme > 0]
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
    counted_ids = {line.item for line in counted}
    # One MME source list per drug, not per item.
    mme_infos = {m.drug.id: m.drug.mme for m in ctx.meds if m.id in counted_ids and m.drug is not None}
    return [
        Finding(
            rule="OPIOID-MME",
            severity=severity,
            title=f"Opioid total {fmt(round(summary.total, 1))} MME/day (≥ {fmt(limit.value)})",
            detail=(
                f"Total {fmt(round(summary.total, 1))} MME/day ({summary.table} factors): {breakdown}. "
                f"This is at or above {fmt(limit.value)} MME/day. {action}"
            ),
            items=item_ids(list(counted_ids)),
            sources=unique_sources(limit.sources, *(info.sources for info in mme_infos.values() if info is not None)),
        )
    ]


def opioid_sedative(ctx: SafetyContext) -> list[Finding]:
    """OPIOID-SEDATIVE: opioid with a benzodiazepine (critical) or another CNS depressant
    (gabapentinoid, z-drug, muscle relaxant or a drug flagged cns_depressant: warning).
    """
    opioids = ctx.opioids
    if not opioids:
        return []
    findings: list[Finding] = []
    benzos = [m for m in ctx.with_class("benzodiazepine") if not m.has_class("opioid")]
    if benzos:
        findings.append(
            Finding(
                rule="OPIOID-SEDATIVE",
                severity="critical",
                title="Opioid with a benzodiazepine",
                detail=(
                    f"{names(opioids)} with {names(benzos)}: risk of profound sedation, slowed breathing, coma "
                    "and death (FDA boxed warning). Avoid the combination; if unavoidable, use the lowest doses, "
                    "offer naloxone and monitor."
                ),
                items=item_ids(opioids, benzos),
                sources=class_sources(ctx, "benzodiazepine", "opioid"),
            )
        )
    others = ctx.sedatives()
    if others:
        findings.append(
            Finding(
                rule="OPIOID-SEDATIVE",
                severity="warning",
                title="Opioid with another CNS depressant",
                detail=(
                    f"{names(opioids)} with {names(others)}: added sedation and breathing problems, more so "
                    "in older patients and with lung disease. Use the lowest doses and warn the patient."
                ),
                items=item_ids(opioids, others),
                # Class facts (gabapentinoids: FDA 2019) and, for a drug sedating by its own label
                # (flagged, no sedative class), that drug's entry.
                sources=unique_sources(
                    class_sources(ctx, *classes_of(others, SEDATIVE_CLASSES)),
                    drug_sources([m for m in others if not m.has_class(*SEDATIVE_CLASSES)]),
                ),
            )
        )
    return findings


def opioid_naloxone(ctx: SafetyContext) -> list[Finding]:
    """OPIOID-NALOXONE: an opioid with MME ≥ the warning level, a benzodiazepine or other
    sedative, sleep apnoea, substance/opioid-use disorder or a history of overdose, and no
    opioid antagonist listed.
    """
    opioids = ctx.opioids
    if not opioids or ctx.with_class("opioid_antagonist"):
        return []
    reasons: list[str] = []
    warning = ctx.threshold("mme_warning")
    total = mme_of(ctx).total
    if at_least(total, warning.value):
        reasons.append(f"{fmt(round(total, 1))} MME/day (≥ {fmt(warning.value)})")
    sedatives = ctx.with_class("benzodiazepine") + ctx.sedatives()
    if sedatives:
        reasons.append(f"a sedative ({names(sedatives)})")
    for code in NALOXONE_CONDITIONS:
        if code in ctx.conditions:
            reasons.append(CONDITION_LABELS[code].lower())
    if not reasons:
        return []
    return [
        Finding(
            rule="OPIOID-NALOXONE",
            severity="warning",
            title="Offer naloxone",
            detail=(
                f"{names(opioids)} with {join_words(reasons)}, and no naloxone in the plan or current "
                "medicines. Offer naloxone and teach the patient and family how to use it."
            ),
            items=item_ids(opioids),
            sources=unique_sources(warning.sources),
        )
    ]


def serotonergic(ctx: SafetyContext) -> list[Finding]:
    """SEROTONERGIC: an opioid flagged serotonergic (e.g. tramadol) with an SSRI/SNRI/TCA/MAOI."""
    opioids = [m for m in ctx.opioids if m.flags.serotonergic]
    partners = [m for m in ctx.with_class("ssri", "snri", "tca", "maoi") if m not in opioids]
    if not opioids or not partners:
        return []
    return [
        Finding(
            rule="SEROTONERGIC",
            severity="warning",
            title="Serotonergic opioid with an antidepressant",
            detail=(
                f"{names(opioids)} with {names(partners)}: risk of serotonin syndrome and a lower seizure "
                "threshold. Watch for agitation, fever, sweating, tremor and muscle jerks."
            ),
            items=item_ids(opioids, partners),
            sources=class_sources(ctx, *classes_of(partners, {"ssri", "snri", "tca", "maoi"})),
        )
    ]
