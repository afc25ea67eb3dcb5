"""Handout builders for care over time: a taper calendar the patient can follow ("From Monday
11 January: 30 mg in the morning and 15 mg at night"), the withdrawal signs and who to call,
and the patient's own PEG trend in plain words."""

from __future__ import annotations

from datetime import date
from typing import Any

from careplan.domain.handout_catalog import drug_classes
from careplan.domain.measures import series, trend
from careplan.domain.plan import CarePlan, MedicationItem
from careplan.domain.stewardship_catalog import load_stewardship_facts
from careplan.domain.taper import TaperError, TaperLevel, taper_levels
from careplan.export.context import RenderContext, number
from careplan.export.flow import Flowable, box, bullets, data_table, para, together
from careplan.export.styles import CAUTION, CAUTION_PALE
from careplan.export.text import esc

TICK_BOX = "\u2610"


def tapered(plan: CarePlan) -> list[MedicationItem]:
    """Planned and current medicines with a taper, in plan order."""
    return [i for i in plan.all_medications() if i.taper is not None]


def step_date(day: date, ctx: RenderContext) -> str:
    """ "Monday 11 January" (the year too when it is not this year's)."""
    return ctx.weekday_date(day) if day.year == ctx.today.year else ctx.weekday_date_year(day)


def _every(hours: int, ctx: RenderContext) -> str:
    if hours % 24 == 0:
        days = hours // 24
        return ctx.raw("every_day_one") if days == 1 else ctx.raw("every_week") if days == 7 else ctx.raw("every_days").format(n=days)
    return ctx.raw("every_hours").format(n=hours)


def doses_words(item: MedicationItem, level: TaperLevel, ctx: RenderContext) -> str:
    """ "30 mg in the morning and 15 mg at night" (plain text) for one level of the taper."""
    def dose(amount: float) -> str:
        # Plain amounts for a drug dosed by mass ("30 mg", "15 mg"): which tablets make them up
        # is the pharmacy label's job, and a patient reads the steps against each other.
        if item.unit in ("mg", "mcg", "g"):
            return f"{number(amount)} {item.unit}"
        return ctx.dose_text(item.model_copy(update={"dose": amount}))

    if level.interval_hours is not None:
        return ctx.raw("taper_every").format(dose=dose(level.doses[0][1]), every=_every(level.interval_hours, ctx))
    if all(slot is not None for slot, _ in level.doses):
        parts = [ctx.raw(f"taper_at_{slot}").format(dose=dose(amount)) for slot, amount in level.doses]
        return ctx.join(parts)
    amounts = {amount for _, amount in level.doses}
    if len(amounts) == 1:
        n = len(level.doses)
        key = "taper_once_a_day" if n == 1 else "taper_times_a_day"
        return ctx.raw(key).format(dose=dose(amounts.pop()), n=n)
    return ctx.join([dose(amount) for _, amount in level.doses])


def _rows(item: MedicationItem, levels: list[TaperLevel], ctx: RenderContext) -> list[list[Any]]:
    s = ctx.styles
    name = ctx.med_name_in_text(item)
    first = levels[1].begins if len(levels) > 1 else None
    now = ctx.t("taper_now_until", date=step_date(first, ctx)) if first else ctx.t("taper_now")
    rows: list[list[Any]] = [[para(now, s.cell), para(esc(doses_words(item, levels[0], ctx)), s.cell), para("", s.cell)]]
    for level in levels[1:]:
        when = para(f"<b>{esc(step_date(level.begins, ctx))}</b>", s.cell) if level.begins else para("", s.cell)
        if level.kind == "stop":
            what = f"<b>{ctx.t('taper_stop', name=name)}</b>"
        elif level.kind == "pause":
            what = ctx.t("taper_pause", doses=doses_words(item, level, ctx))
        else:
            what = f"<b>{esc(doses_words(item, level, ctx))}</b>"
        rows.append([when, para(what, s.cell), para(TICK_BOX, s.cell_center)])
    return rows


def taper_calendar(item: MedicationItem, ctx: RenderContext) -> list[Flowable]:
    """One medicine's calendar: the dose now, then each step from its date, with a tick box."""
    s = ctx.styles
    name = ctx.med_name_in_text(item)
    title = para(ctx.t("taper_title", name=name), s.h1)
    try:
        levels = taper_levels(item, ctx.catalog)
    except TaperError:
        # The clinician's summary says why (TAPER-RATE); the patient is told the dates will come.
        return [title, para(ctx.t("taper_not_worked_out", name=name), s.body)]
    head = [para(f"<b>{ctx.t(k)}</b>", s.cell_head) for k in ("taper_col_from", "taper_col_take", "taper_col_tick")]
    date_w = max(ctx.width * 0.3, ctx.label_width([ctx.raw("taper_col_from")], most=ctx.width * 0.4))
    tick_w = max(ctx.width * 0.12, ctx.label_width([ctx.raw("taper_col_tick")], most=ctx.width * 0.2))
    table = data_table([head, *_rows(item, levels, ctx)], [date_w, ctx.width - date_w - tick_w, tick_w], s)
    end = "taper_ends_done" if levels[-1].kind == "stop" else "taper_ends_dose"
    out = [together([title, para(ctx.t("taper_intro", name=name), s.lead), table]), para(ctx.t(end, name=name), s.body)]
    if item.taper is not None and item.taper.note.strip():
        out.append(para(ctx.user(item.taper.note), s.body))
    return out


def _withdrawal_box(items: list[MedicationItem], ctx: RenderContext) -> list[Flowable]:
    """Signs to watch for and who to call, once per class of the tapered medicines."""
    s = ctx.styles
    facts = load_stewardship_facts()
    rows = []
    for item in items:
        drug = ctx.drug(item)
        if drug is not None and (row := facts.withdrawal(drug_classes(drug, ctx.catalog))) is not None and row not in rows:
            rows.append(row)
    if not rows:
        return []
    names = ctx.join(list(dict.fromkeys(ctx.med_name_in_text(i) for i in items)))
    body: list[Flowable] = [para(ctx.t("withdrawal_intro"), s.body)]
    for row in rows:
        body += bullets([ctx.fill(sign, "withdrawal") for sign in row.signs["en"]], s.bullet)
        body.append(para(ctx.words(row.call_us, "withdrawal"), s.body))
    phone = ctx.options.letterhead.phone.strip()
    body.append(para(f"<b>{ctx.t('withdrawal_call', phone=phone) if phone else ctx.t('withdrawal_call_blank')}</b>", s.body))
    body += [para(f"<b>{ctx.words(row.emergency, 'withdrawal')}</b>", s.body) for row in rows]
    return box(ctx.t("withdrawal_title", names=names), body, s, ctx.width, CAUTION, CAUTION_PALE)


def taper(plan: CarePlan, ctx: RenderContext) -> list[Flowable]:
    """Each tapered medicine's calendar, then the withdrawal signs and who to call."""
    items = tapered(plan)
    if not items:
        return []
    out: list[Flowable] = []
    for item in items:
        out += taper_calendar(item, ctx)
    return out + _withdrawal_box(items, ctx)


def schedule_note(item: MedicationItem, ctx: RenderContext) -> str:
    """For the daily table: "This dose changes from Monday 11 January: see ..." (markup), or ""."""
    if item.taper is None:
        return ""
    try:
        levels = taper_levels(item, ctx.catalog)
    except TaperError:
        return ""
    first = levels[1].begins if len(levels) > 1 else None
    if first is None:
        return ""
    return ctx.t("taper_schedule_note", date=step_date(first, ctx), name=ctx.med_name_in_text(item))


def progress(plan: CarePlan, ctx: RenderContext) -> list[Flowable]:
    """The patient's own PEG scores by visit, and in plain words how the latest compares."""
    scores = series(plan, "PEG")
    if len(scores) < 2:
        return []
    s = ctx.styles
    lines = [ctx.t("progress_peg_visit", date=ctx.date_words(sc.entry.date), score=ctx.fixed(sc.value, sc.instrument.score_decimals)) for sc in scores]
    change = trend(plan, "PEG")
    words = ""
    if change is not None and change.percent_lower is not None:
        lower = change.percent_lower
        if lower >= 10:
            words = ctx.t("progress_lower", percent=number(round(lower)))
        elif lower >= 5:
            words = ctx.t("progress_lower_small")
        elif lower > -5:
            words = ctx.t("progress_same")
        else:
            words = ctx.t("progress_higher")
    out = [para(ctx.t("progress_title"), s.h1), para(ctx.t("progress_peg_intro"), s.body), *bullets(lines, s.bullet)]
    if words:
        out.append(para(f"<b>{words}</b>", s.body))
    return [together(out)]
