"""Handout builders for medicines: the daily schedule, the as-needed list, and what each is for."""

from __future__ import annotations

from typing import Any

from careplan.domain.plan import CarePlan, MedicationItem, MedicationModule
from careplan.export.context import RenderContext
from careplan.export.flow import Flowable, bullets, data_table, labelled, para
from careplan.export.text import esc

SLOTS = ("morning", "midday", "evening", "bedtime")

# Which of the four times of day a dose taken n times a day falls in. Kept simple on purpose:
# a patient can follow it, and item instructions say more when a medicine needs it.
SLOT_PATTERN: dict[int, tuple[bool, bool, bool, bool]] = {
    1: (True, False, False, False),
    2: (True, False, True, False),
    3: (True, True, True, False),
    4: (True, True, True, True),
}


def _dates(item: MedicationItem, ctx: RenderContext) -> str:
    parts = []
    if item.start is not None:
        parts.append(ctx.t("start_on", date=ctx.date_words(item.start)))
    if item.stop is not None:
        parts.append(ctx.t("stop_on", date=ctx.date_words(item.stop)))
    return " ".join(parts)


def _name_cell(item: MedicationItem, ctx: RenderContext) -> Any:
    markup = f"<b>{esc(ctx.med_name(item))}</b>"
    if when := _dates(item, ctx):
        markup += f"<br/>{when}"
    return para(markup, ctx.styles.cell)


def schedule(plan: CarePlan, ctx: RenderContext) -> list[Flowable]:
    """Scheduled medicines by time of day, then the as-needed ones with their daily limit."""
    items = plan.medication_items()
    if not items:
        return []
    s = ctx.styles
    out = [para(ctx.t("schedule_title"), s.h1)]
    scheduled = [i for i in items if not i.prn]
    if scheduled:
        out.append(para(ctx.t("schedule_intro"), s.lead))
        head = [para(f"<b>{ctx.t('col_' + k)}</b>", s.cell_head) for k in ("medicine", *SLOTS)]
        rows: list[list[Any]] = [head]
        spans: list[tuple[Any, ...]] = []
        for item in scheduled:
            dose = ctx.dose_text(item)
            n = item.times_per_day or 1
            if n in SLOT_PATTERN:
                cells = [para(esc(dose) if on else "", s.cell) for on in SLOT_PATTERN[n]]
            else:
                # Five or more a day does not fit four times of day: say it in one spanning cell.
                cells = [para(ctx.t("spread_over_day", dose=dose, n=n), s.cell), *(para("", s.cell) for _ in range(3))]
                spans.append(("SPAN", (1, len(rows)), (4, len(rows))))
            rows.append([_name_cell(item, ctx), *cells])
        slot_w = max(ctx.width * 0.14, ctx.label_width([ctx.raw("col_" + k) for k in SLOTS]))
        out.append(data_table(rows, [ctx.width - 4 * slot_w] + [slot_w] * 4, s, extra=spans))
    prn = [i for i in items if i.prn]
    if prn:
        out.append(para(ctx.t("prn_title"), s.h2))
        lines = []
        for item in prn:
            n = item.max_per_day or 1
            key = "prn_line_one" if n == 1 else "prn_line"
            line = f"<b>{esc(ctx.med_name(item))}</b>: {ctx.t(key, dose=ctx.dose_text(item), n=n)}"
            if when := _dates(item, ctx):
                line += f" {when}"
            lines.append(line)
        out += bullets(lines, s.bullet)
    current = [ctx.med_name(i) for i in plan.patient_or_empty.current_medications]
    if current:
        out.append(para(ctx.t("other_meds"), s.lead))
        out += bullets([esc(name) for name in dict.fromkeys(current)], s.bullet)
    return out


def about_medicines(module: MedicationModule, ctx: RenderContext) -> list[Flowable]:
    """For each medicine: what it is for, side effects to watch, how to take it, its limit."""
    if not module.items and not module.notes.strip():
        return []
    s = ctx.styles
    out = [para(ctx.t("med_title"), s.h1)]
    seen: set[str] = set()
    for item in module.items:
        key = item.drug or (item.name or "").strip().lower()
        drug = ctx.drug(item)
        wording = (drug.patient.get(ctx.lang) or drug.patient.get("en")) if drug is not None else None
        # The clinician's own words for this patient win over the catalog's general wording.
        purpose = item.purpose.strip() or (wording.what_for.strip() if wording is not None else "")
        if key in seen and not item.instructions.strip():
            continue  # the same medicine twice (e.g. two strengths) needs its facts only once
        seen.add(key)
        out.append(para(f"{esc(ctx.med_name(item))} \u2013 {esc(ctx.dose_text(item))}", s.h2))
        if purpose:
            out.append(labelled(ctx.t("med_for"), esc(purpose), s.body))
        if item.instructions.strip():
            out.append(labelled(ctx.t("med_how"), esc(item.instructions), s.body))
        if item.prn:
            n = item.max_per_day or 1
            out.append(para(ctx.t("prn_line_one" if n == 1 else "prn_line", dose=ctx.dose_text(item), n=n), s.body))
        if wording is not None and wording.side_effects:
            out.append(para(f"<b>{ctx.t('med_watch')}</b>", s.lead))
            out += bullets([esc(x) for x in wording.side_effects], s.bullet)
        if wording is not None and wording.warning.strip():
            out.append(para(f"<b>{esc(wording.warning)}</b>", s.body))
    if module.items:
        out.append(para(ctx.t("med_ask"), s.body))
    if module.notes.strip():
        out.append(labelled(ctx.t("team_note"), esc(module.notes), s.body))
    return out
