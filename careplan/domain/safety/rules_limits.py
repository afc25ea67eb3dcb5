"""Daily-limit rules over the label maxima: DOSE-DAILY-MAX, APAP-DAILY-MAX, RENAL-DOSE, HEPATIC-DOSE.

One computation (:mod:`careplan.domain.safety.limits`) finds, per active ingredient and per
product, the rows that apply to this patient; each rule reports the groups whose binding row is
its kind: kidney rows RENAL-DOSE, hepatic rows HEPATIC-DOSE, acetaminophen APAP-DAILY-MAX, a
child's row PEDIATRIC, the rest DOSE-DAILY-MAX. Kidney and liver words without a number
(conditions rows for ckd and liver_disease, hepatic rows) are read here too.
"""

from __future__ import annotations

from typing import cast

from careplan.domain.catalog_model import Drug
from careplan.domain.codes import Severity
from careplan.domain.dosing import MASS_TO_MG
from careplan.domain.facts_model import HepaticFact, MaximumRow
from careplan.domain.findings import Finding, FindingLimit
from careplan.domain.safety.context import ResolvedMed, SafetyContext, fmt, item_ids, join_words, unique_sources
from careplan.domain.safety.limits import Applied, LimitGroup, limit_groups, population_words, reasons
from careplan.domain.safety.rules_conditions import condition_findings
from careplan.domain.safety.wording import word_phrase
from careplan.domain.sourced import Sourced


def groups_of(ctx: SafetyContext) -> list[LimitGroup]:
    found = ctx.memo.get("limit_groups")
    if found is None:
        found = limit_groups(ctx)
        ctx.memo["limit_groups"] = found
    return cast(list[LimitGroup], found)


def rule_for(group: LimitGroup, row: MaximumRow, ctx: SafetyContext) -> str:
    """Which rule reports a row of this group (by the row's population, then the ingredient): kidney
    rows RENAL-DOSE, hepatic rows HEPATIC-DOSE, rows for young patients (an upper age bound)
    PEDIATRIC, acetaminophen APAP-DAILY-MAX, the rest DOSE-DAILY-MAX."""
    if row.kidney is not None:
        return "RENAL-DOSE"
    if row.hepatic is not None:
        return "HEPATIC-DOSE"
    if row.age_max is not None:
        # A row with an upper age bound is for young patients (older bands are "from age N").
        return "PEDIATRIC"
    return daily_max_rule(group, ctx)


def daily_max_rule(group: LimitGroup, ctx: SafetyContext) -> str:
    """The rule for an ingredient's daily maximum that is not a child's: acetaminophen's own, else the general one."""
    return daily_max_rule_of(ctx.catalog.drugs.get(group.key), group.unit)


def daily_max_rule_of(drug: Drug | None, unit: str) -> str:
    """:func:`daily_max_rule` for a catalog drug and the unit its amounts are counted in."""
    return "APAP-DAILY-MAX" if unit == "mg" and drug is not None and "acetaminophen" in drug.classes else "DOSE-DAILY-MAX"


def _display(group: LimitGroup, row: MaximumRow) -> tuple[str, float]:
    """The unit to show a mass group in (the row's own: g for a gel) and the mg per that unit."""
    if group.unit == "mg" and row.unit in MASS_TO_MG:
        return row.unit, MASS_TO_MG[row.unit]
    return group.unit, 1.0


def _parts(group: LimitGroup, unit: str = "", per: float = 1.0) -> str:
    """Each item's share: "Hydrocodone/acetaminophen 5/325 mg 1 tablet, 4×/day = 1,300 mg acetaminophen/day"."""
    unit = unit or group.unit
    out = []
    for med, amount in group.parts:
        same = med.drug is not None and (med.drug.id == group.key or (per != 1.0 and unit == group.unit))
        what = "" if same else f" {group.name.split(' (')[0].lower()}"
        out.append(f"{med.describe()} = {fmt(amount / per)} {unit}{what}/day")
    return "; ".join(out)


def _over(group: LimitGroup, binding: Applied, rule: str, ctx: SafetyContext) -> Finding:
    row = binding.row
    assert binding.amount is not None
    who = population_words(row, ctx)
    unit, per = _display(group, row)
    # A salt's own limit is shown in the salt (naproxen sodium 880 mg/day over 660), the parent's in
    # the parent.
    moiety, factor = ctx.facts.moiety(binding.owner)
    name = group.name
    if moiety != binding.owner and all(m.drug is not None and m.drug.id == binding.owner for m in group.meds):
        per *= factor
        name = ctx.catalog.drugs[binding.owner].name
    total = group.total / per
    limit = binding.amount / per
    together = f"; together {fmt(total)} {unit}/day" if len(group.parts) > 1 else ""
    ingredient = f" of {name.lower()}" if len(group.meds) > 1 or any(m.drug and m.drug.id != group.key for m in group.meds) else ""
    keys = row.population_keys
    kind = "OTC" if keys == ("otc",) else ("label" if not keys else "")
    if rule == "APAP-DAILY-MAX":
        title = "Total acetaminophen over the daily limit"
    elif kind:
        title = f"{name} over the {kind} daily maximum"
    else:
        title = f"{name} over the daily maximum {who.split(' (patient')[0]}"
    limit_words = f"the {kind + ' ' if kind else ''}maximum of {fmt(limit)} {unit}/day{ingredient}"
    detail = (f"{_parts(group, unit, per)}{together} exceeds {limit_words}" + (f" {who}" if who and not kind else "") + "."
              + (f" {row.note}" if row.note else ""))
    if rule == "APAP-DAILY-MAX":
        detail += " Every product that contains acetaminophen is counted."
    return Finding(
        rule=rule,
        severity=row.resolved_severity,
        title=title,
        detail=detail,
        items=item_ids(group.meds),
        sources=row.sources,
        limit=FindingLimit(ingredient=group.key, amount=limit, unit=unit, total=total, reasons=reasons(row)),
    )


def _avoid(group: LimitGroup, applied: Applied, rule: str, ctx: SafetyContext) -> Finding:
    row = applied.row
    who = population_words(row, ctx)
    return Finding(
        rule=rule,
        severity=row.resolved_severity,
        title=f"{group.name}: {word_phrase(row.word or 'avoid')} {who.split(' (patient')[0]}".strip(),
        detail=(f"{'; '.join(m.describe() for m in group.meds)}: the label says {word_phrase(row.word or 'avoid')} "
                f"{who}." + (f" {row.note}" if row.note else "")),
        items=item_ids(group.meds),
        sources=row.sources,
    )


def _limit_findings(ctx: SafetyContext, wanted: str) -> list[Finding]:
    findings: list[Finding] = []
    for group in groups_of(ctx):
        binding = group.binding
        if binding is not None and group.over() and rule_for(group, binding.row, ctx) == wanted:
            findings.append(_over(group, binding, wanted, ctx))
        seen: set[tuple[str, str | None]] = set()
        for applied in group.avoid:
            key = (rule_for(group, applied.row, ctx), applied.row.word)
            if key[0] == wanted and key not in seen:
                seen.add(key)
                findings.append(_avoid(group, applied, wanted, ctx))
    return findings


def dose_daily_max(ctx: SafetyContext) -> list[Finding]:
    """DOSE-DAILY-MAX: an ingredient's amount a day (every product and salt together) or a
    product's pieces a day over the smallest label maximum that applies (adult, age band, OTC,
    release, indication); an "avoid" row for such a population. Items whose amount cannot be
    counted are left to DOSE-UNCOUNTED."""
    return _limit_findings(ctx, "DOSE-DAILY-MAX")


def apap_daily_max(ctx: SafetyContext) -> list[Finding]:
    """APAP-DAILY-MAX: acetaminophen from every product together over the smallest maximum that
    applies (the adult maximum; the lower one with liver disease or heavy alcohol use; for an adult
    under 50 kg, the label's mg/kg a day, which the PEDIATRIC rule's weight check reports here)."""
    return _limit_findings(ctx, "APAP-DAILY-MAX")


def _unchecked(ctx: SafetyContext, rule: str, covered: frozenset[str] = frozenset()) -> list[Finding]:
    """Kidney (hepatic) limits the record cannot be checked against: CKD (liver disease) ticked
    without a CrCl or eGFR (without a Child-Pugh class). For the liver, a label's words at a class
    (oxycodone: start lower in severe impairment) count as well as its numbers. ``covered``: items a
    finding already judged whatever the class (duloxetine: avoid with any chronic liver disease)."""
    kidney = rule == "RENAL-DOSE"
    if kidney and ("ckd" not in ctx.patient.conditions or ctx.kidney is not None):
        return []
    pending = [g for g in groups_of(ctx) if (g.unchecked_kidney if kidney else g.unchecked_hepatic)
               and not {m.id for m in g.meds} <= covered]
    meds: list[ResolvedMed] = [m for g in pending for m in g.meds]
    rows: list[Sourced] = [r for g in pending for r in (g.unchecked_kidney if kidney else g.unchecked_hepatic)]
    named = [g.name for g in pending]
    if not kidney and ctx.patient.hepatic_impairment is None and "liver_disease" in ctx.conditions:
        listed = {m.id for m in meds}
        for med, sided in ctx.facts_of_kind("hepatic"):
            if med.id in covered:
                continue
            if med.id not in listed:
                listed.add(med.id)
                meds.append(med)
                named.append(med.name)
            rows.append(sided.fact)
    if not meds:
        return []
    names = join_words(list(dict.fromkeys(named)))
    if kidney:
        title, detail = ("Kidney disease recorded without CrCl or eGFR",
                         f"Chronic kidney disease is recorded but no creatinine clearance or eGFR, so the label kidney "
                         f"limits of {names} could not be checked. Record the CrCl (or eGFR).")
    else:
        title, detail = ("Liver disease recorded without its severity",
                         f"Liver disease is recorded without a Child-Pugh class, so the label hepatic limits of {names} "
                         "could not be checked. Record the hepatic impairment (mild, moderate or severe).")
    return [Finding(rule=rule, severity="warning", title=title, detail=detail, items=item_ids(meds),
                    sources=unique_sources(*(r.sources for r in rows)))]


def renal_dose(ctx: SafetyContext) -> list[Finding]:
    """RENAL-DOSE: over (or "avoid" at) a label's kidney band for the patient's CrCl (else eGFR);
    a label caution for kidney disease without a number; CKD ticked without a figure (warning).
    NSAIDs with kidney disease are NSAID-CONDITION's."""
    if not ctx.has_patient:
        return []
    return _limit_findings(ctx, "RENAL-DOSE") + condition_findings(ctx, "RENAL-DOSE") + _unchecked(ctx, "RENAL-DOSE")


def hepatic_dose(ctx: SafetyContext) -> list[Finding]:
    """HEPATIC-DOSE: over (or "avoid" at) a label's maximum for the recorded Child-Pugh class; the
    label's words without a number at that class (reduce the dose, use with caution); a caution for
    liver disease; liver disease recorded without a class while a label sets hepatic limits."""
    if not ctx.has_patient:
        return []
    limits = _limit_findings(ctx, "HEPATIC-DOSE")
    with_disease = condition_findings(ctx, "HEPATIC-DOSE")  # the labels' liver-disease rows, any class
    findings = limits + with_disease
    recorded = ctx.patient.hepatic_impairment
    if recorded is not None:
        # A medicine a maximum (or "avoid") row already judged at this class is not told again.
        limited = {i for f in limits for i in f.items}
        for med, sided in ctx.facts_of_kind("hepatic"):
            fact = cast(HepaticFact, sided.fact)
            if fact.hepatic != recorded or med.id in limited:
                continue
            # A fact about one release (tramadol ER) is not about the other; with the release
            # unknown it may be, so it is said for that release.
            if fact.release is not None and med.release is not None and fact.release != med.release:
                continue
            which = "" if fact.release is None or med.release is not None else (
                " for the extended-release product" if fact.release == "er" else " for the immediate-release product")
            owner = ctx.catalog.drugs[sided.owner].name
            severity: Severity = fact.resolved_severity
            findings.append(Finding(
                rule="HEPATIC-DOSE", severity=severity,
                title=f"{owner} in {recorded} hepatic impairment",
                detail=(f"{med.describe()}: in {recorded} hepatic impairment (Child-Pugh) the label says "
                        f"{word_phrase(fact.word)}{which}" + (f" ({fact.hazard})" if fact.hazard else "") + "."),
                items=(med.id,), sources=fact.sources,
            ))
    # A liver-disease caution for a medicine already judged at the recorded class adds nothing.
    judged = {i for f in findings if "hepatic impairment" in f.title for i in f.items}
    findings = [f for f in findings if not ("liver disease" in f.title and set(f.items) <= judged)]
    return findings + _unchecked(ctx, "HEPATIC-DOSE", frozenset(i for f in with_disease for i in f.items))


def pediatric_limits(ctx: SafetyContext) -> list[Finding]:
    """The maxima rows for young patients (rows with an upper age bound), for PEDIATRIC."""
    return _limit_findings(ctx, "PEDIATRIC")
