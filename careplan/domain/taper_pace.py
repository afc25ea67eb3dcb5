"""How fast each reduction of a taper goes, in the terms of a guideline's rate.

A reduction's size is a percentage of the starting amount a day (``basis`` "starting") or of the
amount just before it ("previous"). Its pace spreads that size over the time since the reduction
before it; the first reduction is spread over the time its own level is held, and a single drop
with nothing after it (an immediate stop) counts whole, as if made in one period.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from careplan.domain.plan import MedicationItem
from careplan.domain.taper import TaperLevel

_EPS = 1e-9


@dataclass(frozen=True)
class Reduction:
    """One fall in the amount a day, from ``before`` to ``after``."""

    before: TaperLevel
    after: TaperLevel
    percent: float
    elapsed_days: int | None
    per_days: int
    # True when the first reduction is measured by how long its own level is held.
    held: bool = False

    @property
    def pace(self) -> float:
        """The reduction as a percentage per guideline period (``per_days``)."""
        if self.elapsed_days is None or self.elapsed_days <= 0:
            return self.percent
        return self.percent * self.per_days / max(self.elapsed_days, 1)

    @property
    def begins(self) -> date | None:
        return self.after.begins


def reductions(levels: list[TaperLevel], basis: str, per_days: int) -> list[Reduction]:
    """Every fall in the amount a day along the levels (pauses and increases are not falls)."""
    start = levels[0].daily
    found: list[Reduction] = []
    previous_cut: date | None = None
    for index in range(1, len(levels)):
        before, after = levels[index - 1], levels[index]
        if after.daily >= before.daily - _EPS:
            continue
        base = start if basis == "starting" else before.daily
        percent = 100 * (before.daily - after.daily) / base if base > 0 else 100.0
        held = previous_cut is None or after.begins is None
        if previous_cut is not None and after.begins is not None:
            elapsed: int | None = (after.begins - previous_cut).days
        else:
            elapsed = _held_days(levels, index)
        found.append(Reduction(before, after, percent, elapsed, per_days, held))
        previous_cut = after.begins
    return found


def _held_days(levels: list[TaperLevel], index: int) -> int | None:
    """Days from a level's start to the next fall after it (pauses count as holding)."""
    begins = levels[index].begins
    if begins is None:
        return None
    for later in levels[index + 1:]:
        if later.daily < levels[index].daily - _EPS and later.begins is not None:
            return (later.begins - begins).days
    return None


def long_term_use(item: MedicationItem, first_cut: date | None, days: int) -> bool | None:
    """Whether the medicine has been taken for ``days`` or longer when the taper starts: the
    taper's own record, else the item's start date; None when neither tells."""
    if item.taper is not None and item.taper.long_term_use is not None:
        return item.taper.long_term_use
    if item.start is not None and first_cut is not None:
        return (first_cut - item.start).days >= days
    return None
