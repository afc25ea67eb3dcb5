"""Interaction rules of the second set: QT-RISK, NSAID-TRIPLE and OPIOID-CYP."""

from __future__ import annotations

from careplan.domain.catalog_model import CypRole
from careplan.domain.codes import Severity
from careplan.domain.findings import Finding
from careplan.domain.safety.context import (
    ResolvedMed,
    SafetyContext,
    exceeds,
    fmt,
    item_ids,
    names,
    unique_sources,
)
from careplan.domain.safety.selection import ids_in, with_drug


def qt_risk(ctx: SafetyContext) -> list[Finding]:
    """QT-RISK: any QT-prolonging drug with recorded QT prolongation (critical); methadone with
    another QT-prolonging drug, or methadone at a daily dose where an ECG is advised (warning).
    """
    qt = ctx.catalog.qt_drugs
    if not qt:
        return []
    qt_meds = [m for m in ctx.meds if not m.rescue and ids_in(m) & set(qt)]
    if not qt_meds:
        return []
    qt_sources = unique_sources(*(qt[d].sources for m in qt_meds for d in sorted(ids_in(m) & set(qt))))
    findings: list[Finding] = []
    if "qt_prolongation" in ctx.conditions:
        findings.append(
            Finding(
                rule="QT-RISK",
                severity="critical",
                title="QT-prolonging medicine with recorded QT prolongation",
                detail=(
                    f"{names(qt_meds)} can prolong the QT interval, and QT prolongation is recorded for this patient: "
                    "risk of torsade de pointes. Avoid, or check the ECG and electrolytes and document the decision."
                ),
                items=item_ids(qt_meds),
                sources=qt_sources,
            )
        )
    methadone = [m for m in qt_meds if "methadone" in ids_in(m)]
    if not methadone:
        return findings
    others = [m for m in qt_meds if "methadone" not in ids_in(m)]
    if others:
        findings.append(
            Finding(
                rule="QT-RISK",
                severity="warning",
                title="Methadone with another QT-prolonging medicine",
                detail=(
                    f"Methadone with {names(others)}: both prolong the QT interval. Check an ECG before and during "
                    "treatment, and correct low potassium or magnesium."
                ),
                items=item_ids(methadone, others),
                sources=qt_sources,
            )
        )
    ecg = ctx.optional_threshold("methadone_ecg_mg")
    amounts = [m.mg_of("methadone") for m in methadone]
    total = sum(a for a in amounts if a is not None)
    if ecg is not None and exceeds(total, ecg.value):
        findings.append(
            Finding(
                rule="QT-RISK",
                severity="warning",
                title=f"Methadone {fmt(total)} mg/day: ECG advised",
                detail=(
                    f"{'; '.join(m.describe() for m in methadone)}: {fmt(total)} mg/day, over {fmt(ecg.value)} mg/day, "
                    "where an additional ECG is recommended (besides one before starting, within 30 days and yearly)."
                ),
                items=item_ids(methadone),
                sources=unique_sources(ecg.sources, qt["methadone"].sources),
            )
        )
    return findings


def nsaid_triple(ctx: SafetyContext) -> list[Finding]:
    """NSAID-TRIPLE: a systemic NSAID with an ACE inhibitor or ARB and a diuretic: warning,
    critical with chronic kidney disease (acute kidney injury)."""
    facts = ctx.catalog.data.rule_facts
    if facts is None:
        return []
    triple = facts.nsaid_triple
    nsaids = ctx.systemic_nsaids
    raas = ctx.with_class(*triple.raas_classes)
    diuretics = ctx.with_class(*triple.diuretic_classes)
    if not nsaids or not raas or not diuretics:
        return []
    ckd = "ckd" in ctx.conditions
    severity: Severity = "critical" if ckd else "warning"
    with_ckd = ", with chronic kidney disease" if ckd else ""
    return [
        Finding(
            rule="NSAID-TRIPLE",
            severity=severity,
            title="NSAID with an ACE inhibitor or ARB and a diuretic" + (" in kidney disease" if ckd else ""),
            detail=(
                f"{names(nsaids)} with {names(raas)} and {names(diuretics)}{with_ckd}: together they can cause acute "
                "kidney injury. Avoid the NSAID, or check kidney function and fluids closely."
            ),
            items=item_ids(nsaids, raas, diuretics),
            sources=triple.sources,
        )
    ]


def _modulators(ctx: SafetyContext, roles: list[CypRole], opioids: list[ResolvedMed]) -> list[ResolvedMed]:
    listed = {d for role in roles for d in role.drugs}
    return [m for m in with_drug(ctx, listed) if m not in opioids]


def opioid_cyp(ctx: SafetyContext) -> list[Finding]:
    """OPIOID-CYP: a CYP3A4-metabolised opioid with a strong CYP3A4 inhibitor (critical) or a
    moderate inhibitor or an inducer (warning); codeine or tramadol with a strong CYP2D6
    inhibitor (warning: less pain relief). Drug lists come from the catalog's cyp table."""
    cat = ctx.catalog
    findings: list[Finding] = []
    substrates = cat.cyp_roles("CYP3A4", "substrate")
    sub_ids = {d for r in substrates for d in r.drugs}
    opioids = [m for m in ctx.opioids if not m.rescue and ids_in(m) & sub_ids]
    if opioids:
        sub_sources = unique_sources(*(r.sources for r in substrates if set(r.drugs) & set().union(*(ids_in(m) for m in opioids))))
        inhibitors = cat.cyp_roles("CYP3A4", "inhibitor")
        # (modulators, severity, title, what happens) — strongest first, as DESIGN grades them.
        kinds: list[tuple[list[CypRole], Severity, str, str]] = [
            ([r for r in inhibitors if r.strength == "strong"], "critical", "a strong CYP3A4 inhibitor",
             "opioid levels can rise sharply, with fatal slowed breathing. Avoid the combination, or lower the "
             "opioid dose and monitor closely."),
            ([r for r in inhibitors if r.strength == "moderate"], "warning", "a moderate CYP3A4 inhibitor",
             "opioid levels can rise. Watch for sedation and slowed breathing; consider a lower opioid dose."),
            (cat.cyp_roles("CYP3A4", "inducer"), "warning", "a CYP3A4 inducer",
             "opioid levels fall (less relief, withdrawal), and rise again when the inducer is stopped "
             "(overdose risk). Adjust with care."),
        ]
        for roles, severity, what, effect in kinds:
            found = _modulators(ctx, roles, opioids)
            if found:
                findings.append(
                    Finding(
                        rule="OPIOID-CYP",
                        severity=severity,
                        title=f"Opioid with {what}",
                        detail=f"{names(opioids)} with {names(found)} ({what.removeprefix('a ')}): {effect}",
                        items=item_ids(opioids, found),
                        sources=unique_sources(*(r.sources for r in roles), sub_sources),
                    )
                )
    prodrugs = cat.cyp_roles("CYP2D6", "prodrug")
    pro_ids = {d for r in prodrugs for d in r.drugs}
    activated = [m for m in ctx.opioids if not m.rescue and ids_in(m) & pro_ids]
    if activated:
        strong_2d6 = [r for r in cat.cyp_roles("CYP2D6", "inhibitor") if r.strength == "strong"]
        found = _modulators(ctx, strong_2d6, activated)
        if found:
            findings.append(
                Finding(
                    rule="OPIOID-CYP",
                    severity="warning",
                    title="Codeine or tramadol with a strong CYP2D6 inhibitor",
                    detail=(
                        f"{names(activated)} with {names(found)} (strong CYP2D6 inhibitor): less is turned into the active "
                        "opioid, so pain relief may be poor (and tramadol's own serotonergic effect remains). Consider "
                        "another analgesic; if the inhibitor is stopped later, opioid effects can rise."
                    ),
                    items=item_ids(activated, found),
                    sources=unique_sources(*(r.sources for r in strong_2d6), *(r.sources for r in prodrugs)),
                )
            )
    return findings
