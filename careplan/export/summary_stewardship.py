"""Clinician-summary builders for care over time: each taper's steps with dates, amount a day and
MME (and its MME curve), monitoring with its due dates, and the measures by visit with their
scores, bands and trend charts."""

from __future__ import annotations

from datetime import timedelta

from careplan.domain.instruments import instrument
from careplan.domain.measures import instruments_used, series, trend
from careplan.domain.monitoring import monitoring_status
from careplan.domain.plan import CarePlan, MedicationItem
from careplan.domain.plan_stewardship import MONITORING_LABELS
from careplan.domain.taper import TaperError, TaperLevel, taper_levels
from careplan.export.chart_stewardship import step_chart, trend_chart
from careplan.export.context import RenderContext, number
from careplan.export.flow import Flowable, para, together
from careplan.export.summary_common import med_describe, table, when
from careplan.export.text import esc

_STATE_WORDS = {"done": "up to date", "due": "due today", "overdue": "OVERDUE", "missing": "not recorded",
                "covered": "naloxone in the plan"}


def _doses(level: TaperLevel, item: MedicationItem) -> str:
    unit = item.unit
    if level.kind == "stop":
        return "stop"
    parts = [f"{number(a)} {unit}" + (f" {slot}" if slot else "") for slot, a in level.doses]
    every = f" every {level.interval_hours} h" if level.interval_hours else ""
    text = ", ".join(parts) + every
    return f"pause ({text})" if level.kind == "pause" else text


def _taper_rows(item: MedicationItem, levels: list[TaperLevel]) -> list[list[str]]:
    rows = []
    for level in levels:
        start = "now" if level.begins is None else when(level.begins)
        until = when(level.ends) if level.ends is not None else ("\u2014" if level.kind == "stop" else "on")
        mme = number(round(level.mme, 1)) if level.mme is not None else "\u2014"
        note = esc(level.step.note) if level.step is not None and level.step.note else esc(level.mme_note) or ""
        rows.append([start, until, esc(_doses(level, item)), f"{number(round(level.daily, 3))} {esc(item.unit)}", mme,
                     note or "\u2014"])
    return rows


def _taper_one(item: MedicationItem, ctx: RenderContext) -> list[Flowable]:
    s = ctx.styles
    head = [para(f"Taper: {esc(med_describe(item, ctx))}", s.h2)]
    try:
        levels = taper_levels(item, ctx.catalog)
    except TaperError as exc:
        return [*head, para(f"Cannot be worked out: {esc(str(exc))} (see TAPER-RATE).", s.body)]
    taper = item.taper
    how = "dated steps" if taper is None or taper.rate is None else (
        f"a rate of {number(taper.rate.percent)}% of the {taper.rate.basis} amount a day per {taper.rate.per}, "
        f"from {when(taper.rate.begins)}, rounded to the strengths in the catalog")
    use = {True: "a year or longer", False: "less than a year", None: "not recorded"}[
        taper.long_term_use if taper is not None else None]
    out = [*head, para(f"Written as {esc(how)}. Length of use (taper record): {use}.", s.small)]
    out.append(table(["From", "Until", "Doses", "A day", "MME/day", "Note"], _taper_rows(item, levels),
                     [0.14, 0.14, 0.3, 0.12, 0.1, 0.2], ctx))
    dated = [lvl for lvl in levels[1:] if lvl.begins is not None]
    if dated:
        start_day = dated[0].begins - timedelta(days=7) if dated[0].begins else ctx.today
        points = [(start_day, levels[0].mme if levels[0].mme is not None else levels[0].daily)]
        points += [(lvl.begins, lvl.mme if lvl.mme is not None else lvl.daily) for lvl in dated if lvl.begins]
        end = (dated[-1].ends or dated[-1].begins or ctx.today) + timedelta(days=14)
        label = "MME/day by date" if levels[0].mme is not None else f"{item.unit} a day by date"
        out.append(step_chart(points, end, label, s, ctx.width * 0.8))
    return [together(out[:3]), *out[3:]]


def tapers(plan: CarePlan, ctx: RenderContext) -> list[Flowable]:
    """Each taper: steps, amount a day, MME, and the MME curve."""
    items = [i for i in plan.all_medications() if i.taper is not None]
    if not items:
        return []
    out = [para("Tapers", ctx.styles.h1)]
    for item in items:
        out += _taper_one(item, ctx)
    return out


def monitoring(plan: CarePlan, ctx: RenderContext) -> list[Flowable]:
    """Monitoring the plan's medicines call for, with last date and next due date; then every
    entry recorded."""
    status = monitoring_status(plan, ctx.catalog, ctx.today) if plan.patient is not None else []
    if not status and not plan.monitoring:
        return []
    s = ctx.styles
    out = [para("Monitoring", s.h1)]
    if status:
        rows = [[esc(st.label), when(st.last.date) if st.last else "\u2014",
                 f"{st.fact.interval_days} days" if st.fact.interval_days else "once",
                 when(st.due) if st.due else "\u2014", _STATE_WORDS[st.state]] for st in status]
        out.append(table(["Task", "Last done", "Interval", "Next due", "Status"], rows, [0.34, 0.15, 0.13, 0.15, 0.23], ctx))
    if plan.monitoring:
        entries = sorted(plan.monitoring, key=lambda e: e.date, reverse=True)
        rows = [[when(e.date), esc(MONITORING_LABELS[e.kind]), esc(e.note) or "\u2014"] for e in entries]
        out += [para("Recorded", s.h2), table(["Date", "Task", "Note"], rows, [0.15, 0.35, 0.5], ctx)]
    return out


def measures(plan: CarePlan, ctx: RenderContext) -> list[Flowable]:
    """Each instrument's scores by visit, with bands, the change since the first visit, and a chart."""
    used = instruments_used(plan)
    if not used:
        return []
    s = ctx.styles
    out = [para("Measures by visit", s.h1)]
    for instrument_id in used:
        definition = instrument(instrument_id)
        scores = series(plan, instrument_id)
        rows = [[when(sc.entry.date), sc.shown(), esc(sc.band or "\u2014"),
                 ", ".join(str(a) for a in sc.entry.answers), esc(sc.entry.note) or "\u2014"] for sc in scores]
        block: list[Flowable] = [
            para(f"{esc(definition.name)} ({esc(definition.score)}, {number(definition.score_min)}\u2013"
                 f"{number(definition.score_max)})", s.h2),
            table(["Date", "Score", "Band", "Answers", "Note"], rows, [0.15, 0.1, 0.2, 0.3, 0.25], ctx)]
        change = trend(plan, instrument_id)
        if change is not None:
            pct = (f", {number(round(change.percent_lower))}% lower" if change.percent_lower and change.percent_lower > 0
                   else f", {number(round(-change.percent_lower))}% higher" if change.percent_lower else "")
            matters = f" ({change.importance} by IMMPACT)" if change.importance else ""
            block.append(para(f"Since {when(change.first.entry.date)}: {change.first.shown()} \u2192 "
                              f"{change.last.shown()}{pct}{matters}, over {change.visits} visits.", s.body))
        out.append(together(block))
        if len(scores) > 1:
            points = [(sc.entry.date, sc.value) for sc in scores]
            out.append(trend_chart(points, definition.score_max, f"{instrument_id} by visit", s, ctx.width * 0.8))
    # Each licence's terms are whole sentences: one after the other, each with its own stop.
    terms = (instrument(i).licence.terms.strip() for i in used)
    out.append(para("<i>Licences: " + " ".join(
        f"{esc(i)}: {esc(t if t.endswith('.') else t + '.')}" for i, t in zip(used, terms, strict=True)) + "</i>", s.small))
    return out
