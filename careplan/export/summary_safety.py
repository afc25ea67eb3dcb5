"""Clinician-summary builders for MME, findings with acknowledgements, sources and the sign-off."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from careplan.domain.catalog_model import Source
from careplan.domain.findings import CLAUSES_INLINE, detail_clauses
from careplan.domain.plan import CarePlan
from careplan.export.context import RenderContext, number
from careplan.export.flow import Flowable, data_table, para
from careplan.export.styles import SEVERITY_COLOURS
from careplan.export.summary_common import item_labels, merged_findings, table, when
from careplan.export.summary_sources import source_list
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
    """"Concerns: A; B (3 entries)": each label once, in first-seen order, with how many items carry it.

    Items with the same label print the same words, so repeating them adds pages, not meaning.
    """
    counts: dict[str, int] = {}
    for item_id in item_ids:
        label = labels.get(item_id, item_id)
        counts[label] = counts.get(label, 0) + 1
    # "(2 entries)", not "(×2)": next to "4×/day" a multiplication sign could read as a dose.
    return "Concerns: " + "; ".join(esc(label) + (f" ({n} entries)" if n > 1 else "") for label, n in counts.items())


def detail_lines(detail: str) -> list[str]:
    """A finding's detail as the lines it prints: each clause once with how many times it came,
    one line per clause when there are many (CLAUSES_INLINE), else one line."""
    clauses = [esc(c) + (f" ({n} entries)" if n > 1 else "") for c, n in detail_clauses(detail)]
    if len(clauses) <= CLAUSES_INLINE:
        return ["; ".join(clauses)]
    return [c + ";" for c in clauses[:-1]] + clauses[-1:]


def findings(plan: CarePlan, ctx: RenderContext) -> list[Flowable]:
    """Every finding with what it concerns, its acknowledgement and its numbered sources."""
    s = ctx.styles
    out = [para("Safety findings", s.h1)]
    report = ctx.report
    if not report.findings:
        out.append(para("No findings.", s.body))
    labels = item_labels(plan, ctx)
    numbered = source_list(plan, ctx)
    rows: list[list[Any]] = [[para("<b>Severity</b>", s.cell_small_head), para("<b>Finding</b>", s.cell_small_head)]]
    for f in merged_findings(report.findings):
        parts = [f"<b>{esc(f.rule)}: {esc(f.title)}</b>", *detail_lines(f.detail)]
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
        if refs := numbered.refs(f):
            parts.append("Sources: " + ", ".join(f"[{n}]" for n in refs))
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


def _source_line(number: int, src: Source) -> str:
    line = f"[{number}] {esc(src.citation)}"
    if src.url:
        line += f" \u2014 {esc(src.url)}"
    return line


def sources(plan: CarePlan, ctx: RenderContext) -> list[Flowable]:
    """The numbered sources of the findings present, each work once, without working notes."""
    s = ctx.styles
    numbered = source_list(plan, ctx)
    out = [para("Sources", s.h1)]
    if not numbered.entries:
        return [*out, para("No findings cite a source.", s.body)]
    out += [para(_source_line(n, x), s.small) for n, x in enumerate(numbered.entries, start=1)]
    return out


def record(plan: CarePlan, ctx: RenderContext) -> list[Flowable]:
    """The plan's record: who signed it off in Careplan (the signature block is on page 1), its
    id, schema version and revision."""
    s = ctx.styles
    out = [para("Record", s.h1)]
    if plan.signed_off is not None:
        so = plan.signed_off
        out.append(para(f"Signed off in Careplan by <b>{esc(so.name)}</b> {esc(so.credentials)} at {when(so.at)}.",
                        s.body))
    else:
        out.append(para("Not signed off in Careplan (draft). The signature block is on page 1.", s.body))
    out.append(para(f"Plan id {esc(plan.id)} \u00b7 schema version {plan.schema_version} \u00b7 revision "
                    f"{plan.revision} \u00b7 printed {ctx.today.isoformat()}", s.small))
    return out
