"""The second set's tables (drugs.json flags and limits, cyp.json, qt.json, renal.json,
lactation.json, rule_facts.json long-acting list) read as label facts.

These tables predate the label files. Until each of their facts has moved into a label or group
file (resources/catalog/labels, resources/catalog/groups), the fact index reads them through
here, as the same rows a label file would hold, with their own sources and dates: one fact,
one meaning, whichever file still holds it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from careplan.domain.facts_model import ConditionFact, LactationFact, MaximumRow, RoleFact

if TYPE_CHECKING:
    from careplan.domain.catalog_model import Catalog, RenalBand

_FLAG_ROLES = ("cns_depressant", "serotonergic", "bleeding_risk", "cyp3a4_substrate", "cyp2d6_substrate")


def legacy_roles(catalog: Catalog) -> dict[str, list[RoleFact]]:
    """Roles from drug flags, the CYP table, the QT table and the long-acting opioid list."""
    known = {d.id for d in catalog.drugs}
    out: dict[str, list[RoleFact]] = {}

    def add(drug: str, role: str, sources: object, reviewed: object) -> None:
        if drug in known:
            out.setdefault(drug, []).append(RoleFact.model_validate({"role": role, "sources": sources, "reviewed": reviewed}))

    for drug in catalog.drugs:
        for flag in _FLAG_ROLES:
            if getattr(drug.flags, flag):
                add(drug.id, flag, drug.sources, drug.reviewed)
    for row in catalog.cyp:
        enzyme = row.enzyme.lower()
        role = f"{enzyme}_{row.role}" + (f"_{row.strength}" if row.strength else "")
        for drug_id in row.drugs:
            add(drug_id, role, row.sources, row.reviewed)
    for qt in catalog.qt:
        add(qt.drug, "qt_known_risk", qt.sources, qt.reviewed)
    if catalog.rule_facts is not None:
        long_acting = catalog.rule_facts.long_acting
        for drug_id in long_acting.drugs:
            add(drug_id, "long_acting", long_acting.sources, long_acting.reviewed)
    return out


def _band_row(band: RenalBand, measure: str) -> dict[str, object] | None:
    """A renal band as a maxima row keyed by its upper end (the lower end is implied: the rule
    applies the smallest maximum among the rows that apply). A band open at the top is the
    adult maximum, which the drug's own limit already states."""
    key = "crcl" if measure == "crcl" else "egfr"
    if band.below is not None:
        row: dict[str, object] = {f"{key}_below": band.below}
    elif band.max is not None:
        row = {f"{key}_at_most": band.max}
    else:
        return None
    if band.avoid:
        row.update(avoid=True, word="not_recommended" if band.release else "avoid", severity="critical")
    else:
        row.update(amount=band.max_mg_day, unit="mg")
    if band.release is not None:
        row["release"] = band.release
    if band.note:
        row["note"] = band.note
    return row


def legacy_maxima(catalog: Catalog) -> dict[str, tuple[MaximumRow, ...]]:
    """Maxima from drugs.json OTC/prescription limits, renal.json bands and the acetaminophen
    thresholds (the lower limit with liver disease or heavy alcohol use)."""
    out: dict[str, list[MaximumRow]] = {}
    labelled = {label.drug for label in catalog.labels if any(m.amount is not None for m in label.maxima)}
    for drug in catalog.drugs:
        rows = out.setdefault(drug.id, [])
        if drug.id in labelled:
            # The label file states the maxima: drugs.json's limits are the older copy.
            continue
        for limit, otc in ((drug.otc_max_daily, True), (drug.rx_max_daily, False)):
            if limit is None:
                continue
            data: dict[str, object] = {"amount": limit.amount, "unit": limit.unit, "note": limit.note,
                                       "sources": limit.sources, "reviewed": limit.reviewed}
            # An OTC limit is for self-care only when a prescription limit exists beside it.
            if otc and drug.rx_max_daily is not None:
                data["otc"] = True
            rows.append(MaximumRow.model_validate(data))
    for renal in catalog.renal:
        for drug_id in renal.drugs:
            for band in renal.bands:
                band_data = _band_row(band, renal.measure)
                if band_data is not None:
                    band_data.update(sources=renal.sources, reviewed=renal.reviewed)
                    out.setdefault(drug_id, []).append(MaximumRow.model_validate(band_data))
    thresholds = catalog.thresholds
    reduced = thresholds.get("apap_reduced_max_mg")
    if reduced is not None:
        heavy = [thresholds[k] for k in ("heavy_alcohol_male_per_week", "heavy_alcohol_female_per_week") if k in thresholds]
        for drug in catalog.drugs:
            if "acetaminophen" in drug.classes and not drug.ingredients:
                out.setdefault(drug.id, []).extend([
                    MaximumRow.model_validate({"amount": reduced.value, "unit": "mg", "condition": "liver_disease",
                                               "note": reduced.meaning, "sources": reduced.sources,
                                               "reviewed": reduced.reviewed}),
                    MaximumRow.model_validate({"amount": reduced.value, "unit": "mg", "heavy_alcohol": True,
                                               "note": reduced.meaning,
                                               "sources": [*reduced.sources, *(s for h in heavy for s in h.sources)],
                                               "reviewed": reduced.reviewed}),
                ])
    return {k: tuple(v) for k, v in out.items() if v}


def legacy_lactation(catalog: Catalog) -> dict[str, tuple[LactationFact, ...]]:
    """lactation.json: drugs the regulator advises against while breastfeeding (critical, as the
    second set had them)."""
    out: dict[str, list[LactationFact]] = {}
    for advice in catalog.lactation:
        out.setdefault(advice.drug, []).append(LactationFact.model_validate({
            "word": "not_recommended", "severity": "critical", "hazard": advice.advice,
            "sources": advice.sources, "reviewed": advice.reviewed}))
    return {k: tuple(v) for k, v in out.items()}


def legacy_conditions(catalog: Catalog) -> dict[str, tuple[ConditionFact, ...]]:
    """renal.json entries without bands: the label urges caution in kidney disease, no number."""
    out: dict[str, list[ConditionFact]] = {}
    for renal in catalog.renal:
        if renal.bands or not renal.caution:
            continue
        for drug_id in renal.drugs:
            out.setdefault(drug_id, []).append(ConditionFact.model_validate({
                "condition": "ckd", "word": "use_with_caution", "hazard": renal.caution,
                "sources": renal.sources, "reviewed": renal.reviewed}))
    return {k: tuple(v) for k, v in out.items()}
