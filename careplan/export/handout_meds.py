"""Handout builders for medicines: the daily schedule, the as-needed list, and what each is for."""

from __future__ import annotations

from typing import Any

from careplan.domain.dosing import dose_slots, frequency
from careplan.domain.plan import CarePlan, MedicationItem, MedicationModule
from careplan.export.context import RenderContext, number
from careplan.export.flow import Flowable, box, bullets, data_table, labelled, para
from careplan.export.styles import DANGER, DANGER_PALE
from careplan.export.text import esc

SLOTS = ("morning", "midday", "evening", "bedtime")


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


def _gap(item: MedicationItem, ctx: RenderContext) -> str:
    if item.min_hours_between is None:
        return ""
    return " " + ctx.t("prn_gap", hours=number(item.min_hours_between))


def _prn_text(item: MedicationItem, ctx: RenderContext) -> str:
    n = item.max_per_day or 1
    key = "prn_line_one" if n == 1 else "prn_line"
    return ctx.t(key, dose=ctx.dose_text(item), n=n) + _gap(item, ctx)


def _interval_text(item: MedicationItem, ctx: RenderContext) -> str:
    hours = item.interval_hours or 24
    if hours % 24 == 0:
        days = hours // 24
        every = ctx.raw("every_day_one") if days == 1 else ctx.raw("every_week") if days == 7 else \
            ctx.raw("every_days").format(n=days)
    else:
        every = ctx.raw("every_hours").format(n=hours)
    key = "interval_patch_line" if item.unit in ("patch", "mcg/h") else "interval_line"
    return ctx.t(key, dose=ctx.dose_text(item), every=every)


def schedule(plan: CarePlan, ctx: RenderContext) -> list[Flowable]:
    """Daily medicines by time of day, then those on a longer interval (patches), then the
    as-needed ones with their limit and gap. Rescue medicines are never here: they have their
    own box for family and carers."""
    items = [i for i in plan.medication_items() if frequency(i, ctx.drug(i)) != "rescue"]
    if not items:
        return []
    s = ctx.styles
    out = [para(ctx.t("schedule_title"), s.h1)]
    daily = [i for i in items if frequency(i, ctx.drug(i)) == "daily"]
    if daily:
        out.append(para(ctx.t("schedule_intro"), s.lead))
        head = [para(f"<b>{ctx.t('col_' + k)}</b>", s.cell_head) for k in ("medicine", *SLOTS)]
        rows: list[list[Any]] = [head]
        spans: list[tuple[Any, ...]] = []
        for item in daily:
            dose = ctx.dose_text(item)
            slots = dose_slots(item, ctx.drug(item))
            if slots is not None:
                cells = [para(esc(dose) if slot in slots else "", s.cell) for slot in SLOTS]
            else:
                # Five or more a day does not fit four times of day: say it in one spanning cell.
                n = item.times_per_day or 1
                cells = [para(ctx.t("spread_over_day", dose=dose, n=n), s.cell), *(para("", s.cell) for _ in range(3))]
                spans.append(("SPAN", (1, len(rows)), (4, len(rows))))
            rows.append([_name_cell(item, ctx), *cells])
        slot_w = max(ctx.width * 0.14, ctx.label_width([ctx.raw("col_" + k) for k in SLOTS]))
        out.append(data_table(rows, [ctx.width - 4 * slot_w] + [slot_w] * 4, s, extra=spans))
    interval = [i for i in items if frequency(i, ctx.drug(i)) == "interval"]
    if interval:
        out.append(para(ctx.t("interval_title"), s.h2))
        lines = []
        for item in interval:
            line = f"<b>{esc(ctx.med_name(item))}</b>: {_interval_text(item, ctx)}"
            if when := _dates(item, ctx):
                line += f" {when}"
            lines.append(line)
        out += bullets(lines, s.bullet)
    prn = [i for i in items if frequency(i, ctx.drug(i)) == "prn"]
    if prn:
        out.append(para(ctx.t("prn_title"), s.h2))
        lines = []
        for item in prn:
            line = f"<b>{esc(ctx.med_name(item))}</b>: {_prn_text(item, ctx)}"
            if when := _dates(item, ctx):
                line += f" {when}"
            lines.append(line)
        out += bullets(lines, s.bullet)
    current = [ctx.med_name(i) for i in plan.patient_or_empty.current_medications]
    if current:
        out.append(para(ctx.t("other_meds"), s.lead))
        out += bullets([esc(name) for name in dict.fromkeys(current)], s.bullet)
    return out


def rescue_box(plan: CarePlan, ctx: RenderContext) -> list[Flowable]:
    """Rescue medicines (naloxone), addressed to family and carers, never as a daily medicine."""
    rescue = [i for i in plan.all_medications() if frequency(i, ctx.drug(i)) == "rescue"]
    if not rescue:
        return []
    s = ctx.styles
    lines = []
    for item in rescue:
        drug = ctx.drug(item)
        wording = (drug.patient.get(ctx.lang) or drug.patient.get("en")) if drug is not None else None
        line = f"<b>{esc(ctx.med_name(item))}</b>: {ctx.t('rescue_line')}"
        if wording is not None and wording.warning.strip():
            line += f"<br/>{esc(wording.warning)}"
        lines.append(line)
    return box(ctx.t("rescue_title"), [para(ctx.t("rescue_intro"), s.body), *bullets(lines, s.bullet)], s,
               ctx.width, DANGER, DANGER_PALE)


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
        kind = frequency(item, drug)
        if kind == "rescue":
            continue  # the rescue box speaks to family and carers about it
        if kind == "prn":
            out.append(para(_prn_text(item, ctx), s.body))
        elif kind == "interval":
            out.append(para(_interval_text(item, ctx), s.body))
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
