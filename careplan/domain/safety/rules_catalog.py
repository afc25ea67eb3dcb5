"""Rules about what the catalog knows: MED-UNCHECKED (a medicine outside it) and CLASS-DUPLICATE."""

from __future__ import annotations

from careplan.domain.catalog_model import ClassDuplicate
from careplan.domain.findings import Finding
from careplan.domain.safety.context import (
    ResolvedMed,
    SafetyContext,
    item_ids,
)
from careplan.domain.safety.selection import distinct_drugs, long_acting


def med_unchecked(ctx: SafetyContext) -> list[Finding]:
    """MED-UNCHECKED: a medicine outside the catalog (free-text name): said plainly that its
    interactions and limits were not checked. A name that matches a catalog drug's name or brand
    is pointed out, so the clinician can pick the catalog entry instead.
    """
    by_name: dict[str, str] = {}
    for drug in ctx.catalog.data.drugs:
        for label in (drug.id, drug.name, *drug.brands):
            by_name.setdefault(label.strip().lower(), drug.name)
    findings: list[Finding] = []
    for med in ctx.meds:
        if med.drug is not None:
            continue
        name = (med.item.name or med.item.drug or "").strip()
        unknown_id = med.item.drug is not None and med.item.name is None
        what = f"“{name}”" + (" (not a catalog drug id)" if unknown_id else "")
        where = " (current medicine)" if med.origin == "current" else ""
        hint = ""
        match = by_name.get(name.lower())
        if match is not None:
            hint = f" The catalog has {match}: choose it from the list so that it is checked."
        findings.append(
            Finding(
                rule="MED-UNCHECKED",
                severity="warning",
                title=f"{name or 'A medicine'}: not checked",
                detail=(
                    f"{what}{where} is not in the Careplan catalog. Its interactions, daily limit, kidney "
                    f"dosing and its part in the MME and acetaminophen totals were not checked.{hint}"
                ),
                items=(med.id,),
            )
        )
    return findings


def class_duplicate(ctx: SafetyContext) -> list[Finding]:
    """CLASS-DUPLICATE: two different drugs of a group not meant to be combined (two
    gabapentinoids, two benzodiazepines, two SSRIs/SNRIs, two long-acting opioids)."""
    facts = ctx.catalog.data.rule_facts
    if facts is None:
        return []
    findings: list[Finding] = []
    for group in facts.class_duplicates:
        meds = _group_members(ctx, group)
        drugs = distinct_drugs(meds)
        if len(drugs) < 2:
            continue
        findings.append(
            Finding(
                rule="CLASS-DUPLICATE",
                severity="warning",
                title=f"Two of a kind: {group.name}",
                detail=(
                    f"{'; '.join(m.describe() for m in meds)}: {group.name} together add side effects and risks "
                    "without clear added benefit. Keep one, or document why both are needed."
                ),
                items=item_ids(meds),
                sources=group.sources,
            )
        )
    return findings


def _group_members(ctx: SafetyContext, group: ClassDuplicate) -> list[ResolvedMed]:
    if group.long_acting_opioids:
        return long_acting(ctx)
    return [m for m in ctx.meds if not m.rescue and m.has_class(*group.classes)]
