"""Stewardship rules over the stewardship facts (``stewardship.json``), by drug class:

* ``TAPER-RATE`` (warning): a taper step faster than the sourced guidance for the medicine's class
  and length of use; a medicine of a class never to stop abruptly (opioids, benzodiazepines) that
  the plan stops without a taper while the patient is on it long-term or as a current medicine; a
  taper that cannot be worked out, or whose class has no sourced guidance (said, not skipped).
* ``MONITORING-DUE`` (warning / info): a monitoring task the plan's medicines call for that is
  overdue or not recorded (info when it has no repeat interval).
"""

from __future__ import annotations

from datetime import date, timedelta

from careplan.domain.findings import Finding
from careplan.domain.monitoring import MonitoringStatus, monitoring_status
from careplan.domain.safety.context import ResolvedMed, SafetyContext, exceeds, fmt, item_ids, unique_sources
from careplan.domain.stewardship_catalog import StewardshipFacts, TaperGuidance, load_stewardship_facts
from careplan.domain.taper import TaperError, TaperLevel, taper_levels
from careplan.domain.taper_pace import Reduction, long_term_use, reductions

RULE = "TAPER-RATE"


def day(value: date) -> str:
    """ "12 Jan 2027": a date no reader can misread."""
    return f"{value.day} {value:%b} {value.year}"


def taper_rate(ctx: SafetyContext) -> list[Finding]:
    """TAPER-RATE: tapers faster than guidance, stops without a taper, tapers not checkable."""
    facts = load_stewardship_facts()
    findings: list[Finding] = []
    for med in ctx.meds:
        if med.rescue:
            continue
        if med.item.taper is not None:
            findings += _taper(ctx, med, facts)
        else:
            findings += _untapered_stop(ctx, med, facts)
    return findings


def _amount(med: ResolvedMed, level: TaperLevel) -> str:
    unit = med.item.unit
    text = f"{fmt(round(level.daily, 3))} {unit}/day"
    return f"{text} ({fmt(round(level.mme, 1))} MME)" if level.mme is not None else text


def _taper(ctx: SafetyContext, med: ResolvedMed, facts: StewardshipFacts) -> list[Finding]:
    try:
        levels = taper_levels(med.item, ctx.catalog)
    except TaperError as exc:
        return [Finding(rule=RULE, severity="warning", title=f"Taper of {med.name} cannot be worked out",
                        detail=f"{exc}. Its steps and their pace are not checked until this is fixed.",
                        items=item_ids([med]))]
    first_cut = next((lvl.begins for lvl in levels[1:] if lvl.kind in ("dose", "stop")), None)
    long_term = long_term_use(med.item, first_cut, facts.data.long_term_use.days)
    guidance = facts.guidance_for(med.classes, long_term)
    if guidance is None:
        return [Finding(rule=RULE, severity="info", title=f"Taper of {med.name}: pace not checked",
                        detail=(f"The catalog has no sourced taper guidance for {med.name}'s class, so the pace of "
                                "its steps is not checked. Review it against the medicine's label."),
                        items=item_ids([med]))]
    too_fast = [r for r in reductions(levels, guidance.basis, guidance.per_days) if exceeds(r.pace, guidance.max_percent)]
    if not too_fast:
        return []
    steps = "; ".join(_reduction_words(med, r, guidance) for r in too_fast)
    use = {True: "for use of a year or longer", False: "for use of less than a year",
           None: "duration of use not recorded, so the slower long-term rate applies"}[long_term]
    basis = "the starting amount a day" if guidance.basis == "starting" else "the amount taken before the step"
    by_use = guidance.use != "any"
    sources = (unique_sources(guidance.sources, facts.data.long_term_use.sources) if by_use and long_term is None
               else guidance.sources)
    return [Finding(
        rule=RULE, severity="warning", title=f"Taper of {med.name} faster than guidance",
        detail=(f"{steps}. Guidance ({use if by_use else 'any length of use'}): at most "
                f"{fmt(guidance.max_percent)}% of {basis} every {_period(guidance.per_days)}. Slow the steps or add "
                "a pause, or record why a faster taper is needed."),
        items=item_ids([med]), sources=sources,
    )]


def _period(days: int) -> str:
    if days == 28:
        return "month (4 weeks)"
    if days % 7 == 0:
        weeks = days // 7
        return "week" if weeks == 1 else f"{weeks} weeks"
    return f"{days} days"


def _reduction_words(med: ResolvedMed, r: Reduction, guidance: TaperGuidance) -> str:
    when = f"from {day(r.begins)}" if r.begins is not None else "at the first step"
    if r.elapsed_days is None:
        over = "at once"
    elif r.held:
        over = f"then held {r.elapsed_days} days"
    else:
        over = f"{r.elapsed_days} days after the reduction before"
    return (f"{when}: {_amount(med, r.before)} to {_amount(med, r.after)}, {fmt(round(r.percent, 1))}% {over} "
            f"= {fmt(round(r.pace, 1))}% per {_period(guidance.per_days)}")


def _stop_day(med: ResolvedMed) -> date | None:
    item = med.item
    if item.stop is not None:
        return item.stop
    if item.duration_days is not None and item.start is not None:
        return item.start + timedelta(days=item.duration_days)
    return None


def _untapered_stop(ctx: SafetyContext, med: ResolvedMed, facts: StewardshipFacts) -> list[Finding]:
    item = med.item
    if item.stop is None and item.duration_days is None:
        return []
    rule_fact = facts.no_abrupt_stop(med.classes)
    if rule_fact is None:
        return []
    stop = _stop_day(med)
    days = facts.data.long_term_use.days
    used_for = (stop - item.start).days if stop is not None and item.start is not None else None
    if med.origin != "current" and (used_for is None or used_for < days):
        return []
    when = f"on {day(stop)}" if stop is not None else f"after {item.duration_days} days"
    why = "" if med.origin == "current" else f" (taken for {fmt(used_for or 0)} days)"
    return [Finding(
        rule=RULE, severity="warning", title=f"{med.name} stops without a taper",
        detail=(f"{med.describe()}{why} stops {when} with no taper. {rule_fact.meaning} Add a taper "
                "(dated steps or a rate), or record why it must stop at once."),
        items=item_ids([med]), sources=unique_sources(rule_fact.sources, facts.data.long_term_use.sources),
    )]


def monitoring_due(ctx: SafetyContext) -> list[Finding]:
    """MONITORING-DUE: a task the plan's medicines call for, overdue or never recorded."""
    if not ctx.has_patient:
        return []
    return [f for status in monitoring_status(ctx.plan, ctx.catalog, ctx.today) if (f := _due(ctx, status)) is not None]


def _due(ctx: SafetyContext, status: MonitoringStatus) -> Finding | None:
    fact = status.fact
    interval = f"every {_interval(fact.interval_days)}" if fact.interval_days is not None else ""
    if status.state == "overdue" and status.last is not None and status.due is not None:
        late = (ctx.today - status.due).days
        return Finding(
            rule="MONITORING-DUE", severity="warning", title=f"{status.label} overdue",
            detail=(f"Last {fact.label} on {day(status.last.date)}; due {interval}, so it was due on {day(status.due)} "
                    f"({fmt(late)} day{'' if late == 1 else 's'} ago). {fact.meaning}"),
            items=item_ids(list(status.items)), sources=fact.sources)
    if status.state != "missing":
        return None
    severity = "warning" if fact.interval_days is not None else "info"
    then = f" Due {interval} after that." if interval else ""
    return Finding(
        rule="MONITORING-DUE", severity=severity, title=f"{status.label} not recorded",
        detail=f"The plan's medicines call for a {fact.label}, and none is recorded.{then} {fact.meaning}",
        items=item_ids(list(status.items)), sources=fact.sources)


def _interval(days: int) -> str:
    if days % 365 == 0:
        years = days // 365
        return "year" if years == 1 else f"{years} years"
    return f"{days} days"
