"""The second safety set (DESIGN.md): each rule reads its drugs, bands and thresholds from the catalog.

MED-UNCHECKED, OPIOID-NAIVE-LA, RENAL-DOSE, QT-RISK, OLDER-ADULT, NSAID-TRIPLE, OPIOID-CYP,
LACTATION and CLASS-DUPLICATE. (DOSE-UNCOUNTED lives with the dose rules; FLARE-UNLISTED with the
flare plan.)
"""

from __future__ import annotations

from collections.abc import Iterable

from careplan.domain.catalog_model import ClassDuplicate, CypRole, RenalBand, RenalLimit, Source
from careplan.domain.codes import Severity
from careplan.domain.findings import Finding
from careplan.domain.safety.context import (
    ResolvedMed,
    SafetyContext,
    at_least,
    drug_sources,
    exceeds,
    fmt,
    item_ids,
    join_words,
    names,
    unique_sources,
)
from careplan.domain.safety.mme import mme_of

# ---------------------------------------------------------------------------- helpers


def _distinct_drugs(meds: Iterable[ResolvedMed]) -> list[str]:
    """Distinct catalog drug ids, in plan order."""
    return list(dict.fromkeys(m.drug.id for m in meds if m.drug is not None))


def _ids_in(med: ResolvedMed) -> set[str]:
    """The drug's own id and its ingredients' ids (a combination is what its parts are)."""
    if med.drug is None:
        return set()
    return {med.drug.id, *(i.drug for i in med.drug.ingredients)}


def _with_drug(ctx: SafetyContext, drug_ids: Iterable[str]) -> list[ResolvedMed]:
    wanted = set(drug_ids)
    return [m for m in ctx.meds if not m.rescue and _ids_in(m) & wanted]


# ---------------------------------------------------------------------------- MED-UNCHECKED


def med_unchecked(ctx: SafetyContext) -> list[Finding]:
    """MED-UNCHECKED: a medicine outside the catalog (free-text name): said plainly that its
    interactions and limits were not checked. A name that matches a catalog drug's name or brand
    is pointed out, so the clinician can pick the catalog entry instead.
    """
    by_name: dict[str, str] = {}
    for drug in ctx.catalog.data.drugs:
        for label in (drug.id, drug.name, *drug.brands):
            by_name.setdefault(label.strip().lower(), drug.name)
    findings: list[Finding] = []
    for med in ctx.meds:
        if med.drug is not None:
            continue
        name = (med.item.name or med.item.drug or "").strip()
        unknown_id = med.item.drug is not None and med.item.name is None
        what = f"“{name}”" + (" (not a catalog drug id)" if unknown_id else "")
        where = " (current medicine)" if med.origin == "current" else ""
        hint = ""
        match = by_name.get(name.lower())
        if match is not None:
            hint = f" The catalog has {match}: choose it from the list so that it is checked."
        findings.append(
            Finding(
                rule="MED-UNCHECKED",
                severity="warning",
                title=f"{name or 'A medicine'}: not checked",
                detail=(
                    f"{what}{where} is not in the Careplan catalog. Its interactions, daily limit, kidney "
                    f"dosing and its part in the MME and acetaminophen totals were not checked.{hint}"
                ),
                items=(med.id,),
            )
        )
    return findings


# ---------------------------------------------------------------------------- opioid tolerance


def opioid_tolerance(ctx: SafetyContext) -> tuple[bool | None, str, tuple[Source, ...]]:
    """Whether the patient is opioid tolerant (DESIGN): the recorded answer; otherwise current
    opioids of at least the catalog's tolerance level (60 MME/day) count as tolerant; otherwise
    unknown. Returns (tolerant, why, sources).
    """
    limit = ctx.optional_threshold("opioid_tolerant_mme")
    sources = limit.sources if limit is not None else ()
    recorded = ctx.patient.opioid_tolerant
    if recorded is not None:
        return recorded, ("recorded as opioid tolerant" if recorded else "recorded as not opioid tolerant"), sources
    if limit is None:
        return None, "opioid tolerance not recorded", sources
    current_ids = {m.id for m in ctx.meds if m.origin == "current"}
    lines = [line for line in mme_of(ctx).lines if line.item in current_ids]
    # Uncounted lines add nothing: the sum is a minimum, so reaching the level still counts.
    current_mme = sum(line.mme for line in lines)
    if lines and at_least(current_mme, limit.value):
        return True, f"current opioids {fmt(round(current_mme, 1))} MME/day (≥ {fmt(limit.value)})", sources
    return None, "opioid tolerance not recorded" + (
        f" (current opioids {fmt(round(current_mme, 1))} MME/day, under {fmt(limit.value)})" if lines else ""
    ), sources


def _long_acting(ctx: SafetyContext) -> list[ResolvedMed]:
    facts = ctx.catalog.data.rule_facts
    if facts is None:
        return []
    always = set(facts.long_acting.drugs)
    return [
        m
        for m in ctx.opioids
        if not m.rescue and (_ids_in(m) & always or (facts.long_acting.extended_release and m.release == "er"))
    ]


# ---------------------------------------------------------------------------- OPIOID-NAIVE-LA


def opioid_naive_la(ctx: SafetyContext) -> list[Finding]:
    """OPIOID-NAIVE-LA: transdermal fentanyl, methadone or an extended-release opioid *planned*
    for a patient who is not opioid tolerant (critical) or whose tolerance is unknown (warning).
    A current long-acting opioid is what the patient already takes, so only planned ones count.
    """
    facts = ctx.catalog.data.rule_facts
    if facts is None or not ctx.has_patient:
        return []
    planned = [m for m in _long_acting(ctx) if m.origin == "plan"]
    if not planned:
        return []
    tolerant, why, tolerance_sources = opioid_tolerance(ctx)
    if tolerant:
        return []
    severity: Severity = "critical" if tolerant is False else "warning"
    head = "not opioid tolerant" if tolerant is False else "opioid tolerance unknown"
    action = (
        "Use an immediate-release opioid instead, or record why this patient is opioid tolerant."
        if tolerant is False
        else "Record whether the patient is opioid tolerant (at least 60 mg oral morphine a day or an "
        "equivalent for a week or more) before starting it."
    )
    return [
        Finding(
            rule="OPIOID-NAIVE-LA",
            severity=severity,
            title=f"Long-acting opioid, {head}",
            detail=(
                f"{'; '.join(m.describe() for m in planned)}: transdermal fentanyl, methadone and extended-release "
                f"opioids are for opioid-tolerant patients; the patient is {why}. {action}"
            ),
            items=item_ids(planned),
            sources=unique_sources(facts.long_acting.sources, tolerance_sources),
        )
    ]


# ---------------------------------------------------------------------------- RENAL-DOSE


def _band_for(limit: RenalLimit, value: float, release: str | None) -> RenalBand | None:
    for band in limit.bands:
        if band.release is not None and band.release != release:
            continue
        if band.contains(value):
            return band
    return None


def renal_dose(ctx: SafetyContext) -> list[Finding]:
    """RENAL-DOSE: a drug whose label limits or avoids it at the patient's kidney function.

    Critical when the amount a day (all items of the drug together) exceeds the band for the
    patient's CrCl (else eGFR), or the band says avoid; a warning when CKD is recorded without a
    CrCl or eGFR (bands cannot be checked), and for drugs whose label urges caution without a
    band. Antiplatelet-dose aspirin is not an NSAID here.
    """
    if not ctx.has_patient:
        return []
    low_aspirin = {id(m) for m in ctx.low_dose_aspirin}
    # (limit, drug id, meds) for every catalog renal entry that concerns the plan.
    concerned: list[tuple[RenalLimit, str, list[ResolvedMed]]] = []
    for limit in ctx.catalog.data.renal:
        by_drug: dict[str, list[ResolvedMed]] = {}
        for med in ctx.meds:
            if med.drug is None or med.rescue or not med.systemic or id(med) in low_aspirin:
                continue
            for drug_id in sorted(_ids_in(med)):
                part = ctx.catalog.drugs.get(drug_id)
                if part is None or part.ingredients:
                    continue
                if drug_id in limit.drugs or not set(limit.classes).isdisjoint(part.classes):
                    by_drug.setdefault(drug_id, []).append(med)
        concerned.extend((limit, drug_id, meds) for drug_id, meds in by_drug.items())
    if not concerned:
        return []
    kidney = ctx.kidney
    ckd = "ckd" in ctx.conditions
    findings: list[Finding] = []
    unchecked: list[tuple[RenalLimit, str, list[ResolvedMed]]] = []
    for limit, drug_id, meds in concerned:
        name = ctx.catalog.drugs[drug_id].name
        if not limit.bands:
            if ckd:
                findings.append(
                    Finding(
                        rule="RENAL-DOSE",
                        severity="warning",
                        title=f"{name} with kidney disease",
                        detail=f"{'; '.join(m.describe() for m in meds)} with chronic kidney disease. {limit.caution}",
                        items=item_ids(meds),
                        sources=limit.sources,
                    )
                )
            continue
        if kidney is None:
            if ckd:
                unchecked.append((limit, drug_id, meds))
            continue
        value, measure = kidney
        used = measure if limit.measure == "gfr" or measure == "CrCl" else f"{measure} (no CrCl recorded)"
        avoid: list[tuple[ResolvedMed, RenalBand]] = []
        capped: list[tuple[ResolvedMed, RenalBand]] = []
        for med in meds:
            band = _band_for(limit, value, med.release)
            if band is not None:
                (avoid if band.avoid else capped).append((med, band))
        if avoid:
            findings.append(_renal_avoid(name, [m for m, _ in avoid], avoid[0][1], value, used, limit))
        if capped:
            finding = _renal_over(name, drug_id, [m for m, _ in capped], capped[0][1], value, used, limit)
            if finding is not None:
                findings.append(finding)
    if unchecked:
        meds = [m for _, _, group in unchecked for m in group]
        drug_names = join_words(list(dict.fromkeys(ctx.catalog.drugs[d].name for _, d, _ in unchecked)))
        findings.append(
            Finding(
                rule="RENAL-DOSE",
                severity="warning",
                title="Kidney disease recorded without CrCl or eGFR",
                detail=(
                    f"Chronic kidney disease is recorded but no creatinine clearance or eGFR, so the label "
                    f"kidney limits of {drug_names} could not be checked. Record the CrCl (or eGFR)."
                ),
                items=item_ids(meds),
                sources=unique_sources(*(limit.sources for limit, _, _ in unchecked)),
            )
        )
    return findings


def _band_words(band: RenalBand, limit: RenalLimit) -> str:
    return f"{'CrCl' if limit.measure == 'crcl' else 'GFR'} {band.range_words()}"


def _band_note(band: RenalBand) -> str:
    return f" {band.note[0].upper()}{band.note[1:]}." if band.note else ""


def _renal_avoid(
    name: str, meds: list[ResolvedMed], band: RenalBand, value: float, measure: str, limit: RenalLimit
) -> Finding:
    where = f"{measure} {fmt(value)}"
    return Finding(
        rule="RENAL-DOSE",
        severity="critical",
        title=f"{name}: avoid at {where}",
        detail=(
            f"{'; '.join(m.describe() for m in meds)}. The label says to avoid it at {_band_words(band, limit)} "
            f"(patient: {where}).{_band_note(band)}"
        ),
        items=item_ids(meds),
        sources=limit.sources,
    )


def _renal_over(
    name: str, drug_id: str, meds: list[ResolvedMed], band: RenalBand, value: float, measure: str, limit: RenalLimit
) -> Finding | None:
    """Critical when the drug's mg a day over these items exceeds the band's maximum.

    Items whose amount cannot be counted are left out (DOSE-UNCOUNTED reports them)."""
    counted = [(m, a) for m in meds if (a := m.mg_of(drug_id)) is not None]
    total = sum(a for _, a in counted)
    if band.max_mg_day is None or not counted or not exceeds(total, band.max_mg_day):
        return None
    where = f"{measure} {fmt(value)}"
    return Finding(
        rule="RENAL-DOSE",
        severity="critical",
        title=f"{name} over the kidney-function limit",
        detail=(
            f"{'; '.join(m.describe() for m in meds)}: {fmt(total)} mg/day of {name.lower()}. At "
            f"{_band_words(band, limit)} the label allows at most {fmt(band.max_mg_day)} mg/day "
            f"(patient: {where}).{_band_note(band)}"
        ),
        items=item_ids([m for m, _ in counted]),
        sources=limit.sources,
    )


# ---------------------------------------------------------------------------- QT-RISK


def qt_risk(ctx: SafetyContext) -> list[Finding]:
    """QT-RISK: any QT-prolonging drug with recorded QT prolongation (critical); methadone with
    another QT-prolonging drug, or methadone at a daily dose where an ECG is advised (warning).
    """
    qt = ctx.catalog.qt_drugs
    if not qt:
        return []
    qt_meds = [m for m in ctx.meds if not m.rescue and _ids_in(m) & set(qt)]
    if not qt_meds:
        return []
    qt_sources = unique_sources(*(qt[d].sources for m in qt_meds for d in sorted(_ids_in(m) & set(qt))))
    findings: list[Finding] = []
    if "qt_prolongation" in ctx.conditions:
        findings.append(
            Finding(
                rule="QT-RISK",
                severity="critical",
                title="QT-prolonging medicine with recorded QT prolongation",
                detail=(
                    f"{names(qt_meds)} can prolong the QT interval, and QT prolongation is recorded for this patient: "
                    "risk of torsade de pointes. Avoid, or check the ECG and electrolytes and document the decision."
                ),
                items=item_ids(qt_meds),
                sources=qt_sources,
            )
        )
    methadone = [m for m in qt_meds if "methadone" in _ids_in(m)]
    if not methadone:
        return findings
    others = [m for m in qt_meds if "methadone" not in _ids_in(m)]
    if others:
        findings.append(
            Finding(
                rule="QT-RISK",
                severity="warning",
                title="Methadone with another QT-prolonging medicine",
                detail=(
                    f"Methadone with {names(others)}: both prolong the QT interval. Check an ECG before and during "
                    "treatment, and correct low potassium or magnesium."
                ),
                items=item_ids(methadone, others),
                sources=qt_sources,
            )
        )
    ecg = ctx.optional_threshold("methadone_ecg_mg")
    amounts = [m.mg_of("methadone") for m in methadone]
    total = sum(a for a in amounts if a is not None)
    if ecg is not None and exceeds(total, ecg.value):
        findings.append(
            Finding(
                rule="QT-RISK",
                severity="warning",
                title=f"Methadone {fmt(total)} mg/day: ECG advised",
                detail=(
                    f"{'; '.join(m.describe() for m in methadone)}: {fmt(total)} mg/day, over {fmt(ecg.value)} mg/day, "
                    "where an additional ECG is recommended (besides one before starting, within 30 days and yearly)."
                ),
                items=item_ids(methadone),
                sources=unique_sources(ecg.sources, qt["methadone"].sources),
            )
        )
    return findings


# ---------------------------------------------------------------------------- OLDER-ADULT


def older_adult(ctx: SafetyContext) -> list[Finding]:
    """OLDER-ADULT: age at or over the catalog's older-adult age with a drug the Beers Criteria
    say to avoid, or with the Beers number of CNS-active drugs together (one warning each)."""
    age = ctx.age
    older = ctx.optional_threshold("older_adult_age")
    if age is None or older is None or not at_least(age, older.value):
        return []
    beers = ctx.catalog.data.beers
    findings: list[Finding] = []
    for criterion in beers.avoid:
        meds = _with_drug(ctx, criterion.drugs)
        if meds:
            findings.append(
                Finding(
                    rule="OLDER-ADULT",
                    severity="warning",
                    title=f"Beers Criteria at age {age}: {names(meds)}",
                    detail=(
                        f"{'; '.join(m.describe() for m in meds)} at age {age}. The 2023 AGS Beers Criteria list "
                        f"{criterion.criterion}. Prefer an alternative or document why it is needed."
                    ),
                    items=item_ids(meds),
                    sources=criterion.sources,
                )
            )
    cns = beers.cns_active
    if cns is not None:
        meds = [m for m in ctx.meds if not m.rescue and m.has_class(*cns.classes)]
        drugs = _distinct_drugs(meds)
        if len(drugs) >= cns.count:
            findings.append(
                Finding(
                    rule="OLDER-ADULT",
                    severity="warning",
                    title=f"{len(drugs)} CNS-active medicines at age {age}",
                    detail=(
                        f"{names(meds)}: {len(drugs)} CNS-active medicines together at age {age}. The 2023 AGS Beers "
                        f"Criteria advise against {cns.count} or more (falls and fractures). Reduce the number where possible."
                    ),
                    items=item_ids(meds),
                    sources=cns.sources,
                )
            )
    return findings


# ---------------------------------------------------------------------------- NSAID-TRIPLE


def nsaid_triple(ctx: SafetyContext) -> list[Finding]:
    """NSAID-TRIPLE: a systemic NSAID with an ACE inhibitor or ARB and a diuretic: warning,
    critical with chronic kidney disease (acute kidney injury)."""
    facts = ctx.catalog.data.rule_facts
    if facts is None:
        return []
    triple = facts.nsaid_triple
    nsaids = ctx.systemic_nsaids
    raas = ctx.with_class(*triple.raas_classes)
    diuretics = ctx.with_class(*triple.diuretic_classes)
    if not nsaids or not raas or not diuretics:
        return []
    ckd = "ckd" in ctx.conditions
    severity: Severity = "critical" if ckd else "warning"
    with_ckd = ", with chronic kidney disease" if ckd else ""
    return [
        Finding(
            rule="NSAID-TRIPLE",
            severity=severity,
            title="NSAID with an ACE inhibitor or ARB and a diuretic" + (" in kidney disease" if ckd else ""),
            detail=(
                f"{names(nsaids)} with {names(raas)} and {names(diuretics)}{with_ckd}: together they can cause acute "
                "kidney injury. Avoid the NSAID, or check kidney function and fluids closely."
            ),
            items=item_ids(nsaids, raas, diuretics),
            sources=unique_sources(triple.sources, drug_sources(nsaids)),
        )
    ]


# ---------------------------------------------------------------------------- OPIOID-CYP


def _modulators(ctx: SafetyContext, roles: list[CypRole], opioids: list[ResolvedMed]) -> list[ResolvedMed]:
    listed = {d for role in roles for d in role.drugs}
    return [m for m in _with_drug(ctx, listed) if m not in opioids]


def opioid_cyp(ctx: SafetyContext) -> list[Finding]:
    """OPIOID-CYP: a CYP3A4-metabolised opioid with a strong CYP3A4 inhibitor (critical) or a
    moderate inhibitor or an inducer (warning); codeine or tramadol with a strong CYP2D6
    inhibitor (warning: less pain relief). Drug lists come from the catalog's cyp table."""
    cat = ctx.catalog
    findings: list[Finding] = []
    substrates = cat.cyp_roles("CYP3A4", "substrate")
    sub_ids = {d for r in substrates for d in r.drugs}
    opioids = [m for m in ctx.opioids if not m.rescue and _ids_in(m) & sub_ids]
    if opioids:
        sub_sources = unique_sources(*(r.sources for r in substrates if set(r.drugs) & set().union(*(_ids_in(m) for m in opioids))))
        strong = [r for r in cat.cyp_roles("CYP3A4", "inhibitor") if r.strength == "strong"]
        moderate = [r for r in cat.cyp_roles("CYP3A4", "inhibitor") if r.strength == "moderate"]
        inducers = cat.cyp_roles("CYP3A4", "inducer")
        found = _modulators(ctx, strong, opioids)
        if found:
            findings.append(
                Finding(
                    rule="OPIOID-CYP",
                    severity="critical",
                    title="Opioid with a strong CYP3A4 inhibitor",
                    detail=(
                        f"{names(opioids)} with {names(found)} (strong CYP3A4 inhibitor): opioid levels can rise sharply, "
                        "with fatal slowed breathing. Avoid the combination, or lower the opioid dose and monitor closely."
                    ),
                    items=item_ids(opioids, found),
                    sources=unique_sources(*(r.sources for r in strong), sub_sources),
                )
            )
        found = _modulators(ctx, moderate, opioids)
        if found:
            findings.append(
                Finding(
                    rule="OPIOID-CYP",
                    severity="warning",
                    title="Opioid with a moderate CYP3A4 inhibitor",
                    detail=(
                        f"{names(opioids)} with {names(found)} (moderate CYP3A4 inhibitor): opioid levels can rise. "
                        "Watch for sedation and slowed breathing; consider a lower opioid dose."
                    ),
                    items=item_ids(opioids, found),
                    sources=unique_sources(*(r.sources for r in moderate), sub_sources),
                )
            )
        found = _modulators(ctx, inducers, opioids)
        if found:
            findings.append(
                Finding(
                    rule="OPIOID-CYP",
                    severity="warning",
                    title="Opioid with a CYP3A4 inducer",
                    detail=(
                        f"{names(opioids)} with {names(found)} (CYP3A4 inducer): opioid levels fall (less relief, "
                        "withdrawal), and rise again when the inducer is stopped (overdose risk). Adjust with care."
                    ),
                    items=item_ids(opioids, found),
                    sources=unique_sources(*(r.sources for r in inducers), sub_sources),
                )
            )
    prodrugs = cat.cyp_roles("CYP2D6", "prodrug")
    pro_ids = {d for r in prodrugs for d in r.drugs}
    activated = [m for m in ctx.opioids if not m.rescue and _ids_in(m) & pro_ids]
    if activated:
        strong_2d6 = [r for r in cat.cyp_roles("CYP2D6", "inhibitor") if r.strength == "strong"]
        found = _modulators(ctx, strong_2d6, activated)
        if found:
            findings.append(
                Finding(
                    rule="OPIOID-CYP",
                    severity="warning",
                    title="Codeine or tramadol with a strong CYP2D6 inhibitor",
                    detail=(
                        f"{names(activated)} with {names(found)} (strong CYP2D6 inhibitor): less is turned into the active "
                        "opioid, so pain relief may be poor (and tramadol's own serotonergic effect remains). Consider "
                        "another analgesic; if the inhibitor is stopped later, opioid effects can rise."
                    ),
                    items=item_ids(activated, found),
                    sources=unique_sources(*(r.sources for r in strong_2d6), *(r.sources for r in prodrugs)),
                )
            )
    return findings


# ---------------------------------------------------------------------------- LACTATION


def lactation(ctx: SafetyContext) -> list[Finding]:
    """LACTATION: codeine or tramadol (any product containing them) while breastfeeding."""
    if "breastfeeding" not in ctx.conditions:
        return []
    findings: list[Finding] = []
    for advice in ctx.catalog.data.lactation:
        meds = _with_drug(ctx, [advice.drug])
        if meds:
            drug_name = ctx.catalog.drugs[advice.drug].name
            findings.append(
                Finding(
                    rule="LACTATION",
                    severity="critical",
                    title=f"{drug_name} while breastfeeding",
                    detail=f"{'; '.join(m.describe() for m in meds)} while breastfeeding. {advice.advice}",
                    items=item_ids(meds),
                    sources=advice.sources,
                )
            )
    return findings


# ---------------------------------------------------------------------------- CLASS-DUPLICATE


def class_duplicate(ctx: SafetyContext) -> list[Finding]:
    """CLASS-DUPLICATE: two different drugs of a group not meant to be combined (two
    gabapentinoids, two benzodiazepines, two SSRIs/SNRIs, two long-acting opioids)."""
    facts = ctx.catalog.data.rule_facts
    if facts is None:
        return []
    findings: list[Finding] = []
    for group in facts.class_duplicates:
        meds = _group_members(ctx, group)
        drugs = _distinct_drugs(meds)
        if len(drugs) < 2:
            continue
        findings.append(
            Finding(
                rule="CLASS-DUPLICATE",
                severity="warning",
                title=f"Two of a kind: {group.name}",
                detail=(
                    f"{'; '.join(m.describe() for m in meds)}: {group.name} together add side effects and risks "
                    "without clear added benefit. Keep one, or document why both are needed."
                ),
                items=item_ids(meds),
                sources=unique_sources(group.sources, drug_sources(meds)),
            )
        )
    return findings


def _group_members(ctx: SafetyContext, group: ClassDuplicate) -> list[ResolvedMed]:
    if group.long_acting_opioids:
        return _long_acting(ctx)
    return [m for m in ctx.meds if not m.rescue and m.has_class(*group.classes)]
