"""The clinician summary's front sheet: page 1 holds what a signing clinician checks and signs.

Patient, medicines with their amount a day and MME, open and acknowledged findings, and the
signature block (printed name, credentials, licence number, date, signature line). The sheet
always fits page 1: when a plan has so many findings that it would not, it is set smaller
rather than pushed over (the full findings follow on page 2 at their usual size).
"""

from __future__ import annotations

from typing import Any

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import KeepInFrame, PageBreak, Table, TableStyle

from careplan.domain.codes import CONDITION_LABELS
from careplan.domain.dosing import dose_words
from careplan.domain.findings import Finding
from careplan.domain.plan import CarePlan, MedicationItem
from careplan.export.context import RenderContext, number
from careplan.export.flow import Flowable, para, spacer
from careplan.export.fonts import BOLD
from careplan.export.language_review import review_statement
from careplan.export.styles import GRID, SEVERITY_COLOURS
from careplan.export.summary_common import daily_text, kv_table, med_label, merged_findings, schedule_text, table, when
from careplan.export.summary_sections import header, patient_line
from careplan.export.text import esc

BLANK = "_" * 28


def _mme_of(item: MedicationItem, mme: dict[str, float]) -> str:
    return number(round(mme[item.id], 1)) if item.id in mme else "\u2014"


def _dose_schedule(item: MedicationItem, ctx: RenderContext) -> str:
    """ "60 mg, 2×/day (morning, evening)"; a rescue medicine says only its dose and what it is for."""
    return f"{dose_words(item)}, {schedule_text(item, ctx)}"


def _medicines(plan: CarePlan, ctx: RenderContext) -> list[Flowable]:
    s = ctx.styles
    planned = plan.medication_items()
    current = plan.patient_or_empty.current_medications
    if not planned and not current:
        return [para("<b>Medicines:</b> none. <b>Total 0 MME/day.</b>", s.small)]
    per_item: dict[str, float] = {}  # each line's first MME entry, found once (a search per line is quadratic)
    for line in ctx.report.mme.lines:
        per_item.setdefault(line.item, line.mme)
    rows = [[esc(med_label(i, ctx)), esc(_dose_schedule(i, ctx)), esc(daily_text(i, ctx)), _mme_of(i, per_item)]
            for i in planned]
    rows += [[esc(med_label(i, ctx)) + " <i>(current)</i>", esc(_dose_schedule(i, ctx)), esc(daily_text(i, ctx)),
              _mme_of(i, per_item)] for i in current]
    mme = ctx.report.mme
    total = f"<b>Total {number(round(mme.total, 1))} MME/day</b> ({esc(mme.table)})"
    if not mme.complete:
        total += " \u2014 <b>at least</b>: an opioid dose could not be counted (see findings)"
    return [table(["Medicine", "Dose and schedule", "Amount/day", "MME/day"], rows, [0.3, 0.37, 0.21, 0.12], ctx),
            para(total, s.small)]


def _finding_line(f: Finding) -> str:
    colour = SEVERITY_COLOURS[f.severity].hexval()[2:]
    text = f'<font color="#{colour}"><b>{f.severity.upper()}</b></font> {esc(f.rule)}: {esc(f.title)}'
    ack = f.acknowledgement
    if ack is not None:
        text += f" \u2014 <i>{esc(ack.reason)}</i> ({esc(ack.by) or 'unnamed'}, {when(ack.at)})"
    return text


def _findings(ctx: RenderContext) -> list[Flowable]:
    s = ctx.styles
    report = ctx.report
    if not report.findings:
        return [para("<b>Findings:</b> none.", s.small)]
    # The same merged list as the findings table (page 2 on), so that the counts agree.
    shown = merged_findings(report.findings)
    open_ = [f for f in shown if f.acknowledgement is None]
    acked = [f for f in shown if f.acknowledgement is not None]
    out: list[Flowable] = []
    for title, group in ((f"Open findings ({len(open_)})", open_), (f"Acknowledged findings ({len(acked)})", acked)):
        out.append(para(f"<b>{title}</b>" + ("" if group else ": none."), s.small))
        out += [para(_finding_line(f), s.cell_small) for f in group]
    if blocking := [f for f in shown if f.blocking]:
        out.append(para(f"<b>{len(blocking)} critical finding(s) not acknowledged: a final plan cannot be "
                        "exported until they are.</b>", s.small))
    return out


def signer(plan: CarePlan, ctx: RenderContext) -> tuple[str, str, str]:
    """(printed name, credentials, licence number) for the signature block: whoever signed the
    plan off; else the exporting clinician (Preferences or the command line); else the plan's
    clinician. The licence number is the exporting clinician's, so it prints only beside their name."""
    given = ctx.options.signer
    if plan.signed_off is not None:
        name, credentials = plan.signed_off.name.strip(), plan.signed_off.credentials.strip()
    else:
        name = given.name.strip() or plan.clinician.name.strip()
        credentials = given.credentials.strip() if given.name.strip() else plan.clinician.credentials.strip()
    licence = given.licence.strip() if not given.name.strip() or given.name.strip() == name else ""
    return name, credentials, licence


def signature_block(plan: CarePlan, ctx: RenderContext) -> Flowable:
    """Printed name, credentials, licence number, date and a signature line: blanks to write in
    where nothing is recorded, never a bare line without a name."""
    s = ctx.styles
    name, credentials, licence = signer(plan, ctx)
    signed = plan.signed_off
    date_text = when(signed.at) if signed is not None else BLANK
    rows: list[list[Any]] = [
        [para("<b>Printed name</b>", s.cell_small), para(esc(name) or BLANK, s.cell_small)],
        [para("<b>Credentials</b>", s.cell_small), para(esc(credentials) or BLANK, s.cell_small)],
        [para("<b>Licence number</b>", s.cell_small), para(esc(licence) or BLANK, s.cell_small)],
        [para("<b>Date</b>", s.cell_small), para(date_text, s.cell_small)],
        [para("<b>Signature</b>", s.cell_small), ""],
    ]
    labels = ("Printed name", "Credentials", "Licence number", "Date", "Signature")
    label_w = max(ctx.width * 0.22, max(stringWidth(x, BOLD, s.small_size) for x in labels) + s.body_size)
    widths = [label_w, ctx.width - label_w]
    block = Table(rows, colWidths=widths, rowHeights=[None, None, None, None, s.body_size * 2.6], hAlign="LEFT")
    block.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), s.font),
        ("BOX", (0, 0), (-1, -1), 0.8, GRID),
        ("LINEBELOW", (1, -1), (1, -1), 0.8, "#000000"),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONTNAME", (0, 0), (0, -1), BOLD),
    ]))
    title = "Signed off in Careplan" if signed is not None else "Signature (clinician responsible for this plan)"
    kept = Table([[para(f"<b>{title}</b>", s.small)], [block]], colWidths=[ctx.width], hAlign="LEFT")
    # The bundled font even for cells that draw nothing: reportlab would otherwise name Helvetica.
    kept.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), s.font), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    out: Flowable = kept
    return out


def front_sheet(plan: CarePlan, ctx: RenderContext) -> list[Flowable]:
    """Page 1: who and what, the safety status, and the signature block; then a page break."""
    s = ctx.styles
    p = plan.patient
    pairs = [("Patient", patient_line(plan, ctx))]
    if p is not None:
        pairs += [("Allergies", ", ".join(esc(a) for a in p.allergies) or "none recorded"),
                  ("Conditions", ", ".join(esc(CONDITION_LABELS.get(c, c)) for c in p.conditions) or "none recorded")]
    pairs.append(("Handout language", esc(review_statement(ctx.options.handout_language, ctx.options.language_reviews))))
    content: list[Flowable] = [*header(plan, ctx), kv_table(pairs, ctx), spacer(s), *_medicines(plan, ctx),
                               spacer(s), *_findings(ctx), spacer(s), signature_block(plan, ctx)]
    height = ctx.height or 10_000.0
    sheet: Flowable = KeepInFrame(ctx.width, height - 1, content, mode="shrink", hAlign="LEFT")
    return [sheet, PageBreak()]
