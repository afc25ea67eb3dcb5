"""Catalog entries as the pickers show them, and new plan items filled with catalog defaults."""

from __future__ import annotations

from careplan.domain.catalog import CatalogIndex
from careplan.domain.catalog_model import Drug, Exercise
from careplan.domain.plan import ExercisePrescription, MedicationItem

# The country whose brand names ``Drug.brands`` lists (the catalog's brands come from US labels);
# another country shows a brand only when the brand table (brands.json) names one there.
CATALOG_BRAND_COUNTRY = "US"


def brand_names(drug: Drug, catalog: CatalogIndex | None = None, jurisdiction: str | None = None) -> tuple[str, ...]:
    """Brands sold where the patient lives: the brand table's row for that country, the catalog's
    (US) brands for a US patient or an unknown country, none for another country."""
    if catalog is not None and jurisdiction:
        row = catalog.country_names(drug.id, jurisdiction)
        if row is not None:
            return row.names
        if jurisdiction.upper().split("-", 1)[0] != CATALOG_BRAND_COUNTRY:
            return ()
    return drug.brands


def drug_label(drug: Drug, catalog: CatalogIndex | None = None, jurisdiction: str | None = None) -> str:
    """"Ibuprofen (Advil, Motrin)": the generic name first, brands sold where the patient lives."""
    brands = brand_names(drug, catalog, jurisdiction)
    return f"{drug.name} ({', '.join(brands[:2])})" if brands else drug.name


def drug_choices(catalog: CatalogIndex, jurisdiction: str | None = None) -> list[tuple[str, str]]:
    """(label, drug id) for every catalog drug, sorted by label."""
    return sorted(((drug_label(d, catalog, jurisdiction), d.id) for d in catalog.data.drugs),
                  key=lambda pair: pair[0].lower())


def _names(drug: Drug, catalog: CatalogIndex) -> set[str]:
    """Every name a clinician may type for a drug: id, generic, any country's generic and brands."""
    names = {drug.id, drug.name.lower(), drug_label(drug).lower(), *(b.lower() for b in drug.brands)}
    for row in catalog.data.brands.entries:
        if row.drug == drug.id:
            names.update(n.lower() for n in (*row.names, row.generic) if n)
    return names


def find_drug(catalog: CatalogIndex, text: str, jurisdiction: str | None = None) -> Drug | None:
    """The drug a typed text names exactly: its id, generic name, picker label or a brand name."""
    wanted = text.strip().lower()
    if not wanted:
        return None
    for drug in catalog.data.drugs:
        if wanted in _names(drug, catalog) or wanted == drug_label(drug, catalog, jurisdiction).lower():
            return drug
    return None


def drug_matches(catalog: CatalogIndex, text: str, jurisdiction: str | None = None) -> list[Drug]:
    """Drugs whose picker label (or another name) contains the typed text, as the picker lists them."""
    wanted = text.strip().lower()
    if not wanted:
        return []
    found = [d for d in catalog.data.drugs
             if wanted in drug_label(d, catalog, jurisdiction).lower() or any(wanted in n for n in _names(d, catalog))]
    return sorted(found, key=lambda d: drug_label(d, catalog, jurisdiction).lower())


def medicine_name(catalog: CatalogIndex, item: MedicationItem) -> str:
    if item.drug and item.drug in catalog.drugs:
        return catalog.drugs[item.drug].name
    return item.name or item.drug or "medicine"


def new_medication(catalog: CatalogIndex, text: str) -> MedicationItem:
    """A medicine from what was typed in the picker: a catalog drug with its first strength, its
    usual unit and way of taking it (a patch on its interval, a rescue medicine unscheduled), or
    free text."""
    drug = find_drug(catalog, text)
    if drug is None:
        return MedicationItem(name=text.strip(), dose=1, unit="tablet", times_per_day=1)
    unit = "tablet" if drug.is_combination else drug.dose_unit
    first = next((s for s in drug.strengths if s.amount is not None and s.unit == unit), None)
    dose = first.amount if first is not None and first.amount is not None else 1.0
    release = first.release if first is not None else None
    route = drug.routes[0]
    if drug.rescue:
        return MedicationItem(drug=drug.id, dose=dose, unit=unit, route=route)
    interval = drug.default_interval_hours(unit)
    if interval is not None:
        return MedicationItem(drug=drug.id, dose=dose, unit=unit, interval_hours=interval, route=route, release=release)
    return MedicationItem(drug=drug.id, dose=dose, unit=unit, times_per_day=1, route=route, release=release)


def exercise_choices(catalog: CatalogIndex) -> list[tuple[str, str]]:
    return sorted(((f"{e.name} \u2013 {e.body_region}", e.id) for e in catalog.data.exercises), key=lambda p: p[0].lower())


def exercise_matches(catalog: CatalogIndex, text: str) -> list[Exercise]:
    """Exercises whose picker label contains the typed text."""
    wanted = text.strip().lower()
    if not wanted:
        return []
    return [catalog.exercises[i] for label, i in exercise_choices(catalog) if wanted in label.lower()]


def find_exercise(catalog: CatalogIndex, text: str) -> Exercise | None:
    wanted = text.strip().lower()
    for label, exercise_id in exercise_choices(catalog):
        if wanted in (label.lower(), exercise_id, catalog.exercises[exercise_id].name.lower()):
            return catalog.exercises[exercise_id]
    return None


def new_exercise(catalog: CatalogIndex, text: str) -> ExercisePrescription:
    exercise = find_exercise(catalog, text)
    if exercise is None:
        return ExercisePrescription(name=text.strip())
    return ExercisePrescription(
        exercise=exercise.id,
        sets=exercise.default_sets,
        reps=exercise.default_reps,
        hold_seconds=exercise.default_hold_seconds,
        minutes=exercise.default_minutes,
        days_per_week=exercise.default_days_per_week,
    )
