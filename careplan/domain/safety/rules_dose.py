"""Dose rules: a drug's daily total over its catalog maximum, and total acetaminophen."""

from __future__ import annotations

from careplan.domain.catalog_model import DailyLimit, Drug, Source
from careplan.domain.findings import Finding
from careplan.domain.safety.context import (
    ResolvedMed,
    SafetyContext,
    exceeds,
    fmt,
    item_ids,
    unique_sources,
)


def _limit_for(drug: Drug, meds: list[ResolvedMed]) -> tuple[DailyLimit, str] | None:
    """The limit that applies to these items of one drug, with its name ("OTC" / "prescription").

    The OTC limit applies when every item is bought over the counter (or the drug has only an
    OTC limit); as soon as one item is prescribed, the prescriber's (Rx) maximum applies.
    """
    all_otc = all(m.item.otc for m in meds)
    if drug.otc_max_daily is not None and (all_otc or drug.rx_max_daily is None):
        return drug.otc_max_daily, "OTC"
    if drug.rx_max_daily is not None:
        return drug.rx_max_daily, "prescription"
    return None


def dose_daily_max(ctx: SafetyContext) -> list[Finding]:
    """DOSE-DAILY-MAX: the summed daily amount of one drug exceeds its catalog maximum.

    Items of the same drug (planned and current) are added up. Items whose amount cannot be
    worked out in the limit's unit are left out rather than guessed — DOSE-UNCOUNTED reports
    them. Acetaminophen is left to APAP-DAILY-MAX, which counts every product.
    """
    by_drug: dict[str, list[ResolvedMed]] = {}
    for med in ctx.meds:
        if med.drug is not None and not med.rescue:
            by_drug.setdefault(med.drug.id, []).append(med)
    findings: list[Finding] = []
    for meds in by_drug.values():
        drug = meds[0].drug
        assert drug is not None
        if not drug.ingredients and "acetaminophen" in drug.classes:
            continue
        chosen = _limit_for(drug, meds)
        if chosen is None:
            continue
        limit, kind = chosen
        counted = [(m, m.amount.in_unit(limit.unit)) for m in meds]
        usable = [(m, amount) for m, amount in counted if amount is not None]
        total = sum(amount for _, amount in usable)
        if not usable or not exceeds(total, limit.amount):
            continue
        parts = "; ".join(
            f"{m.describe()} = {fmt(amount)} {limit.unit}/day" for m, amount in usable
        )
        summary = f"{parts}" if len(usable) == 1 else f"{parts}; together {fmt(total)} {limit.unit}/day"
        findings.append(
            Finding(
                rule="DOSE-DAILY-MAX",
                severity="critical",
                title=f"{drug.name} over the {kind} daily maximum",
                detail=(
                    f"{summary} exceeds the {kind} maximum of {fmt(limit.amount)} {limit.unit}/day."
                    + (f" {limit.note}" if limit.note else "")
                ),
                items=item_ids([m for m, _ in usable]),
                sources=limit.sources,
            )
        )
    return findings


def apap_daily_max(ctx: SafetyContext) -> list[Finding]:
    """APAP-DAILY-MAX: acetaminophen from every product together over the applicable limit.

    The lower limit applies with liver disease or heavy alcohol use (over the sex-specific
    NIAAA weekly threshold; the lower, female threshold when sex is not male or female).
    """
    apap_ids = {d for d in _ingredient_ids(ctx) if _is_acetaminophen(ctx, d)}
    contributions: list[tuple[ResolvedMed, float]] = []
    for med in ctx.meds:
        mg = sum(amount for drug_id, amount in med.ingredient_mg.items() if drug_id in apap_ids)
        if mg > 0:
            contributions.append((med, mg))
    if not contributions:
        return []
    total = sum(mg for _, mg in contributions)
    standard = ctx.threshold("apap_max_mg")
    reduced = ctx.threshold("apap_reduced_max_mg")
    reasons, reason_sources = _reduced_limit_reasons(ctx)
    threshold = reduced if reasons else standard
    if not exceeds(total, threshold.value):
        return []
    parts = "; ".join(f"{m.describe()} = {fmt(mg)} mg acetaminophen/day" for m, mg in contributions)
    why = f" The lower limit applies because of {' and '.join(reasons)}." if reasons else ""
    return [
        Finding(
            rule="APAP-DAILY-MAX",
            severity="critical",
            title="Total acetaminophen over the daily limit",
            detail=(
                f"{parts}. Total {fmt(total)} mg/day exceeds the limit of {fmt(threshold.value)} mg/day, "
                f"counting every product that contains acetaminophen.{why}"
            ),
            items=item_ids([m for m, _ in contributions]),
            sources=unique_sources(threshold.sources, reason_sources),
        )
    ]


def _ingredient_ids(ctx: SafetyContext) -> set[str]:
    return {drug_id for med in ctx.meds for drug_id in med.ingredient_mg}


def _is_acetaminophen(ctx: SafetyContext, drug_id: str) -> bool:
    drug = ctx.catalog.drugs.get(drug_id)
    return drug is not None and not drug.ingredients and "acetaminophen" in drug.classes


def _reduced_limit_reasons(ctx: SafetyContext) -> tuple[list[str], tuple[Source, ...]]:
    """Why the reduced acetaminophen limit applies (empty if it does not), and sources."""
    reasons: list[str] = []
    sources: tuple[Source, ...] = ()
    if "liver_disease" in ctx.conditions:
        reasons.append("liver disease")
    drinks = ctx.patient.alcohol_drinks_per_week
    if drinks is not None:
        sex = ctx.patient.sex
        key = "heavy_alcohol_male_per_week" if sex == "male" else "heavy_alcohol_female_per_week"
        heavy = ctx.threshold(key)
        if exceeds(drinks, heavy.value):
            if sex in ("male", "female"):
                reasons.append(
                    f"heavy alcohol use ({fmt(drinks)} drinks/week, over {fmt(heavy.value)} for a {sex} patient)"
                )
            else:
                reasons.append(
                    f"heavy alcohol use ({fmt(drinks)} drinks/week, over {fmt(heavy.value)}; sex not recorded "
                    "as male or female, so the lower (female) threshold is used)"
                )
            sources = heavy.sources
    return reasons, sources


# Classes whose uncounted amount hides a dose from a critical check (MME, acetaminophen total).
_UNCOUNTED_CRITICAL_CLASSES: tuple[str, ...] = ("opioid", "acetaminophen")


def dose_uncounted(ctx: SafetyContext) -> list[Finding]:
    """DOSE-UNCOUNTED: a catalog medicine whose amount a day cannot be worked out.

    Critical for opioids and anything containing acetaminophen, because the MME and
    acetaminophen checks would otherwise miss it in silence; a warning for the rest.
    """
    findings: list[Finding] = []
    for med in ctx.meds:
        problem = med.amount.problem
        if med.drug is None or problem is None:
            continue
        hides = [c for c in _UNCOUNTED_CRITICAL_CLASSES if med.has_class(c)]
        if hides:
            checks = " and ".join("the MME total" if c == "opioid" else "the acetaminophen total" for c in hides)
            consequence = f" It is left out of {checks}, which may therefore be too low."
        else:
            consequence = " Its daily limit could not be checked."
        findings.append(
            Finding(
                rule="DOSE-UNCOUNTED",
                severity="critical" if hides else "warning",
                title=f"{med.drug.name}: amount a day not counted",
                detail=f"{med.describe()}: {problem}.{consequence}",
                items=(med.id,),
                sources=med.drug.sources,
            )
        )
    return findings
