"""Pure edits of an item's taper for the GUI's taper editor: each returns the taper as file data
(``{"steps": [...]}``) or None to remove it; the editor sends it through the one edit road."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from careplan.domain.catalog import CatalogIndex
from careplan.domain.dosing import dose_slots
from careplan.domain.plan import MedicationItem
from careplan.domain.plan_stewardship import TaperRate
from careplan.domain.taper import TaperLevel, steps_from_rate, taper_levels

TaperData = dict[str, Any]
# A new step comes four weeks after the one before: the period of the long-term guidance.
STEP_GAP = timedelta(days=28)


def next_monday(today: date) -> date:
    """The first day of a taper started today: next Monday (a patient starts a step on a set day)."""
    return today + timedelta(days=7 - today.weekday())


def taper_data(item: MedicationItem) -> TaperData:
    """The item's taper as file data (dated steps), or an empty one."""
    if item.taper is None:
        return {"steps": []}
    return item.taper.model_dump(mode="python", by_alias=True)


def doses_step(begins: date, doses: dict[str, float], note: str = "", interval_hours: int | None = None) -> dict[str, Any]:
    """A dose step from amounts per time of day (zero means none): one dose size at several times
    is written as ``dose`` with ``times_per_day``; different sizes as ``doses``."""
    given = {slot: amount for slot, amount in doses.items() if amount > 0}
    if interval_hours is not None:
        amount = next(iter(given.values()), 0.0)
        return {"from": begins, "dose": amount, "interval_hours": interval_hours, "note": note}
    if not given:
        return {"from": begins, "stop": True, "note": note}
    sizes = set(given.values())
    if len(sizes) == 1:
        return {"from": begins, "dose": sizes.pop(), "times_per_day": len(given), "timing": list(given), "note": note}
    return {"from": begins, "doses": given, "note": note}


def level_slots(item: MedicationItem, level: TaperLevel, catalog: CatalogIndex) -> dict[str, float]:
    """A level's amounts by time of day (the slots of the item when a level has none named)."""
    named = {slot: amount for slot, amount in level.doses if slot is not None}
    if named or not level.doses:
        return named
    drug = catalog.drugs.get(item.drug) if item.drug else None
    slots = dose_slots(item, drug) or ("morning",)
    return {slot: amount for slot, (_s, amount) in zip(slots, level.doses, strict=False)}


def with_step(data: TaperData, step: dict[str, Any], replace: str | None = None) -> TaperData:
    """The taper with ``step`` added, or put in place of the step with id ``replace``; in date order."""
    steps = [s for s in data.get("steps", []) if s.get("id") != replace or replace is None]
    if replace is not None:
        step = {**step, "id": replace}
    steps.append(step)
    steps.sort(key=lambda s: s["from"])
    # A stop ends a taper: steps dated after it go (the editor says so by showing the table).
    stop = next((i for i, s in enumerate(steps) if s.get("stop")), None)
    if stop is not None:
        steps = steps[:stop + 1]
    return {**{k: v for k, v in data.items() if k != "rate"}, "steps": steps}


def without_step(data: TaperData, step_id: str) -> TaperData | None:
    """The taper without one step; None (no taper) when none is left."""
    steps = [s for s in data.get("steps", []) if s.get("id") != step_id]
    return {**data, "steps": steps} if steps else None


def new_step(item: MedicationItem, catalog: CatalogIndex, today: date) -> dict[str, Any]:
    """The step "Add step" offers: four weeks after the last (next Monday for the first), with the
    doses of the last level, for the clinician to lower."""
    levels = taper_levels(item, catalog) if item.taper is not None else []
    if not levels:
        drug = catalog.drugs.get(item.drug) if item.drug else None
        slots = dose_slots(item, drug) or ("morning",)
        return doses_step(next_monday(today), dict.fromkeys(slots, item.dose), interval_hours=item.interval_hours)
    last = next((lvl for lvl in reversed(levels) if lvl.kind != "stop"), levels[0])
    begins = (levels[-1].begins or today) + STEP_GAP if levels[-1].begins else next_monday(today)
    return doses_step(begins, level_slots(item, last, catalog), interval_hours=last.interval_hours)


def rate_steps(item: MedicationItem, catalog: CatalogIndex, rate: dict[str, Any]) -> TaperData:
    """The taper written out as dated steps from a rate (raises TaperError when it cannot be)."""
    worked = TaperRate.model_validate(rate)
    drug = catalog.drugs.get(item.drug) if item.drug else None
    steps = [s.model_dump(mode="python", by_alias=True) for s in steps_from_rate(item, drug, worked)]
    kept = {k: v for k, v in taper_data(item).items() if k in ("long_term_use", "note")}
    return {**kept, "steps": steps}
