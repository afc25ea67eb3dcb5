"""Clinician-summary builders for MME, findings with acknowledgements, sources and the sign-off."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from careplan.domain.catalog_model import Source
from careplan.domain.plan import CarePlan, CbtModule, LifestyleModule, MindfulnessModule, PhysiotherapyModule
from careplan.export.context import RenderContext, number
from careplan.export.flow import Flowable, bullets, data_table, para
from careplan.export.handout_safety import relevant_red_flags
from careplan.export.styles import SEVERITY_COLOURS
from careplan.export.summary_common import item_labels, table, when
from careplan.export.text import esc


def mme(plan: CarePlan, ctx: RenderContext) -> list[Flowable]:
    s = ctx.styles
    m = ctx.report.mme
    out = [para("Morphine milligram equivalents", s.h1),
           para(f"<b>Total: {number(round(m.total, 1))} MME/day</b> (conversion table: {esc(m.table)})", s.body)]
    if m.lines:
        rows = [[esc(line.label), f"{number(line.daily_amount)} {esc(line.amount_unit)}",
                 number(line.factor) if line.factor is not None else "\u2014", number(round(line.mme, 1)),
                 esc(line.note) or "\u2014"] for line in m.lines]
        out.append(table(["Medicine", "Daily amount", "Factor", "MME/day", "Note"], rows,
                         [0.3, 0.16, 0.1, 0.12, 0.32], ctx))
    out.append(para(f"<i>{esc(m.caveat)}</i>", s.small))
    return out


def concerns(item_ids: Sequence[str], labels: dict[str, str]) -> str:
    """"Concerns: A; B (×3)": each label once, in first-seen order, with how many items carry it.

    Items with the same label print the same words, so repeating them adds pages, not meaning.
    """
    counts: dict[str, int] = {}
    for item_id in item_ids:
        label = labels.get(item_id, item_id)
        counts[label] = counts.get(label, 0) + 1
    return "Concerns: " + "; ".join(esc(label) + (f" (\u00d7{n})" if n > 1 else "") for label, n in counts.items())


def findings(plan: CarePlan, ctx: RenderContext) -> list[Flowable]:
    s = ctx.styles
    out = [para("Safety findings", s.h1)]
    report = ctx.report
    if not report.findings:
        out.append(para("No findings.", s.body))
    labels = item_labels(plan, ctx)
    rows: list[list[Any]] = [[para("<b>Severity</b>", s.cell_small_head), para("<b>Finding</b>", s.cell_small_head)]]
    for f in report.findings:
        parts = [f"<b>{esc(f.rule)}: {esc(f.title)}</b>", esc(f.detail)]
        if f.items:
            parts.append(concerns(f.items, labels))
        ack = f.acknowledgement
        if ack is not None:
            parts.append(f"<b>Acknowledged</b> by {esc(ack.by) or 'unnamed'} at {when(ack.at)}: "
                         f"<i>{esc(ack.reason)}</i>")
        elif f.severity == "critical":
            parts.append("<b>NOT ACKNOWLEDGED \u2014 blocks export of a final plan</b>")
        else:
            parts.append("Not acknowledged.")
        colour = SEVERITY_COLOURS[f.severity]
        # One paragraph per part, not one joined by line breaks: a finding that runs onto the next
        # page then splits between paragraphs instead of re-setting one long paragraph per page.
        rows.append([para(f'<font color="#{colour.hexval()[2:]}"><b>{f.severity.upper()}</b></font>', s.cell_small),
                     [para(part, s.cell_small) for part in parts]])
    if report.findings:
        out.append(data_table(rows, [ctx.width * 0.16, ctx.width * 0.84], s))
    if report.stale_acknowledgements:
        out.append(para("Stale acknowledgements", s.h2))
        out.append(para("These acknowledgements no longer match any finding; review and remove them.", s.body))
        stale = [[esc(x.acknowledgement.rule), esc(", ".join(labels.get(i, i) for i in x.acknowledgement.items))
                  or "all", esc(x.acknowledgement.reason), f"{esc(x.acknowledgement.by)} {when(x.acknowledgement.at)}",
                  esc(x.reason)] for x in report.stale_acknowledgements]
        out.append(table(["Rule", "Items", "Reason", "By / at", "Why stale"], stale, [0.18, 0.18, 0.24, 0.18, 0.22],
                         ctx))
    return out


def used_sources(plan: CarePlan, ctx: RenderContext) -> list[Source]:
    """Citations from every finding and every catalog entry this plan uses, first-seen order, no repeats."""
    cat = ctx.catalog
    groups: list[tuple[Source, ...]] = [f.sources for f in ctx.report.findings]
    for item in plan.all_medications():
        if (drug := ctx.drug(item)) is not None:
            groups.append(drug.sources)
            if drug.mme is not None and item.drug in {line.item for line in ctx.report.mme.lines} | {item.drug}:
                groups.append(drug.mme.sources)
    for module in plan.modules:
        if isinstance(module, PhysiotherapyModule):
            groups += [cat.exercises[e.exercise].sources for e in module.exercises if e.exercise in cat.exercises]
        elif isinstance(module, CbtModule):
            groups += [cat.cbt_components[f].sources for f in module.focus_areas if f in cat.cbt_components]
        elif isinstance(module, MindfulnessModule) and module.practice in cat.mindfulness_practices:
            groups.append(cat.mindfulness_practices[module.practice].sources)
        elif isinstance(module, LifestyleModule):
            groups += [cat.lifestyle_targets[t.catalog_id].sources for t in module.targets
                       if t.catalog_id in cat.lifestyle_targets]
    if plan.kratom_module() is not None:
        groups += [c.sources for c in cat.data.kratom_cautions]
        if (place := cat.jurisdiction(plan.patient_or_empty.jurisdiction)) is not None:
            groups.append(place.sources)
    groups += [flag.sources for flag in relevant_red_flags(plan, cat)]
    seen: set[tuple[str, str | None]] = set()
    out: list[Source] = []
    for group in groups:
        for source in group:
            key = (source.citation.strip(), source.url)
            if key not in seen:
                seen.add(key)
                out.append(source)
    return out


def sources(plan: CarePlan, ctx: RenderContext) -> list[Flowable]:
    s = ctx.styles
    refs = used_sources(plan, ctx)
    out = [para("Sources", s.h1)]
    if not refs:
        return [*out, para("No catalog sources used.", s.body)]
    lines = []
    for src in refs:
        line = esc(src.citation)
        if src.url:
            line += f" \u2014 {esc(src.url)}"
        if src.grade == "S":
            line += " <i>(secondary copy)</i>"
        lines.append(line)
    return out + bullets(lines, s.small, numbered=True)


def sign_off(plan: CarePlan, ctx: RenderContext) -> list[Flowable]:
    s = ctx.styles
    out = [para("Sign-off", s.h1)]
    if plan.signed_off is not None:
        so = plan.signed_off
        out.append(para(f"Signed off by <b>{esc(so.name)}</b> {esc(so.credentials)} at {when(so.at)}.", s.body))
    else:
        out.append(para("Not signed off (draft).", s.body))
        out.append(para("Signature: ______________________________ &nbsp;&nbsp; Date: ________________", s.body))
    out.append(para(f"Plan id {esc(plan.id)} \u00b7 schema version {plan.schema_version} \u00b7 revision "
                    f"{plan.revision} \u00b7 printed {ctx.today.isoformat()}", s.small))
    return out
