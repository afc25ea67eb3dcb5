"""Plan rules: follow-up for opioids and kratom, and parts of the plan left empty."""

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
    maximum. For kratom alone, the kratom module's own follow-up interval also counts."""
    opioids = ctx.opioids
    kratom = ctx.active_kratom
    if not opioids and kratom is None:
        return []
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
        return []
    now = "no follow-up interval is set" if interval is None else f"follow-up is set at {interval} weeks"
    return [
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

