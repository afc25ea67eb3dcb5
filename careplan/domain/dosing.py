"""How a medicine is taken: its kind of frequency, its times of day, and the amount a day.

Everything that prints or checks a dose reads it through here, so that the handout's daily table,
the summary, the safety rules and the FHIR export agree on one meaning of an item:

* a **rescue** medicine (a catalog flag, e.g. naloxone) is given by someone else in an emergency:
  it is never part of the daily schedule or the daily totals;
* a **daily** item is taken ``times_per_day`` times, at its ``timing`` (or the catalog default,
  or the usual pattern for that many doses);
* an **interval** item is taken every ``interval_hours`` (24 or more: a patch every 72 hours);
* a **PRN** item is taken when needed, at most ``max_per_day`` times, ``min_hours_between`` apart.

The amount a day is counted in the units the checks need (mg of each ingredient, a patch's
mcg/h, or tablets/patches for limits set in pieces). When it cannot be counted — a tablet without
a strength, a combination product written in mg, a unit that does not fit the drug — the amount
says why, so that the rules can say so (``DOSE-UNCOUNTED``) instead of passing in silence.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from careplan.domain.catalog import CatalogIndex
from careplan.domain.catalog_model import Drug
from careplan.domain.codes import COUNT_UNITS, SLOTS, Slot
from careplan.domain.numbers import number as _num
from careplan.domain.plan import MedicationItem

Frequency = Literal["daily", "interval", "prn", "rescue", "none"]

# Mass units and their size in mg. mcg/h is a rate (a patch), never a mass.
MASS_TO_MG: dict[str, float] = {"mg": 1.0, "g": 1000.0, "mcg": 0.001}

# A combination product's ingredient amounts are given per tablet or capsule.
PIECE_UNITS: frozenset[str] = frozenset({"tablet", "capsule"})

# When n doses a day fall at the four times of the handout's table (without timing of their own).
USUAL_SLOTS: dict[int, tuple[Slot, ...]] = {
    1: ("morning",),
    2: ("morning", "evening"),
    3: ("morning", "midday", "evening"),
    4: ("morning", "midday", "evening", "bedtime"),
}


def frequency(item: MedicationItem, drug: Drug | None) -> Frequency:
    """How the item is taken; a catalog rescue medicine is always ``rescue``."""
    if drug is not None and drug.rescue:
        return "rescue"
    if item.prn:
        return "prn"
    if item.times_per_day is not None:
        return "daily"
    if item.interval_hours is not None:
        return "interval"
    return "none"


def counts_toward_totals(item: MedicationItem, drug: Drug | None) -> bool:
    """Rescue medicines (and items without any frequency) add nothing to daily totals."""
    return frequency(item, drug) in ("daily", "interval", "prn")


def dose_slots(item: MedicationItem, drug: Drug | None) -> tuple[Slot, ...] | None:
    """The times of day of a daily item's doses, or None when it is not daily or has more doses
    than the four times of day (it is then "spread over the day").

    The item's own ``timing`` wins; then the catalog's default timing when it names as many
    times as the item has doses (amitriptyline once a day: bedtime); then the usual pattern.
    """
    if frequency(item, drug) != "daily" or item.times_per_day is None:
        return None
    if item.timing is not None:
        chosen = set(item.timing)
        return tuple(slot for slot in SLOTS if slot in chosen)
    default = drug.default_timing if drug is not None else None
    if default is not None and len(default.slots) == item.times_per_day:
        return default.slots
    return USUAL_SLOTS.get(item.times_per_day)


def timing_source(item: MedicationItem, drug: Drug | None) -> Literal["item", "catalog", "usual", "none"]:
    """Where :func:`dose_slots` took the times of day from (the GUI and summary say so)."""
    slots = dose_slots(item, drug)
    if slots is None:
        return "none"
    if item.timing is not None:
        return "item"
    default = drug.default_timing if drug is not None else None
    if default is not None and default.slots == slots:
        return "catalog"
    return "usual"


def mass_to_mg(amount: float, unit: str) -> float | None:
    factor = MASS_TO_MG.get(unit)
    return amount * factor if factor is not None else None


def mg_to(amount_mg: float, unit: str) -> float | None:
    factor = MASS_TO_MG.get(unit)
    return amount_mg / factor if factor is not None else None


@dataclass(frozen=True)
class DailyAmount:
    """What one item adds up to in a day, in every unit that can be worked out.

    ``problem`` is None when the amount the drug's checks need is known; otherwise it says, for a
    clinician, why it could not be counted.
    """

    doses_per_day: float
    # Drug per day in mg (a single-ingredient drug written by mass or with a strength).
    mg: float | None = None
    # A patch's continuous release rate, in mcg/h (not multiplied by how often it is changed).
    rate_mcg_h: float | None = None
    # Pieces per day in the item's own count unit (tablets, capsules, patches, ml, applications).
    count: float | None = None
    count_unit: str | None = None
    # mg/day of each active ingredient that can be counted (the drug itself, or a combination's parts).
    ingredient_mg: dict[str, float] = field(default_factory=dict)
    problem: str | None = None

    @property
    def counted(self) -> bool:
        return self.problem is None

    def in_unit(self, unit: str) -> float | None:
        """The amount a day in ``unit`` (a limit's unit), or None when it is not known in it."""
        if unit == "mcg/h":
            return self.rate_mcg_h
        if unit in MASS_TO_MG:
            return mg_to(self.mg, unit) if self.mg is not None else None
        if self.count is not None and self.count_unit == unit:
            return self.count
        return None


def _per_dose(item: MedicationItem) -> tuple[float | None, float | None, float | None]:
    """(mg, mcg/h, pieces) in one dose, each None when the item does not say it."""
    mg = mass_to_mg(item.dose, item.unit)
    rate = item.dose if item.unit == "mcg/h" else None
    pieces = item.dose if item.unit in COUNT_UNITS else None
    if pieces is not None and item.strength is not None:
        strength = item.strength
        if strength.unit == "mcg/h":
            rate = pieces * strength.amount
        else:
            mg = mass_to_mg(pieces * strength.amount, strength.unit)
    return mg, rate, pieces


def daily_amount(item: MedicationItem, drug: Drug | None, catalog: CatalogIndex | None = None) -> DailyAmount:
    """The item's amount a day (rescue medicines and items without a frequency count as none).

    Args:
        item: a planned or current medicine.
        drug: its catalog entry (None for a free-text medicine: nothing is counted, no problem
            is reported here — the rules say plainly that such a medicine was not checked).
        catalog: needed only to name a combination product's ingredients in messages.
    """
    if not counts_toward_totals(item, drug):
        return DailyAmount(doses_per_day=0.0)
    per_day = item.doses_per_day
    mg, rate, pieces = _per_dose(item)
    count = pieces * per_day if pieces is not None else None
    amount = DailyAmount(
        doses_per_day=per_day,
        mg=mg * per_day if mg is not None else None,
        rate_mcg_h=rate,
        count=count,
        count_unit=item.unit if count is not None else None,
    )
    if drug is None:
        return amount
    if drug.ingredients:
        return _combination(item, drug, amount, catalog)
    ingredient_mg = {drug.id: amount.mg} if amount.mg is not None else {}
    problem = _single_problem(item, drug, amount)
    return DailyAmount(
        doses_per_day=per_day, mg=amount.mg, rate_mcg_h=amount.rate_mcg_h, count=amount.count,
        count_unit=amount.count_unit, ingredient_mg=ingredient_mg, problem=problem,
    )


def _combination(item: MedicationItem, drug: Drug, amount: DailyAmount, catalog: CatalogIndex | None) -> DailyAmount:
    # A combination's ingredient amounts are per tablet or capsule, so only a count of those
    # multiplies out; "325 mg" of a two-ingredient tablet could be either ingredient.
    if item.unit not in PIECE_UNITS or amount.count is None:
        parts = ", ".join(_ingredient_name(i.drug, catalog) for i in drug.ingredients)
        return DailyAmount(
            doses_per_day=amount.doses_per_day, count=amount.count, count_unit=amount.count_unit,
            problem=(
                f"{drug.name} is written in {item.unit}; a combination product ({parts}) is dosed in tablets, "
                "so the amount of each ingredient cannot be worked out"
            ),
        )
    ingredient_mg: dict[str, float] = {}
    for ingredient in drug.ingredients:
        ingredient_mg[ingredient.drug] = ingredient_mg.get(ingredient.drug, 0.0) + ingredient.amount_mg * amount.count
    return DailyAmount(
        doses_per_day=amount.doses_per_day, count=amount.count, count_unit=amount.count_unit,
        ingredient_mg=ingredient_mg,
    )


def _ingredient_name(drug_id: str, catalog: CatalogIndex | None) -> str:
    part = catalog.drugs.get(drug_id) if catalog is not None else None
    return part.name.lower() if part is not None else drug_id


def _single_problem(item: MedicationItem, drug: Drug, amount: DailyAmount) -> str | None:
    """Why the amount a single-ingredient drug's checks need is unknown, or None if it is known."""
    unit = drug.dose_unit
    if unit == "mcg/h":
        # A patch drug counts by its rate; one that also comes in forms dosed by mass (a
        # buprenorphine buccal film) may count by mass. Fentanyl "25 mg" fits neither.
        by_mass = any(s.unit in MASS_TO_MG for s in drug.strengths)
        if amount.rate_mcg_h is not None or (by_mass and amount.mg is not None):
            return None
    elif unit in MASS_TO_MG:
        if amount.mg is not None:
            return None
    elif amount.count is not None and amount.count_unit == unit:
        return None
    if item.unit in COUNT_UNITS and item.strength is None:
        return (
            f"{drug.name} is written as {_pieces(item)} without the strength of one {item.unit}, "
            f"so the amount a day ({_unit_words(unit)}) cannot be worked out; add the strength"
        )
    return f"{drug.name} is written in {item.unit}, which does not fit how it is counted ({_unit_words(unit)})"


def _pieces(item: MedicationItem) -> str:
    amount = f"{item.dose:g}"
    return f"{amount} {item.unit}" + ("s" if item.dose != 1 and item.unit != "ml" else "")


def _unit_words(unit: str) -> str:
    if unit == "mcg/h":
        return "a patch rate in mcg/h"
    if unit in MASS_TO_MG:
        return f"{unit} a day"
    return f"{unit}s a day"


def dose_words(item: MedicationItem) -> str:
    """One dose for a clinician: "400 mg", "2 tablets × 15 mg", "1 patch × 25 mcg/h"."""
    text = f"{_num(item.dose)} {item.unit}"
    if item.unit in COUNT_UNITS and item.unit != "ml" and item.dose != 1:
        text += "s"
    if item.strength is not None and item.unit in COUNT_UNITS:
        text += f" × {_num(item.strength.amount)} {item.strength.unit}"
    if item.release == "er":
        text += " ER"
    return text


def interval_words(hours: int) -> str:
    """72 -> "every 3 days", 168 -> "once a week", 36 -> "every 36 hours"."""
    if hours == 24:
        return "once a day"
    if hours == 168:
        return "once a week"
    if hours % 24 == 0:
        return f"every {hours // 24} days"
    return f"every {hours} hours"


def schedule_words(item: MedicationItem, drug: Drug | None) -> str:
    """How often, for a clinician: "3×/day (morning, midday, evening)", "every 3 days (patch)",
    "as needed, max 4/day, at least 4 h apart", "rescue: for an emergency, not a daily medicine"."""
    kind = frequency(item, drug)
    if kind == "rescue":
        return "rescue medicine (emergency use by others; not in daily totals)"
    if kind == "prn":
        text = f"as needed, max {item.max_per_day}/day"
        if item.min_hours_between is not None:
            text += f", at least {_num(item.min_hours_between)} h apart"
        return text
    if kind == "interval" and item.interval_hours is not None:
        return interval_words(item.interval_hours)
    if kind == "daily" and item.times_per_day is not None:
        slots = dose_slots(item, drug)
        text = f"{item.times_per_day}×/day"
        return f"{text} ({', '.join(slots)})" if slots else f"{text} (spread over the day)"
    return "no frequency given"


def course_words(item: MedicationItem) -> str:
    """ "for 7 days", "until 2027-01-31", or "" for an ongoing medicine."""
    if item.duration_days is not None:
        return f"for {item.duration_days} day{'s' if item.duration_days != 1 else ''}"
    if item.stop is not None:
        return f"until {item.stop.isoformat()}"
    return ""
