"""Daily maxima per active ingredient, by population: which label rows apply to this patient.

Limits are checked per active ingredient across every product and salt in the plan and the
current medicines (naproxen 1,000 mg with over-the-counter naproxen sodium is one ingredient),
and per product for limits the label sets in pieces or a patch rate (3 patches a day). Each
group's candidate rows are the label's maxima (and the groups' rows) whose population keys all
hold for this patient and these items; the smallest amount among them binds, and the rule that
reports it follows the row's population (kidney rows: RENAL-DOSE; hepatic: HEPATIC-DOSE;
acetaminophen: APAP-DAILY-MAX; otherwise DOSE-DAILY-MAX).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from careplan.domain.dosing import MASS_TO_MG
from careplan.domain.facts_model import MaximumRow
from careplan.domain.safety.context import ResolvedMed, SafetyContext, exceeds, fmt

# Units a limit counts pieces or a rate in: checked per product, not per ingredient.
PRODUCT_UNITS: frozenset[str] = frozenset({"tablet", "capsule", "patch", "application", "mcg/h"})


@dataclass
class Applied:
    """A maxima row as it applies to one group: its amount in the group's unit."""

    row: MaximumRow
    amount: float | None
    owner: str


@dataclass
class LimitGroup:
    """The items of one ingredient (in mg) or one product (in its pieces or rate) and the rows
    that apply to them."""

    key: str
    name: str
    unit: str
    parts: list[tuple[ResolvedMed, float]] = field(default_factory=list)
    applied: list[Applied] = field(default_factory=list)
    # Kidney or hepatic rows the patient's record cannot be checked against (no figure, no class).
    unchecked_kidney: list[MaximumRow] = field(default_factory=list)
    unchecked_hepatic: list[MaximumRow] = field(default_factory=list)

    @property
    def total(self) -> float:
        return sum(amount for _, amount in self.parts)

    @property
    def meds(self) -> list[ResolvedMed]:
        return list(dict.fromkeys(m for m, _ in self.parts))

    @property
    def binding(self) -> Applied | None:
        """The smallest applicable maximum (None when no amount row applies); between equal ones,
        the row of the product the items are (a salt's own OTC limit before its parent's)."""
        amounts = [a for a in self.applied if a.amount is not None]
        own = {m.drug.id for m in self.meds if m.drug is not None}
        return min(amounts, key=lambda a: (round(a.amount or 0.0, 6), a.owner not in own)) if amounts else None

    @property
    def avoid(self) -> list[Applied]:
        return [a for a in self.applied if a.row.avoid]

    def over(self) -> bool:
        binding = self.binding
        return binding is not None and binding.amount is not None and exceeds(self.total, binding.amount)


def _to_mg(amount: float, unit: str) -> float | None:
    factor = MASS_TO_MG.get(unit)
    return amount * factor if factor is not None else None


def _strength_mg(med: ResolvedMed) -> float | None:
    strength = med.item.strength
    if strength is None or strength.unit not in MASS_TO_MG:
        return None
    return _to_mg(strength.amount, strength.unit)


def _kidney_holds(row: MaximumRow, ctx: SafetyContext) -> bool | None:
    """Whether a kidney row holds for the patient; None when no figure is recorded. A CrCl row
    reads the CrCl, else the eGFR; an eGFR row the eGFR, else the CrCl (the finding says which)."""
    kidney = row.kidney
    assert kidney is not None
    measure, bound, inclusive = kidney
    patient = ctx.patient
    value = (patient.crcl if patient.crcl is not None else patient.egfr) if measure == "crcl" else (
        patient.egfr if patient.egfr is not None else patient.crcl)
    if value is None:
        return None
    return value <= bound if inclusive else value < bound


def _holds(row: MaximumRow, meds: list[ResolvedMed], ctx: SafetyContext, group: LimitGroup) -> bool:
    """Whether every population key of the row holds (kidney and hepatic rows the record cannot
    be checked against are noted on the group, not applied)."""
    if row.otc and not all(m.item.otc for m in meds):
        return False
    if row.release is not None and any(m.release != row.release for m in meds):
        return False
    if row.route is not None and any(m.item.route != row.route for m in meds):
        return False
    if row.strength is not None and any(_strength_mg(m) != row.strength for m in meds):
        return False
    age = ctx.age
    if row.age_min is not None and (age is None or age < row.age_min):
        return False
    if row.age_max is not None and (age is None or age > row.age_max):
        return False
    if row.condition is not None and row.condition not in ctx.conditions:
        return False
    if row.heavy_alcohol and ctx.heavy_alcohol is None:
        return False
    if row.kidney is not None:
        holds = _kidney_holds(row, ctx)
        if holds is None:
            group.unchecked_kidney.append(row)
            return False
        if not holds:
            return False
    if row.hepatic is not None:
        recorded = ctx.patient.hepatic_impairment
        if recorded is None:
            if "liver_disease" in ctx.conditions:
                group.unchecked_hepatic.append(row)
            return False
        if recorded != row.hepatic:
            return False
    return True


def _rows_for(ctx: SafetyContext, drug_id: str, meds: list[ResolvedMed]) -> list[tuple[MaximumRow, str]]:
    """The maxima rows of a drug: its label's, and those of each group whose classes all the
    items still have (an antiplatelet-dose aspirin item is no NSAID for the NSAID group's rows)."""
    facts = ctx.facts.of(drug_id)
    if facts is None:
        return []
    rows: list[tuple[MaximumRow, str]] = []
    if facts.label is not None:
        rows += [(r, drug_id) for r in facts.label.maxima]
    for group in facts.groups:
        if all(set(group.applies_to.classes) <= m.classes for m in meds):
            rows += [(r, f"group {group.group}") for r in group.maxima]
    return rows


def _release_fallback(rows: list[tuple[MaximumRow, str]], applied: list[Applied], meds: list[ResolvedMed],
                      ctx: SafetyContext, group: LimitGroup, factor_of: dict[str, float]) -> list[Applied]:
    """When the items' release is not known (or mixed) and only release-specific maxima exist, the
    most permissive release's binding maximum applies: the total is still checked, without a
    false alarm (tramadol at 80 with the release unstated: IR 300 over 75, ER 300 -> 300)."""
    if any(a.amount is not None for a in applied):
        return applied
    best: dict[str, Applied] = {}
    # A release the label says not to use for this patient (tramadol ER in severe hepatic
    # impairment) is not the permissive one: the other release's maximum is checked instead.
    avoided: set[str] = set()
    for row, owner in rows:
        if row.release is None:
            continue
        if not _holds(row.model_copy(update={"release": None}), meds, ctx, LimitGroup(group.key, group.name, group.unit)):
            continue
        if row.amount is None:
            if row.avoid:
                avoided.add(row.release)
            continue
        amount = (_to_mg(row.amount, row.unit or "mg") if row.unit in MASS_TO_MG else row.amount) or 0.0
        candidate = Applied(row, amount * factor_of.get(owner, 1.0), owner)
        current = best.get(row.release)
        if current is None or (candidate.amount or 0.0) < (current.amount or 0.0):
            best[row.release] = candidate
    usable = [a for release, a in best.items() if release not in avoided]
    if not usable:
        return applied
    return [*applied, max(usable, key=lambda a: a.amount or 0.0)]


def _pick_indication(applied: list[Applied], meds: list[ResolvedMed]) -> list[Applied]:
    """Rows that differ by indication: the item's own indication's rows when it has one there;
    otherwise the label's widest use — its general maximum when it states one (paroxetine 60 mg,
    not the 50 mg for depression), else the highest indication maximum."""
    keyed = [a for a in applied if a.row.indication is not None]
    if not keyed:
        return applied
    plain = [a for a in applied if a.row.indication is None]
    own = {m.item.indication for m in meds} - {None}
    matching = [a for a in keyed if a.row.indication in own]
    if matching:
        return plain + matching
    if any(a.amount is not None and not a.row.population_keys for a in plain):
        return plain
    amounts = [a for a in keyed if a.amount is not None]
    return plain + ([max(amounts, key=lambda a: a.amount or 0.0)] if amounts else [])


def limit_groups(ctx: SafetyContext) -> list[LimitGroup]:
    """Every ingredient (mg) and product (pieces or rate) group with the rows that apply to it."""
    facts = ctx.facts
    by_moiety: dict[str, LimitGroup] = {}
    contributors: dict[str, dict[str, list[ResolvedMed]]] = {}
    by_product: dict[str, list[ResolvedMed]] = {}
    for med in ctx.meds:
        if med.drug is None or med.rescue or med.amount.doses_per_day == 0:
            continue
        by_product.setdefault(med.drug.id, []).append(med)
        if med.amount.problem is not None:
            continue
        for ingredient, mg in med.ingredient_mg.items():
            moiety, factor = facts.moiety(ingredient)
            drug = ctx.catalog.drugs.get(moiety)
            group = by_moiety.setdefault(moiety, LimitGroup(moiety, drug.name if drug else moiety, "mg"))
            group.parts.append((med, mg * factor))
            contributors.setdefault(moiety, {}).setdefault(ingredient, []).append(med)
    groups: list[LimitGroup] = []
    for moiety, group in by_moiety.items():
        applied: list[Applied] = []
        considered: list[tuple[MaximumRow, str]] = []
        factors: dict[str, float] = {}
        seen: set[int] = set()
        # The ingredient's own rows always count (naproxen's for naproxen sodium alone), besides
        # the rows of each salt present.
        sources = {moiety: group.meds, **contributors[moiety]}
        for ingredient, meds in sources.items():
            _, factor = facts.moiety(ingredient)
            for row, owner in _rows_for(ctx, ingredient, meds):
                if id(row) in seen or (row.unit is not None and row.unit not in MASS_TO_MG):
                    continue
                seen.add(id(row))
                factors[owner] = factor
                considered.append((row, owner))
                if not _holds(row, group.meds, ctx, group):
                    continue
                amount = _to_mg(row.amount, row.unit or "mg") if row.amount is not None else None
                applied.append(Applied(row, amount * factor if amount is not None else None, owner))
        applied = _release_fallback(considered, applied, group.meds, ctx, group, factors)
        group.applied = _pick_indication(applied, group.meds)
        groups.append(group)
    for drug_id, meds in by_product.items():
        rows = [(r, o) for r, o in _rows_for(ctx, drug_id, meds) if r.unit in PRODUCT_UNITS]
        for unit in dict.fromkeys(r.unit for r, _ in rows):
            assert unit is not None
            counted = [(m, a) for m in meds if (a := m.amount.in_unit(unit)) is not None]
            if not counted:
                continue
            group = LimitGroup(drug_id, meds[0].name, unit, parts=counted)
            group.applied = _pick_indication(
                [Applied(r, r.amount, o) for r, o in rows if r.unit == unit and _holds(r, group.meds, ctx, group)],
                group.meds)
            groups.append(group)
    return groups


def population_words(row: MaximumRow, ctx: SafetyContext) -> str:
    """Who the row is for, for a clinician: "at CrCl 25 (below 30)", "over the age of 75"..."""
    parts: list[str] = []
    if row.otc:
        parts.append("over the counter (self-care)")
    if row.release is not None:
        parts.append("extended release" if row.release == "er" else "immediate release")
    if row.age_min is not None:
        parts.append(f"at age {row.age_min} or older (patient {ctx.age})")
    if row.age_max is not None:
        parts.append(f"at age {row.age_max} or younger (patient {ctx.age})")
    if row.kidney is not None:
        measure, bound, inclusive = row.kidney
        patient = ctx.patient
        value, name = ((patient.crcl, "CrCl") if patient.crcl is not None else (patient.egfr, "eGFR")) if measure == "crcl" \
            else ((patient.egfr, "eGFR") if patient.egfr is not None else (patient.crcl, "CrCl"))
        label = "CrCl" if measure == "crcl" else "eGFR"
        stand_in = ", used as no CrCl is recorded" if name != label and label == "CrCl" else (
            ", used as no eGFR is recorded" if name != label else "")
        parts.append(f"at {label} {'at most' if inclusive else 'below'} {fmt(bound)} (patient: {name} {fmt(value or 0)}{stand_in})")
    if row.hepatic is not None:
        parts.append(f"in {row.hepatic} hepatic impairment (Child-Pugh)")
    if row.condition is not None:
        parts.append(f"with {row.condition.replace('_', ' ')}")
    if row.heavy_alcohol:
        parts.append(f"with {ctx.alcohol_words()}")
    if row.indication is not None:
        parts.append(f"for {row.indication.replace('_', ' ')}")
    return ", ".join(parts)


def reasons(row: MaximumRow) -> tuple[str, ...]:
    """Why a row applies, as codes the handout turns into plain words ("liver", "kidneys"...)."""
    out: list[str] = []
    if row.kidney is not None:
        out.append("kidneys")
    if row.hepatic is not None or row.condition == "liver_disease":
        out.append("liver")
    elif row.condition is not None:
        out.append(row.condition)
    if row.heavy_alcohol:
        out.append("alcohol")
    if row.age_min is not None or row.age_max is not None:
        out.append("age")
    if row.otc:
        out.append("otc")
    return tuple(out)
