"""Allergy rule: a planned or current drug, one of its ingredients or its class matches an allergy."""

from __future__ import annotations

from careplan.domain.findings import Finding
from careplan.domain.safety.context import ResolvedMed, SafetyContext, drug_sources, item_ids


def _norm(text: str) -> str:
    # "Muscle relaxant", "muscle_relaxant" and "muscle-relaxant" are the same allergy.
    return "-".join(text.strip().lower().replace("_", " ").split())


def _terms(ctx: SafetyContext, med: ResolvedMed, class_names: dict[str, str]) -> dict[str, str]:
    """Normalised term -> how to name the match ("class NSAID", "ingredient codeine"...)."""
    terms: dict[str, str] = {}
    if med.drug is None:
        if med.item.name:
            terms[_norm(med.item.name)] = "name"
        return terms
    drug = med.drug
    terms[_norm(drug.id)] = "drug"
    terms.setdefault(_norm(drug.name), "drug")
    for brand in drug.brands:
        terms.setdefault(_norm(brand), f"brand {brand}")
    for ingredient in drug.ingredients:
        terms.setdefault(_norm(ingredient.drug), f"ingredient {ingredient.drug}")
        part = ctx.catalog.drugs.get(ingredient.drug)
        if part is not None:
            terms.setdefault(_norm(part.name), f"ingredient {part.name}")
    for class_id in sorted(med.classes):
        label = f"class {class_names.get(class_id, class_id)}"
        terms.setdefault(_norm(class_id), label)
        if class_id in class_names:
            terms.setdefault(_norm(class_names[class_id]), label)
    return terms


def allergy(ctx: SafetyContext) -> list[Finding]:
    """ALLERGY: one critical finding per recorded allergy that a medicine matches (exact term,
    case-insensitive: drug id or name, brand, ingredient, or drug class)."""
    allergies = [a for a in ctx.patient.allergies if a.strip()]
    if not allergies or not ctx.meds:
        return []
    class_names: dict[str, str] = {c.id: c.name for c in ctx.catalog.data.drug_classes}
    # Terms depend on the drug only (or the free-text name): work them out once per drug.
    by_drug: dict[str, dict[str, str]] = {}
    terms: dict[str, dict[str, str]] = {}
    for med in ctx.meds:
        if med.drug is None:
            terms[med.id] = _terms(ctx, med, class_names)
            continue
        if med.drug.id not in by_drug:
            by_drug[med.drug.id] = _terms(ctx, med, class_names)
        terms[med.id] = by_drug[med.drug.id]
    findings: list[Finding] = []
    for allergy_text in allergies:
        key = _norm(allergy_text)
        hits = [(med, terms[med.id][key]) for med in ctx.meds if key in terms[med.id]]
        if not hits:
            continue
        matched = "; ".join(
            f"{med.describe()} ({how})" if how not in ("drug", "name") else med.describe() for med, how in hits
        )
        meds = [med for med, _ in hits]
        findings.append(
            Finding(
                rule="ALLERGY",
                severity="critical",
                title=f"Recorded allergy: {allergy_text.strip()}",
                detail=(
                    f"The patient has a recorded allergy to \"{allergy_text.strip()}\", which matches: {matched}. "
                    "Confirm the reaction and choose another medicine."
                ),
                items=item_ids(meds),
                sources=drug_sources(meds),
            )
        )
    return findings
