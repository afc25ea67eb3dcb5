"""Helpers the clinician-summary builders share: key/value tables, dates, medicine descriptions."""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from datetime import UTC, date, datetime
from typing import Any

from reportlab.pdfbase.pdfmetrics import stringWidth

from careplan.domain.codes import MODULE_LABELS
from careplan.domain.dosing import course_words, daily_amount, dose_words, frequency, schedule_words
from careplan.domain.findings import Finding
from careplan.domain.plan import CarePlan, MedicationItem
from careplan.export.context import RenderContext, number
from careplan.export.flow import Flowable, data_table, para
from careplan.export.fonts import BOLD
from careplan.export.text import esc

_TAGS = re.compile(r"<[^>]*>")


def when(moment: datetime | date | None) -> str:
    """Clinician dates: ISO, with UTC time for timestamps (acknowledgements, sign-off)."""
    if moment is None:
        return "\u2014"
    if isinstance(moment, datetime):
        utc = moment.astimezone(UTC) if moment.tzinfo else moment
        return utc.strftime("%Y-%m-%d %H:%M UTC")
    return moment.isoformat()


def dash(text: str) -> str:
    """Escaped text, or an em dash for an empty field so blanks read as "not recorded"."""
    return esc(text) if text.strip() else "\u2014"


def _cell(markup: str, width: float, ctx: RenderContext, bold: bool = False) -> Any:
    """A plain string when the text is unstyled and fits on one line, else a wrapping Paragraph.
    Plain cells draw several times faster, and summary tables are mostly short values."""
    s = ctx.styles
    if "<" not in markup:
        plain = html.unescape(markup)
        font = BOLD if bold else s.font
        if "\n" not in plain and stringWidth(plain, font, s.small_size) <= width - s.body_size * 0.6 - 1:
            return plain
    return para(f"<b>{markup}</b>" if bold else markup, s.cell_small)


def _small_table(rows: list[list[Any]], widths: list[float], ctx: RenderContext, header_rows: int,
                 bold_cols: int = 0) -> Flowable:
    s = ctx.styles
    fonts: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), s.font),
        ("FONTSIZE", (0, 0), (-1, -1), s.small_size),
        ("LEADING", (0, 0), (-1, -1), s.cell_small.leading),
    ]
    if header_rows:
        fonts.append(("FONTNAME", (0, 0), (-1, header_rows - 1), BOLD))
    if bold_cols:
        fonts.append(("FONTNAME", (0, 0), (bold_cols - 1, -1), BOLD))
    return data_table(rows, widths, s, extra=fonts, header_rows=header_rows)


def kv_table(pairs: list[tuple[str, str]], ctx: RenderContext) -> Flowable:
    """Two columns: label, value (value is escaped markup)."""
    widths = [ctx.width * 0.28, ctx.width * 0.72]
    rows = [[_cell(esc(k), widths[0], ctx, bold=True), _cell(v, widths[1], ctx)] for k, v in pairs]
    return _small_table(rows, widths, ctx, header_rows=0, bold_cols=1)


def _longest_word(markup: str, font: str, size: float) -> float:
    words = html.unescape(_TAGS.sub(" ", markup)).split()
    return max((stringWidth(w, font, size) for w in words), default=0.0)


def fit_columns(head: list[str], rows: list[list[str]], fractions: list[float], ctx: RenderContext) -> list[float]:
    """Column widths from page fractions, widened so no header or cell word breaks mid-word
    ("Schedul e" in large print); the room comes from columns with slack, in proportion."""
    s = ctx.styles
    pad = s.body_size * 0.6 + 2
    cap = ctx.width * 0.4  # a pasted URL may still break rather than squeeze every other column
    need = [min(cap, pad + max(_longest_word(esc(h), BOLD, s.small_size),
                               max((_longest_word(r[i], s.font, s.small_size) for r in rows), default=0.0)))
            for i, h in enumerate(head)]
    widths = [ctx.width * f for f in fractions]
    if sum(need) >= ctx.width:
        return [ctx.width * n / sum(need) for n in need]
    short = sum(max(0.0, n - w) for n, w in zip(need, widths, strict=True))
    slack = sum(max(0.0, w - n) for n, w in zip(need, widths, strict=True))
    return [n if w < n else w - short * (w - n) / slack for n, w in zip(need, widths, strict=True)]


def table(head: list[str], rows: list[list[str]], fractions: list[float], ctx: RenderContext) -> Flowable:
    """A data table with a repeated header; cells are escaped markup; widths as page fractions."""
    widths = fit_columns(head, rows, fractions, ctx)
    data: list[list[Any]] = [[_cell(esc(h), w, ctx, bold=True) for h, w in zip(head, widths, strict=True)]]
    data += [[_cell(cell, w, ctx) for cell, w in zip(row, widths, strict=True)] for row in rows]
    return _small_table(data, widths, ctx, header_rows=1)


def med_label(item: MedicationItem, ctx: RenderContext) -> str:
    drug = ctx.drug(item)
    return drug.name if drug is not None else (item.name or item.label)


def schedule_text(item: MedicationItem, ctx: RenderContext) -> str:
    """ "3×/day (morning, midday, evening)", "every 3 days", "as needed, max 4/day, at least 4 h apart";
    with the course length when there is one."""
    text = schedule_words(item, ctx.drug(item))
    course = course_words(item)
    return f"{text}, {course}" if course else text


def daily_text(item: MedicationItem, ctx: RenderContext) -> str:
    """The amount a day the safety checks counted, in the units they counted it in (plain text)."""
    drug = ctx.drug(item)
    if frequency(item, drug) == "rescue":
        return "rescue: not in daily totals"
    amount = daily_amount(item, drug, ctx.catalog)
    if amount.problem is not None:
        return "NOT COUNTED (see findings)"
    if drug is not None and drug.ingredients:
        parts = ", ".join(f"{number(round(mg, 1))} mg {ctx.catalog.drugs[i].name.split(' (')[0].lower()}"
                          for i, mg in amount.ingredient_mg.items() if i in ctx.catalog.drugs)
        return f"{number(round(amount.count or 0, 2))} {item.unit}s/day ({parts})"
    if amount.rate_mcg_h is not None:
        return f"{number(amount.rate_mcg_h)} mcg/h, continuous"
    if amount.mg is not None:
        # In the unit the drug's limit is set in: a gel's grams (not 16,000 mg of gel), a film's mcg.
        unit = drug.dose_unit if drug is not None and drug.dose_unit in ("g", "mcg") else "mg"
        value = amount.in_unit(unit)
        return f"{number(round(value if value is not None else amount.mg, 2))} {unit}/day"
    if amount.count is not None:
        return f"{number(round(amount.count, 2))} {item.unit}/day"
    return "\u2014"


def med_describe(item: MedicationItem, ctx: RenderContext) -> str:
    """ "Ibuprofen 400 mg, 3×/day (morning, midday, evening)" (plain text)."""
    return f"{med_label(item, ctx)} {dose_words(item)}, {schedule_text(item, ctx)}"


def item_labels(plan: CarePlan, ctx: RenderContext) -> dict[str, str]:
    """Plan item id -> readable label, so findings name medicines rather than ids."""
    labels: dict[str, str] = {}
    for item in plan.medication_items():
        labels[item.id] = med_describe(item, ctx)
    for item in plan.patient_or_empty.current_medications:
        labels[item.id] = med_describe(item, ctx) + " (current)"
    for measure in plan.measures:
        labels[measure.id] = f"{measure.instrument} of {measure.date.isoformat()}"
    for goal in plan.goals:
        labels[goal.id] = f"goal: {goal.text}"
    for module in plan.modules:
        labels[module.id] = f"{MODULE_LABELS.get(module.kind, module.kind)} module"
        for ex in getattr(module, "exercises", []):
            entry = ctx.catalog.exercises.get(ex.exercise) if ex.exercise else None
            labels[ex.id] = ex.name or (entry.name if entry else ex.exercise or ex.id)
        for target in getattr(module, "targets", []):
            labels[target.id] = f"{target.area}: {target.target}"
    return labels


def merged_findings(found: Sequence[Finding]) -> list[Finding]:
    """Findings that would print the same words (same rule, severity, title, detail, sources and
    acknowledgement) as one, concerning all their items, in first-seen order: a medicine on
    several identical lines raises the same per-line finding on each, and a clinician reads it
    once with "(n entries)" beside the medicine."""
    merged: dict[str, Finding] = {}
    for f in found:
        key = f.model_dump_json(exclude={"items"})
        first = merged.get(key)
        merged[key] = f if first is None else first.model_copy(update={"items": first.items + f.items})
    return list(merged.values())
