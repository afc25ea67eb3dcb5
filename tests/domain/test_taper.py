"""Taper arithmetic: each step's amount a day and MME, rate tapers with pauses rounded to the
catalog's strengths, and the pace of each reduction."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from pydantic import ValidationError

from careplan.domain.catalog import CatalogIndex
from careplan.domain.plan import MedicationItem
from careplan.domain.taper import TaperError, taper_levels
from careplan.domain.taper_pace import long_term_use, reductions
from careplan.domain.taper_rounding import best_split, dose_amounts


def item(drug: str, dose: float, times: int, taper: dict[str, Any], **extra: Any) -> MedicationItem:
    return MedicationItem.model_validate({"drug": drug, "dose": dose, "times_per_day": times, "taper": taper, **extra})


def test_each_step_has_its_amount_a_day_and_mme(catalog: CatalogIndex) -> None:
    # Hydromorphone: CDC 2022 factor 5 per mg, so each level's MME is 5 x its mg a day.
    med = item("hydromorphone", 4, 3, {"steps": [
        {"from": "2027-01-11", "doses": {"morning": 4, "midday": 2, "evening": 4}},
        {"from": "2027-02-08", "pause": True},
        {"from": "2027-03-08", "dose": 2, "times_per_day": 3},
        {"from": "2027-04-05", "stop": True}]})
    levels = taper_levels(med, catalog)
    assert [lvl.kind for lvl in levels] == ["start", "dose", "pause", "dose", "stop"]
    assert [lvl.daily for lvl in levels] == [12, 10, 10, 6, 0]
    assert [lvl.mme for lvl in levels] == pytest.approx([60, 50, 50, 30, 0])
    # Each step runs until the day before the next; the stop has no end.
    assert levels[1].begins == date(2027, 1, 11) and levels[1].ends == date(2027, 2, 7)
    assert levels[2].ends == date(2027, 3, 7) and levels[4].ends is None
    assert levels[1].doses == (("morning", 4), ("midday", 2), ("evening", 4))
    assert levels[2].doses == levels[1].doses  # a pause keeps the dose before it


def test_a_medicine_without_an_mme_factor_has_no_step_mme(catalog: CatalogIndex) -> None:
    med = item("clonazepam", 1, 2, {"steps": [{"from": "2027-01-11", "doses": {"morning": 1, "bedtime": 0.5}}]})
    levels = taper_levels(med, catalog)
    assert [lvl.daily for lvl in levels] == [2, 1.5]
    assert all(lvl.mme is None for lvl in levels)


def test_dose_amounts_come_from_the_strengths_of_the_items_release(catalog: CatalogIndex) -> None:
    er = MedicationItem(drug="morphine", dose=30, times_per_day=2, release="er")
    amounts = dose_amounts(er, catalog.drugs["morphine"])
    assert amounts[:4] == (15, 30, 45, 60)
    assert 50 not in amounts  # no 5 mg or 10 mg ER product to make 50 from
    tablets = MedicationItem(drug="morphine", dose=2, unit="tablet", strength={"amount": 15, "unit": "mg"}, times_per_day=2)
    assert dose_amounts(tablets, catalog.drugs["morphine"]) == (1, 2, 3, 4)  # whole tablets: halving is not assumed


def test_best_split_rounds_up_to_a_dose_that_exists_never_faster() -> None:
    amounts = (15.0, 30.0, 45.0, 60.0)
    # Target 54 mg a day in two doses, now 60: no total between 54 and 60 exists, so keep 60 a while.
    assert best_split(54, 60, amounts, 2) is None
    # Target 42: 45 is the smallest total at or above it, made of 30 + 15 (larger dose first).
    split = best_split(42, 60, amounts, 2)
    assert split is not None and split.doses == (30, 15)
    # Target 12 in two doses: one 15 mg dose is the least that can be taken.
    single = best_split(12, 30, amounts, 2)
    assert single is not None and single.doses == (15,)


def test_rate_taper_steps_are_rounded_and_pause_where_asked(catalog: CatalogIndex) -> None:
    # Oxycodone IR 10 mg three times a day, 10% of the starting 30 mg a week, pause 2 weeks after
    # the second reduction: the 5 mg tablet sets the step size (3 mg a week accumulates to 5 mg).
    med = item("oxycodone", 10, 3, {"rate": {"from": "2027-01-04", "percent": 10, "per": "week",
                                             "pauses": [{"after_step": 2, "weeks": 2}]}},
               release="ir", timing=["morning", "midday", "evening"])
    levels = taper_levels(med, catalog)
    totals = [lvl.daily for lvl in levels]
    assert totals[0] == 30 and totals[-1] == 0 and levels[-1].kind == "stop"
    assert all(b >= a for a, b in zip(totals[1:], totals, strict=False))  # never rises
    assert all(lvl.daily % 5 == 0 for lvl in levels)  # 5 mg tablets
    kinds = [lvl.kind for lvl in levels]
    assert kinds.index("pause") == 3  # start, two reductions, then the pause
    # Uneven splits print per time of day, larger first: 10 + 10 + 5 for 25 mg.
    assert levels[1].doses == (("morning", 10), ("midday", 10), ("evening", 5))
    assert levels[1].mme == pytest.approx(25 * 1.5)
    # Never faster than 10% of the start per week, whatever the rounding.
    assert all(r.pace <= 10 + 1e-9 for r in reductions(levels, "starting", 7))


def test_rate_by_previous_amount_ends_with_a_stop_from_the_lowest_dose(catalog: CatalogIndex) -> None:
    med = item("clonazepam", 1, 2, {"rate": {"from": "2027-01-04", "percent": 25, "per": "week", "basis": "previous"}})
    levels = taper_levels(med, catalog)
    assert levels[-1].kind == "stop" and levels[-2].daily == 0.5  # one 0.5 mg tablet, then stop
    cuts = reductions(levels, "previous", 7)
    # Rounding to 0.5 mg tablets makes single cuts larger after a hold, never the pace; even the stop waits until the time allows it: 4 weeks on the lowest dose at 25% a week.
    assert all(r.pace <= 25 + 1e-9 for r in cuts)
    assert cuts[-1].elapsed_days == 28


def test_rate_to_a_target_ends_there(catalog: CatalogIndex) -> None:
    med = item("morphine", 30, 2, {"rate": {"from": "2027-01-04", "percent": 10, "per": "month", "to_daily": 30}},
               release="er")
    levels = taper_levels(med, catalog)
    assert levels[-1].kind == "dose" and levels[-1].daily == 30


@pytest.mark.parametrize(("data", "words"), [
    ({"drug": "oxycodone", "dose": 5, "prn": True, "max_per_day": 4}, "on a schedule"),
    ({"name": "Home remedy", "dose": 5, "times_per_day": 2}, "not in the catalog"),
    ({"drug": "clonazepam", "dose": 1, "unit": "mcg", "times_per_day": 1}, "no mcg strength"),
])
def test_a_rate_that_cannot_be_worked_out_says_why(catalog: CatalogIndex, data: dict[str, Any], words: str) -> None:
    med = MedicationItem.model_validate({**data, "taper": {"rate": {"from": "2027-01-04", "percent": 10, "per": "week"}}})
    with pytest.raises(TaperError, match=words):
        taper_levels(med, catalog)


def test_pace_measures_each_reduction_over_the_time_since_the_one_before(catalog: CatalogIndex) -> None:
    med = item("hydromorphone", 4, 3, {"steps": [
        {"from": "2027-01-11", "doses": {"morning": 4, "midday": 2, "evening": 4}},   # -2 of 12, held 28 days
        {"from": "2027-02-08", "pause": True},
        {"from": "2027-03-08", "dose": 2, "times_per_day": 3},                        # -4 of 12, 56 days after
        {"from": "2027-03-22", "stop": True}]})                                        # -6 of 12, 14 days after
    cuts = reductions(taper_levels(med, catalog), "starting", 28)
    assert [round(r.percent, 2) for r in cuts] == [16.67, 33.33, 50.0]
    assert [r.elapsed_days for r in cuts] == [56, 56, 14]
    assert cuts[0].held and not cuts[1].held
    assert [round(r.pace, 2) for r in cuts] == [8.33, 16.67, 100.0]


def test_an_immediate_stop_counts_whole(catalog: CatalogIndex) -> None:
    med = item("morphine", 30, 2, {"steps": [{"from": "2027-01-11", "stop": True}]})
    (cut,) = reductions(taper_levels(med, catalog), "starting", 28)
    assert cut.elapsed_days is None and cut.percent == 100 and cut.pace == 100


def test_long_term_use_from_the_taper_or_the_start_date() -> None:
    base = {"drug": "morphine", "dose": 30, "times_per_day": 2}
    steps = {"steps": [{"from": "2027-01-11", "stop": True}]}
    first = date(2027, 1, 11)
    assert long_term_use(MedicationItem.model_validate({**base, "taper": steps, "start": "2026-01-11"}), first, 365) is True
    assert long_term_use(MedicationItem.model_validate({**base, "taper": steps, "start": "2026-01-12"}), first, 365) is False
    assert long_term_use(MedicationItem.model_validate({**base, "taper": steps}), first, 365) is None
    recorded = {**steps, "long_term_use": False}
    assert long_term_use(MedicationItem.model_validate({**base, "taper": recorded, "start": "2020-01-01"}), first, 365) is False


@pytest.mark.parametrize(("taper", "code"), [
    ({}, "careplan_taper_steps_or_rate"),
    ({"steps": [{"from": "2027-01-11", "stop": True}], "rate": {"from": "2027-01-11", "percent": 10, "per": "week"}},
     "careplan_taper_steps_or_rate"),
    ({"steps": [{"from": "2027-02-01", "pause": True}, {"from": "2027-01-01", "stop": True}]}, "careplan_taper_step_order"),
    ({"steps": [{"from": "2027-01-01", "stop": True}, {"from": "2027-02-01", "pause": True}]}, "careplan_taper_after_stop"),
    ({"steps": [{"from": "2027-01-01", "dose": 5}]}, "careplan_taper_step_frequency"),
    ({"steps": [{"from": "2027-01-01", "dose": 5, "times_per_day": 2, "pause": True}]}, "careplan_taper_step_kind"),
    ({"steps": [{"from": "2027-01-01", "dose": 5, "times_per_day": 2, "timing": ["morning"]}]}, "careplan_taper_step_timing"),
    ({"steps": [{"from": "2027-01-01", "doses": {}}]}, "careplan_taper_doses_empty"),
    ({"steps": [{"from": "2027-01-01", "doses": {"morning": 0}}]}, "careplan_taper_dose_not_positive"),
])
def test_a_malformed_taper_is_refused_with_its_own_error(taper: dict[str, Any], code: str) -> None:
    with pytest.raises(ValidationError) as caught:
        MedicationItem.model_validate({"drug": "morphine", "dose": 30, "times_per_day": 2, "taper": taper})
    assert code in {e["type"] for e in caught.value.errors()}


def test_taper_steps_keep_the_from_name_in_the_file() -> None:
    med = item("morphine", 30, 2, {"steps": [{"from": "2027-01-11", "dose": 15, "times_per_day": 2}]})
    dumped = med.model_dump(mode="json")
    assert dumped["taper"]["steps"][0]["from"] == "2027-01-11"
    assert MedicationItem.model_validate(dumped) == med
