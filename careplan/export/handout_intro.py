"""Handout builders for the letterhead, "your plan", goals, flare plan, tracker and next visit."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from reportlab.lib.utils import ImageReader
from reportlab.platypus import Image, Table, TableStyle

from careplan.domain.dosing import frequency
from careplan.domain.plan import CarePlan, MedicationItem, MindfulnessModule, PhysiotherapyModule
from careplan.export.context import RenderContext
from careplan.export.flow import Flowable, bullets, data_table, labelled, para, spacer, together
from careplan.export.handout_advice import advice_markup
from careplan.export.handout_meds import MARKS_IN_TRACKER, change_marks, interval_text, prn_text
from careplan.export.images import logo_problem
from careplan.export.styles import ACCENT
from careplan.export.text import esc


def _logo(ctx: RenderContext, height: float) -> Any | None:
    """The clinic logo scaled to `height`, or None when there is none or it cannot be read
    (a broken logo file must not stop a patient getting their plan)."""
    path = ctx.options.letterhead.logo
    if path is None or logo_problem(path) is not None:
        return None
    try:
        w, h = ImageReader(str(path)).getSize()
    except Exception:  # reportlab/PIL raise many types for unreadable images
        return None
    if not w or not h:
        return None
    width = min(height * w / h, ctx.width * 0.35)
    return Image(str(path), width=width, height=width * h / w)


def letterhead(plan: CarePlan, ctx: RenderContext) -> list[Flowable]:
    """Clinic letterhead, the title, and who the plan is for, when and from whom."""
    s = ctx.styles
    head = ctx.options.letterhead
    lines = [f"<b>{esc(head.name)}</b>"] if head.name.strip() else []
    lines += [esc(line) for line in head.address.splitlines() if line.strip()]
    # Every handout carries the clinic's number; without one, a line to write it in by hand.
    lines.append(ctx.t("phone_line", phone=head.phone) if head.phone.strip() else ctx.t("phone_blank"))
    text = para("<br/>".join(lines), s.letterhead)
    # The letterhead always prints: it carries at least the phone line.
    logo = _logo(ctx, s.body_size * 4)
    logo_w = logo.drawWidth + s.gap if logo is not None else 0
    table = Table([[logo or "", text]], colWidths=[logo_w, ctx.width - logo_w], hAlign="LEFT")
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), s.font),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("LINEBELOW", (0, 0), (-1, -1), 1.5, ACCENT),
        ("BOTTOMPADDING", (0, 0), (-1, -1), s.gap),
    ]))
    out: list[Flowable] = [table, spacer(s)]
    out.append(para(ctx.t("doc_title"), s.title))
    patient = plan.patient
    if patient is not None and patient.name.strip():
        out.append(para(ctx.t("made_for", name=patient.name), s.body))
    out.append(para(ctx.t("date_line", date=ctx.date_words(ctx.today)), s.body))
    if plan.clinician.name.strip():
        who = ", ".join(x for x in (plan.clinician.name.strip(), plan.clinician.credentials.strip()) if x)
        out.append(para(ctx.t("made_by", clinician=who), s.body))
    out.append(para(_version_line(plan, ctx), s.body))
    return out


def _version_line(plan: CarePlan, ctx: RenderContext) -> str:
    """Which version of the plan this is, and who signed it when (a draft says it is one)."""
    so = plan.signed_off
    if so is None:
        return ctx.t("draft_line", revision=plan.revision)
    who = ", ".join(x for x in (so.name.strip(), so.credentials.strip()) if x)
    return ctx.t("signed_line", clinician=who, date=ctx.date_words(so.at.date()), revision=plan.revision)


def intro(plan: CarePlan, ctx: RenderContext) -> list[Flowable]:
    """"Your plan": what the handout is, and its parts in plain words."""
    s = ctx.styles
    out = [para(ctx.t("intro_title"), s.h1), para(ctx.t("intro"), s.body), para(ctx.t("intro_more"), s.body)]
    kinds: list[str] = []
    for module in plan.modules:
        if module.kind not in kinds:
            kinds.append(module.kind)
    if kinds:
        out.append(para(ctx.t("plan_parts"), s.lead))
        out += bullets([ctx.t(f"part_{k}") for k in kinds], s.bullet)
    return out


def goals(plan: CarePlan, ctx: RenderContext) -> list[Flowable]:
    """Each SMART goal with how it is measured, the aim and the date."""
    if not plan.goals:
        return []
    s = ctx.styles
    out = [para(ctx.t("goals_title"), s.h1), para(ctx.t("goals_intro"), s.lead)]
    uses_peg = False
    for goal in plan.goals:
        parts = [f"<b>{ctx.user(goal.text)}</b>"]
        if goal.measure.strip():
            parts.append(ctx.t("goal_measure", measure=ctx.user_plain(goal.measure)))
            uses_peg = uses_peg or goal.measure.strip().upper().startswith("PEG")
        if goal.target.strip():
            parts.append(ctx.t("goal_target", target=ctx.user_plain(goal.target)))
        if goal.due is not None:
            parts.append(ctx.t("goal_due", date=ctx.date_words(goal.due)))
        out += bullets(["<br/>".join(parts)], s.bullet)
    if uses_peg:
        out.append(para(ctx.t("peg_explain"), s.body))
    return out


def _flare_item(item: MedicationItem, ctx: RenderContext, current: bool) -> str:
    """A medicine the flare plan allows, with its dose, limit and gap from the plan, and for a
    course the day it ends (a flare plan has no end; the course does) (markup)."""
    kind = frequency(item, ctx.drug(item))
    if kind == "prn":
        how = prn_text(item, ctx)
    elif kind == "interval":
        how = interval_text(item, ctx)
    else:
        # One of the patient's own medicines is not in the handout's schedule: "as before".
        key = "flare_current" if current else "flare_daily"
        # A gel or cream is put on, not taken.
        key += "_skin" if item.route in ("topical", "transdermal") else ""
        how = ctx.t(key, dose=ctx.dose_text(item))
    if item.stop is not None:
        how += " " + ctx.t("flare_course_until", date=ctx.date_words(item.stop))
    elif item.duration_days is not None:
        if item.start is not None:
            last = item.start + timedelta(days=item.duration_days - 1)
            how += " " + ctx.t("flare_course_until", date=ctx.date_words(last))
        else:
            how += " " + ctx.t("flare_course_days", n=item.duration_days)
    return f"<b>{esc(ctx.med_name(item))}</b>: {how}"


def flare(plan: CarePlan, ctx: RenderContext) -> list[Flowable]:
    """The bad-day plan: numbered steps, the medicines it allows (chosen from the plan, with
    their dose, limit and gap), any further note, and when to call."""
    fp = plan.flare_plan
    # Each step in the clinician's words, with the limits the plan's medicines set (heat, but
    # never near the patch) or safe words in its place (ADVICE-CONFLICT says so to the clinician).
    steps = [advice_markup(step.text, step.kind, plan, ctx)[0] for step in fp.steps if step.text.strip()]
    by_id = {i.id: i for i in plan.all_medications()}
    chosen = [by_id[i] for i in dict.fromkeys(fp.may_take_items) if i in by_id
              and frequency(by_id[i], ctx.drug(by_id[i])) != "rescue"]
    if not (steps or chosen or fp.may_take.strip() or fp.call_if.strip()):
        return []
    s = ctx.styles
    out = [para(ctx.t("flare_title"), s.h1), para(ctx.t("flare_intro"), s.lead)]
    out += bullets(steps, s.bullet, numbered=True)
    if chosen:
        out.append(para(f"<b>{ctx.t('flare_may_take')}</b>", s.lead))
        current = {i.id for i in plan.patient_or_empty.current_medications}
        out += bullets([_flare_item(item, ctx, item.id in current) for item in chosen], s.bullet)
    if fp.may_take.strip():
        label = ctx.t("flare_also") if chosen else ctx.t("flare_may_take")
        out.append(labelled(label, ctx.user(fp.may_take), s.body))
    if fp.call_if.strip():
        out.append(labelled(ctx.t("flare_call"), ctx.user(fp.call_if), s.body))
    # The signs that need help now are in one place, with one urgency each.
    out.append(para(ctx.t("flare_red_box"), s.body))
    return out


def _tracker_rows(plan: CarePlan, ctx: RenderContext) -> list[str]:
    rows: list[str] = []
    if plan.medication_items():
        rows.append(ctx.t("track_meds"))
    for module in plan.modules:
        if isinstance(module, PhysiotherapyModule):
            if module.exercises and ctx.t("track_exercises") not in rows:
                rows.append(ctx.t("track_exercises"))
            if (module.walking_start_minutes or module.walking_target_minutes) and ctx.t("track_walk") not in rows:
                rows.append(ctx.t("track_walk"))
        elif isinstance(module, MindfulnessModule) and ctx.t("track_practice") not in rows:
            rows.append(ctx.t("track_practice"))
        elif module.kind == "cbt" and getattr(module, "homework", "").strip() and ctx.t("track_homework") not in rows:
            rows.append(ctx.t("track_homework"))
    rows.append(ctx.t("track_pain"))
    return rows


def _day_width(ctx: RenderContext) -> float:
    return max(ctx.width * 0.075, ctx.label_width([ctx.raw(f"day_{d}") for d in range(1, 8)], most=ctx.width * 0.11))


def _box_cells(ctx: RenderContext) -> list[tuple[Any, ...]]:
    s = ctx.styles
    return [("VALIGN", (1, 1), (-1, -1), "MIDDLE"), ("ALIGN", (1, 1), (-1, -1), "CENTER"),
            ("FONTNAME", (1, 1), (-1, -1), s.font), ("FONTSIZE", (1, 1), (-1, -1), s.body_size * 1.3),
            ("LEADING", (1, 1), (-1, -1), s.body_size * 1.5)]


BOX_GLYPH = "\u2610"  # an empty ballot box: DejaVu Sans has it, so the tick box prints everywhere


def _change_tracker(item: MedicationItem, ctx: RenderContext) -> Flowable | None:
    """Tick boxes for the days an interval medicine (a patch) is due: dates from its start date,
    else day 1, day 4, day 7 ..."""
    marks = change_marks(item, ctx, MARKS_IN_TRACKER)
    if not marks:
        return None
    s = ctx.styles
    head = [para(f"<b>{esc(ctx.med_name(item))}</b>", s.cell_head),
            *(para(f"<b>{esc(short)}</b>", s.cell_center) for _, short in marks)]
    row = [para(ctx.t("tracker_done"), s.cell), *(BOX_GLYPH for _ in marks)]
    day_w = max(_day_width(ctx), ctx.width * 0.09)
    widths = [ctx.width - len(marks) * day_w] + [day_w] * len(marks)
    return data_table([head, row], widths, s, zebra=False, extra=_box_cells(ctx))


def tracker(plan: CarePlan, ctx: RenderContext) -> list[Flowable]:
    """A week of tick boxes (days across, activities down) plus a row for the pain score, and
    for each medicine taken every few days, a row of boxes for the days it is due."""
    s = ctx.styles
    days = [para(f"<b>{ctx.t(f'day_{d}')}</b>", s.cell_center) for d in range(1, 8)]
    header = [para(f"<b>{ctx.t('tracker_what')}</b>", s.cell_head), *days]
    rows: list[list[Any]] = [header]
    activities = _tracker_rows(plan, ctx)
    for n, label in enumerate(activities):
        last = n == len(activities) - 1
        # Plain strings, not paragraphs: 7 cells a row, and one glyph needs no wrapping.
        rows.append([para(label, s.cell), *(("" if last else BOX_GLYPH) for _ in range(7))])
    day_w = _day_width(ctx)
    widths = [ctx.width - 7 * day_w] + [day_w] * 7
    table = data_table(rows, widths, s, zebra=False, extra=_box_cells(ctx))
    # The tracker is one page's worth at most: it moves whole rather than leave a row behind.
    out: list[Flowable] = [together([para(ctx.t("tracker_title"), s.h1), para(ctx.t("tracker_intro"), s.lead),
                                     table])]
    interval = [i for i in plan.medication_items() if frequency(i, ctx.drug(i)) == "interval"]
    changes = [t for i in interval if (t := _change_tracker(i, ctx)) is not None]
    if changes:
        out.append(together([para(ctx.t("tracker_changes"), s.lead), *changes]))
    return out


def next_visit(plan: CarePlan, ctx: RenderContext) -> list[Flowable]:
    """When the next visit is, what will be checked, and how to reach the clinic."""
    s = ctx.styles
    fu = plan.follow_up
    out = [para(ctx.t("next_title"), s.h1)]
    if fu.next_visit is not None:
        out.append(para(ctx.t("next_date", date=ctx.date_words(fu.next_visit)), s.body))
    elif fu.interval_weeks is not None:
        key = "next_week_one" if fu.interval_weeks == 1 else "next_weeks"
        out.append(para(ctx.t(key, n=fu.interval_weeks), s.body))
    else:
        out.append(para(ctx.t("next_none"), s.body))
    checks = [ctx.user(m) for m in fu.monitoring if m.strip()]
    if checks:
        out.append(para(ctx.t("next_check"), s.lead))
        out += bullets(checks, s.bullet)
    head = ctx.options.letterhead
    # One paragraph, so the clinic's phone and address never part across a page break.
    if head.phone.strip():
        lines = [ctx.t("contact_call", phone=head.phone)]
    else:
        lines = [ctx.t("contact_generic"), ctx.t("phone_blank")]
    if head.name.strip():
        lines += [f"<b>{esc(head.name)}</b>", *(esc(x) for x in head.address.splitlines() if x.strip())]
    out.append(together([para(ctx.t("contact_title"), s.h2), para("<br/>".join(lines), s.body)]))
    return out
