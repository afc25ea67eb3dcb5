"""Plan comparison words for care over time: a medicine's taper (steps by date, each with its
amount a day and MME), monitoring recorded, and measures per visit with their scores."""

from __future__ import annotations

from datetime import date

from careplan.domain.catalog import CatalogIndex
from careplan.domain.measures import Score, score, series
from careplan.domain.numbers import number
from careplan.domain.plan import CarePlan, MedicationItem
from careplan.domain.plan_stewardship import MONITORING_LABELS, MeasureEntry, MonitoringEntry
from careplan.domain.taper import TaperError, TaperLevel, taper_levels

ARROW = "\u2192"


def day(value: date) -> str:
    return f"{value.day} {value:%b} {value.year}"


def _amount(level: TaperLevel, unit: str) -> str:
    if level.kind == "stop":
        return "stop"
    text = f"{number(round(level.daily, 3))} {unit}/day"
    return f"{text} ({number(round(level.mme, 1))} MME)" if level.mme is not None else text


def _step_words(level: TaperLevel, unit: str) -> str:
    if level.kind == "pause":
        return f"pause at {_amount(level, unit)}"
    return _amount(level, unit)


def _levels(item: MedicationItem, catalog: CatalogIndex) -> tuple[list[TaperLevel] | None, str]:
    try:
        return taper_levels(item, catalog), ""
    except TaperError as exc:
        return None, str(exc)


def taper_summary(item: MedicationItem, catalog: CatalogIndex) -> str:
    """ "5 steps from 11 Jan 2027 (60 → 45 mg/day ...) to a stop on 3 May 2027"."""
    levels, problem = _levels(item, catalog)
    if levels is None:
        return f"cannot be worked out ({problem})"
    steps = levels[1:]
    if not steps:
        return "no steps"
    first, last = steps[0], steps[-1]
    end = f"a stop on {day(last.begins)}" if last.kind == "stop" and last.begins else _amount(last, item.unit)
    start = day(first.begins) if first.begins else "the start"
    count = f"{len(steps)} step{'s' if len(steps) != 1 else ''}"
    return f"{count} from {start}, down from {_amount(levels[0], item.unit)} to {end}"


def taper_changes(old: MedicationItem, new: MedicationItem, catalog: CatalogIndex) -> list[str]:
    """What changed in an item's taper, step by step (steps are matched by their first day)."""
    if old.taper == new.taper:
        return []
    if old.taper is None:
        return [f"taper added: {taper_summary(new, catalog)}"]
    if new.taper is None:
        return [f"taper removed (was {taper_summary(old, catalog)})"]
    before, _ = _levels(old, catalog)
    after, _ = _levels(new, catalog)
    if before is None or after is None:
        return [f"taper changed: {taper_summary(new, catalog)}"]
    olds = {lvl.begins: lvl for lvl in before[1:]}
    news = {lvl.begins: lvl for lvl in after[1:]}
    out: list[str] = []
    for when in sorted(set(olds) | set(news), key=lambda d: d or date.min):
        a, b = olds.get(when), news.get(when)
        label = f"taper step from {day(when)}" if when else "taper step"
        if a is None and b is not None:
            out.append(f"added {label}: {_step_words(b, new.unit)}")
        elif b is None and a is not None:
            out.append(f"removed {label} ({_step_words(a, old.unit)})")
        elif a is not None and b is not None and (a.kind, a.daily, a.doses) != (b.kind, b.daily, b.doses):
            out.append(f"{label}: {_step_words(a, old.unit)} {ARROW} {_step_words(b, new.unit)}")
    if old.taper.long_term_use != new.taper.long_term_use:
        words = {True: "a year or longer", False: "less than a year", None: "not recorded"}
        out.append(f"taper, length of use: {words[old.taper.long_term_use]} {ARROW} {words[new.taper.long_term_use]}")
    return out or ["taper changed (notes only)"]


def _monitoring_words(entry: MonitoringEntry) -> str:
    label = MONITORING_LABELS[entry.kind]
    return f"{label[0].lower()}{label[1:]} on {day(entry.date)}"


def monitoring_changes(old: CarePlan, new: CarePlan) -> list[str]:
    """Monitoring entries recorded, removed or redated (matched by entry id)."""
    olds = {e.id: e for e in old.monitoring}
    news = {e.id: e for e in new.monitoring}
    out = [f"recorded: {_monitoring_words(e)}" for e in new.monitoring if e.id not in olds]
    out += [f"removed: {_monitoring_words(e)}" for e in old.monitoring if e.id not in news]
    for e in new.monitoring:
        was = olds.get(e.id)
        if was is not None and was != e:
            out.append(f"{_monitoring_words(was)} {ARROW} {_monitoring_words(e)}")
    return out


def _score_words(s: Score) -> str:
    band = f" ({s.band})" if s.band else ""
    return f"{s.entry.instrument} on {day(s.entry.date)}: {s.shown()}{band}"


def _trend_words(plan: CarePlan, instrument_id: str, since: MeasureEntry | None) -> str | None:
    """ "PEG 6.0 on 13 Oct 2026 → 4.7 now (22% lower)": the latest against the one before it."""
    scores = series(plan, instrument_id)
    if len(scores) < 2:
        return None
    previous = next((s for s in reversed(scores[:-1]) if since is None or s.entry.id != since.id), scores[-2])
    last = scores[-1]
    if previous.value == 0:
        return None
    lower = 100 * (previous.value - last.value) / previous.value
    direction = f"{number(round(abs(lower)))}% {'lower' if lower > 0 else 'higher'}" if round(lower) else "no change"
    return f"{instrument_id} {previous.shown()} on {day(previous.entry.date)} {ARROW} {last.shown()} on {day(last.entry.date)} ({direction})"


def measure_changes(old: CarePlan, new: CarePlan) -> list[str]:
    """Measures added, removed or re-answered (with their scores), then the latest change per
    instrument that gained a visit."""
    olds = {e.id: e for e in old.measures}
    news = {e.id: e for e in new.measures}
    added = [e for e in new.measures if e.id not in olds]
    out = [f"added {_score_words(score(e))}" for e in added]
    out += [f"removed {_score_words(score(e))}" for e in old.measures if e.id not in news]
    for e in new.measures:
        was = olds.get(e.id)
        if was is not None and was != e:
            a, b = score(was), score(e)
            out.append(f"{e.instrument} on {day(e.date)}: {a.shown()} {ARROW} {b.shown()}"
                       + (f" ({b.band})" if b.band else ""))
    for instrument_id in dict.fromkeys(e.instrument for e in added):
        trend = _trend_words(new, instrument_id, None)
        if trend:
            out.append(f"latest change: {trend}")
    return out
