"""The dose model: frequency kinds, times of day, and the amount a day in every unit it can be counted in."""

from __future__ import annotations

import pytest

from careplan.domain.catalog import CatalogIndex
from careplan.domain.dosing import daily_amount, dose_slots, dose_words, frequency, schedule_words, timing_source
from tests.domain.plan_factory import med


def _amount(catalog: CatalogIndex, *args: object, **kwargs: object):  # type: ignore[no-untyped-def]
    item = med(*args, **kwargs)  # type: ignore[arg-type]
    return daily_amount(item, catalog.drugs.get(item.drug or ""), catalog)


def test_frequency_kinds(catalog: CatalogIndex) -> None:
    drugs = catalog.drugs
    assert frequency(med("ibuprofen", 400, times=3), drugs["ibuprofen"]) == "daily"
    assert frequency(med("fentanyl-transdermal", 25, "mcg/h", every_hours=72), drugs["fentanyl-transdermal"]) == "interval"
    assert frequency(med("oxycodone", 5, prn_max=4), drugs["oxycodone"]) == "prn"
    # Naloxone is a rescue medicine from the catalog, even if a file still gives it a PRN cap.
    assert frequency(med("naloxone", 4, prn_max=1, route="nasal"), drugs["naloxone"]) == "rescue"
    assert frequency(med("naloxone", 4, rescue=True, route="nasal"), drugs["naloxone"]) == "rescue"


def test_times_of_day_come_from_the_item_then_the_catalog_then_the_usual_pattern(catalog: CatalogIndex) -> None:
    drugs = catalog.drugs
    amitriptyline = drugs["amitriptyline"]
    assert dose_slots(med("amitriptyline", 10, times=1), amitriptyline) == ("bedtime",)
    assert timing_source(med("amitriptyline", 10, times=1), amitriptyline) == "catalog"
    # The catalog default names one time: two doses a day take the usual pattern.
    assert dose_slots(med("amitriptyline", 10, times=2), amitriptyline) == ("morning", "evening")
    own = med("amitriptyline", 10, times=1, timing=["evening"])
    assert dose_slots(own, amitriptyline) == ("evening",) and timing_source(own, amitriptyline) == "item"
    # The item's timing prints in the order a day runs, whatever order it was entered in.
    gaba = med("gabapentin", 300, times=2, timing=["bedtime", "morning"])
    assert dose_slots(gaba, drugs["gabapentin"]) == ("morning", "bedtime")
    assert dose_slots(med("ibuprofen", 400, times=3), drugs["ibuprofen"]) == ("morning", "midday", "evening")
    assert dose_slots(med("oxycodone", 5, times=6), drugs["oxycodone"]) is None  # spread over the day
    for item in (med("oxycodone", 5, prn_max=4), med("fentanyl-transdermal", 25, "mcg/h", every_hours=72)):
        assert dose_slots(item, drugs[item.drug or ""]) is None


def test_tablets_count_with_a_strength_and_say_why_without(catalog: CatalogIndex) -> None:
    counted = _amount(catalog, "oxycodone", 2, "tablet", times=6, strength=(15, "mg"))
    assert counted.counted and counted.mg == pytest.approx(180) and counted.count == 12
    assert counted.in_unit("mg") == pytest.approx(180) and counted.in_unit("g") == pytest.approx(0.18)
    bare = _amount(catalog, "oxycodone", 2, "tablet", times=6)
    assert not bare.counted and bare.mg is None
    assert bare.problem is not None and "without the strength of one tablet" in bare.problem


def test_a_combination_counts_its_ingredients_per_tablet_only(catalog: CatalogIndex) -> None:
    tablets = _amount(catalog, "hydrocodone-acetaminophen-5-325", 2, "tablet", times=4)
    assert tablets.counted
    assert tablets.ingredient_mg == {"hydrocodone": pytest.approx(40), "acetaminophen": pytest.approx(2600)}
    in_mg = _amount(catalog, "hydrocodone-acetaminophen-5-325", 10, "mg", times=4)
    assert not in_mg.counted and in_mg.ingredient_mg == {}
    assert in_mg.problem is not None and "dosed in tablets" in in_mg.problem
    assert "hydrocodone" in in_mg.problem.lower() and "acetaminophen" in in_mg.problem.lower()


def test_patches_count_by_rate_and_pieces(catalog: CatalogIndex) -> None:
    rate = _amount(catalog, "fentanyl-transdermal", 25, "mcg/h", every_hours=72)
    assert rate.counted and rate.rate_mcg_h == 25 and rate.in_unit("mcg/h") == 25
    two = _amount(catalog, "fentanyl-transdermal", 2, "patch", every_hours=72, strength=(25, "mcg/h"))
    assert two.rate_mcg_h == 50 and two.count == pytest.approx(2 / 3)
    wrong = _amount(catalog, "fentanyl-transdermal", 25, "mg", every_hours=72)
    assert not wrong.counted and wrong.problem is not None and "does not fit" in wrong.problem
    # Lidocaine patches are limited in patches: pieces are what counts.
    lido = _amount(catalog, "lidocaine-topical", 3, "patch", times=1, route="topical")
    assert lido.counted and lido.in_unit("patch") == 3


def test_other_forms(catalog: CatalogIndex) -> None:
    # A buprenorphine buccal film is written in mcg: counted by mass though the patch counts by rate.
    film = _amount(catalog, "buprenorphine", 150, "mcg", times=2, route="buccal")
    assert film.counted and film.mg == pytest.approx(0.3)
    # A solution: 5 ml of 2 mg/ml, four times a day = 40 mg.
    syrup = _amount(catalog, "morphine", 5, "ml", times=4, strength=(2, "mg"))
    assert syrup.counted and syrup.mg == pytest.approx(40)
    # Once a week (168 h): a seventh of a dose a day.
    weekly = _amount(catalog, "ibuprofen", 700, every_hours=168)
    assert weekly.mg == pytest.approx(100)


def test_rescue_and_free_text_add_nothing(catalog: CatalogIndex) -> None:
    naloxone = _amount(catalog, "naloxone", 4, rescue=True, route="nasal")
    assert naloxone.counted and naloxone.doses_per_day == 0 and naloxone.mg is None
    free = _amount(catalog, None, 10, "mg", times=1, name="Lisinopril", id="lis")
    assert free.counted and free.ingredient_mg == {}


def test_words_for_clinicians(catalog: CatalogIndex) -> None:
    drugs = catalog.drugs
    item = med("oxycodone", 2, "tablet", times=6, strength=(15, "mg"))
    assert dose_words(item) == "2 tablets × 15 mg"
    assert schedule_words(item, drugs["oxycodone"]) == "6×/day (spread over the day)"
    patch = med("fentanyl-transdermal", 1, "patch", every_hours=72, strength=(25, "mcg/h"))
    assert dose_words(patch) == "1 patch × 25 mcg/h"
    assert schedule_words(patch, drugs["fentanyl-transdermal"]) == "every 3 days"
    prn = med("oxycodone", 5, prn_max=4, min_hours_between=4)
    assert schedule_words(prn, drugs["oxycodone"]) == "as needed, max 4/day, at least 4 h apart"
    assert "rescue" in schedule_words(med("naloxone", 4, rescue=True), drugs["naloxone"])
