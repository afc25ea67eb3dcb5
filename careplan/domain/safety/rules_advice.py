"""Advice rules: typed advice that a planned medicine makes unsafe, a flare plan that tells the
patient to call the clinic for an emergency sign, and a fixed course offered on every bad day.

The facts come from the handout catalog (``advice_conflicts.json``: which kinds of advice which
classes, roles and routes make unsafe; ``red_flag_catalog.json``: the signs and their urgency).
No drug is named here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import timedelta

from careplan.domain.advice import ADVICE_KIND_LABELS, LIFESTYLE_ADVICE
from careplan.domain.dosing import frequency
from careplan.domain.findings import Finding
from careplan.domain.handout_catalog import all_terms, load_handout_facts, selects
from careplan.domain.handout_model import AdviceConflict
from careplan.domain.plan import CarePlan, LifestyleModule, MedicationItem
from careplan.domain.safety.context import ResolvedMed, SafetyContext, item_ids, join_words, names


@dataclass(frozen=True)
class Advice:
    """One piece of typed advice in the plan: where it is, its words, and its id when it has one."""

    where: str
    text: str
    item_id: str | None = None


def plan_advice(plan: CarePlan, kind: str) -> list[Advice]:
    """The flare-plan steps and lifestyle targets of this kind, in plan order."""
    found = [Advice("flare plan", s.text) for s in plan.flare_plan.steps if s.kind == kind and s.text.strip()]
    for module in plan.modules:
        if isinstance(module, LifestyleModule):
            found += [Advice("lifestyle", t.target, t.id) for t in module.targets if LIFESTYLE_ADVICE[t.area] == kind]
    return found


def conflicting_meds(fact: AdviceConflict, ctx: SafetyContext) -> list[ResolvedMed]:
    """The plan's medicines (planned and current, rescue medicines aside) the fact concerns."""
    return [m for m in ctx.meds if not m.rescue and selects(fact.when, m.item, ctx.catalog)]


def advice_conflict(ctx: SafetyContext) -> list[Finding]:
    """ADVICE-CONFLICT (warning): advice of a kind that a planned medicine makes unsafe, and a
    flare plan that says to call the clinic for a sign the red flags treat as an emergency."""
    findings: list[Finding] = []
    for fact in load_handout_facts().data.advice_conflicts:
        advice = plan_advice(ctx.plan, fact.kind)
        meds = conflicting_meds(fact, ctx) if advice else []
        if not meds:
            continue
        quoted = join_words([f"\u201c{a.text.strip()}\u201d ({a.where})" for a in advice])
        wording = fact.patient["en"].replace("{names}", names(meds))
        handout = (f"The handout prints the advice with this limit: \u201c{wording}\u201d" if fact.mode == "qualify"
                   else f"The handout prints \u201c{wording}\u201d in its place.")
        findings.append(Finding(
            rule="ADVICE-CONFLICT", severity="warning",
            title=f"{ADVICE_KIND_LABELS[fact.kind]} advice with {names(meds)}",
            detail=f"The plan advises {quoted}. {fact.clinician} {handout}",
            items=item_ids(meds, [a.item_id for a in advice if a.item_id]),
            sources=fact.sources,
        ))
    findings += _call_for_emergency(ctx)
    return findings


def _call_for_emergency(ctx: SafetyContext) -> list[Finding]:
    """The flare plan's "call us if" (or a step) names a sign the red flags treat as an emergency:
    the patient would phone the clinic while the red box says to call the emergency number."""
    flare = ctx.plan.flare_plan
    texts = [flare.call_if, *(s.text for s in flare.steps if s.kind == "call")]
    emergency = [f for f in load_handout_facts().data.red_flags if f.urgency == "emergency"]
    named: dict[str, list[str]] = {}
    for text in texts:
        lowered = text.lower()
        for term, flag in all_terms(emergency):
            if re.search(rf"(?<!\w){re.escape(term)}(?!\w)", lowered) and term not in named.get(flag.id, []):
                named.setdefault(flag.id, []).append(term)
    if not named:
        return []
    terms = join_words([f"\u201c{t}\u201d" for ts in named.values() for t in ts])
    sources = tuple(s for f in emergency if f.id in named for s in f.sources)
    return [Finding(
        rule="ADVICE-CONFLICT", severity="warning",
        title="Flare plan says to call the clinic for an emergency sign",
        detail=(f"\u201cCall us if\u201d names {terms}, which the handout's red flags treat as an emergency (call the "
                "emergency number now). The patient would read two different instructions. Take these signs out of "
                "\u201ccall us if\u201d: the red box lists them with what to do."),
        sources=tuple(dict.fromkeys(sources)),
    )]


def _course_end(item: MedicationItem) -> str:
    if item.stop is not None:
        return f"until {item.stop.isoformat()}"
    if item.duration_days is not None and item.start is not None:
        return f"until {(item.start + timedelta(days=item.duration_days - 1)).isoformat()}"
    return f"for {item.duration_days} days"


def course_in_flare(ctx: SafetyContext) -> list[Finding]:
    """COURSE-IN-FLARE (warning): the flare plan offers a medicine given as a fixed course (a
    number of days or a stop date); a flare plan has no end, so it would be offered after the
    course has stopped."""
    by_id = {m.id: m for m in ctx.meds}
    courses = [by_id[i] for i in dict.fromkeys(ctx.plan.flare_plan.may_take_items)
               if i in by_id and (by_id[i].item.duration_days is not None or by_id[i].item.stop is not None)
               and frequency(by_id[i].item, by_id[i].drug) != "rescue"]
    return [Finding(
        rule="COURSE-IN-FLARE", severity="warning",
        title=f"{med.name}: a fixed course offered in the flare plan",
        detail=(f"{med.describe()} is a course ({_course_end(med.item)}), but the flare plan offers it on bad days "
                "with no end date. The handout tells the patient to take it for flares only until the course ends; "
                "choose another medicine for flares after that, or give the course no end."),
        items=(med.id,),
    ) for med in courses]
