"""NSAID rules: duplicates, bleeding-risk combinations and conditions that make NSAIDs unsafe."""

from __future__ import annotations

from careplan.domain.catalog_model import Source
from careplan.domain.codes import CONDITION_LABELS
from careplan.domain.findings import Finding
from careplan.domain.safety.context import (
    ResolvedMed,
    SafetyContext,
    at_least,
    class_sources,
    classes_of,
    drug_sources,
    fmt,
    item_ids,
    names,
    unique_sources,
)

# Conditions in which a systemic NSAID is a caution on its own (pregnancy and age need numbers
# from the catalog thresholds and are handled separately).
NSAID_CONDITIONS: tuple[str, ...] = (
    "ckd",
    "heart_failure",
    "cardiovascular_disease",
    "hypertension",
    "gi_bleed_history",
    "peptic_ulcer",
)

def nsaid_duplicate(ctx: SafetyContext) -> list[Finding]:
    """NSAID-DUPLICATE: two or more different systemic NSAIDs at once (planned or current).

    The same NSAID listed twice is one drug; DOSE-DAILY-MAX adds its amounts up instead.
    Antiplatelet-dose aspirin is an antiplatelet here, never a second NSAID.
    """
    nsaids = ctx.systemic_nsaids
    distinct = {m.drug_id for m in nsaids}
    if len(distinct) < 2:
        return []
    listed = "; ".join(m.describe() for m in nsaids)
    return [
        Finding(
            rule="NSAID-DUPLICATE",
            severity="critical",
            title="Two or more systemic NSAIDs together",
            detail=(
                f"{listed}. Taking {names(nsaids)} together adds GI-bleeding, kidney and heart risk "
                "without more pain relief; keep one systemic NSAID."
            ),
            items=item_ids(nsaids),
            sources=class_sources(ctx, "nsaid"),
        )
    ]


def nsaid_bleeding(ctx: SafetyContext) -> list[Finding]:
    """NSAID-BLEEDING: a systemic NSAID with an anticoagulant/antiplatelet (critical) or an
    SSRI/SNRI (warning). A drug is never its own partner (aspirin is both NSAID and antiplatelet).
    """
    nsaids = ctx.systemic_nsaids
    if not nsaids:
        return []
    findings: list[Finding] = []
    blood = ctx.with_class("anticoagulant", "antiplatelet")
    # A pair needs two different drugs; counting distinct ids keeps this linear in the plan size.
    blood_ids = {p.drug_id for p in blood}
    nsaid_ids = {n.drug_id for n in nsaids}
    involved_nsaids = [n for n in nsaids if blood_ids - {n.drug_id}]
    partners = [p for p in blood if nsaid_ids - {p.drug_id}]
    if involved_nsaids and partners:
        findings.append(
            Finding(
                rule="NSAID-BLEEDING",
                severity="critical",
                title="NSAID with an anticoagulant or antiplatelet: bleeding risk",
                detail=(
                    f"{names(involved_nsaids)} taken with {names(partners)} "
                    f"({'; '.join(m.describe() for m in _distinct(involved_nsaids + partners))}) raises the risk "
                    "of serious bleeding, especially from the gut. Avoid the combination or add gastroprotection "
                    "and monitor closely."
                ),
                items=item_ids(involved_nsaids, partners),
                sources=class_sources(ctx, "nsaid", *classes_of(partners, {"anticoagulant", "antiplatelet"})),
            )
        )
    serotonergic = ctx.with_class("ssri", "snri")
    if serotonergic:
        findings.append(
            Finding(
                rule="NSAID-BLEEDING",
                severity="warning",
                title="NSAID with an SSRI/SNRI: GI-bleeding risk",
                detail=(
                    f"{names(nsaids)} taken with {names(serotonergic)} raises the risk of upper-GI bleeding "
                    "(several-fold with an SSRI). Consider a proton-pump inhibitor or another analgesic."
                ),
                items=item_ids(nsaids, serotonergic),
                sources=class_sources(ctx, "nsaid", *classes_of(serotonergic, {"ssri", "snri"})),
            )
        )
    return findings


def nsaid_condition(ctx: SafetyContext) -> list[Finding]:
    """NSAID-CONDITION: a systemic NSAID with CKD, heart failure, GI bleed/ulcer history,
    pregnancy at or past the catalog's week threshold (or of unknown gestation), or older age.
    """
    nsaids = ctx.systemic_nsaids
    if not nsaids or not ctx.has_patient:
        return []
    drugs = names(nsaids)
    ids = item_ids(nsaids)
    # The NSAID class's own sources (stomach bleeding, heart attack and stroke), not every fact of
    # each drug's entry: a finding cites what backs it.
    nsaid_class = next((c for c in ctx.catalog.data.drug_classes if c.id == "nsaid"), None)
    base_sources = nsaid_class.sources if nsaid_class is not None else drug_sources(nsaids)
    kidney_sources = unique_sources(*(r.sources for r in ctx.catalog.data.renal if "nsaid" in r.classes))
    findings: list[Finding] = []

    def add(title: str, detail: str, extra_sources: tuple[Source, ...] = ()) -> None:
        findings.append(
            Finding(
                rule="NSAID-CONDITION",
                severity="warning",
                title=title,
                detail=detail,
                items=ids,
                sources=unique_sources(base_sources, extra_sources),
            )
        )

    for code in NSAID_CONDITIONS:
        if code in ctx.conditions:
            label = CONDITION_LABELS[code]
            add(
                f"NSAID with {label.lower()}",
                f"{drugs} with {label.lower()}: systemic NSAIDs are best avoided.",
                kidney_sources if code == "ckd" else (),
            )
    if "pregnancy" in ctx.conditions:
        weeks_limit = ctx.threshold("nsaid_pregnancy_weeks")
        weeks = ctx.patient.pregnancy_weeks
        if weeks is None:
            add(
                "NSAID in pregnancy (gestation not recorded)",
                f"{drugs} in pregnancy with the gestational age not recorded: NSAIDs are avoided from "
                f"{fmt(weeks_limit.value)} weeks. Record the weeks of pregnancy.",
                weeks_limit.sources,
            )
        elif at_least(weeks, weeks_limit.value):
            add(
                f"NSAID at {weeks} weeks of pregnancy",
                f"{drugs} at {weeks} weeks of pregnancy: NSAIDs are avoided from {fmt(weeks_limit.value)} weeks "
                "(fetal kidney problems, low amniotic fluid).",
                weeks_limit.sources,
            )
    age = ctx.age
    older = ctx.threshold("older_adult_age")
    if age is not None and at_least(age, older.value):
        add(
            f"NSAID at age {age}",
            f"{drugs} at age {age} (≥ {fmt(older.value)}): avoid chronic use unless other options have failed, "
            "and give gastroprotection.",
            older.sources,
        )
    return findings


def _distinct(meds: list[ResolvedMed]) -> list[ResolvedMed]:
    seen: set[str] = set()
    out: list[ResolvedMed] = []
    for med in meds:
        if med.id not in seen:
            seen.add(med.id)
            out.append(med)
    return out
