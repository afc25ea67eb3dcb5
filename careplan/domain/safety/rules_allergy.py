"""Allergy rule: a planned or current drug, one of its ingredients or its class matches an allergy, or a
label row names a cross-sensitivity with the recorded allergy (aspirin and other NSAIDs; sulfonamides
and celecoxib)."""

from __future__ import annotations

from typing import cast

from careplan.domain.codes import Severity
from careplan.domain.facts_model import InteractionFact
from careplan.domain.findings import Finding
from careplan.domain.safety.context import ResolvedMed, SafetyContext, drug_sources, item_ids
from careplan.domain.safety.wording import word_phrase

# Words clinicians write for the same allergy group as a label's term (not drug ids: groups of
# allergens the labels name).
_ALIASES: dict[str, str] = {"sulfa": "sulfonamide", "sulpha": "sulfonamide", "sulphonamide": "sulfonamide",
                            "sulfonamides": "sulfonamide", "nsaids": "nsaid"}


def _norm(text: str) -> str:
    # "Muscle relaxant", "muscle_relaxant" and "muscle-relaxant" are the same allergy.
    norm = "-".join(text.strip().lower().replace("_", " ").split())
    return _ALIASES.get(norm, norm)


def _allergy_groups(ctx: SafetyContext, allergy: str) -> set[str]:
    """What a recorded allergy stands for: itself, and — when it names a catalog drug (by id, name
    or brand) — that drug's id and classes (an aspirin allergy is an allergy within the NSAIDs)."""
    key = _norm(allergy)
    groups = {key}
    for drug in ctx.catalog.data.drugs:
        if key in {_norm(drug.id), _norm(drug.name), *(_norm(b) for b in drug.brands)}:
            groups.add(_norm(drug.id))
            groups.update(_norm(c) for c in drug.classes)
    return groups


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
    # The drug's own classes, not the item's (an antiplatelet-dose aspirin is still an NSAID to an
    # NSAID allergy).
    classes = set(drug.classes)
    for ingredient in drug.ingredients:
        if (part_drug := ctx.catalog.drugs.get(ingredient.drug)) is not None:
            classes.update(part_drug.classes)
    for class_id in sorted(classes):
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
    return findings + _cross_sensitivity(ctx, allergies, findings)


def _cross_sensitivity(ctx: SafetyContext, allergies: list[str], direct: list[Finding]) -> list[Finding]:
    """Label rows "with allergy X" (an NSAID's contraindication after aspirin or another NSAID;
    celecoxib after sulfonamides) that a recorded allergy meets, at the row's word. A medicine the
    allergy already matches directly is not repeated."""
    already = {i for f in direct for i in f.items}
    findings: list[Finding] = []
    for allergy_text in allergies:
        groups = _allergy_groups(ctx, allergy_text)
        hits: dict[str, tuple[ResolvedMed, InteractionFact]] = {}
        for med in ctx.meds:
            if med.drug is None or med.rescue or med.id in already:
                continue
            for sided in ctx.facts.sided(med.drug.id, "interactions"):
                row = cast(InteractionFact, sided.fact)
                term = row.with_.allergy
                if term is None or _norm(term) not in groups or not sided.applies_to(med.classes):
                    continue
                current = hits.get(med.id)
                if current is None or {"critical": 0, "warning": 1, "info": 2}[row.resolved_severity] < {
                        "critical": 0, "warning": 1, "info": 2}[current[1].resolved_severity]:
                    hits[med.id] = (med, row)
        by_severity: dict[Severity, list[tuple[ResolvedMed, InteractionFact]]] = {}
        for med, row in hits.values():
            by_severity.setdefault(row.resolved_severity, []).append((med, row))
        for severity, pairs in by_severity.items():
            meds = [m for m, _ in pairs]
            lines = "; ".join(f"{m.describe()}: {word_phrase(r.word)} ({r.effect})" for m, r in pairs)
            findings.append(Finding(
                rule="ALLERGY",
                severity=severity,
                title=f"Cross-sensitivity with the recorded allergy: {allergy_text.strip()}",
                detail=(f"The patient has a recorded allergy to \"{allergy_text.strip()}\". The labels of these medicines "
                        f"name that allergy: {lines}. Confirm the reaction and choose another medicine."),
                items=item_ids(meds),
                sources=tuple(dict.fromkeys(s for _, r in pairs for s in r.sources)),
            ))
    return findings
