"""The second safety set (docs/DESIGN.md): positive, near-miss and clean cases at DESIGN's severities."""

from __future__ import annotations

import pytest

from careplan.domain.catalog import CatalogIndex
from careplan.domain.safety.context import SafetyContext
from careplan.domain.safety.limits import limit_groups
from tests.domain.plan_factory import TODAY, check, kratom, med, one, plan, rules, severities

# ----------------------------------------------------------------------------- MED-UNCHECKED


def test_free_text_medicine_is_named_as_unchecked(catalog: CatalogIndex) -> None:
    report = check(plan(med(None, 5, times=1, name="Amlodipine", id="aml")), catalog)
    finding = one(report, "MED-UNCHECKED")
    assert finding.severity == "warning" and finding.items == ("aml",)
    assert "Amlodipine" in finding.detail and "not checked" in finding.detail


def test_free_text_name_of_a_catalog_drug_points_to_the_entry(catalog: CatalogIndex) -> None:
    current = med(None, 10, times=1, name="lisinopril", id="lis")
    finding = one(check(plan(current=[current]), catalog), "MED-UNCHECKED")
    assert "(current medicine)" in finding.detail and "The catalog has Lisinopril" in finding.detail
    brand = one(check(plan(med(None, 500, times=2, name="Tylenol", id="t")), catalog), "MED-UNCHECKED")
    assert "Acetaminophen" in brand.detail


def test_catalog_medicines_are_not_unchecked(catalog: CatalogIndex) -> None:
    assert "MED-UNCHECKED" not in rules(check(plan(med("lisinopril", 10, times=1)), catalog))


# ----------------------------------------------------------------------------- OPIOID-NAIVE-LA

PATCH = med("fentanyl-transdermal", 25, "mcg/h", every_hours=72, route="transdermal", id="patch")
METHADONE = med("methadone", 5, times=2, id="mtd")
MORPHINE_ER = med("morphine", 1, "tablet", times=2, strength=(30, "mg"), release="er", id="mer")


# Third set: critical only for a product the label restricts to opioid-tolerant patients (the
# fentanyl patch; morphine ER 100/200 mg tablets or over 60 mg a dose); a warning for the other
# long-acting starts (methadone, a low-dose morphine ER) without tolerance.


def test_tolerant_only_product_for_a_non_tolerant_patient_is_critical(catalog: CatalogIndex) -> None:
    finding = one(check(plan(PATCH, opioid_tolerant=False), catalog), "OPIOID-NAIVE-LA")
    assert finding.severity == "critical" and "recorded as not tolerant" in finding.detail
    big = med("morphine", 1, "tablet", times=2, strength=(100, "mg"), release="er", id="mer")
    assert severities(check(plan(big, opioid_tolerant=False), catalog), "OPIOID-NAIVE-LA") == ["critical"]


@pytest.mark.parametrize("item", [METHADONE, MORPHINE_ER], ids=["methadone", "morphine-er"])
def test_other_long_acting_starts_without_tolerance_are_warnings(catalog: CatalogIndex, item: object) -> None:
    finding = one(check(plan(item, opioid_tolerant=False), catalog), "OPIOID-NAIVE-LA")  # type: ignore[arg-type]
    assert finding.severity == "warning" and "recorded as not tolerant" in finding.detail


def test_long_acting_opioid_with_unknown_tolerance_is_a_warning(catalog: CatalogIndex) -> None:
    finding = one(check(plan(PATCH), catalog), "OPIOID-NAIVE-LA")
    assert finding.severity == "warning" and "Record whether" in finding.detail


def test_tolerance_recorded_or_inferred_from_current_opioids(catalog: CatalogIndex) -> None:
    assert "OPIOID-NAIVE-LA" not in rules(check(plan(PATCH, opioid_tolerant=True), catalog))
    # Current oxycodone 30 mg/day: the label's tolerance level for oxycodone: tolerant.
    current = med("oxycodone", 10, times=3, id="cur")
    assert "OPIOID-NAIVE-LA" not in rules(check(plan(PATCH, current=[current]), catalog))
    # Near miss: 20 mg/day is under it: *not* tolerant (third set), so the patch is critical.
    below = med("oxycodone", 10, times=2, id="cur")
    finding = one(check(plan(PATCH, current=[below]), catalog), "OPIOID-NAIVE-LA")
    assert finding.severity == "critical" and "below the tolerance level" in finding.detail


def test_immediate_release_and_current_long_acting_opioids_do_not_fire(catalog: CatalogIndex) -> None:
    ir = med("morphine", 1, "tablet", times=4, strength=(15, "mg"), release="ir")
    assert "OPIOID-NAIVE-LA" not in rules(check(plan(ir, opioid_tolerant=False), catalog))
    # Release not stated and 15 mg exists as IR and ER: not known to be long-acting.
    unknown = med("morphine", 15, times=4)
    assert "OPIOID-NAIVE-LA" not in rules(check(plan(unknown, opioid_tolerant=False), catalog))
    # A patch the patient already wears is not a new start.
    assert "OPIOID-NAIVE-LA" not in rules(check(plan(current=[PATCH], opioid_tolerant=False), catalog))


def test_release_is_inferred_from_an_er_only_strength(catalog: CatalogIndex) -> None:
    er_only = med("morphine", 1, "tablet", times=2, strength=(60, "mg"))
    assert severities(check(plan(er_only, opioid_tolerant=False), catalog), "OPIOID-NAIVE-LA") == ["warning"]


# ----------------------------------------------------------------------------- RENAL-DOSE


def _kidney_limit(catalog: CatalogIndex, drug_id: str, crcl: float) -> float | str | None:
    """The kidney row that binds for this drug at this CrCl: its maximum, "avoid", or None."""
    ctx = SafetyContext.build(plan(med(drug_id, 1, times=1), crcl=crcl), catalog, TODAY)
    [group] = [g for g in limit_groups(ctx) if g.key == drug_id]
    kidney = [a for a in group.applied if a.row.kidney is not None and a.row.release is None]
    if any(a.row.avoid for a in kidney):
        return "avoid"
    amounts = [a.amount for a in kidney if a.amount is not None]
    return min(amounts) if amounts else None


def test_renal_bands_come_from_the_catalog_and_match_the_labels(catalog: CatalogIndex) -> None:
    # (drug, kidney value, expected max mg/day or "avoid"): Neurontin Table 1, Lyrica, duloxetine,
    # tramadol and tapentadol labels, KDIGO/Beers for NSAIDs (the NSAID group's row).
    label_tables = {
        "gabapentin": [(60, None), (59.9, 1400), (31, 1400), (30, 700), (16, 700), (15, 300), (5, 300)],
        "pregabalin": [(60, None), (59, 300), (30, 300), (29, 150), (15, 150), (14, 75)],
        "duloxetine": [(30, None), (29, "avoid")],
        "tapentadol": [(30, None), (29, "avoid")],
        "ibuprofen": [(30, None), (29, "avoid")],
        "tramadol": [(30, None), (29, 200)],
    }
    for drug_id, rows in label_tables.items():
        for value, expected in rows:
            got = _kidney_limit(catalog, drug_id, value)
            assert got == expected, (drug_id, value, got)


@pytest.mark.parametrize(
    ("item", "crcl", "severity"),
    [
        (med("gabapentin", 600, times=3), 45, "critical"),  # 1,800 > 1,400
        (med("gabapentin", 400, times=3), 45, None),  # 1,200 within the band
        (med("gabapentin", 300, times=3), 25, "critical"),  # 900 > 700
        (med("pregabalin", 150, times=2), 40, None),  # 300 = the 30-59 maximum
        (med("pregabalin", 100, times=2), 20, "critical"),  # 200 > 150
        (med("tramadol", 50, times=4), 25, None),  # exactly the 200 mg/day maximum below 30
        (med("duloxetine", 60, times=1), 25, "critical"),  # avoid below 30
        (med("duloxetine", 60, times=1), 35, None),
        (med("naproxen", 250, times=2), 20, "critical"),  # NSAID avoid below 30
        (med("naproxen", 250, times=2), 45, None),
    ],
)
def test_renal_dose_by_crcl(catalog: CatalogIndex, item: object, crcl: float, severity: str | None) -> None:
    report = check(plan(item, crcl=crcl), catalog)  # type: ignore[arg-type]
    assert severities(report, "RENAL-DOSE") == ([severity] if severity else [])


def test_tramadol_over_200_mg_below_crcl_30(catalog: CatalogIndex) -> None:
    finding = one(check(plan(med("tramadol", 50, times=5), crcl=25), catalog), "RENAL-DOSE")
    assert finding.severity == "critical" and "maximum of 200 mg/day at CrCl below 30" in finding.detail


def test_extended_release_tramadol_is_avoided_below_30(catalog: CatalogIndex) -> None:
    er = med("tramadol", 1, "tablet", times=1, strength=(100, "mg"), release="er")
    finding = one(check(plan(er, crcl=25), catalog), "RENAL-DOSE")
    assert finding.severity == "critical" and "not recommended" in finding.title and "extended release" in finding.detail


def test_egfr_is_used_when_no_crcl_is_recorded(catalog: CatalogIndex) -> None:
    finding = one(check(plan(med("gabapentin", 600, times=3), egfr=45), catalog), "RENAL-DOSE")
    assert "patient: eGFR 45, used as no CrCl is recorded" in finding.detail
    # CrCl wins over eGFR.
    assert "RENAL-DOSE" not in rules(check(plan(med("gabapentin", 600, times=3), crcl=70, egfr=45), catalog))


def test_ckd_without_a_figure_is_a_warning(catalog: CatalogIndex) -> None:
    finding = one(check(plan(med("gabapentin", 300, times=3), conditions=["ckd"]), catalog), "RENAL-DOSE")
    assert finding.severity == "warning" and "Record the CrCl" in finding.detail
    # Without CKD and without a figure nothing can be said.
    assert "RENAL-DOSE" not in rules(check(plan(med("gabapentin", 300, times=3)), catalog))


def test_caution_only_labels_warn_with_ckd(catalog: CatalogIndex) -> None:
    morphine = med("morphine", 15, times=2)
    finding = one(check(plan(morphine, conditions=["ckd"]), catalog), "RENAL-DOSE")
    assert finding.severity == "warning" and "start low" in finding.detail
    # Third set: a CrCl under 60 is kidney disease without the tick; 60 or more is not.
    assert severities(check(plan(morphine, crcl=40), catalog), "RENAL-DOSE") == ["warning"]
    assert "RENAL-DOSE" not in rules(check(plan(morphine, crcl=60), catalog))


def test_low_dose_aspirin_is_not_an_nsaid_for_kidney_limits(catalog: CatalogIndex) -> None:
    assert "RENAL-DOSE" not in rules(check(plan(med("aspirin", 81, times=1), crcl=20), catalog))
    assert severities(check(plan(med("aspirin", 500, times=2), crcl=20), catalog), "RENAL-DOSE") == ["critical"]


# ----------------------------------------------------------------------------- QT-RISK


def test_qt_drug_with_recorded_qt_prolongation_is_critical(catalog: CatalogIndex) -> None:
    finding = one(check(plan(med("citalopram", 20, times=1), conditions=["qt_prolongation"]), catalog), "QT-RISK")
    assert finding.severity == "critical" and finding.items == ("citalopram",)
    assert "QT-RISK" not in rules(check(plan(med("sertraline", 50, times=1), conditions=["qt_prolongation"]), catalog))


def test_methadone_with_another_qt_drug_is_a_warning(catalog: CatalogIndex) -> None:
    report = check(plan(METHADONE, med("ondansetron", 8, times=2)), catalog)
    assert severities(report, "QT-RISK") == ["warning"]
    assert one(report, "QT-RISK").items == ("mtd", "ondansetron")
    # Third set: any two QT-prolonging medicines together (the QT group's row), not only methadone's.
    assert severities(check(plan(med("citalopram", 20, times=1), med("ondansetron", 8, times=2)), catalog),
                      "QT-RISK") == ["warning"]
    assert "QT-RISK" not in rules(check(plan(med("sertraline", 50, times=1), med("ondansetron", 8, times=2)), catalog))


def test_methadone_dose_where_an_ecg_is_advised(catalog: CatalogIndex) -> None:
    level = catalog.facts.of("methadone").qt_ecg_above
    assert level is not None and level.mg_day == 100
    over = one(check(plan(med("methadone", 40, times=3), opioid_tolerant=True), catalog), "QT-RISK")
    assert over.severity == "warning" and "ECG" in over.title
    at = check(plan(med("methadone", 50, times=2), opioid_tolerant=True), catalog)
    assert "QT-RISK" not in rules(at)


# ----------------------------------------------------------------------------- OLDER-ADULT


def test_beers_drug_at_65_is_a_warning(catalog: CatalogIndex) -> None:
    finding = one(check(plan(med("amitriptyline", 10, times=1), age=70), catalog), "OLDER-ADULT")
    assert finding.severity == "warning" and "Beers" in finding.detail
    assert "OLDER-ADULT" not in rules(check(plan(med("amitriptyline", 10, times=1), age=64), catalog))
    # Baclofen and tizanidine are outside the muscle-relaxant criterion.
    assert "OLDER-ADULT" not in rules(check(plan(med("baclofen", 5, times=3), age=80), catalog))


def test_three_cns_active_drugs_at_65(catalog: CatalogIndex) -> None:
    three = plan(med("gabapentin", 300, times=3), med("sertraline", 50, times=1), med("oxycodone", 5, times=2), age=72)
    finding = one(check(three, catalog), "OLDER-ADULT")
    assert finding.title.startswith("3 CNS-active")
    two = plan(med("gabapentin", 300, times=3), med("sertraline", 50, times=1), age=72)
    assert "OLDER-ADULT" not in rules(check(two, catalog))


# ----------------------------------------------------------------------------- NSAID-TRIPLE

TRIPLE = (med("ibuprofen", 400, times=3), med("lisinopril", 10, times=1), med("hydrochlorothiazide", 25, times=1))


def test_nsaid_raas_and_diuretic(catalog: CatalogIndex) -> None:
    finding = one(check(plan(*TRIPLE), catalog), "NSAID-TRIPLE")
    assert finding.severity == "warning" and finding.items == ("hydrochlorothiazide", "ibuprofen", "lisinopril")
    assert severities(check(plan(*TRIPLE, conditions=["ckd"]), catalog), "NSAID-TRIPLE") == ["critical"]


def test_nsaid_triple_needs_all_three(catalog: CatalogIndex) -> None:
    assert "NSAID-TRIPLE" not in rules(check(plan(*TRIPLE[:2]), catalog))
    arb = plan(med("naproxen", 250, times=2), med("losartan", 50, times=1), current=[med("furosemide", 40, times=1)])
    assert "NSAID-TRIPLE" in rules(check(arb, catalog))
    gel = med("diclofenac-topical", 4, "g", times=4, route="topical")
    assert "NSAID-TRIPLE" not in rules(check(plan(gel, *TRIPLE[1:]), catalog))
    assert "NSAID-TRIPLE" not in rules(check(plan(med("aspirin", 81, times=1), *TRIPLE[1:]), catalog))


# An NSAID with one of the two (the class labeling's drug-interaction table): a warning of its own,
# from the NSAID group's rows, for every member of the classes; within a triple, the triple says it.
@pytest.mark.parametrize(("nsaid", "partner", "effect"), [
    ("ibuprofen", "enalapril", "kidney function can worsen"),
    ("celecoxib", "losartan", "kidney function can worsen"),
    ("naproxen", "lisinopril", "blood pressure control can weaken"),
    ("diclofenac", "hydrochlorothiazide", "the diuretic can work less well"),
])
def test_nsaid_with_an_ace_inhibitor_arb_or_diuretic_alone(catalog: CatalogIndex, nsaid: str, partner: str, effect: str) -> None:
    report = check(plan(med(nsaid, 50, times=2, id="n"), med(partner, 10, times=1, id="p")), catalog)
    finding = one(report, "DRUG-INTERACTION")
    assert finding.severity == "warning" and set(finding.items) == {"n", "p"}
    assert effect in finding.detail and "monitor" in finding.title
    assert any("7 Drug Interactions" in s.citation for s in finding.sources)
    assert "NSAID-TRIPLE" not in rules(report)


def test_an_nsaid_gel_is_not_a_systemic_partner(catalog: CatalogIndex) -> None:
    gel = med("diclofenac-topical", 4, "g", times=4, route="topical")
    assert "DRUG-INTERACTION" not in rules(check(plan(gel, med("losartan", 50, times=1)), catalog))


def test_within_the_triple_the_pairs_are_stated_by_the_triple(catalog: CatalogIndex) -> None:
    report = check(plan(med("celecoxib", 200, times=1), med("losartan", 50, times=1), med("furosemide", 40, times=1)), catalog)
    assert "DRUG-INTERACTION" not in rules(report)
    triple = one(report, "NSAID-TRIPLE")
    assert "Celecoxib with Losartan: monitor" in triple.detail
    assert "Celecoxib with Furosemide: monitor" in triple.detail
    assert any("7 Drug Interactions" in s.citation for s in triple.sources)
    assert any("KDIGO" in s.citation for s in triple.sources)


# ----------------------------------------------------------------------------- OPIOID-CYP


def test_strong_cyp3a4_inhibitor_with_a_3a4_opioid_is_critical(catalog: CatalogIndex) -> None:
    finding = one(check(plan(med("oxycodone", 5, times=4), med("clarithromycin", 500, times=2)), catalog), "OPIOID-CYP")
    assert finding.severity == "critical" and finding.items == ("clarithromycin", "oxycodone")
    combo = med("hydrocodone-acetaminophen-5-325", 1, "tablet", prn_max=4, id="norco")
    assert severities(check(plan(combo, med("ketoconazole", 200, times=1)), catalog), "OPIOID-CYP") == ["critical"]


def test_moderate_inhibitors_and_inducers_are_warnings(catalog: CatalogIndex) -> None:
    report = check(plan(METHADONE, med("diltiazem", 60, times=3), med("rifampin", 600, times=1)), catalog)
    # Third set: one finding per severity, naming each pair with the label's word.
    finding = one(report, "OPIOID-CYP")
    assert finding.severity == "warning" and set(finding.items) == {"mtd", "diltiazem", "rifampin"}


def test_codeine_or_tramadol_with_a_strong_2d6_inhibitor(catalog: CatalogIndex) -> None:
    report = check(plan(med("tramadol", 50, times=3), med("fluoxetine", 20, times=1)), catalog)
    finding = one(report, "OPIOID-CYP")
    assert finding.severity == "warning" and "pain relief" in finding.detail
    # Sertraline is not a strong CYP2D6 inhibitor; morphine is not a CYP3A4 opioid.
    assert "OPIOID-CYP" not in rules(check(plan(med("tramadol", 50, times=3), med("sertraline", 50, times=1)), catalog))
    assert "OPIOID-CYP" not in rules(check(plan(med("morphine", 15, times=2), med("clarithromycin", 500, times=2)), catalog))


# ----------------------------------------------------------------------------- LACTATION


def test_codeine_or_tramadol_while_breastfeeding_is_critical(catalog: CatalogIndex) -> None:
    for item in (med("tramadol", 50, times=2), med("acetaminophen-codeine-300-30", 1, "tablet", prn_max=4, id="t3")):
        finding = one(check(plan(item, sex="female", conditions=["breastfeeding"]), catalog), "LACTATION")
        assert finding.severity == "critical" and finding.items == (item.id,)
    assert "LACTATION" not in rules(check(plan(med("tramadol", 50, times=2)), catalog))
    clean = plan(med("ibuprofen", 400, times=3), sex="female", conditions=["breastfeeding"])
    assert "LACTATION" not in rules(check(clean, catalog))


# ----------------------------------------------------------------------------- CLASS-DUPLICATE


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (med("gabapentin", 300, times=3), med("pregabalin", 75, times=2)),
        (med("alprazolam", 0.5, times=2), med("clonazepam", 0.5, times=1)),
        (med("sertraline", 50, times=1), med("duloxetine", 60, times=1)),
        (PATCH, METHADONE),
    ],
    ids=["gabapentinoids", "benzodiazepines", "ssri-snri", "long-acting-opioids"],
)
def test_two_of_a_kind_is_a_warning(catalog: CatalogIndex, a: object, b: object) -> None:
    finding = one(check(plan(a, b, opioid_tolerant=True), catalog), "CLASS-DUPLICATE")  # type: ignore[arg-type]
    assert finding.severity == "warning"


def test_same_drug_twice_or_different_classes_is_not_a_duplicate(catalog: CatalogIndex) -> None:
    same = plan(med("gabapentin", 300, times=3, id="a"), current=[med("gabapentin", 300, times=1, id="b")])
    assert "CLASS-DUPLICATE" not in rules(check(same, catalog))
    assert "CLASS-DUPLICATE" not in rules(check(plan(med("gabapentin", 300, times=3), med("duloxetine", 60, times=1)), catalog))
    ir_and_er = plan(med("morphine", 15, times=4, release="ir"), MORPHINE_ER, opioid_tolerant=True)
    assert "CLASS-DUPLICATE" not in rules(check(ir_and_er, catalog))


# ----------------------------------------------------------------------------- first-set changes


def test_low_dose_aspirin_is_an_antiplatelet_not_a_second_nsaid(catalog: CatalogIndex) -> None:
    report = check(plan(med("ibuprofen", 400, times=3), med("aspirin", 81, times=1)), catalog)
    assert "NSAID-DUPLICATE" not in rules(report)
    assert severities(report, "NSAID-BLEEDING") == ["critical"]
    high = check(plan(med("ibuprofen", 400, times=3), med("aspirin", 500, times=2)), catalog)
    assert "NSAID-DUPLICATE" in rules(high)


def test_low_dose_aspirin_has_no_nsaid_pregnancy_warning(catalog: CatalogIndex) -> None:
    pregnant = {"sex": "female", "conditions": ["pregnancy"], "pregnancy_weeks": 28}
    # Third set: the NSAID pregnancy facts are PREGNANCY-DRUG's (the NSAID group's rows).
    assert "PREGNANCY-DRUG" not in rules(check(plan(med("aspirin", 81, times=1), **pregnant), catalog))
    assert "PREGNANCY-DRUG" in rules(check(plan(med("aspirin", 650, times=2), **pregnant), catalog))


@pytest.mark.parametrize("condition", ["cardiovascular_disease", "hypertension"])
def test_nsaid_condition_covers_cardiovascular_disease_and_hypertension(catalog: CatalogIndex, condition: str) -> None:
    finding = one(check(plan(med("naproxen", 250, times=2), conditions=[condition]), catalog), "NSAID-CONDITION")
    assert finding.severity == "warning"


def test_naloxone_is_offered_after_an_overdose(catalog: CatalogIndex) -> None:
    low = med("oxycodone", 5, times=2)
    finding = one(check(plan(low, conditions=["overdose_history"]), catalog), "OPIOID-NALOXONE")
    assert "overdose history" in finding.detail
    assert "OPIOID-NALOXONE" not in rules(check(plan(low), catalog))


def test_kratom_under_the_minimum_age_is_critical(catalog: CatalogIndex) -> None:
    row = catalog.jurisdiction("US-GA")
    assert row is not None and row.min_age == 21 and row.status == "regulated"
    young = one(check(plan(kratom_module=kratom(), jurisdiction="US-GA", age=20), catalog), "KRATOM-JURISDICTION")
    assert young.severity == "critical" and "minimum age of 21" in young.detail
    assert "KRATOM-JURISDICTION" not in rules(check(plan(kratom_module=kratom(), jurisdiction="US-GA", age=21), catalog))
    unknown_age = check(plan(kratom_module=kratom(), jurisdiction="US-GA", age=None), catalog)
    assert severities(unknown_age, "KRATOM-JURISDICTION") == ["warning"]


def test_every_jurisdiction_row_has_its_own_date_source_and_min_age_field(catalog: CatalogIndex) -> None:
    ages = {"US-UT": 18, "US-AZ": 18, "US-NV": 18, "US-OK": 18, "US-GA": 21, "US-OR": 21, "US-CO": 21, "US-WV": 21,
            "US-RI": 21}
    for code, age in ages.items():
        row = catalog.jurisdiction(code)
        assert row is not None and row.min_age == age, code
    for row in catalog.data.jurisdictions.entries:
        assert row.sources and row.as_of and row.reviewed
    ri = catalog.jurisdiction("US-RI")
    assert ri is not None and ri.as_of.isoformat() == "2026-04-01" and ri.status == "regulated"
    assert catalog.jurisdictions["US-TX"].status == "regulated"


def test_every_rule_is_documented_with_its_sources() -> None:
    from pathlib import Path

    from careplan.domain.safety import RULE_IDS

    doc = (Path(__file__).resolve().parents[2] / "docs" / "clinical-rules.md").read_text(encoding="utf-8")
    for rule_id in RULE_IDS:
        assert f"### {rule_id}" in doc, rule_id


def test_every_rule_is_named_in_the_design_notes() -> None:
    from pathlib import Path

    from careplan.domain.safety import RULE_IDS

    design = (Path(__file__).resolve().parents[2] / "docs" / "DESIGN.md").read_text(encoding="utf-8")
    assert not [rule_id for rule_id in RULE_IDS if f"`{rule_id}`" not in design]


# ----------------------------------------------------------------------------- ALCOHOL-INTERACTION

HEAVY = {"alcohol_drinks_per_week": 28}


def test_an_opioid_and_alcohol_stay_with_opioid_sedative(catalog: CatalogIndex) -> None:
    report = check(plan(med("oxycodone", 5, times=4), med("lorazepam", 1, times=2, id="lor"), **HEAVY), catalog)
    assert "Opioid with heavy alcohol use" in {f.title for f in report.findings if f.rule == "OPIOID-SEDATIVE"}
    # The benzodiazepine's own alcohol row is still said, for the benzodiazepine alone.
    assert one(report, "ALCOHOL-INTERACTION").items == ("lor",)


def test_several_medicines_share_one_finding_per_severity(catalog: CatalogIndex) -> None:
    report = check(plan(med("zolpidem", 5, times=1, id="z"), med("gabapentin", 300, times=3, id="g"), **HEAVY), catalog)
    finding = one(report, "ALCOHOL-INTERACTION")
    assert finding.items == ("g", "z") and "while taking them" in finding.detail


def test_every_substance_row_is_read_by_a_rule() -> None:
    """An alcohol row is OPIOID-SEDATIVE's (an opioid's) or ALCOHOL-INTERACTION's; a kratom row is
    only read on an opioid (OPIOID-SEDATIVE), so one anywhere else would pass silently."""
    from careplan.domain.catalog import load_catalog

    catalog = load_catalog()
    seen: set[str] = set()
    for drug in catalog.drugs.values():
        for sided in catalog.facts.sided(drug.id, "interactions"):
            substance = sided.fact.with_.substance  # type: ignore[attr-defined]
            if substance is not None:
                seen.add(substance)
                assert substance == "alcohol" or "opioid" in drug.classes, (drug.id, substance)
    assert seen == {"alcohol", "kratom"}  # the check above saw rows of both kinds


# ----------------------------------------------------------------------------- PEDIATRIC: under 25

def test_a_child_is_told_every_age_fact_that_applies(catalog: CatalogIndex) -> None:
    finding = one(check(plan(med("amitriptyline", 10, times=1), age=10), catalog), "PEDIATRIC")
    assert finding.title == "Amitriptyline under age 12 (patient 10)"
    assert "not recommended under age 12" in finding.detail and "boxed warning under age 25" in finding.detail


def test_no_antidepressant_warning_from_25(catalog: CatalogIndex) -> None:
    assert "PEDIATRIC" not in rules(check(plan(med("duloxetine", 60, times=1), age=25), catalog))


def test_ibuprofen_over_its_childrens_mg_per_kg_maximum(catalog: CatalogIndex) -> None:
    over = one(check(plan(med("ibuprofen", 400, times=3), age=8, weight_kg=20), catalog), "PEDIATRIC")
    assert over.severity == "critical" and "40 mg/kg" in over.title  # 1,200 mg a day is 60 mg/kg
    assert "PEDIATRIC" not in rules(check(plan(med("ibuprofen", 200, times=4), age=8, weight_kg=20), catalog))
    assert "PEDIATRIC" not in rules(check(plan(med("ibuprofen", 400, times=3), age=12, weight_kg=30), catalog))


# ----------------------------------------------------------------------------- HEPATIC-DOSE by release

def _hepatic(report: object) -> list[tuple[str, str]]:
    return [(f.severity, f.title) for f in report.findings if f.rule == "HEPATIC-DOSE"]  # type: ignore[attr-defined]


def test_an_extended_release_fact_is_not_said_of_an_immediate_release_item(catalog: CatalogIndex) -> None:
    found = _hepatic(check(plan(med("tramadol", 50, times=4, release="ir"), hepatic_impairment="severe"), catalog))
    assert len(found) == 1 and found[0][0] == "critical" and "immediate release" in found[0][1]
    er = _hepatic(check(plan(med("tramadol", 100, times=2, release="er"), hepatic_impairment="severe"), catalog))
    assert len(er) == 1 and "not recommended extended release" in er[0][1]  # said once, not twice


def test_with_the_release_unknown_the_usable_release_is_checked(catalog: CatalogIndex) -> None:
    # ER is not to be used in severe hepatic impairment, so IR's 100 mg/day is the permissive maximum.
    over = _hepatic(check(plan(med("tramadol", 50, times=4), hepatic_impairment="severe"), catalog))
    assert [s for s, _ in over] == ["critical"]
    within = check(plan(med("tramadol", 25, times=4), hepatic_impairment="severe"), catalog)
    finding = one(within, "HEPATIC-DOSE")
    assert finding.severity == "warning" and "for the extended-release product" in finding.detail


def test_liver_disease_without_a_class_says_which_label_words_it_could_not_apply(catalog: CatalogIndex) -> None:
    # Oxycodone's label speaks by Child-Pugh class in words (start lower), not by a maximum.
    finding = one(check(plan(med("oxycodone", 10, times=4, id="oxy"), conditions=["liver_disease"]), catalog), "HEPATIC-DOSE")
    assert finding.title == "Liver disease recorded without its severity" and finding.items == ("oxy",)
    assert "Oxycodone" in finding.detail and finding.sources
    # Duloxetine's label avoids it with any chronic liver disease: the class changes nothing.
    both = check(plan(med("duloxetine", 60, times=1), conditions=["liver_disease"]), catalog)
    assert [f.title for f in both.findings if f.rule == "HEPATIC-DOSE"] == ["Duloxetine with liver disease"]
    assert "HEPATIC-DOSE" not in rules(check(plan(med("oxycodone", 10, times=4)), catalog))
