"""Morphine milligram equivalents per day with the CDC 2022 factors, one explained line per opioid."""

from __future__ import annotations

from careplan.domain.catalog import CatalogIndex
from careplan.domain.catalog_model import Drug, MmeInfo
from careplan.domain.dosing import dose_words, schedule_words
from careplan.domain.findings import MmeLine, MmeSummary
from careplan.domain.plan import CarePlan
from careplan.domain.safety.context import ResolvedMed, SafetyContext, fmt


def compute_mme(plan: CarePlan, catalog: CatalogIndex) -> MmeSummary:
    """Total MME/day over the plan's medicines and the patient's current ones.

    Args:
        plan: the care plan (or template).
        catalog: the loaded catalog; factors come from each drug's ``mme`` entry.

    Returns:
        The unrounded total and one line per counted (or deliberately uncounted) opioid.
    """
    return mme_of(SafetyContext.build(plan, catalog))


def mme_of(ctx: SafetyContext) -> MmeSummary:
    """The context's MME summary, computed once per check."""
    if ctx.mme_summary is None:
        ctx.mme_summary = mme_from_context(ctx)
    return ctx.mme_summary


def mme_from_context(ctx: SafetyContext) -> MmeSummary:
    lines: list[MmeLine] = []
    for med in ctx.meds:
        found = _lines_for(med, ctx.catalog)
        if med.treats_oud:
            # CDC 2022: MME thresholds are for opioids prescribed for pain, not for methadone or
            # buprenorphine given as treatment for opioid-use disorder.
            found = [line.model_copy(update={"oud_treatment": True, "note": _join(
                line.note, "treatment for opioid-use disorder: shown, not counted against the MME thresholds "
                "(CDC 2022)")}) for line in found]
        lines.extend(found)
    # The total stays unrounded: rules compare it, displays round it.
    return MmeSummary(total=sum(line.mme for line in lines if not line.oud_treatment), lines=tuple(lines))


def _lines_for(med: ResolvedMed, catalog: CatalogIndex) -> list[MmeLine]:
    drug = med.drug
    if drug is None or med.rescue:
        return []
    is_opioid = "opioid" in med.classes
    if med.amount.problem is not None:
        # DOSE-UNCOUNTED says so as a finding; the MME table says it too, beside the total.
        return [_uncounted(med, drug.name, f"not counted: {med.amount.problem}")] if is_opioid else []
    if drug.ingredients:
        return _combination_lines(med, drug, catalog)
    if drug.mme is None:
        if is_opioid:
            return [_uncounted(med, drug.name, "no MME factor in the catalog for this opioid; not counted")]
        return []
    rate = med.amount.rate_mcg_h
    if drug.mme.per == "mcg/h" and rate is not None:
        return [_patch_line(med, drug.name, rate, drug.mme)]
    mg = med.ingredient_mg.get(drug.id)
    return [_mg_line(med, drug.name, mg, drug.mme)]


def _combination_lines(med: ResolvedMed, combo: Drug, catalog: CatalogIndex) -> list[MmeLine]:
    lines: list[MmeLine] = []
    for ingredient in combo.ingredients:
        part = catalog.drugs.get(ingredient.drug)
        info = part.mme if part is not None else None
        if info is None and combo.mme is not None and part is not None and "opioid" in part.classes:
            # The product's own factor applies to its opioid ingredient when the ingredient
            # entry carries none.
            info = combo.mme
        if info is None:
            if part is not None and "opioid" in part.classes:
                lines.append(_uncounted(med, f"{combo.name} ({part.name})", "no MME factor in the catalog; not counted"))
            continue
        label = f"{combo.name} ({part.name if part is not None else ingredient.drug} {fmt(ingredient.amount_mg)} mg per unit)"
        lines.append(_mg_line(med, label, med.ingredient_mg.get(ingredient.drug), info))
    return lines


def _mg_line(med: ResolvedMed, label: str, mg_per_day: float | None, info: MmeInfo) -> MmeLine:
    if mg_per_day is None:
        return _uncounted(med, label, f"dose in {med.item.unit} cannot be converted to mg; not counted")
    if info.factor is None:
        return MmeLine(
            item=med.id, label=label, daily_amount=mg_per_day, amount_unit="mg", factor=None, mme=0.0,
            note=_join("not counted (CDC 2022)", info.note),
        )
    mme = mg_per_day * info.factor
    how = f"{_schedule(med)}: {fmt(mg_per_day)} mg/day × {fmt(info.factor)} = {fmt(round(mme, 1))} MME"
    return MmeLine(
        item=med.id, label=label, daily_amount=mg_per_day, amount_unit="mg", factor=info.factor, mme=mme,
        note=_join(how, info.note),
    )


def _patch_line(med: ResolvedMed, label: str, rate: float, info: MmeInfo) -> MmeLine:
    if info.factor is None:
        return MmeLine(
            item=med.id, label=label, daily_amount=rate, amount_unit="mcg/h", factor=None, mme=0.0,
            note=_join("not counted (CDC 2022)", info.note),
        )
    mme = rate * info.factor
    # A patch releases its rate around the clock; how often it is changed does not multiply it.
    how = (
        f"{fmt(rate)} mcg/h × {fmt(info.factor)} = {fmt(round(mme, 1))} MME; a patch dose is a continuous "
        "rate (mcg/h), so how often it is changed does not multiply it"
    )
    return MmeLine(
        item=med.id, label=label, daily_amount=rate, amount_unit="mcg/h", factor=info.factor, mme=mme,
        note=_join(how, info.note),
    )


def _uncounted(med: ResolvedMed, label: str, note: str) -> MmeLine:
    return MmeLine(
        item=med.id, label=label, daily_amount=med.item.daily_amount, amount_unit=med.item.unit, factor=None,
        mme=0.0, note=note, counted=False,
    )


def _schedule(med: ResolvedMed) -> str:
    item = med.item
    note = " (PRN counted at its daily cap)" if item.prn else ""
    return f"{dose_words(item)}, {schedule_words(item, med.drug)}{note}"


def _join(first: str, second: str) -> str:
    return f"{first}. {second}" if second else first
