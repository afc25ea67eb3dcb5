"""Rules over the measures recorded per visit (``instruments.json``):

* ``PHQ9-ITEM9`` (critical): a positive answer to an instrument's safety item (PHQ-9 item 9:
  thoughts of being better off dead or of self-harm), whatever the total, with the crisis and
  emergency lines of the patient's country, or a plain statement that none is known.
"""

from __future__ import annotations

from careplan.domain.findings import Finding
from careplan.domain.instruments import instrument
from careplan.domain.plan_stewardship import MeasureEntry
from careplan.domain.safety.context import SafetyContext, fmt, unique_sources
from careplan.domain.safety.rules_stewardship import day
from careplan.domain.sourced import Source


def phq9_item9(ctx: SafetyContext) -> list[Finding]:
    """PHQ9-ITEM9: one critical finding per entry whose safety item is answered above zero."""
    findings: list[Finding] = []
    for entry in ctx.plan.measures:
        definition = instrument(entry.instrument)
        if definition.safety_item is None:
            continue
        answer = entry.answers[definition.safety_item - 1]
        if answer <= definition.item_min:
            continue
        lines, line_sources = _lines(ctx)
        score = definition.total(entry.answers)
        band = definition.band(score)
        words = (f" ({definition.answer_labels[answer - definition.item_min]})"
                 if definition.answer_labels else "")
        findings.append(Finding(
            rule="PHQ9-ITEM9", severity="critical",
            title=f"{entry.instrument} item {definition.safety_item} positive on {day(entry.date)}",
            detail=(f"{entry.instrument} on {day(entry.date)}: item {definition.safety_item} "
                    f"({definition.item_labels[definition.safety_item - 1].lower()}) answered {answer}{words}; total "
                    f"{fmt(score)}{f' ({band})' if band else ''}. Any answer above 0 on this item is flagged whatever "
                    f"the total. {lines} Acknowledge with what was done (safety assessed, plan agreed)."),
            items=(_entry_id(entry),),
            sources=unique_sources(definition.sources, line_sources),
        ))
    return findings


def _entry_id(entry: MeasureEntry) -> str:
    return entry.id


def _lines(ctx: SafetyContext) -> tuple[str, tuple[Source, ...]]:
    """The patient's country's crisis and emergency lines, or why none can be named."""
    jurisdiction = ctx.patient.jurisdiction
    table = ctx.catalog.emergency_lines(jurisdiction)
    if table is None:
        where = f"for {jurisdiction}" if jurisdiction else "(the patient's country is not recorded)"
        return (f"No crisis line is known {where}: use the local emergency number and record the local crisis "
                "line in the plan."), ()
    crisis = table.of("crisis")
    emergency = table.of("emergency")
    parts = [f"{line.name.get('en', 'crisis line')} {line.number}{' (call or text)' if line.text_too else ''}"
             for line in crisis]
    parts += [f"emergency {line.number}" for line in emergency]
    said = "; ".join(parts)
    if not crisis:
        said = f"no crisis line is listed for {table.country}; {said}"
    sources = tuple(s for line in (*crisis, *emergency) for s in line.sources)
    return f"Lines for {table.country}: {said}.", sources
