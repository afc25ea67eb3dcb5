"""Load and validate the clinical catalog from resources/catalog, and look entries up by id."""

from __future__ import annotations

import json
from collections.abc import Iterable
from functools import cache, cached_property
from pathlib import Path

from careplan.domain.catalog_model import (
    Catalog,
    CbtComponent,
    CountryBrand,
    CountryLines,
    Drug,
    DrugClassInfo,
    DrugCode,
    Exercise,
    Jurisdiction,
    KratomCaution,
    LifestyleTarget,
    MindfulnessPractice,
    Threshold,
)
from careplan.domain.facts import FactIndex
from careplan.resources import catalog_dir

# File name (without .json) -> Catalog field. Each file is a JSON list, or an object for
# the jurisdiction table, the thresholds, the emergency lines and the brand table.
CATALOG_FILES: dict[str, str] = {
    "drugs": "drugs",
    "drug_classes": "drug_classes",
    "exercises": "exercises",
    "cbt": "cbt_components",
    "mindfulness": "mindfulness_practices",
    "lifestyle": "lifestyle_targets",
    "kratom_cautions": "kratom_cautions",
    "jurisdictions": "jurisdictions",
    "thresholds": "thresholds",
    "emergency_lines": "emergency_lines",
    "brands": "brands",
    # Second and third safety sets (issues 9 and 16); per-drug facts are in labels/.
    "rxnorm": "drug_codes",
    "cyp": "cyp",
    "beers": "beers",
    "rule_facts": "rule_facts",
    # Exercise figures (issue 21): the drawn body and its joint limits.
    "body": "body",
}


class CatalogError(ValueError):
    """The catalog data does not validate; the message names the file and the problem."""


class CatalogIndex:
    """The validated catalog plus id lookups; build one with :func:`load_catalog`."""

    def __init__(self, data: Catalog) -> None:
        self.data = data

    @cached_property
    def facts(self) -> FactIndex:
        """Every drug's label and group facts (built on first use, once per catalog)."""
        return FactIndex(self.data)

    @cached_property
    def drugs(self) -> dict[str, Drug]:
        return {d.id: d for d in self.data.drugs}

    @cached_property
    def exercises(self) -> dict[str, Exercise]:
        return {e.id: e for e in self.data.exercises}

    @cached_property
    def cbt_components(self) -> dict[str, CbtComponent]:
        return {c.id: c for c in self.data.cbt_components}

    @cached_property
    def mindfulness_practices(self) -> dict[str, MindfulnessPractice]:
        return {m.id: m for m in self.data.mindfulness_practices}

    @cached_property
    def lifestyle_targets(self) -> dict[str, LifestyleTarget]:
        return {t.id: t for t in self.data.lifestyle_targets}

    @cached_property
    def kratom_cautions(self) -> dict[str, KratomCaution]:
        return {c.id: c for c in self.data.kratom_cautions}

    @cached_property
    def jurisdictions(self) -> dict[str, Jurisdiction]:
        return {j.code: j for j in self.data.jurisdictions.entries}

    @cached_property
    def drug_classes(self) -> dict[str, DrugClassInfo]:
        return {c.id: c for c in self.data.drug_classes}

    @cached_property
    def class_ids(self) -> frozenset[str]:
        return frozenset(c.id for c in self.data.drug_classes)

    @cached_property
    def rxnorm(self) -> dict[str, DrugCode]:
        """RxNorm ingredient code of each drug id that has one."""
        return {c.drug: c for c in self.data.drug_codes}

    def threshold(self, key: str) -> Threshold:
        """Return a named threshold; a missing key is a catalog defect, so fail loudly."""
        try:
            return self.data.thresholds[key]
        except KeyError:
            raise CatalogError(f"catalog threshold {key!r} is missing") from None

    def jurisdiction(self, code: str | None) -> Jurisdiction | None:
        """Look up a subdivision (``US-TX``), falling back to its country (``US``)."""
        if not code:
            return None
        code = code.upper()
        found = self.jurisdictions.get(code)
        if found is None and "-" in code:
            found = self.jurisdictions.get(code.split("-", 1)[0])
        return found

    @cached_property
    def _lines(self) -> dict[str, CountryLines]:
        return {row.country: row for row in self.data.emergency_lines.countries}

    def emergency_lines(self, jurisdiction: str | None) -> CountryLines | None:
        """The patient's country's lines (``US-TX`` -> ``US``), or None for an unknown country."""
        if not jurisdiction:
            return None
        return self._lines.get(jurisdiction.upper().split("-", 1)[0])

    @cached_property
    def _brands(self) -> dict[tuple[str, str], CountryBrand]:
        return {(b.drug, b.country): b for b in self.data.brands.entries}

    def country_names(self, drug_id: str, jurisdiction: str | None) -> CountryBrand | None:
        """The names of a drug in the patient's country, when the brand table has a row for it."""
        if not jurisdiction:
            return None
        return self._brands.get((drug_id, jurisdiction.upper().split("-", 1)[0]))

    def drugs_in_class(self, class_id: str) -> Iterable[Drug]:
        return (d for d in self.data.drugs if class_id in d.classes)


# Folders of one JSON object per file -> Catalog field (label facts per drug, group facts per class).
FACT_FOLDERS: dict[str, str] = {"labels": "labels", "groups": "groups"}


def _read_folder(folder: Path, name: str) -> list[object]:
    """Every ``*.json`` in a facts folder, in name order; a label file is named for its drug."""
    found: list[object] = []
    for path in sorted((folder / name).glob("*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except json.JSONDecodeError as exc:
            raise CatalogError(f"catalog file {name}/{path.name} is not valid JSON: {exc}") from None
        key = "drug" if name == "labels" else "group"
        if isinstance(data, dict) and data.get(key) != path.stem:
            raise CatalogError(f"catalog file {name}/{path.name} says {key} {data.get(key)!r}; the file is named for it")
        found.append(data)
    return found


def read_catalog_file(folder: Path, stem: str) -> object:
    """The JSON of one catalog file ``folder/stem.json``, or CatalogError naming it (missing, not JSON)."""
    path = folder / f"{stem}.json"
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise CatalogError(f"catalog file {path.name} is missing") from None
    except json.JSONDecodeError as exc:
        raise CatalogError(f"catalog file {path.name} is not valid JSON: {exc}") from None


def read_catalog(folder: Path) -> Catalog:
    """Read and validate every catalog file in ``folder``."""
    raw: dict[str, object] = {}
    for name, field in FACT_FOLDERS.items():
        raw[field] = _read_folder(folder, name)
    for stem, field in CATALOG_FILES.items():
        raw[field] = read_catalog_file(folder, stem)
    from pydantic import ValidationError

    try:
        return Catalog.model_validate(raw)
    except ValidationError as exc:
        raise CatalogError(f"the catalog does not validate: {exc}") from None


@cache
def load_catalog() -> CatalogIndex:
    """The bundled catalog, validated once per process (or its compiled copy, see compiled_catalog)."""
    from careplan.domain.compiled_catalog import bundled

    compiled = bundled()
    if compiled is not None:
        return CatalogIndex(compiled.catalog)
    return CatalogIndex(read_catalog(catalog_dir()))
