"""Handout builders for the non-drug modules (exercises, CBT, mindfulness, habits), one per module."""

from __future__ import annotations

from collections.abc import Callable

from reportlab.platypus import KeepTogether

from careplan.domain.advice import LIFESTYLE_ADVICE
from careplan.domain.plan import (
    CarePlan,
    CbtModule,
    ExercisePrescription,
    LifestyleModule,
    MedicationModule,
    MindfulnessModule,
    PhysiotherapyModule,
)
from careplan.export.context import RenderContext
from careplan.export.flow import Flowable, bullets, labelled, para
from careplan.export.handout_advice import advice_markup
from careplan.export.handout_meds import about_medicines
from careplan.export.text import esc


def _notes(notes: str, ctx: RenderContext) -> list[Flowable]:
    return [labelled(ctx.t("team_note"), esc(notes), ctx.styles.body)] if notes.strip() else []


def _amount(ex: ExercisePrescription, ctx: RenderContext) -> str:
    parts: list[str] = []
    if ex.sets and ex.reps:
        parts.append(ctx.t("set_one_reps", reps=ex.reps) if ex.sets == 1 else ctx.t("sets_reps", sets=ex.sets, reps=ex.reps))
    elif ex.reps:
        parts.append(ctx.t("reps_only", reps=ex.reps))
    elif ex.sets:
        parts.append(ctx.t("sets_only", sets=ex.sets))
    if ex.hold_seconds:
        parts.append(ctx.t("hold_for", n=ex.hold_seconds))
    if ex.minutes:
        parts.append(ctx.t("for_minutes", n=ex.minutes))
    parts.append(ctx.t("on_days_one") if ex.days_per_week == 1 else ctx.t("on_days", n=ex.days_per_week))
    return ", ".join(parts)


def _exercise(ex: ExercisePrescription, ctx: RenderContext) -> Flowable:
    s = ctx.styles
    entry = ctx.catalog.exercises.get(ex.exercise) if ex.exercise else None
    name = (ex.name or "").strip() or (entry.name if entry is not None else ex.exercise or "")
    parts: list[Flowable] = [para(esc(name), s.h2)]
    if entry is not None and (how := ctx.words(entry.instructions)):
        parts.append(labelled(ctx.t("ex_how"), how, s.body))
    parts.append(labelled(ctx.t("ex_amount"), _amount(ex, ctx), s.body))
    # The clinician's progression for this patient wins over the library's general advice.
    progress = esc(ex.progression) if ex.progression.strip() else ctx.words(entry.progression) if entry else ""
    if progress:
        parts.append(labelled(ctx.t("ex_progress"), progress, s.body))
    if entry is not None and (stop := ctx.words(entry.stop_if)):
        parts.append(labelled(ctx.t("ex_stop"), stop, s.body))
    if ex.notes.strip():
        parts.append(labelled(ctx.t("team_note"), esc(ex.notes), s.body))
    # One exercise reads as a unit; KeepTogether moves it whole to the next page when it fits there.
    kept: Flowable = KeepTogether(parts)
    return kept


def physiotherapy(module: PhysiotherapyModule, ctx: RenderContext) -> list[Flowable]:
    s = ctx.styles
    out = [para(ctx.t("physio_title"), s.h1), para(ctx.t("physio_intro"), s.body)]
    if module.sessions_per_week:
        n = module.sessions_per_week
        out.append(para(ctx.t("physio_sessions_one") if n == 1 else ctx.t("physio_sessions", n=n), s.body))
    out += [_exercise(ex, ctx) for ex in module.exercises]
    start, target = module.walking_start_minutes, module.walking_target_minutes
    if start and target:
        out.append(para(ctx.t("walk_both", start=start, target=target), s.body))
    elif start:
        out.append(para(ctx.t("walk_start", start=start), s.body))
    elif target:
        out.append(para(ctx.t("walk_target", target=target), s.body))
    if module.pacing.strip():
        out.append(labelled(ctx.t("pacing"), esc(module.pacing), s.body))
    return out + _notes(module.notes, ctx)


def cbt(module: CbtModule, ctx: RenderContext) -> list[Flowable]:
    s = ctx.styles
    out = [para(ctx.t("cbt_title"), s.h1), para(ctx.t("cbt_what"), s.body)]
    plan_lines: list[str] = []
    if module.sessions:
        plan_lines.append(ctx.t("cbt_sessions_one") if module.sessions == 1 else ctx.t("cbt_sessions", n=module.sessions))
    plan_lines.append(ctx.t("cbt_when", cadence=ctx.raw(f"cadence_{module.cadence}")))
    if module.session_minutes:
        plan_lines.append(ctx.t("cbt_minutes", n=module.session_minutes))
    out.append(para(" ".join(plan_lines), s.body))
    if module.provider.strip():
        out.append(para(ctx.t("cbt_with", provider=module.provider), s.body))
    focus: list[str] = []
    for fid in module.focus_areas:
        comp = ctx.catalog.cbt_components.get(fid)
        focus.append(f"<b>{esc(comp.name)}</b>: {ctx.words(comp.patient)}" if comp is not None else esc(fid))
    if focus:
        out.append(para(ctx.t("cbt_focus"), s.lead))
        out += bullets(focus, s.bullet)
    if module.homework.strip():
        out.append(labelled(ctx.t("cbt_homework"), esc(module.homework), s.body))
    return out + _notes(module.notes, ctx)


def mindfulness(module: MindfulnessModule, ctx: RenderContext) -> list[Flowable]:
    s = ctx.styles
    out = [para(ctx.t("mind_title"), s.h1), para(ctx.t("mind_what"), s.body)]
    practice = ctx.catalog.mindfulness_practices.get(module.practice) if module.practice else None
    if practice is not None:
        out.append(para(esc(practice.name), s.h2))
        out.append(para(ctx.words(practice.patient), s.body))
    elif module.practice:
        out.append(para(esc(module.practice), s.h2))
    minutes, days = module.minutes_per_day, module.days_per_week
    if minutes and days:
        out.append(para(ctx.t("mind_both", minutes=minutes, days=days), s.body))
    elif minutes:
        out.append(para(ctx.t("mind_minutes", minutes=minutes), s.body))
    elif days:
        out.append(para(ctx.t("mind_days", days=days), s.body))
    out.append(para(ctx.t("mind_track"), s.body))
    resources = [esc(r) for r in module.resources if r.strip()]
    if resources:
        out.append(para(ctx.t("mind_resources"), s.lead))
        out += bullets(resources, s.bullet)
    return out + _notes(module.notes, ctx)


def lifestyle(module: LifestyleModule, ctx: RenderContext, plan: CarePlan) -> list[Flowable]:
    s = ctx.styles
    out = [para(ctx.t("life_title"), s.h1), para(ctx.t("life_intro"), s.lead)]
    lines: list[str] = []
    for goal in module.targets:
        # Advice a planned medicine makes unsafe (alcohol with a sedating medicine) is worded
        # safely; the library's general wording for it is then left out too.
        words, replaced = advice_markup(goal.target, LIFESTYLE_ADVICE[goal.area], plan, ctx)
        line = f"<b>{ctx.t('area_' + goal.area)}:</b> {words}"
        entry = ctx.catalog.lifestyle_targets.get(goal.catalog_id) if goal.catalog_id else None
        if not replaced and entry is not None and (more := ctx.words(entry.patient)):
            line += f"<br/>{more}"
        lines.append(line)
    out += bullets(lines, s.bullet)
    return out + _notes(module.notes, ctx)


ModuleBuilder = Callable[..., list[Flowable]]
MODULE_BUILDERS: dict[str, ModuleBuilder] = {
    "physiotherapy": physiotherapy,
    "cbt": cbt,
    "mindfulness": mindfulness,
    # The medication and lifestyle modules need the whole plan (the cautions of combinations,
    # advice the medicines make unsafe); the kratom module prints as its own caution box
    # (handout_safety), never as a plan step.
}


def modules(plan: CarePlan, ctx: RenderContext) -> list[Flowable]:
    """One section per module, in the order the clinician arranged them."""
    out: list[Flowable] = []
    for module in plan.modules:
        if isinstance(module, MedicationModule):
            out += about_medicines(module, ctx, plan)
        elif isinstance(module, LifestyleModule):
            out += lifestyle(module, ctx, plan)
        elif (builder := MODULE_BUILDERS.get(module.kind)) is not None:
            out += builder(module, ctx)
    return out
