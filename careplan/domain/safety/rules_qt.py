"""QT-RISK: QT-prolonging medicines with recorded QT prolongation, two of them together, a label's
QT condition rows, and a daily dose over which a label advises an ECG."""

from __future__ import annotations

from careplan.domain.findings import Finding
from careplan.domain.safety.context import SafetyContext, exceeds, fmt, item_ids, names, unique_sources
from careplan.domain.safety.rules_conditions import condition_findings
from careplan.domain.safety.rules_interactions import grouped


def qt_risk(ctx: SafetyContext) -> list[Finding]:
    """QT-RISK: any medicine with the qt_known_risk role and recorded QT prolongation (critical);
    two QT-prolonging medicines together, at the word of their rows (a warning by the QT group);
    a label's QT or heart-rhythm condition row at its word; a daily amount over the label's ECG
    level (warning)."""
    qt_meds = ctx.with_role("qt_known_risk")
    findings: list[Finding] = []
    if qt_meds and "qt_prolongation" in ctx.conditions:
        findings.append(Finding(
            rule="QT-RISK",
            severity="critical",
            title="QT-prolonging medicine with recorded QT prolongation",
            detail=(f"{names(qt_meds)} can prolong the QT interval, and QT prolongation is recorded for this patient: "
                    "risk of torsade de pointes. Avoid, or check the ECG and electrolytes and document the decision."),
            items=item_ids(qt_meds),
            sources=unique_sources(*(f.role_sources("qt_known_risk") for m in qt_meds for f in ctx.facts_of(m))),
        ))
    # A label's own QT condition row for a medicine the critical finding already names adds nothing.
    named = {i for f in findings for i in f.items}
    findings += [f for f in condition_findings(ctx, "QT-RISK") if not set(f.items) <= named]
    findings += grouped(
        ctx, "QT-RISK",
        lambda _s, _g: "QT-prolonging medicines together",
        lambda _s: "Both prolong the QT interval. Check an ECG before and during treatment, and correct low "
        "potassium or magnesium.",
    )
    findings += _ecg(ctx)
    return findings


def _ecg(ctx: SafetyContext) -> list[Finding]:
    findings: list[Finding] = []
    for facts_id in dict.fromkeys(d for m in ctx.meds if not m.rescue for f in ctx.facts_of(m) for d in [f.drug_id]):
        facts = ctx.facts.of(facts_id)
        level = facts.qt_ecg_above if facts is not None else None
        if level is None:
            continue
        meds = [m for m in ctx.meds if not m.rescue and any(f.drug_id == facts_id for f in ctx.facts_of(m))]
        amounts = [m.mg_of(facts_id) for m in meds]
        total = sum(a for a in amounts if a is not None)
        if not exceeds(total, level.mg_day):
            continue
        name = ctx.catalog.drugs[facts_id].name
        findings.append(Finding(
            rule="QT-RISK",
            severity="warning",
            title=f"{name} {fmt(total)} mg/day: ECG advised",
            detail=(f"{'; '.join(m.describe() for m in meds)}: {fmt(total)} mg/day, over {fmt(level.mg_day)} mg/day, "
                    f"where an additional ECG is recommended." + (f" {level.note}" if level.note else "")),
            items=item_ids(meds),
            sources=level.sources,
        ))
    return findings
