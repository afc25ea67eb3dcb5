"""compute_mme against the hand calculations of facts.md §2c (CDC 2022 factors)."""

from __future__ import annotations

import pytest

from careplan.domain.catalog import CatalogIndex
from careplan.domain.plan import MedicationItem
from careplan.domain.safety import compute_mme
from tests.domain.plan_factory import med, plan

# facts.md §2c: regimen -> MME/day with the 2022 factors.
WORKED_EXAMPLES: list[tuple[str, list[MedicationItem], float]] = [
    ("hydrocodone 5/APAP 325 QID", [med("hydrocodone-acetaminophen-5-325", 1, "tablet", times=4)], 20),
    ("oxycodone ER 10 mg BID", [med("oxycodone", 10, times=2)], 30),
    ("oxycodone IR 10 mg QID", [med("oxycodone", 10, times=4)], 60),
    ("morphine ER 30 mg BID", [med("morphine", 30, times=2)], 60),
    ("fentanyl 25 mcg/h", [med("fentanyl-transdermal", 25, "mcg/h", times=1, route="transdermal")], 60),
    ("tramadol 50 mg QID", [med("tramadol", 50, times=4)], 40),
    ("tapentadol 100 mg BID", [med("tapentadol", 100, times=2)], 80),
    ("hydromorphone 4 mg QID", [med("hydromorphone", 4, times=4)], 80),
    ("methadone 10 mg TID", [med("methadone", 10, times=3)], 141),
    ("codeine 30/APAP 300, 2 tabs QID", [med("acetaminophen-codeine-300-30", 2, "tablet", times=4)], 36),
    ("oxymorphone 10 mg BID", [med("oxymorphone", 10, times=2)], 60),
    (
        "oxycodone 5 mg QID + tramadol 50 mg BID",
        [med("oxycodone", 5, times=4), med("tramadol", 50, times=2)],
        50,
    ),
]


@pytest.mark.parametrize(("regimen", "items", "expected"), WORKED_EXAMPLES, ids=[w[0] for w in WORKED_EXAMPLES])
def test_worked_examples(catalog: CatalogIndex, regimen: str, items: list[MedicationItem], expected: float) -> None:
    # A worked example whose drug left the catalog must fail, not pass in silence.
    assert all(i.drug in catalog.drugs for i in items), f"{regimen}: drug not in the catalog"
    assert compute_mme(plan(*items), catalog).total == pytest.approx(expected)


def test_cds_fixture_fentanyl_75_and_morphine_10(catalog: CatalogIndex) -> None:
    fentanyl = compute_mme(plan(med("fentanyl-transdermal", 75, "mcg/h", times=1)), catalog)
    assert fentanyl.total == pytest.approx(180)
    assert compute_mme(plan(med("morphine", 10, times=1)), catalog).total == pytest.approx(10)


def test_patch_rate_is_not_multiplied_by_times_per_day(catalog: CatalogIndex) -> None:
    # A clinician may enter "1 a day" or "every 3 days ≈ 1"; the mcg/h rate is what counts.
    once = compute_mme(plan(med("fentanyl-transdermal", 25, "mcg/h", times=1)), catalog)
    twice = compute_mme(plan(med("fentanyl-transdermal", 25, "mcg/h", times=2)), catalog)
    assert once.total == twice.total == pytest.approx(60)
    assert "continuous" in once.lines[0].note and once.lines[0].amount_unit == "mcg/h"


def test_fentanyl_in_patches_is_not_counted_and_says_why(catalog: CatalogIndex) -> None:
    summary = compute_mme(plan(med("fentanyl-transdermal", 1, "patch", times=1)), catalog)
    assert summary.total == 0
    assert "mcg/h" in summary.lines[0].note


def test_prn_counts_at_max_per_day(catalog: CatalogIndex) -> None:
    summary = compute_mme(plan(med("oxycodone", 5, prn_max=6)), catalog)
    assert summary.total == pytest.approx(45)
    assert "PRN" in summary.lines[0].note


def test_mg_units_convert(catalog: CatalogIndex) -> None:
    # 0.01 g morphine × 2 = 20 mg; 5000 mcg oxycodone × 2 = 10 mg -> 15 MME.
    summary = compute_mme(plan(med("morphine", 0.01, "g", times=2), med("oxycodone", 5000, "mcg", times=2)), catalog)
    assert summary.total == pytest.approx(35)


def test_single_opioid_in_tablets_is_not_guessed(catalog: CatalogIndex) -> None:
    summary = compute_mme(plan(med("oxycodone", 2, "tablet", times=3)), catalog)
    assert summary.total == 0 and summary.lines[0].mme == 0
    assert "without the strength" in summary.lines[0].note
    assert not summary.lines[0].counted and not summary.complete


def test_single_opioid_in_tablets_with_strength_counts(catalog: CatalogIndex) -> None:
    # Issue 9's case: oxycodone 15 mg tablets, 2 every 4 hours = 180 mg/day x 1.5 = 270 MME.
    summary = compute_mme(plan(med("oxycodone", 2, "tablet", times=6, strength=(15, "mg"))), catalog)
    assert summary.total == pytest.approx(270)
    assert summary.complete


def test_patch_rate_counts_once_whatever_the_interval(catalog: CatalogIndex) -> None:
    # Fentanyl 25 mcg/h changed every 72 h: 25 x 2.4 = 60 MME/day, written as a rate or as a patch.
    as_rate = compute_mme(plan(med("fentanyl-transdermal", 25, "mcg/h", every_hours=72)), catalog)
    as_patch = compute_mme(plan(med("fentanyl-transdermal", 1, "patch", every_hours=72, strength=(25, "mcg/h"))), catalog)
    assert as_rate.total == pytest.approx(60) and as_patch.total == pytest.approx(60)
    no_strength = compute_mme(plan(med("fentanyl-transdermal", 1, "patch", every_hours=72)), catalog)
    assert no_strength.total == 0 and not no_strength.complete


def test_rescue_naloxone_is_not_an_mme_line(catalog: CatalogIndex) -> None:
    summary = compute_mme(plan(med("morphine", 30, times=2), med("naloxone", 4, rescue=True)), catalog)
    assert summary.total == pytest.approx(60)
    assert [line.item for line in summary.lines] == ["morphine"]


def test_buprenorphine_line_explains_it_is_not_counted(catalog: CatalogIndex) -> None:
    summary = compute_mme(plan(med("buprenorphine", 10, "mcg/h", times=1), med("morphine", 20, times=1)), catalog)
    assert summary.total == pytest.approx(20)
    bup = next(line for line in summary.lines if line.item == "buprenorphine")
    assert bup.mme == 0 and bup.factor is None and "not counted (CDC 2022)" in bup.note


def test_methadone_line_carries_the_catalog_caution(catalog: CatalogIndex) -> None:
    summary = compute_mme(plan(med("methadone", 10, times=3)), catalog)
    line = summary.lines[0]
    assert line.factor == 4.7
    info = catalog.drugs["methadone"].mme
    assert info is not None and info.note and info.note in line.note


def test_current_medicines_count_and_non_opioids_have_no_line(catalog: CatalogIndex) -> None:
    p = plan(med("ibuprofen", 400, times=3), current=[med("morphine", 15, times=2, id="home-morphine")])
    summary = compute_mme(p, catalog)
    assert [line.item for line in summary.lines] == ["home-morphine"]
    assert summary.total == pytest.approx(30)


def test_combination_line_names_its_opioid_ingredient(catalog: CatalogIndex) -> None:
    summary = compute_mme(plan(med("oxycodone-acetaminophen-5-325", 2, "tablet", prn_max=3)), catalog)
    assert summary.total == pytest.approx(45)  # 6 tablets × 5 mg × 1.5
    assert len(summary.lines) == 1 and summary.lines[0].daily_amount == 30
    assert "(oxycodone 5 mg per unit)" in summary.lines[0].label.lower()


def test_total_is_not_rounded(catalog: CatalogIndex) -> None:
    summary = compute_mme(plan(med("codeine", 10, times=1)), catalog)
    assert summary.total == pytest.approx(1.5)
    summary = compute_mme(plan(med("oxycodone", 0.33, times=1)), catalog)
    assert summary.total == pytest.approx(0.495)
    assert summary.table == "CDC 2022"
