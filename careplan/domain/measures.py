"""Scores and trends of the measures a plan records per visit (PEG, PHQ-9, GAD-7, NRS).

Every score is worked out by the instrument's published rule (:mod:`careplan.domain.instruments`);
a trend compares the first and the latest visit, and for pain measures names how much the fall
matters by the IMMPACT bands in the catalog.
"""

from __future__ import annotations

from dataclasses import dataclass

from careplan.domain.instruments import Instrument, instrument, load_instruments
from careplan.domain.plan import CarePlan
from careplan.domain.plan_stewardship import MeasureEntry


@dataclass(frozen=True)
class Score:
    """One visit's score: the value by the published rule and its severity band, if any."""

    entry: MeasureEntry
    instrument: Instrument
    value: float
    band: str | None

    def shown(self) -> str:
        """The score as printed: the instrument's own decimals ("6.3" for a PEG mean)."""
        return f"{self.value:.{self.instrument.score_decimals}f}"


def score(entry: MeasureEntry) -> Score:
    definition = instrument(entry.instrument)
    value = definition.total(entry.answers)
    return Score(entry, definition, value, definition.band(value))


def series(plan: CarePlan, instrument_id: str) -> list[Score]:
    """One instrument's scores in date order (entries of the same day keep their file order)."""
    entries = [e for e in plan.measures if e.instrument == instrument_id]
    return [score(e) for e in sorted(entries, key=lambda e: e.date)]


def instruments_used(plan: CarePlan) -> list[str]:
    """The instruments the plan has entries for, in the catalog's order."""
    used = {e.instrument for e in plan.measures}
    return [i.id for i in load_instruments().instruments if i.id in used]


@dataclass(frozen=True)
class Trend:
    """From the first to the latest visit: the change, the percentage fall, and (for the pain
    measures the IMMPACT bands cover) how much the fall matters."""

    first: Score
    last: Score
    change: float
    percent_lower: float | None
    importance: str | None
    visits: int


def trend(plan: CarePlan, instrument_id: str) -> Trend | None:
    """The trend over two or more visits, or None with fewer."""
    scores = series(plan, instrument_id)
    if len(scores) < 2:
        return None
    first, last = scores[0], scores[-1]
    change = last.value - first.value
    percent = 100 * (first.value - last.value) / first.value if first.value > 0 else None
    bands = load_instruments().change
    importance = None
    if percent is not None and percent > 0 and instrument_id in bands.measures:
        importance = bands.label(round(percent, 6))
    return Trend(first, last, change, percent, importance, len(scores))
