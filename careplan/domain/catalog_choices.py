"""Catalog entries as the pickers show them, and new plan items filled with catalog defaults."""

from __future__ import annotations

from careplan.domain.catalog import CatalogIndex
from careplan.domain.catalog_model import Drug, Exercise
from careplan.domain.plan import ExercisePrescription, MedicationItem


def drug_label(drug: Drug) -> str:
    """"Ibuprofen (Advil, Motrin)": the generic name first, brands to help recognition."""
    brands = f" ({', '.join(drug.brands[:2])})" if drug.brands else ""
    return f"{drug.name}{brands}"


def drug_choices(catalog: CatalogIndex) -> list[tuple[str, str]]:
    """(label, drug id) for every catalog drug, sorted by label."""
    return sorted(((drug_label(d), d.id) for d in catalog.data.drugs), key=lambda pair: pair[0].lower())


def find_drug(catalog: CatalogIndex, text: str) -> Drug | None:
    """The drug a typed text names: its id, generic name, picker label or a brand name."""
    wanted = text.strip().lower()
    if not wanted:
        return None
    for drug in catalog.data.drugs:
        names = {drug.id, drug.name.lower(), drug_label(drug).lower(), *(b.lower() for b in drug.brands)}
        if wanted in names:
            return drug
    return None


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
