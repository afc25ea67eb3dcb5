"""The shared, resolved view of a plan that every safety rule reads (built once per check)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from typing import Literal

from careplan.domain.catalog import CatalogIndex
from careplan.domain.catalog_model import Drug, Source, Threshold
from careplan.domain.dosing import DailyAmount, daily_amount, dose_words, schedule_words
from careplan.domain.facts import DrugFacts, FactIndex
from careplan.domain.findings import MmeSummary
from careplan.domain.numbers import number
from careplan.domain.plan import CarePlan, KratomModule, MedicationItem, Patient

Origin = Literal["plan", "current"]

# Kratom statuses in which the patient uses, may start or is still using kratom. Past use and
# "advised against" document counselling only, so interaction rules stay quiet for them.
ACTIVE_KRATOM_STATUSES: frozenset[str] = frozenset({"current_use", "considering", "tapering"})



# eq=False: two items with the same content are still two items; compare by identity.
# Not frozen: a frozen dataclass's __init__ costs noticeably at 200 items per check; rules
# treat a ResolvedMed as read-only all the same.
@dataclass(eq=False)
class ResolvedMed:
    """One medication item resolved against the catalog, with its amount a day worked out.

    Read-only by convention: rules never modify it.
    """

    item: MedicationItem
    origin: Origin
    drug: Drug | None
    amount: DailyAmount
    # The drug's classes (a combination's include its parts'); an antiplatelet-dose aspirin item
    # loses "nsaid" here (SafetyContext.build), so that no NSAID rule counts it.
    classes: frozenset[str]
    # What the drug is for the class rules (serotonergic, CNS depressant...): label and group facts.
    roles: frozenset[str]

    @property
    def id(self) -> str:
        return self.item.id

    @property
    def drug_id(self) -> str | None:
        return self.drug.id if self.drug is not None else None

    @property
    def name(self) -> str:
        if self.drug is not None:
            return self.drug.name
        return self.item.name or self.item.label

    @property
    def systemic(self) -> bool:
        return self.drug.systemic if self.drug is not None else False

    @property
    def ingredient_mg(self) -> dict[str, float]:
        """mg/day of every active ingredient that can be counted."""
        return self.amount.ingredient_mg

    @property
    def rescue(self) -> bool:
        return self.drug is not None and self.drug.rescue

    @property
    def release(self) -> str | None:
        """ "ir" or "er": the item's own, else what the catalog's products of this drug imply.

        The catalog implies it when all the drug's products share one release, or when the
        item's strength matches products of one release only (morphine 60 mg: only ER);
        otherwise it is not known (None).
        """
        if self.item.release is not None:
            return self.item.release
        if self.drug is None or not self.drug.strengths:
            return None
        releases = {s.release for s in self.drug.strengths}
        if len(releases) == 1:
            return releases.pop()
        strength = self.item.strength
        if strength is not None:
            matching = {s.release for s in self.drug.strengths if s.amount == strength.amount and s.unit == strength.unit}
            if len(matching) == 1:
                return matching.pop()
        return None

    def mg_of(self, drug_id: str) -> float | None:
        """mg a day of one ingredient (the drug itself or a combination's part), if counted."""
        if self.amount.problem is not None:
            return None
        return self.ingredient_mg.get(drug_id)

    def has_class(self, *class_ids: str) -> bool:
        return not self.classes.isdisjoint(class_ids)

    def has_role(self, *roles: str) -> bool:
        return not self.roles.isdisjoint(roles)

    @property
    def treats_oud(self) -> bool:
        """Given as treatment for opioid-use disorder (left out of the MME thresholds only)."""
        return self.item.indication == "opioid_use_disorder"

    @property
    def scheduled(self) -> bool:
        """Taken on a schedule (daily or every N hours), not only as needed."""
        return not self.item.prn and (self.item.times_per_day is not None or self.item.interval_hours is not None)

    def describe(self) -> str:
        """E.g. "Ibuprofen 400 mg, 3×/day (morning, midday, evening)"."""
        return self._description

    @cached_property
    def _description(self) -> str:
        # Several rules name the same item: build the text once.
        where = " (current medicine)" if self.origin == "current" else ""
        return f"{self.name} {dose_words(self.item)}, {schedule_words(self.item, self.drug)}{where}"


fmt = number  # the app's one number formatter (careplan.domain.numbers)


def names(meds: list[ResolvedMed]) -> str:
    """Distinct medicine names in order, joined for a sentence."""
    # A dict keeps first-seen order and makes the repeat check O(1).
    seen = dict.fromkeys(med.name for med in meds)
    return join_words(list(seen))


def join_words(words: list[str]) -> str:
    if len(words) <= 1:
        return "".join(words)
    return ", ".join(words[:-1]) + " and " + words[-1]


def unique_sources(*groups: tuple[Source, ...] | list[Source]) -> tuple[Source, ...]:
    """Concatenate source lists, dropping repeats but keeping first-seen order."""
    # Skip the very same object cheaply first; equal sources from different facts are then
    # compared by value (hashing a pydantic model is the costly part).
    seen: set[int] = set()
    out: dict[Source, None] = {}
    for group in groups:
        for source in group:
            if id(source) not in seen:
                seen.add(id(source))
                out.setdefault(source, None)
    return tuple(out)


def drug_sources(meds: list[ResolvedMed]) -> tuple[Source, ...]:
    # Many items share a drug: de-duplicate drugs by id first, then compare sources by value.
    drugs = {m.drug.id: m.drug for m in meds if m.drug is not None}
    return unique_sources(*(d.sources for d in drugs.values()))


def class_sources(ctx: SafetyContext, *class_ids: str) -> tuple[Source, ...]:
    """The sources of the catalog's drug classes: the class facts a combination finding rests on
    (an NSAID's bleeding warning, the benzodiazepine boxed warning), not every fact of each drug."""
    infos = ctx.catalog.drug_classes
    return unique_sources(*(infos[c].sources for c in dict.fromkeys(class_ids) if c in infos))


def classes_of(meds: list[ResolvedMed], among: frozenset[str] | set[str]) -> list[str]:
    """The classes in ``among`` that the medicines have, in a stable order."""
    return sorted({c for m in meds for c in m.classes if c in among})


def item_ids(*groups: list[ResolvedMed] | list[str]) -> tuple[str, ...]:
    """Sorted, distinct ids of the meds (or raw ids) concerned: findings need a stable order."""
    ids: set[str] = set()
    for group in groups:
        for entry in group:
            ids.add(entry if isinstance(entry, str) else entry.id)
    return tuple(sorted(ids))


# Float products such as 25 × 2.4 can land a hair off the exact value; thresholds are
# compared with this relative tolerance so that "exactly at the limit" stays exactly at it.
_REL_TOL = 1e-9


def at_least(value: float, limit: float) -> bool:
    return value >= limit or abs(value - limit) <= _REL_TOL * max(abs(limit), 1.0)


def exceeds(value: float, limit: float) -> bool:
    return value > limit and not abs(value - limit) <= _REL_TOL * max(abs(limit), 1.0)


def _drug_traits(drug: Drug, catalog: CatalogIndex) -> tuple[frozenset[str], frozenset[str]]:
    """Classes and roles of a drug, a combination having those of its ingredients."""
    classes = set(drug.classes)
    for ingredient in drug.ingredients:
        part = catalog.drugs.get(ingredient.drug)
        if part is not None:
            # A combination is whatever its parts are (opioid, acetaminophen, CYP substrate...).
            classes.update(part.classes)
    return frozenset(classes), catalog.facts.roles(drug.id)


def _resolve(
    item: MedicationItem,
    origin: Origin,
    catalog: CatalogIndex,
    traits: dict[str, tuple[frozenset[str], frozenset[str]]],
) -> ResolvedMed:
    drug = catalog.drugs.get(item.drug) if item.drug else None
    if drug is None:
        return ResolvedMed(item, origin, None, daily_amount(item, None), frozenset(), frozenset())
    if drug.id not in traits:
        traits[drug.id] = _drug_traits(drug, catalog)
    classes, roles = traits[drug.id]
    return ResolvedMed(item, origin, drug, daily_amount(item, drug, catalog), classes, roles)


def _antiplatelet_aspirin(meds: list[ResolvedMed], cap: Threshold | None) -> list[ResolvedMed]:
    """Items of an NSAID that is also an antiplatelet (aspirin) whose drug's total a day is at or
    under the catalog's antiplatelet cut-off: antiplatelet use, never an NSAID.

    Without a sourced cut-off, or when an amount cannot be counted, the drug keeps its classes.
    """
    if cap is None:
        return []
    by_drug: dict[str, list[ResolvedMed]] = {}
    for med in meds:
        if med.drug is not None and med.systemic and med.has_class("nsaid") and med.has_class("antiplatelet"):
            by_drug.setdefault(med.drug.id, []).append(med)
    low: list[ResolvedMed] = []
    for drug_id, group in by_drug.items():
        amounts = [m.mg_of(drug_id) for m in group]
        if any(a is None for a in amounts):
            continue
        if not exceeds(sum(a for a in amounts if a is not None), cap.value):
            low.extend(group)
    return low


@dataclass
class SafetyContext:
    """Everything a rule needs: the plan, the catalog, resolved medicines and the patient."""

    plan: CarePlan
    catalog: CatalogIndex
    today: date
    meds: list[ResolvedMed] = field(default_factory=list)
    # Filled on first use by mme.mme_of(): several rules need the same total.
    mme_summary: MmeSummary | None = None
    # Antiplatelet-dose aspirin items (they count as antiplatelets, never as NSAIDs).
    low_dose_aspirin: list[ResolvedMed] = field(default_factory=list)
    _class_cache: dict[frozenset[str], list[ResolvedMed]] = field(default_factory=dict, repr=False)
    # Work several rules share (the limit groups, the interaction pairs), computed once per check.
    memo: dict[str, object] = field(default_factory=dict, repr=False)

    @classmethod
    def build(cls, plan: CarePlan, catalog: CatalogIndex, today: date | None = None) -> SafetyContext:
        ctx = cls(plan=plan, catalog=catalog, today=today or date.today())
        # Each drug's classes and roles are worked out once, however many items use it.
        traits: dict[str, tuple[frozenset[str], frozenset[str]]] = {}
        planned = [_resolve(i, "plan", catalog, traits) for i in plan.medication_items()]
        current = [_resolve(i, "current", catalog, traits) for i in plan.patient_or_empty.current_medications]
        ctx.meds = planned + current
        low = _antiplatelet_aspirin(ctx.meds, ctx.optional_threshold("aspirin_antiplatelet_max_mg"))
        for med in low:
            med.classes = med.classes - {"nsaid"}
        ctx.low_dose_aspirin = low
        return ctx

    @property
    def facts(self) -> FactIndex:
        return self.catalog.facts

    def facts_of(self, med: ResolvedMed) -> list[DrugFacts]:
        """The facts of a medicine's product and of each of its ingredients (none for free text)."""
        return self.catalog.facts.parts(med.drug.id) if med.drug is not None else []

    @property
    def patient(self) -> Patient:
        return self.plan.patient_or_empty

    @property
    def has_patient(self) -> bool:
        return self.plan.patient is not None

    @cached_property
    def age(self) -> int | None:
        return self.patient.age_on(self.today)

    @cached_property
    def conditions(self) -> frozenset[str]:
        """Recorded condition codes, plus those a recorded figure implies: pregnancy from the
        weeks of pregnancy, liver disease from a Child-Pugh class, and chronic kidney disease from
        a CrCl or eGFR under the catalog's CKD level (no tick needed)."""
        found = set(self.patient.conditions)
        if self.patient.pregnancy_weeks is not None:
            found.add("pregnancy")
        if self.patient.hepatic_impairment is not None:
            found.add("liver_disease")
        ckd = self.optional_threshold("ckd_gfr_below")
        if ckd is not None and self.kidney is not None and self.kidney[0] < ckd.value:
            found.add("ckd")
        return frozenset(found)

    @cached_property
    def heavy_alcohol(self) -> tuple[float, Threshold] | None:
        """(drinks a week, the NIAAA threshold passed) when the patient drinks heavily: over 14 a
        week for men, over 7 otherwise (the lower threshold when sex is not recorded as male)."""
        drinks = self.patient.alcohol_drinks_per_week
        if drinks is None:
            return None
        key = "heavy_alcohol_male_per_week" if self.patient.sex == "male" else "heavy_alcohol_female_per_week"
        limit = self.optional_threshold(key)
        if limit is None or not exceeds(drinks, limit.value):
            return None
        return drinks, limit

    def alcohol_words(self) -> str:
        """ "heavy alcohol use (28 drinks/week, over 14 for a male patient)"; "" when not heavy."""
        heavy = self.heavy_alcohol
        if heavy is None:
            return ""
        drinks, limit = heavy
        sex = self.patient.sex
        who = (f"for a {sex} patient" if sex in ("male", "female")
               else "; sex not recorded as male or female, so the lower (female) threshold is used")
        return f"heavy alcohol use ({fmt(drinks)} drinks/week, over {fmt(limit.value)} {who})"

    def with_class(self, *class_ids: str) -> list[ResolvedMed]:
        """Medicines in any of the classes, in plan order (cached: several rules ask the same)."""
        key = frozenset(class_ids)
        found = self._class_cache.get(key)
        if found is None:
            found = [m for m in self.meds if not m.classes.isdisjoint(key)]
            self._class_cache[key] = found
        return list(found)

    @cached_property
    def opioids(self) -> list[ResolvedMed]:
        return self.with_class("opioid")

    @cached_property
    def systemic_nsaids(self) -> list[ResolvedMed]:
        """Systemic NSAIDs (antiplatelet-dose aspirin is not one: see :attr:`low_dose_aspirin`)."""
        return [m for m in self.meds if m.systemic and m.has_class("nsaid")]

    @cached_property
    def kidney(self) -> tuple[float, str] | None:
        """The patient's kidney function for label bands: CrCl when recorded, else eGFR."""
        if self.patient.crcl is not None:
            return self.patient.crcl, "CrCl"
        if self.patient.egfr is not None:
            return self.patient.egfr, "eGFR"
        return None

    def sedatives(self) -> list[ResolvedMed]:
        """CNS depressants other than opioids and benzodiazepines (the cns_depressant role)."""
        return list(self._sedatives)

    @cached_property
    def _sedatives(self) -> list[ResolvedMed]:
        return [
            m
            for m in self.meds
            if not m.rescue and not m.has_class("opioid", "benzodiazepine") and m.has_role("cns_depressant")
        ]

    def with_role(self, *roles: str) -> list[ResolvedMed]:
        """Medicines (not rescue ones) with any of the roles, in plan order."""
        return [m for m in self.meds if not m.rescue and m.has_role(*roles)]

    @cached_property
    def kratom(self) -> KratomModule | None:
        return self.plan.kratom_module()

    @cached_property
    def active_kratom(self) -> KratomModule | None:
        module = self.kratom
        if module is not None and module.status in ACTIVE_KRATOM_STATUSES:
            return module
        return None

    def threshold(self, key: str) -> Threshold:
        return self.catalog.threshold(key)

    def optional_threshold(self, key: str) -> Threshold | None:
        return self.catalog.data.thresholds.get(key)
