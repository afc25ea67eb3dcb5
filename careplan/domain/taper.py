"""Taper arithmetic: each step's amount a day and MME, the steps of a rate taper rounded to the
strengths the catalog lists, and how fast each reduction goes.

A taper starts from the item as written (its dose and frequency: the *starting* level). Each
step holds from its ``from`` date until the next step begins. A pause keeps the level before it;
a stop ends the medicine. The MME of each level comes from the safety engine's own MME code
(:func:`careplan.domain.safety.mme.compute_mme`), never from a copy of its factors.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from careplan.domain.catalog import CatalogIndex
from careplan.domain.catalog_model import Drug
from careplan.domain.dosing import dose_slots
from careplan.domain.plan import CarePlan, MedicationItem, MedicationModule
from careplan.domain.plan_stewardship import Taper, TaperRate, TaperStep
from careplan.domain.taper_rounding import RoundingError, Split, best_split, dose_amounts

PERIOD_DAYS: dict[str, int] = {"week": 7, "month": 28}
# A rate taper that has not ended after this many periods is refused (a typo such as 0.1 %).
MAX_PERIODS = 260


class TaperError(ValueError):
    """A taper cannot be worked out (a rate on an as-needed medicine, no strengths to round to)."""


LevelKind = Literal["start", "dose", "pause", "stop"]


@dataclass(frozen=True)
class TaperLevel:
    """One level of a taper: the start (the item as written) or a step, with its amount a day."""

    kind: LevelKind
    step: TaperStep | None
    begins: date | None
    ends: date | None
    # The day's doses in the item's unit, by time of day where known (None: no set time).
    doses: tuple[tuple[str | None, float], ...]
    times_per_day: int | None
    interval_hours: int | None
    daily: float
    # MME a day by the safety engine's table; None when the medicine has no MME (not an opioid)
    # or the amount cannot be counted (``mme_note`` says why).
    mme: float | None
    mme_note: str = ""

    @property
    def days(self) -> int | None:
        if self.begins is None or self.ends is None:
            return None
        return (self.ends - self.begins).days + 1


def step_item(item: MedicationItem, step: TaperStep) -> MedicationItem:
    """The item as taken during a dose step (its daily amount and frequency), for counting."""
    plain = {"taper": None, "prn": False, "max_per_day": None, "min_hours_between": None, "timing": None,
             "times_per_day": None, "interval_hours": None, "stop": None, "duration_days": None}
    if step.doses is not None:
        return item.model_copy(update={**plain, "dose": sum(step.doses.values()), "times_per_day": 1})
    if step.dose is not None:
        return item.model_copy(update={**plain, "dose": step.dose, "times_per_day": step.times_per_day,
                                       "interval_hours": step.interval_hours, "timing": step.timing})
    raise ValueError("a pause or a stop has no dose of its own")


def _daily(item: MedicationItem) -> float:
    return item.daily_amount


def _mme(item: MedicationItem, catalog: CatalogIndex) -> tuple[float | None, str]:
    """MME a day of one item alone, through the engine's MME code."""
    # Imported here: the safety package's rules import this module (a cycle at import time).
    from careplan.domain.safety.mme import compute_mme

    probe = CarePlan(format="careplan-template", modules=[MedicationModule(items=[item.model_copy(update={"taper": None})])])
    lines = compute_mme(probe, catalog).lines
    if not lines:
        return None, ""
    if not all(line.counted for line in lines):
        return None, "; ".join(line.note for line in lines if not line.counted)
    return sum(line.mme for line in lines), ""


def _item_doses(item: MedicationItem, drug: Drug | None) -> tuple[tuple[str | None, float], ...]:
    if item.times_per_day is None:
        return ((None, item.dose),)
    slots = dose_slots(item, drug)
    if slots is None:
        return tuple((None, item.dose) for _ in range(item.times_per_day))
    return tuple((slot, item.dose) for slot in slots)


def _level_of_item(kind: LevelKind, step: TaperStep | None, item: MedicationItem, drug: Drug | None,
                   catalog: CatalogIndex) -> TaperLevel:
    mme, note = _mme(item, catalog)
    return TaperLevel(kind=kind, step=step, begins=step.begins if step else None, ends=None,
                      doses=_item_doses(item, drug), times_per_day=item.times_per_day,
                      interval_hours=item.interval_hours, daily=_daily(item), mme=mme, mme_note=note)


def taper_steps(item: MedicationItem, catalog: CatalogIndex) -> list[TaperStep]:
    """The taper's dated steps: as written, or worked out from its rate.

    Raises:
        TaperError: the item has no taper, or its rate cannot be turned into steps.
    """
    taper = item.taper
    if taper is None:
        raise TaperError(f"{item.label} has no taper")
    if taper.rate is None:
        return list(taper.steps)
    drug = catalog.drugs.get(item.drug) if item.drug else None
    return steps_from_rate(item, drug, taper.rate)


def taper_levels(item: MedicationItem, catalog: CatalogIndex) -> list[TaperLevel]:
    """The starting level and one level per step, each with its dates, amount a day and MME."""
    drug = catalog.drugs.get(item.drug) if item.drug else None
    steps = taper_steps(item, catalog)
    levels = [_level_of_item("start", None, item, drug, catalog)]
    for step in steps:
        before = levels[-1]
        if step.stop:
            level = TaperLevel("stop", step, step.begins, None, (), None, None, 0.0,
                               0.0 if before.mme is not None else None)
        elif step.pause:
            level = TaperLevel("pause", step, step.begins, None, before.doses, before.times_per_day,
                               before.interval_hours, before.daily, before.mme, before.mme_note)
        else:
            taken = step_item(item, step)
            mme, note = _mme(taken, catalog)
            if step.doses is not None:
                doses: tuple[tuple[str | None, float], ...] = tuple(step.doses.items())
            else:
                doses = _item_doses(taken, drug)
            level = TaperLevel("dose", step, step.begins, None, doses, taken.times_per_day, taken.interval_hours,
                               taken.daily_amount, mme, note)
        levels.append(level)
    # Each step ends the day before the next begins; the last runs on (a stop has no end).
    first = levels[1].begins if len(levels) > 1 else None
    dated: list[TaperLevel] = [_with_end(levels[0], first - timedelta(days=1) if first is not None else None)]
    for index, level in enumerate(levels[1:], start=1):
        nxt = levels[index + 1] if index + 1 < len(levels) else None
        ends = nxt.begins - timedelta(days=1) if nxt is not None and nxt.begins is not None else None
        dated.append(_with_end(level, ends if level.kind != "stop" else None))
    return dated


def _with_end(level: TaperLevel, ends: date | None) -> TaperLevel:
    return TaperLevel(level.kind, level.step, level.begins, ends, level.doses, level.times_per_day,
                      level.interval_hours, level.daily, level.mme, level.mme_note)


# --- a rate taper ---------------------------------------------------------------------------


def _step_for(split: Split, begins: date, item: MedicationItem, drug: Drug | None) -> TaperStep:
    """A dose step for a split: one dose size at the usual times, or doses per time of day."""
    if item.interval_hours is not None:
        return TaperStep.model_validate({"from": begins, "dose": split.total, "interval_hours": item.interval_hours})
    slots = dose_slots(item, drug) or ()
    even = split.spread == 0
    if even and len(split.doses) == item.times_per_day:
        timing = list(slots) if item.timing is not None else None
        return TaperStep.model_validate({"from": begins, "dose": split.doses[0], "times_per_day": len(split.doses),
                                         "timing": timing})
    if len(slots) < len(split.doses):
        # More doses than named times of day: keep one dose size a day, spread over the day.
        raise TaperError(f"{item.label}: {len(split.doses)} unequal doses a day need times of day; write the steps one by one")
    return TaperStep.model_validate({"from": begins, "doses": dict(zip(slots, split.doses, strict=False))})


def steps_from_rate(item: MedicationItem, drug: Drug | None, rate: TaperRate) -> list[TaperStep]:
    """Dated steps for a rate taper, each rounded to doses the catalog's strengths can make.

    Each period (a week, or a month of 4 weeks so that steps keep their weekday) allows a cut of
    ``percent`` of the starting amount a day (or of the amount being taken: ``basis`` "previous");
    periods without a cut add up. A step is the smallest amount that can be made up at or above
    what the time allows, so that rounding never makes the taper faster than the rate; when no
    such amount lies below the current one, the dose is kept a period longer. A pause adds weeks
    after the given reduction, and the time it adds is not spent on a larger cut afterwards. The
    taper ends at ``to_daily``, or with a stop once the time allows the last cut.

    Raises:
        TaperError: an as-needed medicine (no steady amount to reduce), no strengths to round to,
            or a rate too slow to end within five years of periods.
    """
    if item.prn or (item.times_per_day is None and item.interval_hours is None):
        raise TaperError(f"{item.label}: a rate taper needs a medicine taken on a schedule; write the steps one by one")
    try:
        amounts = dose_amounts(item, drug)
    except RoundingError as exc:
        raise TaperError(str(exc)) from None
    count = item.times_per_day or 1
    start = item.dose * count
    period = timedelta(days=PERIOD_DAYS[rate.per])
    pauses = {p.after_step: p.weeks for p in rate.pauses}
    fraction = rate.percent / 100
    steps: list[TaperStep] = []
    current, when, periods, cuts = start, rate.begins, 1, 0
    for _ in range(MAX_PERIODS):
        base = start if rate.basis == "starting" else current
        target = current - fraction * periods * base
        if rate.to_daily is not None:
            target = max(target, rate.to_daily)
        elif target <= 1e-9:
            steps.append(TaperStep.model_validate({"from": when, "stop": True}))
            return steps
        split = best_split(target, current, amounts, count)
        if split is None:
            if rate.to_daily is not None and target <= rate.to_daily + 1e-9:
                return steps  # as close to the target as the strengths allow
            periods += 1
            when += period
            continue
        steps.append(_step_for(split, when, item, drug))
        current, periods, cuts = split.total, 1, cuts + 1
        if rate.to_daily is not None and current <= rate.to_daily + 1e-9:
            return steps
        when += period
        if cuts in pauses:
            steps.append(TaperStep.model_validate({"from": when, "pause": True}))
            when += timedelta(weeks=pauses[cuts])
    raise TaperError(f"{item.label}: the rate does not reach the end within {MAX_PERIODS} periods")


def with_steps(taper: Taper, steps: list[TaperStep]) -> Taper:
    """The taper written out as dated steps (what the GUI's "work out steps" stores)."""
    return Taper.model_validate({**taper.model_dump(mode="python", exclude={"rate", "steps"}),
                                 "steps": [s.model_dump(mode="python", by_alias=True) for s in steps]})
