"""Load the handout's facts (advice conflicts, medicine advice, red flags, locales) and match them
to a plan's medicines by class, role, route and release, never by a drug id written in code."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path

from pydantic import ValidationError

from careplan.domain.catalog import CatalogError, CatalogIndex, load_catalog, read_catalog_file
from careplan.domain.catalog_model import Drug
from careplan.domain.handout_model import GenericNames, HandoutCatalog, Locale, RedFlagEntry, Selector
from careplan.domain.plan import CarePlan, MedicationItem
from careplan.resources import catalog_dir

# File name (without .json) -> HandoutCatalog field.
HANDOUT_FILES: dict[str, str] = {
    "advice_conflicts": "advice_conflicts",
    "medicine_advice": "medicine_advice",
    "red_flag_catalog": "red_flags",
    "locales": "locales",
    "generic_names": "generic_names",
}


def drug_classes(drug: Drug, catalog: CatalogIndex) -> frozenset[str]:
    """A drug's classes with those of its ingredients (a codeine combination is an opioid)."""
    classes = set(drug.classes)
    for ingredient in drug.ingredients:
        if (part := catalog.drugs.get(ingredient.drug)) is not None:
            classes.update(part.classes)
    return frozenset(classes)


def item_release(item: MedicationItem, drug: Drug | None) -> str | None:
    """ "ir" or "er": the item's own, else what the catalog's products of the drug imply (all one
    release, or the item's strength found in products of one release only); None if unknown."""
    if item.release is not None:
        return item.release
    if drug is None or not drug.strengths:
        return None
    releases = {s.release for s in drug.strengths}
    if len(releases) == 1:
        return releases.pop()
    if item.strength is not None:
        matching = {s.release for s in drug.strengths
                    if s.amount == item.strength.amount and s.unit == item.strength.unit}
        if len(matching) == 1:
            return matching.pop()
    return None


def selects(selector: Selector, item: MedicationItem, catalog: CatalogIndex) -> bool:
    """Whether a plan medicine is one of those the selector names (see :class:`Selector`)."""
    drug = catalog.drugs.get(item.drug) if item.drug else None
    if drug is None:
        return False
    named = not (selector.drugs or selector.classes or selector.roles) or (
        drug.id in selector.drugs
        or not drug_classes(drug, catalog).isdisjoint(selector.classes)
        or not catalog.facts.roles(drug.id).isdisjoint(selector.roles))
    if not named:
        return False
    if selector.routes and item.route not in selector.routes:
        return False
    if selector.systemic is not None and drug.systemic != selector.systemic:
        return False
    return selector.release is None or item_release(item, drug) == selector.release


def country_of(jurisdiction: str | None) -> str | None:
    return jurisdiction.upper().split("-", 1)[0] if jurisdiction else None


@dataclass(frozen=True)
class HandoutFacts:
    """The validated handout catalog with lookups by country and by plan."""

    data: HandoutCatalog

    @cached_property
    def _locales(self) -> dict[str, Locale]:
        return {row.country: row for row in self.data.locales}

    def locale(self, jurisdiction: str | None) -> Locale | None:
        """The patient's country's row (``US-TX`` -> ``US``), or None when it is not known."""
        country = country_of(jurisdiction)
        return self._locales.get(country) if country else None

    def generic_names(self, convention: str) -> GenericNames | None:
        return next((g for g in self.data.generic_names if g.convention == convention), None)

    def red_flags_for(self, plan: CarePlan, catalog: CatalogIndex) -> list[RedFlagEntry]:
        """The red flags that concern this plan, most urgent first (catalog order within one urgency)."""
        meds = plan.all_medications()
        words = " ".join((*plan.pain.sites, *plan.pain.causes)).lower()
        patient = plan.patient_or_empty
        found: list[RedFlagEntry] = []
        for flag in self.data.red_flags:
            when = flag.when
            if (when.everyone
                    or any(site in words for site in when.sites)
                    or (when.medicines is not None and any(selects(when.medicines, m, catalog) for m in meds))
                    or (when.allergy and any(a.strip() for a in patient.allergies))
                    or (when.kratom and plan.kratom_module() is not None)):
                found.append(flag)
        order = {"emergency": 0, "same_day": 1, "call_us": 2}
        return sorted(found, key=lambda f: order[f.urgency])


def _check_references(data: HandoutCatalog, catalog: CatalogIndex) -> None:
    """Every drug and class the handout facts name is in the catalog (a typo fails loudly)."""
    drugs, classes = set(catalog.drugs), set(catalog.class_ids)
    selectors: list[tuple[str, Selector]] = [(c.id, c.when) for c in data.advice_conflicts]
    selectors += [(a.id, a.when) for a in data.medicine_advice if a.when is not None]
    selectors += [(f.id, f.when.medicines) for f in data.red_flags if f.when.medicines is not None]
    problems = [f"{where}: drug {d}" for where, s in selectors for d in s.drugs if d not in drugs]
    problems += [f"{where}: class {c}" for where, s in selectors for c in s.classes if c not in classes]
    problems += [f"{row.country}: not_sold {n.drug}" for row in data.locales for n in row.not_sold if n.drug not in drugs]
    problems += [f"generic names: {d}" for g in data.generic_names for d in g.names if d not in drugs]
    if problems:
        raise CatalogError(f"the handout facts name what the catalog lacks: {'; '.join(sorted(problems))}")


def read_handout_catalog(folder: Path, catalog: CatalogIndex) -> HandoutCatalog:
    """Read and validate the handout fact files in ``folder`` against ``catalog``."""
    raw = {name: read_catalog_file(folder, stem) for stem, name in HANDOUT_FILES.items()}
    try:
        data = HandoutCatalog.model_validate(raw)
    except ValidationError as exc:
        raise CatalogError(f"the handout facts do not validate: {exc}") from None
    _check_references(data, catalog)
    return data


@cache
def load_handout_facts() -> HandoutFacts:
    """The bundled handout facts, validated once per process (or their compiled copy, see compiled_catalog)."""
    from careplan.domain.compiled_catalog import bundled

    compiled = bundled()
    if compiled is not None:
        return HandoutFacts(compiled.handout)
    return HandoutFacts(read_handout_catalog(catalog_dir(), load_catalog()))


def all_terms(flags: Iterable[RedFlagEntry]) -> list[tuple[str, RedFlagEntry]]:
    """(term, flag) for every term of the given flags, longest terms first."""
    pairs = [(t.lower(), f) for f in flags for t in f.terms]
    return sorted(pairs, key=lambda p: len(p[0]), reverse=True)
