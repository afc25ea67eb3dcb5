"""Picking a plan's medicines by catalog drug id, ingredients included (shared by the second rule set)."""

from __future__ import annotations

from collections.abc import Iterable

from careplan.domain.safety.context import ResolvedMed, SafetyContext


def distinct_drugs(meds: Iterable[ResolvedMed]) -> list[str]:
    """Distinct catalog drug ids, in plan order."""
    return list(dict.fromkeys(m.drug.id for m in meds if m.drug is not None))


def ids_in(med: ResolvedMed) -> set[str]:
    """The drug's own id and its ingredients' ids (a combination is what its parts are)."""
    if med.drug is None:
        return set()
    return {med.drug.id, *(i.drug for i in med.drug.ingredients)}


def with_drug(ctx: SafetyContext, drug_ids: Iterable[str]) -> list[ResolvedMed]:
    wanted = set(drug_ids)
    return [m for m in ctx.meds if not m.rescue and ids_in(m) & wanted]


def long_acting(ctx: SafetyContext) -> list[ResolvedMed]:
    """Opioids the catalog counts as long-acting: named drugs (methadone, fentanyl patch) and, when
    the catalog says so, any item marked extended release."""
    facts = ctx.catalog.data.rule_facts
    if facts is None:
        return []
    always = set(facts.long_acting.drugs)
    return [
        m
        for m in ctx.opioids
        if not m.rescue and (ids_in(m) & always or (facts.long_acting.extended_release and m.release == "er"))
    ]
