"""Every drug's facts in one place: its label file, the groups it belongs to, its ingredients'.

The catalog keeps facts where they are true once: a drug's label file (resources/catalog/labels),
and group files for what is true of a whole class (resources/catalog/groups). The rules never
look in those files themselves; they ask this index, per catalog drug id, for the drug's roles,
maxima, pregnancy and lactation facts, conditions and interactions. A combination product is
what its parts are: its ingredients' facts count for it (codeine's for acetaminophen-codeine).
Built once per catalog, on first use.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from careplan.domain.facts_model import (
    ConditionFact,
    EcgAbove,
    GroupFacts,
    HepaticFact,
    InteractionFact,
    LabelFacts,
    LactationFact,
    MaximumRow,
    NoLabelMaximum,
    OpioidTolerantOnly,
    PediatricFact,
    PregnancyFact,
    PrnGap,
    ReviewWithin,
    RoleFact,
    SaltOf,
    ToleranceDose,
    WeightBasedMaximum,
)
from careplan.domain.sourced import Source

if TYPE_CHECKING:
    from careplan.domain.catalog_model import Catalog, Drug


@dataclass(frozen=True)
class Sided:
    """A fact with the catalog drug whose facts it is (the product itself or an ingredient)."""

    owner: str
    fact: InteractionFact | ConditionFact | PregnancyFact | LactationFact | PediatricFact | HepaticFact
    # The group the fact comes from (None: the drug's own label or a legacy table).
    group: GroupFacts | None = None

    def applies_to(self, classes: frozenset[str]) -> bool:
        """A group's fact holds for a medicine that still has all the group's classes (an
        antiplatelet-dose aspirin item is no NSAID for the NSAID group's facts)."""
        return self.group is None or set(self.group.applies_to.classes) <= classes


@dataclass
class DrugFacts:
    """The facts of one catalog drug id: its own label and its groups (not its ingredients')."""

    drug_id: str
    label: LabelFacts | None = None
    groups: tuple[GroupFacts, ...] = ()
    roles: dict[str, list[RoleFact]] = field(default_factory=dict)
    # Rows from the legacy tables, until every fact has moved into label files.
    extra_maxima: tuple[MaximumRow, ...] = ()
    extra_lactation: tuple[LactationFact, ...] = ()
    extra_conditions: tuple[ConditionFact, ...] = ()
    extra_ecg: EcgAbove | None = None
    extra_review: ReviewWithin | None = None

    def _bodies(self) -> Iterator[LabelFacts | GroupFacts]:
        if self.label is not None:
            yield self.label
        yield from self.groups

    @property
    def maxima(self) -> tuple[MaximumRow, ...]:
        return tuple(row for body in self._bodies() for row in body.maxima) + self.extra_maxima

    @property
    def no_label_maximum(self) -> NoLabelMaximum | None:
        return self.label.no_label_maximum if self.label is not None else None

    @property
    def weight_based(self) -> tuple[WeightBasedMaximum, ...]:
        return tuple(row for body in self._bodies() for row in body.weight_based)

    @property
    def pediatric(self) -> tuple[PediatricFact, ...]:
        return tuple(body.pediatric for body in self._bodies() if body.pediatric is not None)

    @property
    def pregnancy(self) -> tuple[PregnancyFact, ...]:
        return tuple(row for body in self._bodies() for row in body.pregnancy)

    @property
    def lactation(self) -> tuple[LactationFact, ...]:
        own = tuple(body.lactation for body in self._bodies() if body.lactation is not None)
        return own + self.extra_lactation

    @property
    def hepatic(self) -> tuple[HepaticFact, ...]:
        return tuple(row for body in self._bodies() for row in body.hepatic)

    @property
    def opioid_tolerant_only(self) -> OpioidTolerantOnly | None:
        return next((b.opioid_tolerant_only for b in self._bodies() if b.opioid_tolerant_only is not None), None)

    @property
    def conditions(self) -> tuple[ConditionFact, ...]:
        return tuple(row for body in self._bodies() for row in body.conditions) + self.extra_conditions

    @property
    def interactions(self) -> tuple[InteractionFact, ...]:
        return tuple(row for body in self._bodies() for row in body.interactions)

    @property
    def salt_of(self) -> SaltOf | None:
        return self.label.salt_of if self.label is not None else None

    @property
    def review_within_days(self) -> ReviewWithin | None:
        return next((b.review_within_days for b in self._bodies() if b.review_within_days is not None), None)

    @property
    def qt_ecg_above(self) -> EcgAbove | None:
        found = next((b.qt_ecg_above for b in self._bodies() if b.qt_ecg_above is not None), None)
        return found if found is not None else self.extra_ecg

    @property
    def tolerance_dose(self) -> ToleranceDose | None:
        return self.label.tolerance_dose if self.label is not None else None

    @property
    def prn_gap(self) -> PrnGap | None:
        return next((b.prn_gap for b in self._bodies() if b.prn_gap is not None), None)

    @property
    def review_days(self) -> ReviewWithin | None:
        found = self.review_within_days
        return found if found is not None else self.extra_review

    def has_role(self, role: str) -> bool:
        return role in self.roles

    def role_sources(self, *roles: str) -> tuple[Source, ...]:
        out: dict[Source, None] = {}
        for role in roles:
            for fact in self.roles.get(role, ()):
                out.update(dict.fromkeys(fact.sources))
        return tuple(out)


def _facts_of_kind(body: GroupFacts, what: str) -> tuple[object, ...]:
    value = getattr(body, what)
    if value is None:
        return ()
    return tuple(value) if isinstance(value, tuple) else (value,)


def _selects(group: GroupFacts, classes: Iterable[str], roles: Iterable[str], systemic: bool) -> bool:
    wanted = group.applies_to
    if wanted.systemic_only and not systemic:
        return False
    return set(wanted.classes) <= set(classes) and set(wanted.roles) <= set(roles)


class FactIndex:
    """Per catalog drug id: its :class:`DrugFacts`, and a product's facts with its ingredients'."""

    def __init__(self, catalog: Catalog) -> None:
        from careplan.domain.facts_legacy import legacy_conditions, legacy_lactation, legacy_maxima, legacy_roles

        self._drugs: dict[str, Drug] = {d.id: d for d in catalog.drugs}
        labels = {label.drug: label for label in catalog.labels}
        extra_roles = legacy_roles(catalog)
        extra_maxima = legacy_maxima(catalog)
        extra_lactation = legacy_lactation(catalog)
        extra_conditions = legacy_conditions(catalog)
        self._facts: dict[str, DrugFacts] = {}
        self._sided: dict[tuple[str, str], list[Sided]] = {}
        # Roles first (labels, legacy tables, groups that select by class only), then the groups
        # that select by role, which see the roles the first step gave.
        class_groups = [g for g in catalog.groups if not g.applies_to.roles]
        role_groups = [g for g in catalog.groups if g.applies_to.roles]
        for drug in catalog.drugs:
            facts = DrugFacts(drug.id, labels.get(drug.id), extra_maxima=extra_maxima.get(drug.id, ()),
                              extra_lactation=extra_lactation.get(drug.id, ()),
                              extra_conditions=extra_conditions.get(drug.id, ()))
            groups = [g for g in class_groups if _selects(g, drug.classes, (), drug.systemic)]
            for body in ([facts.label] if facts.label is not None else []) + groups:
                for role in body.roles:
                    facts.roles.setdefault(role.role, []).append(role)
            # The older tables fill in only roles no label or group states (one source per fact).
            for role in extra_roles.get(drug.id, ()):
                if role.role not in facts.roles or facts.roles[role.role][0] is role:
                    facts.roles.setdefault(role.role, []).append(role)
            facts.groups = tuple(groups)
            self._facts[drug.id] = facts
        # A combination has its ingredients' roles (an opioid-acetaminophen tablet is a CNS depressant).
        for drug in catalog.drugs:
            for ingredient in drug.ingredients:
                part = self._facts.get(ingredient.drug)
                if part is not None:
                    for role_name, rows in part.roles.items():
                        self._facts[drug.id].roles.setdefault(role_name, []).extend(rows)
        for drug in catalog.drugs:
            facts = self._facts[drug.id]
            classes = set(drug.classes)
            for ingredient in drug.ingredients:
                if (part_drug := self._drugs.get(ingredient.drug)) is not None:
                    classes.update(part_drug.classes)
            extra = [g for g in role_groups if _selects(g, classes, facts.roles, drug.systemic)]
            facts.groups = facts.groups + tuple(extra)

    def of(self, drug_id: str) -> DrugFacts | None:
        return self._facts.get(drug_id)

    def parts(self, drug_id: str) -> list[DrugFacts]:
        """The product's own facts and each ingredient's, product first."""
        own = self._facts.get(drug_id)
        if own is None:
            return []
        out = [own]
        drug = self._drugs[drug_id]
        for ingredient in drug.ingredients:
            part = self._facts.get(ingredient.drug)
            if part is not None and part not in out:
                out.append(part)
        return out

    def roles(self, drug_id: str) -> frozenset[str]:
        facts = self._facts.get(drug_id)
        return frozenset(facts.roles) if facts is not None else frozenset()

    def sided(self, drug_id: str, what: str) -> list[Sided]:
        """Facts of one kind ("interactions", "conditions", "pregnancy", "lactation", "pediatric",
        "hepatic") of a product and its ingredients, each with the drug (and group) it belongs to."""
        key = (drug_id, what)
        cached = self._sided.get(key)
        if cached is not None:
            return cached
        out: list[Sided] = []
        seen: set[int] = set()
        for part in self.parts(drug_id):
            origin = {id(f): g for g in part.groups for f in _facts_of_kind(g, what)}
            for fact in getattr(part, what):
                if id(fact) not in seen:
                    seen.add(id(fact))
                    out.append(Sided(part.drug_id, fact, origin.get(id(fact))))
        self._sided[key] = out
        return out

    def moiety(self, drug_id: str) -> tuple[str, float]:
        """The active ingredient a drug's amount counts as, and the factor to it (a salt to its
        parent: naproxen sodium mg × 0.909 = naproxen mg; anything else is its own, × 1)."""
        facts = self._facts.get(drug_id)
        salt = facts.salt_of if facts is not None else None
        if salt is not None and salt.drug in self._facts:
            return salt.drug, salt.factor
        return drug_id, 1.0

    def salts_of(self, drug_id: str) -> list[str]:
        return [d for d, f in self._facts.items() if f.salt_of is not None and f.salt_of.drug == drug_id]
