"""Rules about who the patient is: PEDIATRIC (age and weight), PREGNANCY-DRUG, LACTATION and
OLDER-ADULT (Beers 2023) — each over the label and group facts for that population."""

from __future__ import annotations

from typing import cast

from careplan.domain.catalog_model import BeersAvoid
from careplan.domain.codes import SEVERITY_ORDER
from careplan.domain.facts_model import LactationFact, PediatricFact, PregnancyFact
from careplan.domain.findings import Finding, FindingLimit
from careplan.domain.safety.context import (
    ResolvedMed,
    SafetyContext,
    at_least,
    exceeds,
    fmt,
    item_ids,
    names,
    unique_sources,
)
from careplan.domain.safety.limits import LimitGroup
from careplan.domain.safety.rules_conditions import condition_findings
from careplan.domain.safety.rules_limits import daily_max_rule, groups_of, pediatric_limits
from careplan.domain.safety.selection import distinct_drugs
from careplan.domain.safety.wording import word_phrase


def pediatric(ctx: SafetyContext) -> list[Finding]:
    """PEDIATRIC: a medicine below its label's minimum age (codeine and tramadol under 12, aspirin
    under 18...), at the label's word; an ingredient's total over a child's weight-based maximum (mg/kg
    a day); such a maximum unchecked because no weight is recorded; the label's maxima kept for
    children. A light adult's weight-based maximum (acetaminophen under 50 kg) is reported under the
    ingredient's daily-maximum rule (APAP-DAILY-MAX, DOSE-DAILY-MAX), not as a child's."""
    if not ctx.has_patient:
        return []
    findings: list[Finding] = []
    age = ctx.age
    if age is not None:
        # Per medicine, the most severe of its product's and ingredients' minimum ages that apply.
        under: dict[str, list[tuple[str, PediatricFact]]] = {}
        meds: dict[str, ResolvedMed] = {}
        for med, sided in ctx.facts_of_kind("pediatric"):
            fact = cast(PediatricFact, sided.fact)
            if age < fact.min_age:
                under.setdefault(med.id, []).append((sided.owner, fact))
                meds[med.id] = med
        for med_id, applicable in under.items():
            med = meds[med_id]
            # The most severe first; among equals the youngest age (a child under 12 is told that,
            # not only the under-25 antidepressant warning). Every fact that applies is said.
            applicable.sort(key=lambda a: (SEVERITY_ORDER[a[1].resolved_severity], a[1].min_age))
            owner_id, fact = applicable[0]
            owner = ctx.catalog.drugs[owner_id].name
            said = "; and ".join(dict.fromkeys(f"{word_phrase(f.word)} under age {f.min_age} ({f.hazard})"
                                               for _, f in applicable))
            findings.append(Finding(
                rule="PEDIATRIC",
                severity=fact.resolved_severity,
                title=f"{owner} under age {fact.min_age} (patient {age})",
                detail=f"{med.describe()}: the label says {said}; the patient is {age}.",
                items=(med.id,),
                sources=unique_sources(*(f.sources for _, f in applicable)),
            ))
    for group in groups_of(ctx):
        if group.unit == "mg":
            findings += _weight_based(ctx, group)
    return findings + pediatric_limits(ctx)


def _weight_based(ctx: SafetyContext, group: LimitGroup) -> list[Finding]:
    facts = ctx.facts.of(group.key)
    if facts is None:
        return []
    age, weight = ctx.age, ctx.patient.weight_kg
    findings: list[Finding] = []
    rows = [r for r in facts.weight_based
            if not (r.age_max is not None and (age is None or age > r.age_max))
            and not (r.age_min is not None and (age is None or age < r.age_min))
            and not (r.applies_below_kg is not None and weight is not None and weight >= r.applies_below_kg)]
    # A child's age band among the rows that hold makes it a child's limit (PEDIATRIC); otherwise it is
    # a light adult's or adolescent's ("under 50 kg"), the ingredient's own daily maximum.
    rule = "PEDIATRIC" if any(r.age_max is not None for r in rows) else daily_max_rule(group, ctx)
    if weight is not None and rows:
        # Several rows may hold (under 50 kg, and a child's age band): the strictest binds.
        rows = [min(rows, key=lambda r: min(r.mg_per_kg_day * weight, r.max_mg_day or float("inf")))]
    else:
        # Without a weight only a row for the patient's age can say a weight is needed (an adult of
        # unknown weight is not asked for one by an "under 50 kg" row).
        rows = [r for r in rows if r.age_max is not None or r.age_min is not None][:1]
    for row in rows:
        if weight is None:
            findings.append(Finding(
                rule="PEDIATRIC", severity="warning",
                title=f"{group.name}: weight needed for its mg/kg limit",
                detail=(f"{_parts(group)}: the label limits {group.name.lower()} to {fmt(row.mg_per_kg_day)} mg/kg a day "
                        f"for this patient, but no weight is recorded. Record the weight."),
                items=item_ids(group.meds), sources=row.sources,
            ))
            continue
        limit = row.mg_per_kg_day * weight
        if row.max_mg_day is not None:
            limit = min(limit, row.max_mg_day)
        if exceeds(group.total, limit):
            findings.append(Finding(
                rule=rule,
                severity=row.resolved_severity,
                title=f"{group.name} over {fmt(row.mg_per_kg_day)} mg/kg a day",
                detail=(f"{_parts(group)}: {fmt(group.total)} mg/day exceeds {fmt(row.mg_per_kg_day)} mg/kg a day "
                        f"for {fmt(weight)} kg = {fmt(limit)} mg/day." + (f" {row.note}" if row.note else "")),
                items=item_ids(group.meds), sources=row.sources,
                limit=FindingLimit(ingredient=group.key, amount=limit, unit="mg", total=group.total, reasons=("weight",)),
            ))
    return findings


def _parts(group: LimitGroup) -> str:
    return "; ".join(f"{m.describe()} = {fmt(a)} mg/day" for m, a in group.parts)


def pregnancy_drug(ctx: SafetyContext) -> list[Finding]:
    """PREGNANCY-DRUG: a label's (or group's) pregnancy fact for the recorded gestational week —
    opioids (neonatal opioid withdrawal), NSAIDs from 20 weeks (warning) and 30 weeks (critical)
    — at the fact's word; a week-dependent fact with the weeks not recorded (warning); a label
    contraindication keyed to pregnancy."""
    if "pregnancy" not in ctx.conditions:
        return []
    weeks = ctx.patient.pregnancy_weeks
    # Rows saying the same (same weeks and severity: a label's and its class group's) are one fact.
    grouped: dict[tuple[int, int | None, str], tuple[list[PregnancyFact], list[ResolvedMed]]] = {}
    unknown: dict[int, tuple[PregnancyFact, list[ResolvedMed]]] = {}
    for med, sided in ctx.facts_of_kind("pregnancy"):
        fact = cast(PregnancyFact, sided.fact)
        if weeks is None and fact.from_week > 0:
            unknown.setdefault(id(fact), (fact, []))[1].append(med)
        elif weeks is None or fact.covers(weeks):
            entry = grouped.setdefault((fact.from_week, fact.to_week, fact.resolved_severity), ([], []))
            entry[0].append(fact)
            entry[1].append(med)
    findings: list[Finding] = []
    when = f"at {weeks} weeks of pregnancy" if weeks is not None else "in pregnancy"
    for facts, group in grouped.values():
        meds = list(dict.fromkeys(group))
        fact = facts[0]
        findings.append(Finding(
            rule="PREGNANCY-DRUG", severity=fact.resolved_severity,
            title=f"{names(meds)} {when}",
            detail=(f"{'; '.join(m.describe() for m in meds)} {when}: the label says {word_phrase(fact.word)}"
                    f"{_weeks_words(fact)} ({fact.hazard})."),
            items=item_ids(meds), sources=unique_sources(*(f.sources for f in facts)),
        ))
    # A week-dependent fact that cannot be placed: one warning naming the earliest week.
    if unknown:
        meds = list(dict.fromkeys(m for _, group in unknown.values() for m in group))
        first = min(f.from_week for f, _ in unknown.values())
        findings.append(Finding(
            rule="PREGNANCY-DRUG", severity="warning",
            title=f"{names(meds)} in pregnancy (gestation not recorded)",
            detail=(f"{'; '.join(m.describe() for m in meds)} in pregnancy with the gestational age not recorded: the "
                    f"labels restrict them from {first} weeks. Record the weeks of pregnancy."),
            items=item_ids(meds), sources=unique_sources(*(f.sources for f, _ in unknown.values())),
        ))
    return findings + condition_findings(ctx, "PREGNANCY-DRUG")


def _weeks_words(fact: PregnancyFact) -> str:
    if fact.from_week == 0 and fact.to_week is None:
        return ""
    if fact.to_week is None:
        return f" from {fact.from_week} weeks"
    return f" from {fact.from_week} to {fact.to_week} weeks"


def lactation(ctx: SafetyContext) -> list[Finding]:
    """LACTATION: a medicine (or an ingredient) whose label advises against it while breastfeeding
    (codeine, tramadol...), at the label's word."""
    if "breastfeeding" not in ctx.conditions:
        return []
    # Per medicine, its most severe statement about breastfeeding (a product's label, its
    # ingredient's and an older table's may all say it); medicines with the same one together.
    chosen: dict[str, tuple[str, LactationFact]] = {}
    for med, sided in ctx.facts_of_kind("lactation"):
        fact = cast(LactationFact, sided.fact)
        current = chosen.get(med.id)
        if current is None or SEVERITY_ORDER[fact.resolved_severity] < SEVERITY_ORDER[current[1].resolved_severity]:
            chosen[med.id] = (sided.owner, fact)
    best: dict[int, tuple[LactationFact, list[ResolvedMed]]] = {}
    owners: dict[int, str] = {}
    for med in ctx.meds:
        if med.id in chosen:
            owner_id, fact = chosen[med.id]
            best.setdefault(id(fact), (fact, []))[1].append(med)
            owners[id(fact)] = owner_id
    findings: list[Finding] = []
    for key, (fact, meds) in best.items():
        owner = ctx.catalog.drugs[owners[key]].name
        findings.append(Finding(
            rule="LACTATION", severity=fact.resolved_severity,
            title=f"{owner} while breastfeeding",
            detail=(f"{'; '.join(m.describe() for m in meds)} while breastfeeding: the label says "
                    f"{word_phrase(fact.word)} ({fact.hazard.rstrip('.')})."),
            items=item_ids(meds), sources=fact.sources,
        ))
    return findings + condition_findings(ctx, "LACTATION")


def _beers_members(ctx: SafetyContext, criterion: BeersAvoid) -> list[ResolvedMed]:
    wanted = set(criterion.drugs)
    excluded = set(criterion.except_drugs)
    out: list[ResolvedMed] = []
    for med in ctx.meds:
        if med.drug is None or med.rescue:
            continue
        ids = {med.drug.id, *(i.drug for i in med.drug.ingredients)}
        if ids & excluded:
            continue
        if ids & wanted or med.has_class(*criterion.classes) or med.has_role(*criterion.roles):
            out.append(med)
    return out


def older_adult(ctx: SafetyContext) -> list[Finding]:
    """OLDER-ADULT: at or over the catalog's older-adult age, a medicine a 2023 AGS Beers criterion
    says to avoid (by class, role or drug: strongly anticholinergic antidepressants, muscle
    relaxants, benzodiazepines, Z-drugs, first-generation antihistamines; with a history of falls,
    the drugs that add to falls), or the Beers number of CNS-active drugs together."""
    age = ctx.age
    older = ctx.optional_threshold("older_adult_age")
    if age is None or older is None or not at_least(age, older.value):
        return []
    beers = ctx.catalog.data.beers
    findings: list[Finding] = []
    for criterion in beers.avoid:
        if criterion.condition is not None and criterion.condition not in ctx.conditions:
            continue
        meds = _beers_members(ctx, criterion)
        if meds:
            findings.append(Finding(
                rule="OLDER-ADULT", severity="warning",
                title=f"Beers Criteria at age {age}: {names(meds)}",
                detail=(f"{'; '.join(m.describe() for m in meds)} at age {age}. The 2023 AGS Beers Criteria list "
                        f"{criterion.criterion}. Prefer an alternative or document why it is needed."),
                items=item_ids(meds), sources=criterion.sources,
            ))
    cns = beers.cns_active
    if cns is not None:
        meds = [m for m in ctx.meds if not m.rescue and m.has_class(*cns.classes)]
        drugs = distinct_drugs(meds)
        if len(drugs) >= cns.count:
            findings.append(Finding(
                rule="OLDER-ADULT", severity="warning",
                title=f"{len(drugs)} CNS-active medicines at age {age}",
                detail=(f"{names(meds)}: {len(drugs)} CNS-active medicines together at age {age}. The 2023 AGS Beers "
                        f"Criteria advise against {cns.count} or more (falls and fractures). Reduce the number where possible."),
                items=item_ids(meds), sources=cns.sources,
            ))
    return findings
