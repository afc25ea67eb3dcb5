"""The cases of issue 16, each as a test: the hazard reached through a near relative of what a rule
lists, or through a patient field no rule read. Each case is checked against the bundled catalog;
the one whose drug is not in it yet (prednisone) runs over a synthetic catalog entry."""

from __future__ import annotations

from careplan.domain.catalog import CatalogIndex
from tests.domain.plan_factory import check, kratom, med, one, plan, rules, severities
from tests.domain.synthetic import catalog_with, drug

PATCH = med("fentanyl-transdermal", 25, "mcg/h", every_hours=72, route="transdermal", id="patch")


def test_tramadol_400_mg_at_80_is_over_the_over_75_maximum(catalog: CatalogIndex) -> None:
    item = med("tramadol", 2, "tablet", times=4, strength=(50, "mg"))
    finding = one(check(plan(item, age=80), catalog), "DOSE-DAILY-MAX")
    assert finding.severity == "critical" and "300 mg/day" in finding.detail and "age 76 or older" in finding.detail
    assert "DOSE-DAILY-MAX" not in rules(check(plan(item, age=75), catalog))


def test_citalopram_40_mg_at_68_is_over_the_over_60_maximum(catalog: CatalogIndex) -> None:
    finding = one(check(plan(med("citalopram", 40, times=1), age=68), catalog), "DOSE-DAILY-MAX")
    assert finding.severity == "critical" and "20 mg/day" in finding.detail
    assert "DOSE-DAILY-MAX" not in rules(check(plan(med("citalopram", 40, times=1), age=60), catalog))


def test_tramadol_with_phenelzine_is_critical(catalog: CatalogIndex) -> None:
    finding = one(check(plan(med("tramadol", 50, times=3), med("phenelzine", 15, times=3)), catalog), "SEROTONERGIC")
    assert finding.severity == "critical" and "contraindicated" in finding.detail


def test_methadone_with_trazodone_is_found(catalog: CatalogIndex) -> None:
    report = check(plan(med("methadone", 5, times=2), med("trazodone", 50, times=1)), catalog)
    assert severities(report, "SEROTONERGIC") == ["warning"]


def test_oxycodone_with_28_drinks_a_week(catalog: CatalogIndex) -> None:
    report = check(plan(med("oxycodone", 5, times=3), alcohol_drinks_per_week=28), catalog)
    sedation = one(report, "OPIOID-SEDATIVE")
    assert sedation.severity == "warning" and "28 drinks/week" in sedation.detail
    assert "heavy alcohol use" in one(report, "OPIOID-NALOXONE").detail
    # Near miss: 14 a week is not over the NIAAA level for a man.
    assert "OPIOID-SEDATIVE" not in rules(check(plan(med("oxycodone", 5, times=3), alcohol_drinks_per_week=14), catalog))


def test_tramadol_with_kratom_and_alcohol_prompts_naloxone(catalog: CatalogIndex) -> None:
    report = check(plan(med("tramadol", 50, times=3), kratom_module=kratom(), jurisdiction="US-TX",
                        alcohol_drinks_per_week=20), catalog)
    naloxone = one(report, "OPIOID-NALOXONE")
    assert "kratom" in naloxone.detail and "alcohol" in naloxone.detail
    assert {f.title for f in report.findings if f.rule == "OPIOID-SEDATIVE"} >= {"Opioid with kratom"}


def test_aspirin_allergy_with_naproxen(catalog: CatalogIndex) -> None:
    finding = one(check(plan(med("naproxen", 250, times=2), allergies=["aspirin"]), catalog), "ALLERGY")
    assert finding.severity == "critical" and "contraindicated" in finding.detail


def test_tramadol_with_clarithromycin(catalog: CatalogIndex) -> None:
    finding = one(check(plan(med("tramadol", 50, times=3), med("clarithromycin", 500, times=2)), catalog), "OPIOID-CYP")
    assert finding.severity == "critical"


def test_egfr_35_with_an_nsaid_without_the_ckd_tick(catalog: CatalogIndex) -> None:
    finding = one(check(plan(med("ibuprofen", 400, times=3), egfr=35), catalog), "NSAID-CONDITION")
    assert "kidney" in finding.title
    assert "NSAID-CONDITION" not in rules(check(plan(med("ibuprofen", 400, times=3), egfr=60), catalog))


def test_buprenorphine_5_mcg_patch_in_an_opioid_naive_patient_is_not_critical(catalog: CatalogIndex) -> None:
    patch = med("buprenorphine", 5, "mcg/h", every_hours=168, route="transdermal")
    assert severities(check(plan(patch, opioid_tolerant=False), catalog), "OPIOID-NAIVE-LA") == ["warning"]


def test_fentanyl_patch_with_current_oxycodone_20_mg_is_critical(catalog: CatalogIndex) -> None:
    finding = one(check(plan(PATCH, current=[med("oxycodone", 10, times=2, id="cur")]), catalog), "OPIOID-NAIVE-LA")
    assert finding.severity == "critical" and "not opioid tolerant" in finding.title


def test_ibuprofen_at_32_weeks_is_critical(catalog: CatalogIndex) -> None:
    finding = one(check(plan(med("ibuprofen", 400, times=3), sex="female", pregnancy_weeks=32), catalog), "PREGNANCY-DRUG")
    assert finding.severity == "critical"
    assert severities(check(plan(med("ibuprofen", 400, times=3), sex="female", pregnancy_weeks=29), catalog),
                      "PREGNANCY-DRUG") == ["warning"]


def test_codeine_and_tramadol_under_12(catalog: CatalogIndex) -> None:
    for item in (med("acetaminophen-codeine-300-30", 1, "tablet", times=3, id="t3"), med("tramadol", 50, times=2)):
        finding = one(check(plan(item, age=11), catalog), "PEDIATRIC", "critical")
        assert "under age 12" in finding.title
        assert "critical" not in severities(check(plan(item, age=12), catalog), "PEDIATRIC")


def test_aspirin_under_18(catalog: CatalogIndex) -> None:
    finding = one(check(plan(med("aspirin", 325, times=2), age=15), catalog), "PEDIATRIC")
    assert "Reye" in finding.detail
    assert "PEDIATRIC" not in rules(check(plan(med("aspirin", 325, times=2), age=18), catalog))


def test_acetaminophen_per_kilogram(catalog: CatalogIndex) -> None:
    child = {"age": 8, "weight_kg": 20}
    over = one(check(plan(med("acetaminophen", 500, times=4), **child), catalog), "PEDIATRIC")  # 2,000 > 1,500
    assert over.severity == "critical" and "1,500 mg/day" in over.detail
    assert over.limit is not None and over.limit.reasons == ("weight",)
    assert "PEDIATRIC" not in rules(check(plan(med("acetaminophen", 250, times=6), **child), catalog))  # 1,500
    asks = one(check(plan(med("acetaminophen", 250, times=4), age=8), catalog), "PEDIATRIC")
    assert asks.severity == "warning" and "no weight is recorded" in asks.detail


def test_opioid_in_pregnancy(catalog: CatalogIndex) -> None:
    finding = one(check(plan(med("hydromorphone", 2, times=4), sex="female", pregnancy_weeks=12), catalog), "PREGNANCY-DRUG")
    assert "neonatal opioid withdrawal" in finding.detail


def test_opioid_or_gabapentinoid_with_sleep_apnoea_or_copd(catalog: CatalogIndex) -> None:
    assert "RESPIRATORY" in rules(check(plan(med("morphine", 15, times=2), conditions=["sleep_apnea"]), catalog))
    assert "RESPIRATORY" in rules(check(plan(med("pregabalin", 75, times=2), conditions=["copd"]), catalog))
    assert "RESPIRATORY" not in rules(check(plan(med("pregabalin", 75, times=2), conditions=["hypertension"]), catalog))


def test_bupropion_or_tramadol_with_a_seizure_disorder(catalog: CatalogIndex) -> None:
    bupropion = one(check(plan(med("bupropion", 150, times=1), conditions=["seizure_disorder"]), catalog), "SEIZURE-RISK")
    assert bupropion.severity == "critical"
    tramadol = one(check(plan(med("tramadol", 50, times=3), conditions=["seizure_disorder"]), catalog), "SEIZURE-RISK")
    assert tramadol.severity == "warning"


def test_buprenorphine_with_a_scheduled_full_agonist(catalog: CatalogIndex) -> None:
    patch = med("buprenorphine", 5, "mcg/h", every_hours=168, route="transdermal", id="bup")
    assert severities(check(plan(patch, med("oxymorphone", 5, times=4)), catalog), "AGONIST-ANTAGONIST") == ["warning"]
    # An as-needed full agonist is not counted.
    assert "AGONIST-ANTAGONIST" not in rules(check(plan(patch, med("oxymorphone", 5, prn_max=2)), catalog))


def test_hepatic_impairment_beyond_acetaminophen(catalog: CatalogIndex) -> None:
    over = one(check(plan(med("celecoxib", 200, times=2), hepatic_impairment="moderate"), catalog), "HEPATIC-DOSE")
    assert over.severity == "critical" and "200 mg/day" in over.detail
    assert "HEPATIC-DOSE" not in rules(check(plan(med("celecoxib", 200, times=1), hepatic_impairment="moderate"), catalog))
    asks = one(check(plan(med("celecoxib", 200, times=1), conditions=["liver_disease"]), catalog), "HEPATIC-DOSE")
    assert asks.severity == "warning" and "Child-Pugh" in asks.detail


def test_anticoagulant_with_an_ssri(catalog: CatalogIndex) -> None:
    report = check(plan(med("apixaban", 5, times=2), med("escitalopram", 10, times=1)), catalog)
    assert severities(report, "BLEEDING-RISK") == ["warning"]


def test_nsaid_with_a_systemic_corticosteroid(catalog: CatalogIndex) -> None:
    steroid = drug("synthetic-steroid", ["corticosteroid"])
    with_steroid = catalog_with(catalog, drugs=[steroid])
    report = check(plan(med("diclofenac", 50, times=2), med("synthetic-steroid", 10, times=1)), with_steroid)
    finding = one(report, "BLEEDING-RISK")
    assert finding.severity == "warning" and "stomach bleeding" in finding.detail
    # The real catalog, once a corticosteroid lands there (another helper adds prednisone).
    real = [d for d in catalog.drugs.values() if "corticosteroid" in d.classes and d.systemic]
    for d in real:
        assert "BLEEDING-RISK" in rules(check(plan(med("diclofenac", 50, times=2), med(d.id, 10, times=1)), catalog))


def test_methadone_started_with_a_first_review_at_4_weeks(catalog: CatalogIndex) -> None:
    finding = one(check(plan(med("methadone", 5, times=2), follow_up=4), catalog), "FOLLOWUP-MISSING")
    assert "within 7 days" in finding.title
    assert "FOLLOWUP-MISSING" not in rules(check(plan(med("methadone", 5, times=2), follow_up=1), catalog))
    # Methadone the patient already takes is not being started.
    assert "FOLLOWUP-MISSING" not in rules(check(plan(current=[med("methadone", 5, times=2)], follow_up=4), catalog))


def test_methadone_maintenance_for_oud_does_not_trip_the_mme_critical(catalog: CatalogIndex) -> None:
    maintenance = med("methadone", 100, times=1, indication="opioid_use_disorder")
    report = check(plan(current=[maintenance], opioid_tolerant=True), catalog)
    assert "OPIOID-MME" not in rules(report)
    assert report.mme.total == 0 and report.mme.oud_total == 470
    # Sedative, QT and interaction rules still count it.
    with_benzo = check(plan(med("lorazepam", 1, times=2), current=[maintenance], opioid_tolerant=True), catalog)
    assert severities(with_benzo, "OPIOID-SEDATIVE") == ["critical"]
    # For pain, the same dose is critical.
    pain = check(plan(current=[med("methadone", 100, times=1)], opioid_tolerant=True), catalog)
    assert severities(pain, "OPIOID-MME") == ["critical"]


def test_naproxen_with_otc_naproxen_sodium_is_one_ingredient(catalog: CatalogIndex) -> None:
    report = check(plan(med("naproxen", 500, times=2), med("naproxen-sodium", 220, times=3, otc=True, id="ns")), catalog)
    assert "NSAID-DUPLICATE" not in rules(report)
    finding = one(report, "DOSE-DAILY-MAX")
    assert "together 1,600 mg/day" in finding.detail and "1,500 mg/day" in finding.detail
