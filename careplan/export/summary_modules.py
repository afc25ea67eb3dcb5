"""Clinician-summary builders: every module of the plan in full detail, in the plan's order."""

from __future__ import annotations

from collections.abc import Callable

from careplan.domain.codes import KRATOM_FORM_LABELS, KRATOM_STATUS_LABELS, MODULE_LABELS
from careplan.domain.dosing import dose_words
from careplan.domain.plan import (
    CarePlan,
    CbtModule,
    KratomModule,
    LifestyleModule,
    MedicationModule,
    MindfulnessModule,
    PhysiotherapyModule,
)
from careplan.export.context import RenderContext, number
from careplan.export.flow import Flowable, para
from careplan.export.summary_common import daily_text, dash, kv_table, med_label, schedule_text, table, when
from careplan.export.text import esc


def _medication(m: MedicationModule, ctx: RenderContext) -> list[Flowable]:
    if not m.items:
        return [para("No medicines in this module.", ctx.styles.body)]
    rows = []
    for i in m.items:
        daily = esc(daily_text(i, ctx))
        extra = "; ".join(x for x in (
            # The clinician's own text may end with a full stop; the "; " list adds its own.
            f"purpose: {esc(i.purpose.strip().rstrip('.'))}" if i.purpose.strip() else "",
            f"instructions: {esc(i.instructions.strip().rstrip('.'))}" if i.instructions.strip() else "",
            f"start {when(i.start)}" if i.start else "",
            f"stop {when(i.stop)}" if i.stop else "",
            f"for {i.duration_days} days" if i.duration_days else "",
        ) if x)
        name = esc(med_label(i, ctx)) + (" <i>(OTC)</i>" if i.otc else "") + ("" if i.drug else " <i>(not in catalog)</i>")
        rows.append([name, esc(dose_words(i)), esc(schedule_text(i, ctx)), esc(i.route), daily,
                     extra or "\u2014"])
    return [table(["Medicine", "Dose", "Schedule", "Route", "Daily amount", "Purpose, instructions, dates"], rows,
                  [0.2, 0.12, 0.16, 0.11, 0.14, 0.27], ctx)]


def _physiotherapy(m: PhysiotherapyModule, ctx: RenderContext) -> list[Flowable]:
    walking = "\u2014"
    if m.walking_start_minutes or m.walking_target_minutes:
        walking = f"{m.walking_start_minutes or '?'} \u2192 {m.walking_target_minutes or '?'} minutes"
    out: list[Flowable] = [kv_table([
        ("Sessions/week", str(m.sessions_per_week) if m.sessions_per_week is not None else "\u2014"),
        ("Pacing", dash(m.pacing)),
        ("Graded walking", walking),
    ], ctx)]
    rows = []
    for ex in m.exercises:
        entry = ctx.catalog.exercises.get(ex.exercise) if ex.exercise else None
        name = esc(ex.name or (entry.name if entry else ex.exercise or ""))
        dose = ", ".join(x for x in (
            f"{ex.sets}\u00d7{ex.reps}" if ex.sets and ex.reps else f"{ex.reps} reps" if ex.reps else
            f"{ex.sets} sets" if ex.sets else "",
            f"hold {ex.hold_seconds} s" if ex.hold_seconds else "",
            f"{ex.minutes} min" if ex.minutes else "",
        ) if x)
        rows.append([name, dose or "\u2014", str(ex.days_per_week), dash(ex.progression), dash(ex.notes)])
    if rows:
        out.append(table(["Exercise", "Dose", "Days per week", "Progression", "Notes"], rows,
                         [0.24, 0.18, 0.1, 0.26, 0.22], ctx))
    return out


_CADENCE = {"weekly": "Weekly", "fortnightly": "Every two weeks", "monthly": "Monthly"}


def _cbt(m: CbtModule, ctx: RenderContext) -> list[Flowable]:
    focus = [ctx.catalog.cbt_components[f].name if f in ctx.catalog.cbt_components else f for f in m.focus_areas]
    return [kv_table([
        ("Sessions", str(m.sessions) if m.sessions else "\u2014"),
        ("Cadence", esc(_CADENCE.get(m.cadence, m.cadence))),
        ("Session length", f"{m.session_minutes} min" if m.session_minutes else "\u2014"),
        ("Provider", dash(m.provider)),
        ("Focus areas", ", ".join(esc(f) for f in focus) or "\u2014"),
        ("Homework", dash(m.homework)),
    ], ctx)]


def _mindfulness(m: MindfulnessModule, ctx: RenderContext) -> list[Flowable]:
    practice = ctx.catalog.mindfulness_practices.get(m.practice) if m.practice else None
    return [kv_table([
        ("Practice", esc(practice.name) if practice else dash(m.practice or "")),
        ("Minutes/day", str(m.minutes_per_day) if m.minutes_per_day else "\u2014"),
        ("Days/week", str(m.days_per_week) if m.days_per_week else "\u2014"),
        ("Resources", "; ".join(esc(r) for r in m.resources if r.strip()) or "\u2014"),
    ], ctx)]


def _lifestyle(m: LifestyleModule, ctx: RenderContext) -> list[Flowable]:
    if not m.targets:
        return [para("No targets set.", ctx.styles.body)]
    rows = []
    for t in m.targets:
        entry = ctx.catalog.lifestyle_targets.get(t.catalog_id) if t.catalog_id else None
        rows.append([esc(t.area.capitalize()), esc(t.target), esc(entry.name) if entry else "\u2014"])
    return [table(["Area", "Target", "Catalog entry"], rows, [0.18, 0.5, 0.32], ctx)]


def _kratom(m: KratomModule, ctx: RenderContext, plan: CarePlan) -> list[Flowable]:
    cautions = [ctx.catalog.kratom_cautions[c].title if c in ctx.catalog.kratom_cautions else c
                for c in m.cautions_discussed]
    code = plan.patient_or_empty.jurisdiction
    place = ctx.catalog.jurisdiction(code)
    if place is None:
        legal = "Jurisdiction unknown or not in the table: verify legal status locally."
    else:
        fallback = place.code != (code or "").upper()
        legal = (f"No row for {esc(code or '')}; the country row applies. " if fallback else "") + (
            f"{esc(place.name)}: {esc(place.status)} as of {place.as_of.isoformat()} \u2014 {esc(place.detail)} "
            f"{esc(ctx.catalog.data.jurisdictions.verify_note)}")
    accepted = f"yes, by {dash(m.cautions_accepted_by)} at {when(m.cautions_accepted_at)}"
    return [kv_table([
        ("Status", esc(KRATOM_STATUS_LABELS.get(m.status, m.status))),
        ("Product form", esc(KRATOM_FORM_LABELS.get(m.product_form, m.product_form))),
        ("Reported amount", dash(m.reported_amount)),
        ("Reported frequency", dash(m.reported_frequency)),
        ("Duration", f"{number(m.duration_months)} months" if m.duration_months is not None else "\u2014"),
        ("Source", dash(m.source)),
        ("Withdrawal symptoms", dash(m.withdrawal_symptoms)),
        ("Cautions discussed", "; ".join(esc(c) for c in cautions) or "\u2014"),
        ("Monitoring", ", ".join(esc(x) for x in m.monitoring if x.strip()) or "\u2014"),
        ("Follow-up", f"{m.follow_up_weeks} weeks" if m.follow_up_weeks else "\u2014"),
        ("Cautions accepted", accepted),
        ("Legal status", legal),
    ], ctx), para("Reported use is documented as the patient described it; the plan suggests no dose "
                  "or strain.", ctx.styles.small)]


_BUILDERS: dict[str, Callable[..., list[Flowable]]] = {
    "medication": _medication,
    "physiotherapy": _physiotherapy,
    "cbt": _cbt,
    "mindfulness": _mindfulness,
    "lifestyle": _lifestyle,
}


def modules(plan: CarePlan, ctx: RenderContext) -> list[Flowable]:
    s = ctx.styles
    out: list[Flowable] = [para("Modules", s.h1)]
    if not plan.modules:
        return [*out, para("No modules.", s.body)]
    for n, module in enumerate(plan.modules, start=1):
        out.append(para(f"{n}. {esc(MODULE_LABELS.get(module.kind, module.kind))}", s.h2))
        if isinstance(module, KratomModule):
            out += _kratom(module, ctx, plan)
        else:
            out += _BUILDERS[module.kind](module, ctx)
        if module.notes.strip():
            out.append(para(f"<b>Notes:</b> {esc(module.notes)}", s.body))
    return out
