"""DOSE-DAILY-MAX and APAP-DAILY-MAX, with facts.md cases T2, T3, T8, T22, T23, T24."""

from __future__ import annotations

from careplan.domain.catalog import CatalogIndex
from tests.domain.plan_factory import check, med, of_rule, one, plan, rules


def test_ibuprofen_at_otc_limit_does_not_fire(catalog: CatalogIndex) -> None:
    limit = catalog.drugs["ibuprofen"].otc_max_daily
    assert limit is not None and limit.amount == 1200
    report = check(plan(med("ibuprofen", 400, times=3, otc=True)), catalog)
    assert "DOSE-DAILY-MAX" not in rules(report)


def test_ibuprofen_over_otc_limit_fires_with_amounts_in_detail(catalog: CatalogIndex) -> None:
    report = check(plan(med("ibuprofen", 400, times=4, otc=True)), catalog)
    finding = one(report, "DOSE-DAILY-MAX")
    assert finding.severity == "critical"
    assert finding.items == ("ibuprofen",)
    assert "1,600 mg/day" in finding.detail and "OTC maximum of 1,200 mg/day" in finding.detail
    limit = catalog.drugs["ibuprofen"].otc_max_daily
    assert limit is not None and finding.sources == limit.sources


def test_prescribed_ibuprofen_uses_rx_limit(catalog: CatalogIndex) -> None:
    # 1,600 mg/day is over the OTC limit but well within the prescription maximum.
    report = check(plan(med("ibuprofen", 400, times=4)), catalog)
    assert "DOSE-DAILY-MAX" not in rules(report)


def test_prescribed_ibuprofen_over_rx_limit(catalog: CatalogIndex) -> None:
    rx = catalog.drugs["ibuprofen"].rx_max_daily
    assert rx is not None
    report = check(plan(med("ibuprofen", 800, times=5)), catalog)
    finding = one(report, "DOSE-DAILY-MAX")
    assert "label maximum of 3,200 mg/day" in finding.detail


def test_grams_are_converted_to_mg(catalog: CatalogIndex) -> None:
    # 0.8 g × 5 = 4,000 mg of ibuprofen: over the Rx limit only after converting g -> mg.
    report = check(plan(med("ibuprofen", 0.8, "g", times=5)), catalog)
    assert "4,000 mg/day" in one(report, "DOSE-DAILY-MAX").detail


def test_prn_counts_at_its_daily_cap(catalog: CatalogIndex) -> None:
    report = check(plan(med("ibuprofen", 400, prn_max=4, otc=True)), catalog)
    assert len(of_rule(report, "DOSE-DAILY-MAX")) == 1
    report = check(plan(med("ibuprofen", 400, prn_max=3, otc=True)), catalog)
    assert of_rule(report, "DOSE-DAILY-MAX") == []


def test_tablets_of_a_single_drug_are_not_guessed(catalog: CatalogIndex) -> None:
    # 10 tablets of ibuprofen a day: strength unknown, so no mg total is invented.
    report = check(plan(med("ibuprofen", 2, "tablet", times=5, otc=True)), catalog)
    assert "DOSE-DAILY-MAX" not in rules(report)


def test_current_medicine_adds_to_planned_dose(catalog: CatalogIndex) -> None:
    p = plan(
        med("ibuprofen", 400, times=2, otc=True, id="planned"),
        current=[med("ibuprofen", 400, times=2, otc=True, id="current")],
    )
    finding = one(check(p, catalog), "DOSE-DAILY-MAX")
    assert finding.items == ("current", "planned")
    assert "together 1,600 mg/day" in finding.detail


def test_t8_otc_naproxen_sodium_880_over_660(catalog: CatalogIndex) -> None:
    report = check(plan(med("naproxen-sodium", 220, times=4, otc=True)), catalog)
    finding = one(report, "DOSE-DAILY-MAX")
    assert finding.severity == "critical"
    assert "880 mg/day" in finding.detail and "660 mg/day" in finding.detail
    # Three tablets (660 mg) is exactly the OTC maximum: no finding.
    assert "DOSE-DAILY-MAX" not in rules(check(plan(med("naproxen-sodium", 220, times=3, otc=True)), catalog))


def test_naproxen_sodium_550_three_times_a_day_is_within_its_salt_limit(catalog: CatalogIndex) -> None:
    # Issue 9: the limit is in the salt the dose is written in (1,650 mg naproxen sodium = 1,500 mg
    # naproxen), so 550 mg x 3 is at the maximum, not over it.
    assert "DOSE-DAILY-MAX" not in rules(check(plan(med("naproxen-sodium", 550, times=3)), catalog))
    over = one(check(plan(med("naproxen-sodium", 550, times=4)), catalog), "DOSE-DAILY-MAX")
    assert "2,200 mg/day" in over.detail and "1,650" in over.detail


def test_t23_diclofenac_gel_48_g_over_32_g(catalog: CatalogIndex) -> None:
    knees = med("diclofenac-topical", 8, "g", times=4, route="topical", otc=True, id="knees")  # 4 g per knee
    hands = med("diclofenac-topical", 4, "g", times=4, route="topical", otc=True, id="hands")  # 2 g per hand
    finding = one(check(plan(knees, hands), catalog), "DOSE-DAILY-MAX")
    assert "48 g/day" in finding.detail and "32 g/day" in finding.detail
    assert finding.items == ("hands", "knees")
    # Knees alone are exactly 32 g/day: at the limit, not over it.
    assert "DOSE-DAILY-MAX" not in rules(check(plan(knees), catalog))


def test_t24_lidocaine_four_patches_over_three(catalog: CatalogIndex) -> None:
    four = med("lidocaine-topical", 1, "patch", times=4, route="topical")
    finding = one(check(plan(four), catalog), "DOSE-DAILY-MAX")
    assert "4 patch/day" in finding.detail
    three = med("lidocaine-topical", 1, "patch", times=3, route="topical")
    # The 12-hours-on, 12-off wear time is not recorded by a plan: only the count is checked.
    assert "DOSE-DAILY-MAX" not in rules(check(plan(three), catalog))


def test_t22_pregabalin_600_is_at_the_label_maximum(catalog: CatalogIndex) -> None:
    # T22 expects a dose finding because the DPN maximum is 300 mg and CrCl 45 limits it to 300.
    # A plan records neither the indication nor creatinine clearance, so the engine can only
    # check the overall label maximum; the renal/indication limits are later work.
    limit = catalog.drugs["pregabalin"].rx_max_daily
    assert limit is not None and limit.amount == 600
    assert "DOSE-DAILY-MAX" not in rules(check(plan(med("pregabalin", 300, times=2)), catalog))
    assert "DOSE-DAILY-MAX" in rules(check(plan(med("pregabalin", 300, times=3)), catalog))


def test_apap_exactly_4_g_does_not_fire(catalog: CatalogIndex) -> None:
    report = check(plan(med("acetaminophen", 1000, times=4)), catalog)
    assert "APAP-DAILY-MAX" not in rules(report)
    # Acetaminophen's own limit is left to APAP-DAILY-MAX, never reported twice.
    assert "DOSE-DAILY-MAX" not in rules(report)


def test_apap_over_4_g_fires_once(catalog: CatalogIndex) -> None:
    report = check(plan(med("acetaminophen", 1, "g", times=5)), catalog)
    finding = one(report, "APAP-DAILY-MAX")
    assert finding.severity == "critical" and "5,000 mg/day" in finding.detail
    assert "DOSE-DAILY-MAX" not in rules(report)
    # The limit is the acetaminophen label's adult maximum (the fact moved into its label file).
    adult = [r for r in catalog.facts.of("acetaminophen").maxima if r.amount == 4000 and not r.population_keys]
    assert adult and finding.sources == adult[0].sources


def test_t2_apap_plus_combination_product_5_3_g(catalog: CatalogIndex) -> None:
    p = plan(
        med("acetaminophen", 1000, times=4),
        med("hydrocodone-acetaminophen-5-325", 1, "tablet", times=4),
    )
    report = check(p, catalog)
    finding = one(report, "APAP-DAILY-MAX")
    assert "5,300 mg/day" in finding.detail
    assert "1,300 mg acetaminophen/day" in finding.detail
    assert finding.items == ("acetaminophen", "hydrocodone-acetaminophen-5-325")
    assert report.mme.total == 20
    assert "OPIOID-MME" not in rules(report)


def test_apap_from_two_combination_products(catalog: CatalogIndex) -> None:
    # 8 × 325 + 6 × 300 = 4,400 mg: over 4 g from combinations alone.
    p = plan(
        med("hydrocodone-acetaminophen-5-325", 2, "tablet", times=4),
        med("acetaminophen-codeine-300-30", 1, "tablet", times=6),
    )
    assert "4,400 mg/day" in one(check(p, catalog), "APAP-DAILY-MAX").detail


def test_t3_liver_disease_lowers_the_limit(catalog: CatalogIndex) -> None:
    three_g = med("acetaminophen", 1000, times=3)
    assert "APAP-DAILY-MAX" not in rules(check(plan(three_g), catalog))
    finding = one(check(plan(three_g, conditions=["liver_disease"]), catalog), "APAP-DAILY-MAX")
    assert "2,000 mg/day" in finding.detail and "liver disease" in finding.detail
    # Exactly 2 g with liver disease is at the reduced limit, not over.
    two_g = med("acetaminophen", 500, times=4)
    assert "APAP-DAILY-MAX" not in rules(check(plan(two_g, conditions=["liver_disease"]), catalog))


def test_heavy_alcohol_thresholds_by_sex(catalog: CatalogIndex) -> None:
    three_g = med("acetaminophen", 1000, times=3)
    male_limit = catalog.threshold("heavy_alcohol_male_per_week").value
    female_limit = catalog.threshold("heavy_alcohol_female_per_week").value
    assert female_limit < male_limit
    # At the threshold is not "more than": no reduced limit.
    assert "APAP-DAILY-MAX" not in rules(
        check(plan(three_g, sex="male", alcohol_drinks_per_week=male_limit), catalog)
    )
    assert "APAP-DAILY-MAX" in rules(check(plan(three_g, sex="male", alcohol_drinks_per_week=male_limit + 1), catalog))
    # Between the two thresholds: heavy for a woman, not for a man.
    between = female_limit + 1
    assert "APAP-DAILY-MAX" in rules(check(plan(three_g, sex="female", alcohol_drinks_per_week=between), catalog))
    assert "APAP-DAILY-MAX" not in rules(check(plan(three_g, sex="male", alcohol_drinks_per_week=between), catalog))


def test_unknown_sex_uses_the_lower_alcohol_threshold_and_says_so(catalog: CatalogIndex) -> None:
    between = catalog.threshold("heavy_alcohol_female_per_week").value + 1
    p = plan(med("acetaminophen", 1000, times=3), sex="unknown", alcohol_drinks_per_week=between)
    finding = one(check(p, catalog), "APAP-DAILY-MAX")
    assert "lower (female) threshold" in finding.detail
