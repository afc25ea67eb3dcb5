"""Plan rules: follow-up for opioids and kratom (and early review after starting a drug whose facts ask
for it), as-needed medicines without a minimum gap, and parts of the plan left empty."""

from __future__ import annotations

from careplan.domain.codes import MODULE_LABELS
from careplan.domain.findings import Finding
from careplan.domain.plan import (
    CbtModule,
    LifestyleModule,
    MedicationModule,
    MindfulnessModule,
    Module,
    PhysiotherapyModule,
)
from careplan.domain.safety.context import SafetyContext, exceeds, fmt, item_ids, join_words, names


def followup_missing(ctx: SafetyContext) -> list[Finding]:
    """FOLLOWUP-MISSING: opioids or an active kratom module without follow-up within the catalog
    maximum (for kratom alone, the kratom module's own interval also counts); and a drug whose
    facts ask for an early first review (methadone: within a week of starting) planned without a
    follow-up that soon."""
    findings = _review_after_start(ctx)
    opioids = ctx.opioids
    kratom = ctx.active_kratom
    if not opioids and kratom is None:
        return findings
    limit = ctx.threshold("followup_max_weeks")
    interval = ctx.plan.follow_up.interval_weeks
    plan_ok = interval is not None and not exceeds(interval, limit.value)
    kratom_ok = plan_ok or (kratom is not None and kratom.follow_up_weeks is not None and not exceeds(kratom.follow_up_weeks, limit.value))
    uncovered: list[str] = []
    ids: list[str] = []
    if opioids and not plan_ok:
        uncovered.append(names(opioids))
        ids.extend(m.id for m in opioids)
    if kratom is not None and not kratom_ok:
        uncovered.append("kratom use")
        ids.append(kratom.id)
    if not uncovered:
        return findings
    now = "no follow-up interval is set" if interval is None else f"follow-up is set at {interval} weeks"
    return [
        *findings,
        Finding(
            rule="FOLLOWUP-MISSING",
            severity="warning",
            title=f"Follow-up within {fmt(limit.value)} weeks needed",
            detail=(
                f"The plan includes {join_words(uncovered)}, but {now}. Review within "
                f"{fmt(limit.value)} weeks of starting or changing them."
            ),
            items=item_ids(ids),
            sources=limit.sources,
        )
    ]


def _first_review_days(ctx: SafetyContext) -> int | None:
    """Days to the first review the plan sets: the next visit's date, else the interval in weeks."""
    follow = ctx.plan.follow_up
    if follow.next_visit is not None:
        return (follow.next_visit - ctx.today).days
    return follow.interval_weeks * 7 if follow.interval_weeks is not None else None


def _review_after_start(ctx: SafetyContext) -> list[Finding]:
    findings: list[Finding] = []
    days = _first_review_days(ctx)
    for med in ctx.meds:
        if med.origin != "plan" or med.rescue:
            continue
        for facts in ctx.facts_of(med):
            wanted = facts.review_days
            if wanted is None or (days is not None and days <= wanted.days):
                continue
            now = "no follow-up is set" if days is None else f"the first follow-up is {days} days away"
            findings.append(Finding(
                rule="FOLLOWUP-MISSING",
                severity="warning",
                title=f"Review within {wanted.days} days of starting {ctx.catalog.drugs[facts.drug_id].name.lower()}",
                detail=(f"{med.describe()} is being started, and {now}. Review within {wanted.days} days of starting it "
                        "(and of each dose increase): its effects build up over several days."),
                items=(med.id,),
                sources=wanted.sources,
            ))
    return findings


def prn_no_gap(ctx: SafetyContext) -> list[Finding]:
    """PRN-NO-GAP: an as-needed medicine whose facts ask for a minimum gap between doses (opioids,
    benzodiazepines, acetaminophen products) with none set."""
    findings: list[Finding] = []
    for med in ctx.meds:
        if med.rescue or not med.item.prn or med.item.min_hours_between is not None:
            continue
        gap = next((f.prn_gap for f in ctx.facts_of(med) if f.prn_gap is not None), None)
        if gap is None:
            continue
        label = f" (label: at least {fmt(gap.hours)} hours apart)" if gap.hours is not None else ""
        findings.append(Finding(
            rule="PRN-NO-GAP",
            severity="warning",
            title=f"{med.name}: as needed with no minimum gap",
            detail=(f"{med.describe()} is as needed, up to {med.item.max_per_day} a day, with no minimum time between "
                    f"doses{label}. Set the hours between doses so that the patient does not take them close together."),
            items=(med.id,),
            sources=gap.sources,
        ))
    return findings


def _empty_module_problem(module: Module) -> str | None:
    """What is missing from a module, or None if it holds something."""
    if isinstance(module, MedicationModule) and not module.items:
        return "The medication module has no medicines"
    if isinstance(module, PhysiotherapyModule) and not module.exercises:
        return "The physiotherapy module has no exercises"
    if isinstance(module, CbtModule) and module.sessions is None and not module.focus_areas:
        return "The CBT module has no sessions and no focus areas"
    if isinstance(module, MindfulnessModule) and not module.practice:
        return "The mindfulness module has no practice chosen"
    if isinstance(module, LifestyleModule) and not module.targets:
        return "The lifestyle module has no targets"
    return None


def plan_incomplete(ctx: SafetyContext) -> list[Finding]:
    """PLAN-INCOMPLETE: one info finding per gap (no goals, no follow-up, an empty module)."""
    plan = ctx.plan
    findings: list[Finding] = []
    if not plan.goals:
        findings.append(_info("No goals", "The plan has no goals. Add at least one SMART goal (e.g. a PEG target)."))
    if plan.follow_up.interval_weeks is None:
        findings.append(_info("No follow-up interval", "The plan has no follow-up interval."))
    for position, module in enumerate(plan.modules, start=1):
        problem = _empty_module_problem(module)
        if problem is not None:
            findings.append(
                _info(f"Module {position} ({MODULE_LABELS[module.kind]}) is empty", f"{problem}: fill it in or remove it.",
                      (module.id,))
            )
    return findings


def _info(title: str, detail: str, items: tuple[str, ...] = ()) -> Finding:
    return Finding(rule="PLAN-INCOMPLETE", severity="info", title=title, detail=detail, items=items)

