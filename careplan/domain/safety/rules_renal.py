"""RENAL-DOSE: drugs whose label limits or avoids them at the patient's kidney function."""

from __future__ import annotations

from careplan.domain.catalog_model import RenalBand, RenalLimit
from careplan.domain.findings import Finding
from careplan.domain.safety.context import (
    ResolvedMed,
    SafetyContext,
    exceeds,
    fmt,
    item_ids,
    join_words,
    unique_sources,
)
from careplan.domain.safety.selection import ids_in


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
            for drug_id in sorted(ids_in(med)):
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
        note_crcl = limit.measure == "crcl" and measure != "CrCl"
        avoid: list[tuple[ResolvedMed, RenalBand]] = []
        capped: list[tuple[ResolvedMed, RenalBand]] = []
        for med in meds:
            band = _band_for(limit, value, med.release)
            if band is not None:
                (avoid if band.avoid else capped).append((med, band))
        if avoid:
            findings.append(_renal_avoid(name, [m for m, _ in avoid], avoid[0][1], value, measure, note_crcl, limit))
        if capped:
            finding = _renal_over(name, drug_id, [m for m, _ in capped], capped[0][1], value, measure, note_crcl, limit)
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


def _where(value: float, measure: str, no_crcl: bool) -> str:
    return f"{measure} {fmt(value)}" + (", used as no CrCl is recorded" if no_crcl else "")


def _renal_avoid(
    name: str, meds: list[ResolvedMed], band: RenalBand, value: float, measure: str, no_crcl: bool, limit: RenalLimit
) -> Finding:
    where = _where(value, measure, no_crcl)
    return Finding(
        rule="RENAL-DOSE",
        severity="critical",
        title=f"{name}: avoid at {measure} {fmt(value)}",
        detail=(
            f"{'; '.join(m.describe() for m in meds)}: avoid at {_band_words(band, limit)} "
            f"(patient: {where}).{_band_note(band)}"
        ),
        items=item_ids(meds),
        sources=limit.sources,
    )


def _renal_over(
    name: str,
    drug_id: str,
    meds: list[ResolvedMed],
    band: RenalBand,
    value: float,
    measure: str,
    no_crcl: bool,
    limit: RenalLimit,
) -> Finding | None:
    """Critical when the drug's mg a day over these items exceeds the band's maximum.

    Items whose amount cannot be counted are left out (DOSE-UNCOUNTED reports them)."""
    counted = [(m, a) for m in meds if (a := m.mg_of(drug_id)) is not None]
    total = sum(a for _, a in counted)
    if band.max_mg_day is None or not counted or not exceeds(total, band.max_mg_day):
        return None
    where = _where(value, measure, no_crcl)
    return Finding(
        rule="RENAL-DOSE",
        severity="critical",
        title=f"{name} over the kidney-function limit",
        detail=(
            f"{'; '.join(m.describe() for m in meds)}: {fmt(total)} mg/day of {name.lower()}. At "
            f"{_band_words(band, limit)} the label maximum is {fmt(band.max_mg_day)} mg/day "
            f"(patient: {where}).{_band_note(band)}"
        ),
        items=item_ids([m for m, _ in counted]),
        sources=limit.sources,
    )
