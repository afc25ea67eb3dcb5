"""Combination rules over classes and active ingredients: NSAID-DUPLICATE, CLASS-DUPLICATE and
NSAID-TRIPLE. Two products of one active ingredient (naproxen and naproxen sodium) are one drug
here; DOSE-DAILY-MAX adds their amounts up instead."""

from __future__ import annotations

from careplan.domain.catalog_model import ClassDuplicate
from careplan.domain.codes import Severity
from careplan.domain.findings import Finding
from careplan.domain.safety.context import ResolvedMed, SafetyContext, class_sources, item_ids, names, unique_sources
from careplan.domain.safety.pairs import pairs_for, strongest, triple_members
from careplan.domain.safety.rules_interactions import pair_line


def ingredients_of(ctx: SafetyContext, meds: list[ResolvedMed]) -> list[str]:
    """Distinct active ingredients of the medicines (a salt counts as its parent), in plan order."""
    found: dict[str, None] = {}
    for med in meds:
        if med.drug is None:
            continue
        parts = [i.drug for i in med.drug.ingredients] or [med.drug.id]
        for part in parts:
            found[ctx.facts.moiety(part)[0]] = None
    return list(found)


def nsaid_duplicate(ctx: SafetyContext) -> list[Finding]:
    """NSAID-DUPLICATE: two or more different systemic NSAID ingredients at once (planned or
    current). Antiplatelet-dose aspirin is an antiplatelet here, never a second NSAID."""
    nsaids = ctx.systemic_nsaids
    if len(ingredients_of(ctx, nsaids)) < 2:
        return []
    listed = "; ".join(m.describe() for m in nsaids)
    return [Finding(
        rule="NSAID-DUPLICATE",
        severity="critical",
        title="Two or more systemic NSAIDs together",
        detail=(f"{listed}. Taking {names(nsaids)} together adds GI-bleeding, kidney and heart risk without more pain "
                "relief; keep one systemic NSAID."),
        items=item_ids(nsaids),
        sources=class_sources(ctx, "nsaid"),
    )]


def long_acting(ctx: SafetyContext) -> list[ResolvedMed]:
    """Opioids that are long-acting: the drug's role (methadone, transdermal fentanyl) or an
    extended-release product."""
    return [m for m in ctx.meds if not m.rescue and m.has_class("opioid") and (m.has_role("long_acting") or m.release == "er")]


def _members(ctx: SafetyContext, group: ClassDuplicate) -> list[ResolvedMed]:
    if group.long_acting_opioids:
        return long_acting(ctx)
    return [m for m in ctx.meds if not m.rescue and m.has_class(*group.classes)]


def class_duplicate(ctx: SafetyContext) -> list[Finding]:
    """CLASS-DUPLICATE: two different active ingredients of a group not meant to be combined (two
    gabapentinoids, two benzodiazepines, two SSRIs/SNRIs, two long-acting opioids)."""
    facts = ctx.catalog.data.rule_facts
    if facts is None:
        return []
    findings: list[Finding] = []
    for group in facts.class_duplicates:
        meds = _members(ctx, group)
        if len(ingredients_of(ctx, meds)) < 2:
            continue
        findings.append(Finding(
            rule="CLASS-DUPLICATE",
            severity="warning",
            title=f"Two of a kind: {group.name}",
            detail=(f"{'; '.join(m.describe() for m in meds)}: {group.name} together add side effects and risks without "
                    "clear added benefit. Keep one, or document why both are needed."),
            items=item_ids(meds),
            sources=group.sources,
        ))
    return findings


def nsaid_triple(ctx: SafetyContext) -> list[Finding]:
    """NSAID-TRIPLE: a systemic NSAID with an ACE inhibitor or ARB and a diuretic: warning,
    critical with chronic kidney disease (recorded, or a CrCl/eGFR under the CKD level). The label
    rows pairing two of the three (careplan.domain.safety.pairs) are stated here, with their sources."""
    facts = ctx.catalog.data.rule_facts
    members = triple_members(ctx)
    if facts is None or members is None:
        return []
    nsaids, raas, diuretics = members
    ckd = "ckd" in ctx.conditions
    severity: Severity = "critical" if ckd else "warning"
    with_ckd = ", with chronic kidney disease" if ckd else ""
    pairs = list(strongest(pairs_for(ctx, "NSAID-TRIPLE")).values())
    labels = "; ".join(dict.fromkeys(pair_line(p) for p in pairs))
    return [Finding(
        rule="NSAID-TRIPLE",
        severity=severity,
        title="NSAID with an ACE inhibitor or ARB and a diuretic" + (" in kidney disease" if ckd else ""),
        detail=(f"{names(nsaids)} with {names(raas)} and {names(diuretics)}{with_ckd}: together they can cause acute "
                "kidney injury. Avoid the NSAID, or check kidney function and fluids closely."
                + (f" Label statements: {labels}." if labels else "")),
        items=item_ids(nsaids, raas, diuretics),
        sources=unique_sources(facts.nsaid_triple.sources, *(p.row.sources for p in pairs)),
    )]
