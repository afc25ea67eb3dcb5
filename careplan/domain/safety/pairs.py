"""Interaction pairs: every label (or group) interaction row that two of the plan's medicines meet.

A row on one medicine's facts names its partner by drug id, class or role. Each pair is sent to
exactly one rule by what the row is about (:func:`route`): CYP rows with an opioid to OPIOID-CYP,
serotonergic pairs to SEROTONERGIC, an opioid with a CNS depressant to OPIOID-SEDATIVE, QT pairs
to QT-RISK, a partial agonist with a full agonist to AGONIST-ANTAGONIST, NSAID bleeding pairs to
NSAID-BLEEDING, other bleeding pairs to BLEEDING-RISK, pairs within an NSAID + ACE inhibitor/ARB +
diuretic plan to NSAID-TRIPLE, and every other label interaction to DRUG-INTERACTION — so that no
row goes unread. The severity is the row's word's (the most severe row wins when several name the
same pair).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import cast

from careplan.domain.codes import SEVERITY_ORDER, Severity
from careplan.domain.facts_model import InteractionFact
from careplan.domain.safety.context import ResolvedMed, SafetyContext

# Classes whose partner in a row means the row is about sedation / serotonin.
SEDATIVE_CLASSES: frozenset[str] = frozenset({"benzodiazepine", "gabapentinoid", "z_drug", "muscle_relaxant", "opioid"})
SEROTONERGIC_CLASSES: frozenset[str] = frozenset({"ssri", "snri", "tca", "maoi"})
# An NSAID with one of these is NSAID-BLEEDING (DESIGN first set); other bleeding pairs BLEEDING-RISK.
NSAID_BLEEDING_PARTNERS: frozenset[str] = frozenset({"anticoagulant", "antiplatelet", "ssri", "snri"})


@dataclass(frozen=True)
class Pair:
    """Two medicines a row names together: ``holder`` has the row (its label or a group), ``partner``
    is what the row names."""

    holder: ResolvedMed
    partner: ResolvedMed
    row: InteractionFact
    owner: str
    rule: str

    @property
    def severity(self) -> Severity:
        return self.row.resolved_severity


def role_matches(wanted: str, roles: frozenset[str]) -> bool:
    """A role in a row matches that role, or its stronger/weaker variants when given without
    the suffix (``cyp3a4_inhibitor`` matches ``cyp3a4_inhibitor_strong``)."""
    return wanted in roles or any(r.startswith(wanted + "_") for r in roles)


def ingredient_ids(med: ResolvedMed) -> set[str]:
    if med.drug is None:
        return set()
    return {med.drug.id, *(i.drug for i in med.drug.ingredients)}


def _matches(row: InteractionFact, partner: ResolvedMed) -> bool:
    target = row.with_
    if target.drug is not None:
        return target.drug in ingredient_ids(partner)
    if not partner.systemic:
        # A label naming a class or role of partners means medicines taken for a systemic effect
        # (an SSRI's "NSAIDs", not a diclofenac gel); a row naming the drug itself still holds.
        return False
    if target.class_ is not None:
        return target.class_ in partner.classes
    if target.role is not None:
        return role_matches(target.role, partner.roles)
    return False


def route(holder: ResolvedMed, partner: ResolvedMed, row: InteractionFact) -> str | None:
    """The rule that reports this pair, or None when no rule should (two opioids' sedation rows:
    the MME total and the duplicate rules cover them)."""
    target = row.with_
    role = target.role or ""
    cls = target.class_ or ""
    opioid = holder.has_class("opioid") or partner.has_class("opioid")
    both_opioid = holder.has_class("opioid") and partner.has_class("opioid")
    if both_opioid and holder.has_role("opioid_partial_agonist") != partner.has_role("opioid_partial_agonist"):
        return "AGONIST-ANTAGONIST"
    if role.startswith("cyp"):
        return "OPIOID-CYP" if opioid else "DRUG-INTERACTION"
    # A row about serotonergic partners is the label saying the pair risks serotonin syndrome (every
    # opioid label says so for serotonergic drugs, morphine's too); a drug-named or class-named row
    # is serotonergic when both medicines are.
    serotonergic_row = role == "serotonergic" or cls in SEROTONERGIC_CLASSES
    both = holder.has_role("serotonergic") and partner.has_role("serotonergic")
    if (role == "serotonergic" and partner.has_role("serotonergic")) or (both and (serotonergic_row or target.drug)):
        return "SEROTONERGIC"
    sedative_row = role in ("cns_depressant", "respiratory_depressant") or cls in SEDATIVE_CLASSES
    if opioid and (sedative_row or target.drug) and (
        holder.has_role("cns_depressant") or holder.has_class("benzodiazepine")
    ) and (partner.has_role("cns_depressant") or partner.has_class("benzodiazepine")):
        return None if both_opioid else "OPIOID-SEDATIVE"
    if role == "qt_known_risk" or (target.drug and holder.has_role("qt_known_risk") and partner.has_role("qt_known_risk")):
        return "QT-RISK"
    # A bleeding pair: both medicines raise bleeding risk (an NSAID, an anticoagulant, an SSRI...),
    # or an NSAID with a systemic corticosteroid (GI bleeding). A row naming NSAIDs for another
    # reason (lithium levels) is not one.
    both_bleed = holder.has_role("bleeding_risk") and partner.has_role("bleeding_risk")
    steroid = (holder.has_class("nsaid") and partner.has_class("corticosteroid")) or (
        partner.has_class("nsaid") and holder.has_class("corticosteroid"))
    if both_bleed or steroid:
        nsaid_side = holder if holder.has_class("nsaid") else partner if partner.has_class("nsaid") else None
        other = partner if nsaid_side is holder else holder
        if nsaid_side is not None and other.has_class(*NSAID_BLEEDING_PARTNERS):
            return "NSAID-BLEEDING"
        return "BLEEDING-RISK"
    return "DRUG-INTERACTION"


def _index(meds: list[ResolvedMed]) -> tuple[dict[str, list[ResolvedMed]], dict[str, list[ResolvedMed]], dict[str, list[ResolvedMed]]]:
    by_drug: dict[str, list[ResolvedMed]] = {}
    by_class: dict[str, list[ResolvedMed]] = {}
    by_role: dict[str, list[ResolvedMed]] = {}
    for med in meds:
        for drug_id in ingredient_ids(med):
            by_drug.setdefault(drug_id, []).append(med)
        for cls in med.classes:
            by_class.setdefault(cls, []).append(med)
        for role in med.roles:
            # Index each role under itself and its shorter names (cyp3a4_inhibitor_strong under
            # cyp3a4_inhibitor and cyp3a4 too): a row may name any of them.
            parts = role.split("_")
            for n in range(1, len(parts) + 1):
                by_role.setdefault("_".join(parts[:n]), []).append(med)
    return by_drug, by_class, by_role


def interaction_pairs(ctx: SafetyContext) -> list[Pair]:
    """Every (holder, partner, row) the plan's medicines meet, each routed to its rule (computed
    once per check). A medicine never pairs with itself or with another product of the same
    ingredient; rescue medicines take part in none."""
    found = ctx.memo.get("pairs")
    if found is not None:
        return cast(list[Pair], found)
    meds = [m for m in ctx.meds if m.drug is not None and not m.rescue]
    by_drug, by_class, by_role = _index(meds)
    # Whether a row pairs two medicines, and which rule it goes to, depends only on each one's
    # drug, classes and roles (what _matches and route read). Lines alike in those share a kind,
    # and each (row, kind, kind) is decided once: a plan with many lines of a few medicines no
    # longer routes every pair of lines again.
    kinds: dict[tuple[int, frozenset[str], frozenset[str]], int] = {}
    kind_of = {id(m): kinds.setdefault((id(m.drug), m.classes, m.roles), len(kinds)) for m in meds}
    decided: dict[tuple[int, int, int], str | None] = {}
    pairs: list[Pair] = []
    for holder, sided in ctx.facts_of_kind("interactions"):
        row = cast(InteractionFact, sided.fact)
        target = row.with_
        if target.allergy is not None or target.substance is not None:
            continue
        if target.drug is not None:
            candidates = by_drug.get(target.drug, [])
        elif target.class_ is not None:
            candidates = by_class.get(target.class_, [])
        else:
            candidates = by_role.get(target.role or "", [])
        holder_kind = kind_of[id(holder)]
        for partner in candidates:
            if partner is holder:
                continue
            key = (id(row), holder_kind, kind_of[id(partner)])
            if key in decided:
                rule = decided[key]
            else:
                same_ingredient = bool(ingredient_ids(holder) & ingredient_ids(partner))
                rule = None if same_ingredient or not _matches(row, partner) else route(holder, partner, row)
                decided[key] = rule
            if rule is not None:
                pairs.append(Pair(holder, partner, row, sided.owner, rule))
    pairs = _fold_into_triple(ctx, pairs)
    ctx.memo["pairs"] = pairs
    return pairs


def triple_members(ctx: SafetyContext) -> tuple[list[ResolvedMed], list[ResolvedMed], list[ResolvedMed]] | None:
    """The plan's systemic NSAIDs, ACE inhibitors or ARBs, and diuretics when all three are there
    (the classes from rule_facts' nsaid_triple), else None."""
    facts = ctx.catalog.data.rule_facts
    if facts is None:
        return None
    triple = facts.nsaid_triple
    nsaids = ctx.systemic_nsaids
    raas = ctx.with_class(*triple.raas_classes)
    diuretics = ctx.with_class(*triple.diuretic_classes)
    return (nsaids, raas, diuretics) if nsaids and raas and diuretics else None


def _fold_into_triple(ctx: SafetyContext, pairs: list[Pair]) -> list[Pair]:
    """With an NSAID, an ACE inhibitor or ARB and a diuretic all in the plan, the label rows that
    pair two of them go to NSAID-TRIPLE, which reports the three together: the same kidney
    hazard printed again per pair would bury the combined finding under its own parts."""
    members = triple_members(ctx)
    if members is None:
        return pairs
    nsaids, *others = members
    nsaid_ids = {m.id for m in nsaids}
    other_ids = {m.id for group in others for m in group}

    def in_triple(pair: Pair) -> bool:
        ids = {pair.holder.id, pair.partner.id}
        return pair.rule == "DRUG-INTERACTION" and bool(ids & nsaid_ids) and bool(ids & other_ids)

    return [Pair(p.holder, p.partner, p.row, p.owner, "NSAID-TRIPLE") if in_triple(p) else p for p in pairs]


def pairs_for(ctx: SafetyContext, rule: str) -> list[Pair]:
    """The pairs routed to ``rule``, in the order found (sorted into rules once per check)."""
    memo = ctx.memo.get("pairs_by_rule")
    if memo is None:
        by_rule: dict[str, list[Pair]] = {}
        for pair in interaction_pairs(ctx):
            by_rule.setdefault(pair.rule, []).append(pair)
        ctx.memo["pairs_by_rule"] = memo = by_rule
    return list(cast(dict[str, list[Pair]], memo).get(rule, []))


def strongest(pairs: list[Pair]) -> dict[tuple[str, str], Pair]:
    """Per unordered pair of items, the most severe row (first-seen among equals)."""
    best: dict[tuple[str, str], Pair] = {}
    for pair in pairs:
        a, b = sorted((pair.holder.id, pair.partner.id))
        key = (a, b)
        current = best.get(key)
        if current is None or SEVERITY_ORDER[pair.severity] < SEVERITY_ORDER[current.severity]:
            best[key] = pair
    return best


@dataclass(frozen=True)
class SubstanceHit:
    """A row about alcohol or kratom that the patient's record meets."""

    holder: ResolvedMed
    row: InteractionFact
    owner: str
    substance: str

    @property
    def severity(self) -> Severity:
        return self.row.resolved_severity


def substance_hits(ctx: SafetyContext) -> list[SubstanceHit]:
    """Rows "with alcohol" (met by heavy drinking, NIAAA) and "with kratom" (an active kratom
    module) on the plan's medicines."""
    present = {"alcohol": ctx.heavy_alcohol is not None, "kratom": ctx.active_kratom is not None}
    if not any(present.values()):
        return []
    hits: list[SubstanceHit] = []
    for med, sided in ctx.facts_of_kind("interactions"):
        row = cast(InteractionFact, sided.fact)
        substance = row.with_.substance
        if substance is not None and present.get(substance):
            hits.append(SubstanceHit(med, row, sided.owner, substance))
    return hits
