"""What each dose control changes in a medication item, as one set of field values (one undo step).

Qt-free decisions behind the medication editor: picking a catalog strength sets the unit, the
strength and the release together; switching how often a medicine is taken clears the fields of
the other ways, so the item always has exactly one (the model's rule); ticking a time of day
changes the number of daily doses with it. The editor sends each result as one ``set_fields``.
"""

from __future__ import annotations

from typing import Any, Literal

from careplan.domain.catalog_model import CatalogStrength, Drug
from careplan.domain.codes import COUNT_UNITS, SLOTS, StrengthUnit
from careplan.domain.dosing import dose_slots, frequency
from careplan.domain.plan import MedicationItem, Strength

Changes = dict[str, Any]
Kind = Literal["daily", "interval", "prn"]

DEFAULT_INTERVAL_HOURS = 72
DEFAULT_PRN_MAX = 4
_ALL_WAYS: Changes = {"times_per_day": None, "timing": None, "interval_hours": None, "prn": False,
                      "max_per_day": None, "min_hours_between": None}


def drug_changes(fresh: MedicationItem) -> Changes:
    """Another medicine in the same row: its own dose, unit, strength, route and usual way of taking it.

    ``fresh`` is the item the picker would add for that medicine (catalog defaults). The old
    strength never carries over: "15 mg" means something else for another drug. What the
    clinician wrote about the course and purpose stays.
    """
    keep = {"id", "purpose", "instructions", "start", "stop", "duration_days", "otc"}
    return {name: getattr(fresh, name) for name in type(fresh).model_fields if name not in keep}


def strength_matches(strength: CatalogStrength, item: MedicationItem) -> bool:
    """Whether the item is written as this catalog product (its unit, strength and release)."""
    if strength.dose_unit != item.unit:
        return False
    if (item.release or "ir") != strength.release:
        return False
    if item.strength is None:
        # Without a strength only a product that has no single amount fits (a combination
        # tablet, a % gel or patch): an amount written in mg is not "one product".
        return strength.amount is None
    return strength.amount == item.strength.amount and strength.unit == item.strength.unit


def matching_strength(drug: Drug | None, item: MedicationItem) -> int | None:
    """Index of the catalog strength the item is written as, or None (typed, or dose in mg)."""
    if drug is None:
        return None
    return next((i for i, s in enumerate(drug.strengths) if strength_matches(s, item)), None)


def strength_changes(item: MedicationItem, drug: Drug, strength: CatalogStrength) -> Changes:
    """Pick one of the catalog's products: "15 mg tablet" -> 1 tablet with strength 15 mg."""
    unit = strength.dose_unit
    changes: Changes = {
        "unit": unit,
        "release": strength.release,
        "strength": (Strength(amount=strength.amount, unit=strength.unit)
                     if strength.amount is not None and strength.unit is not None and unit in COUNT_UNITS else None),
    }
    if unit != item.unit:
        changes["dose"] = 1.0 if unit in COUNT_UNITS else (strength.amount or 1.0)
    kind = frequency(item, drug)
    if strength.interval_hours is not None and kind in ("daily", "none"):
        # A patch is worn for its interval (every 72 hours), never "once a day in the morning".
        changes |= _ALL_WAYS | {"interval_hours": strength.interval_hours}
    elif strength.interval_hours is None and kind == "interval" and _interval_came_from_product(item, drug):
        changes |= _ALL_WAYS | {"times_per_day": 1}
    return changes


def _interval_came_from_product(item: MedicationItem, drug: Drug) -> bool:
    return any(s.interval_hours == item.interval_hours for s in drug.strengths if s.interval_hours is not None)


def custom_strength_changes(amount: float | None, unit: StrengthUnit) -> Changes:
    """A strength typed by hand (a product the catalog does not list)."""
    return {"strength": Strength(amount=amount, unit=unit) if amount else None}


def switch_frequency(item: MedicationItem, drug: Drug | None, kind: Kind) -> Changes:
    """Take the medicine another way; the other ways' fields are cleared (exactly one way)."""
    if kind == "daily":
        count = item.times_per_day or item.max_per_day or 1
        return _ALL_WAYS | {"times_per_day": count}
    if kind == "interval":
        hours = item.interval_hours or (drug.default_interval_hours(item.unit) if drug else None) or DEFAULT_INTERVAL_HOURS
        return _ALL_WAYS | {"interval_hours": hours}
    count = item.max_per_day or item.times_per_day or DEFAULT_PRN_MAX
    return _ALL_WAYS | {"prn": True, "max_per_day": count}


def times_changes(item: MedicationItem, count: int) -> Changes:
    """A new number of daily doses; chosen times of day are dropped (the default applies again)."""
    return {"times_per_day": count, "timing": None}


def timing_changes(item: MedicationItem, drug: Drug | None, slot: str, on: bool) -> Changes | None:
    """Tick or untick a time of day; the number of daily doses follows. None: nothing would be left."""
    current = list(dose_slots(item, drug) or ())
    chosen = {s for s in current if s != slot} | ({slot} if on else set())
    if not chosen:
        return None
    timing = [s for s in SLOTS if s in chosen]
    return {"times_per_day": len(timing), "timing": timing}


def interval_changes(value: int, per: Literal["days", "hours"]) -> Changes:
    return {"interval_hours": value * 24 if per == "days" else value}


def interval_parts(hours: int) -> tuple[int, Literal["days", "hours"]]:
    """72 -> (3, "days"); 36 -> (36, "hours")."""
    return (hours // 24, "days") if hours % 24 == 0 else (hours, "hours")


def stop_changes(stop: object) -> Changes:
    """A stop date replaces a course length (a course is one or the other)."""
    return {"stop": stop, "duration_days": None} if stop is not None else {"stop": None}


def duration_changes(days: int | None) -> Changes:
    return {"duration_days": days, "stop": None} if days is not None else {"duration_days": None}
