"""Handout builders for medicines: the daily schedule, courses, interval and as-needed medicines,
the rescue box for family and carers, and what each medicine is for.

Every dose is read through :mod:`careplan.domain.dosing` so that the handout says what the plan
means: a rescue medicine is never a daily one, a patch changed every 3 days is never in the
Morning column, a course says when to stop.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from careplan.domain.catalog_model import PatientWording, WarningTopic
from careplan.domain.dosing import dose_slots, frequency
from careplan.domain.plan import CarePlan, MedicationItem, MedicationModule
from careplan.export.context import RenderContext, number
from careplan.export.flow import Flowable, box, bullets, data_table, labelled, para
from careplan.export.handout_advice import item_advice, keep_safe, naloxone_note
from careplan.export.handout_cautions import superseded_topics
from careplan.export.handout_taper import schedule_note
from careplan.export.styles import DANGER, DANGER_PALE
from careplan.export.text import esc

SLOTS = ("morning", "midday", "evening", "bedtime")
# How many changes of an interval medicine the handout lists in words, and marks in the tracker.
MARKS_IN_WORDS = 4
MARKS_IN_TRACKER = 7


def is_course(item: MedicationItem) -> bool:
    """A medicine taken for a set time (a number of days, or until a date), then stopped."""
    return item.duration_days is not None or item.stop is not None


def course_text(item: MedicationItem, ctx: RenderContext) -> str:
    """ "Take it for 7 days, then stop. Your last day is 1 December 2026." (markup), or ""."""
    if item.duration_days is not None:
        n = item.duration_days
        text = ctx.t("course_day_one") if n == 1 else ctx.t("course_days", n=n)
        if item.start is not None:
            last = item.start + timedelta(days=n - 1)
            text += " " + ctx.t("course_last_day", date=ctx.date_words(last))
        return text
    if item.stop is not None:
        return ctx.t("course_until", date=ctx.date_words(item.stop))
    return ""


def dates_text(item: MedicationItem, ctx: RenderContext) -> str:
    """When to start and when to stop, as markup ("" for an ongoing medicine started already)."""
    parts = []
    # A start day already past is history, not an instruction ("Start on 4 May" read in December).
    if item.start is not None and item.start > ctx.today:
        parts.append(ctx.t("start_on", date=ctx.date_words(item.start)))
    if course := course_text(item, ctx):
        parts.append(course)
    return " ".join(parts)


def _name_cell(item: MedicationItem, ctx: RenderContext) -> Any:
    markup = f"<b>{esc(ctx.med_name(item))}</b>"
    if when := dates_text(item, ctx):
        markup += f"<br/>{when}"
    if changes := schedule_note(item, ctx):
        markup += f"<br/>{changes}"
    return para(markup, ctx.styles.cell)


def prn_text(item: MedicationItem, ctx: RenderContext) -> str:
    """ "Take 5 mg only when you need it. Take it no more than 4 times a day. Wait at least 4 hours
    between doses." (markup)."""
    n = item.max_per_day or 1
    key = "prn_line_one" if n == 1 else "prn_line"
    text = ctx.t(key, dose=ctx.dose_text(item), n=n)
    if item.min_hours_between is not None:
        text += " " + ctx.t("prn_gap", hours=number(item.min_hours_between))
    return text


def is_patch(item: MedicationItem, ctx: RenderContext) -> bool:
    drug = ctx.drug(item)
    return item.unit in ("patch", "mcg/h") or item.route == "transdermal" or (
        drug is not None and drug.dose_unit == "mcg/h")


def _every(hours: int, ctx: RenderContext) -> str:
    if hours % 24 == 0:
        days = hours // 24
        if days == 1:
            return ctx.raw("every_day_one")
        if days == 7:
            return ctx.raw("every_week")
        return ctx.raw("every_days").format(n=days)
    return ctx.raw("every_hours").format(n=hours)


def interval_text(item: MedicationItem, ctx: RenderContext) -> str:
    """ "Put on 1 patch (25 mcg/h) every 3 days. Take the old patch off ..." (markup)."""
    hours = item.interval_hours or 24
    key = "interval_patch_line" if is_patch(item, ctx) else "interval_line"
    return ctx.t(key, dose=ctx.dose_text(item), every=_every(hours, ctx))


def change_marks(item: MedicationItem, ctx: RenderContext, count: int) -> list[tuple[str, str]]:
    """The first ``count`` times an interval medicine is due, as (long, short) labels:
    dates from the start date when there is one ("Tuesday 1 December", "Tue 1 Dec"), else day
    numbers ("day 4"). Empty when the interval does not fall on whole or half days."""
    hours = item.interval_hours
    if hours is None or hours % 12:
        return []
    marks: list[tuple[str, str]] = []
    for k in range(count):
        offset = k * hours
        day, half = divmod(offset, 24)
        part = "" if hours % 24 == 0 else ("morning" if half == 0 else "evening")
        if item.start is not None:
            when = item.start + timedelta(days=day)
            long = ctx.weekday_date(when)
            short = ctx.weekday_date(when, short=True)
            if part:
                long += f" ({ctx.raw('slot_' + part)})"
                short += f" {ctx.raw('slot_short_' + part)}"
        else:
            long = ctx.raw(f"day_n_{part}" if part else "day_n").format(n=day + 1)
            short = ctx.raw("day_n_short").format(n=day + 1) + (f" {ctx.raw('slot_short_' + part)}" if part else "")
        marks.append((long, short))
    return marks


def _interval_lines(items: list[MedicationItem], ctx: RenderContext) -> list[str]:
    lines = []
    for item in items:
        line = f"<b>{esc(ctx.med_name(item))}</b>: {interval_text(item, ctx)}"
        if marks := change_marks(item, ctx, MARKS_IN_WORDS):
            key = "interval_days_patch" if is_patch(item, ctx) else "interval_days"
            line += " " + ctx.t(key, days=", ".join(long for long, _ in marks))
            if item.start is None and (item.interval_hours or 24) % 24:
                line += " " + ctx.t("interval_first_morning")
            line += " " + ctx.t("interval_tick")
        if when := dates_text(item, ctx):
            line += f" {when}"
        lines.append(line)
    return lines


def _daily_table(items: list[MedicationItem], ctx: RenderContext) -> Flowable:
    s = ctx.styles
    head = [para(f"<b>{ctx.t('col_' + k)}</b>", s.cell_head) for k in ("medicine", *SLOTS)]
    rows: list[list[Any]] = [head]
    spans: list[tuple[Any, ...]] = []
    for item in items:
        dose = ctx.dose_text(item)
        slots = dose_slots(item, ctx.drug(item))
        if slots is not None:
            # An empty slot is an empty string, not an empty paragraph: the row's height comes
            # from its other cells either way, and a daily table is mostly empty slots.
            cells = [para(esc(dose), s.cell) if slot in slots else "" for slot in SLOTS]
        else:
            # Five or more a day does not fit four times of day: say it in one spanning cell.
            n = item.times_per_day or 1
            cells = [para(ctx.t("spread_over_day", dose=dose, n=n), s.cell), "", "", ""]
            spans.append(("SPAN", (1, len(rows)), (4, len(rows))))
        rows.append([_name_cell(item, ctx), *cells])
    slot_w = max(ctx.width * 0.13, ctx.label_width([ctx.raw("col_" + k) for k in SLOTS]))
    return data_table(rows, [ctx.width - 4 * slot_w] + [slot_w] * 4, s, extra=spans)


def schedule(plan: CarePlan, ctx: RenderContext) -> list[Flowable]:
    """Ongoing daily medicines by time of day; courses in their own table (they stop); those
    on a longer interval (patches) with the days they are due; the as-needed ones with their
    limit and gap; the patient's other medicines. Rescue medicines are never here: they have
    their own box for family and carers."""
    items = [i for i in plan.medication_items() if frequency(i, ctx.drug(i)) != "rescue"]
    current = [ctx.med_name(i) for i in plan.patient_or_empty.current_medications]
    if not items and not current:
        return []
    s = ctx.styles
    out = [para(ctx.t("schedule_title"), s.h1)]
    daily = [i for i in items if frequency(i, ctx.drug(i)) == "daily"]
    ongoing = [i for i in daily if not is_course(i)]
    courses = [i for i in daily if is_course(i)]
    if ongoing:
        out += [para(ctx.t("schedule_intro"), s.lead), _daily_table(ongoing, ctx)]
    if courses:
        out += [para(ctx.t("course_title"), s.h2), para(ctx.t("course_intro"), s.lead), _daily_table(courses, ctx)]
    interval = [i for i in items if frequency(i, ctx.drug(i)) == "interval"]
    if interval:
        out.append(para(ctx.t("interval_title"), s.h2))
        out += bullets(_interval_lines(interval, ctx), s.bullet)
    prn = [i for i in items if frequency(i, ctx.drug(i)) == "prn"]
    if prn:
        out.append(para(ctx.t("prn_title"), s.h2))
        lines = []
        for item in prn:
            line = f"<b>{esc(ctx.med_name(item))}</b>: {prn_text(item, ctx)}"
            if when := dates_text(item, ctx):
                line += f" {when}"
            lines.append(line)
        out += bullets(lines, s.bullet)
    if current:
        out.append(para(ctx.t("other_meds"), s.lead))
        out += bullets([esc(name) for name in dict.fromkeys(current)], s.bullet)
    return out


def _route(item: MedicationItem, ctx: RenderContext) -> str:
    key = f"route_{item.route}"
    return ctx.raw(key) if key in ("route_nasal", "route_injection") else ""


def rescue_box(plan: CarePlan, ctx: RenderContext) -> list[Flowable]:
    """Rescue medicines (naloxone), addressed to family and carers, never as a daily medicine.
    The box never splits across pages: in an emergency no one turns the page."""
    rescue = [i for i in plan.all_medications() if frequency(i, ctx.drug(i)) == "rescue"]
    if not rescue:
        return []
    s = ctx.styles
    lines = []
    for item in {i.drug or i.label: i for i in rescue}.values():  # one entry per medicine
        drug = ctx.drug(item)
        wording = _wording(drug.patient, ctx) if drug is not None else None
        dose = ctx.dose_text(item) + (f", {route}" if (route := _route(item, ctx)) else "")
        parts = [f"<b>{esc(ctx.med_name(item))}</b>", ctx.t("rescue_dose", dose=dose)]
        # The catalog's steps for this medicine (when to use it, call, a second dose), or ours.
        if wording is not None and wording.warning:
            parts.append(ctx.fill(wording.warning_text))
        else:
            parts.append(ctx.t("rescue_line"))
        if item.instructions.strip():
            parts.append(ctx.user(item.instructions))
        lines.append("<br/>".join(parts))
    body = [para(ctx.t("rescue_intro"), s.body), *bullets(lines, s.bullet),
            para(f"<b>{ctx.t('rescue_call', emergency=ctx.local.emergency())}</b>", s.body)]
    return box(ctx.t("rescue_title"), body, s, ctx.width, DANGER, DANGER_PALE, whole=True)


def _wording(texts: dict[str, PatientWording], ctx: RenderContext) -> PatientWording | None:
    return texts.get(ctx.lang) or texts.get("en")


def warning_markup(item: MedicationItem, wording: PatientWording, dropped: frozenset[WarningTopic],
                   ctx: RenderContext) -> str:
    """The catalog warning for this item, without the parts this plan makes wrong: a sentence
    on a combination the clinician weighed (the "Take extra care" box has the caution that fits
    it), and a time of day when the schedule shows the time (markup)."""
    skip = set(dropped)
    if frequency(item, ctx.drug(item)) == "daily":
        skip.add("timing")
    return " ".join(ctx.fill(part.text) for part in wording.warning if part.about not in skip)


def about_medicines(module: MedicationModule, ctx: RenderContext, plan: CarePlan) -> list[Flowable]:
    """For each medicine: what it is for, how to take it, its limit, side effects to watch."""
    if not module.items and not module.notes.strip():
        return []
    s = ctx.styles
    out = [para(ctx.t("med_title"), s.h1)]
    dropped = superseded_topics(plan, ctx)
    seen: set[str] = set()
    for item in module.items:
        key = item.drug or (item.name or "").strip().lower()
        drug = ctx.drug(item)
        wording = _wording(drug.patient, ctx) if drug is not None else None
        # The clinician's own words for this patient win over the catalog's general wording.
        purpose = ctx.user(item.purpose) if item.purpose.strip() else (ctx.fill(wording.what_for) if wording else "")
        if key in seen and not item.instructions.strip():
            continue  # the same medicine twice (e.g. two strengths) needs its facts only once
        seen.add(key)
        kind = frequency(item, drug)
        if kind == "rescue":
            # The rescue box speaks to family and carers about how to use it; here only what it is.
            out.append(para(esc(ctx.med_name(item)), s.h2))
            if purpose:
                out.append(labelled(ctx.t("med_for"), purpose, s.body))
            continue
        out.append(para(f"{esc(ctx.med_name(item))} \u2013 {esc(ctx.dose_text(item))}", s.h2))
        if purpose:
            out.append(labelled(ctx.t("med_for"), purpose, s.body))
        if item.instructions.strip():
            out.append(labelled(ctx.t("med_how"), ctx.user(item.instructions), s.body))
        out += [para(line, s.body) for line in item_advice(item, ctx)]
        if kind == "prn":
            out.append(para(prn_text(item, ctx), s.body))
        elif kind == "interval":
            out.append(para(interval_text(item, ctx), s.body))
        if course := course_text(item, ctx):
            out.append(para(course, s.body))
        if wording is not None and wording.side_effects:
            out.append(para(f"<b>{ctx.t('med_watch')}</b>", s.lead))
            out += bullets([ctx.fill(x) for x in wording.side_effects], s.bullet)
        if wording is not None and (warning := warning_markup(item, wording, dropped.get(item.id, frozenset()), ctx)):
            out.append(para(f"<b>{warning}</b>", s.body))
    if module.items:
        out.append(para(ctx.t("med_ask"), s.body))
        out += keep_safe(module.items, ctx)
        out += naloxone_note(plan, ctx)
    if module.notes.strip():
        out.append(labelled(ctx.t("team_note"), ctx.user(module.notes), s.body))
    return out
