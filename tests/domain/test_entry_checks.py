"""Entries that cannot be meant are refused with a reason (never corrected), and pickers name the right drug."""

from __future__ import annotations

from datetime import date

import pytest

from careplan.domain.catalog import CatalogIndex, load_catalog
from careplan.domain.catalog_choices import drug_label, drug_matches, exercise_matches, find_drug
from careplan.domain.entry_checks import MAX_UNITS_PER_DOSE, entry_problem, reason_problem
from careplan.domain.numbers import parse_number
from careplan.domain.plan import CarePlan, Goal, MedicationItem, MedicationModule, Patient

TODAY = date(2026, 12, 3)
MED = ("modules", "m", "items", "p")


@pytest.fixture(scope="module")
def catalog() -> CatalogIndex:
    return load_catalog()


def plan(**patient: object) -> CarePlan:
    item = MedicationItem(id="p", drug="fentanyl-transdermal", dose=1, unit="patch", interval_hours=72)
    return CarePlan(title="T", patient=Patient(**patient), goals=[Goal(id="g", text="Walk")],  # type: ignore[arg-type]
                    modules=[MedicationModule(id="m", items=[item])])


@pytest.mark.parametrize(("text", "low", "high", "whole", "words"), [
    ("11", 0, 10, True, "from 0 to 10; 11 is too high"),
    ("0", 0.001, 100000, False, "0 is too low"),
    ("abc", 0, 10, True, "must be a whole number from 0 to 10"),
    ("2,5", 0, 10, False, "decimals with a point"),
    ("1.5", 1, 24, True, "whole number"),
])
def test_a_number_that_cannot_be_used_is_refused_with_the_reason(text: str, low: float, high: float, whole: bool,
                                                                   words: str) -> None:
    with pytest.raises(ValueError, match=words):
        parse_number(text, low, high, whole=whole)


def test_numbers_are_read_as_typed() -> None:
    assert parse_number("10,000", 0, 100000) == 10000
    assert parse_number("4 doses a day at most", 1, 24, whole=True, suffixes=("doses a day at most",)) == 4
    assert parse_number("  ", 0, 10) is None


def test_a_birth_date_in_the_future_or_disagreeing_with_the_age_is_refused() -> None:
    assert "future" in (entry_problem(plan(), ("patient", "date_of_birth"), date(2030, 1, 1), TODAY) or "")
    disagree = entry_problem(plan(age=40), ("patient", "date_of_birth"), date(1960, 12, 31), TODAY)
    assert disagree is not None and "65" in disagree and "40" in disagree
    assert entry_problem(plan(age=65), ("patient", "date_of_birth"), date(1960, 12, 31), TODAY) is None
    assert "makes 65" in (entry_problem(plan(date_of_birth=date(1960, 12, 31)), ("patient", "age"), 40, TODAY) or "")


def test_a_course_that_ended_before_today_is_refused() -> None:
    p = plan()
    assert "2020-01-31" in (entry_problem(p, (*MED, "stop"), date(2020, 1, 31), TODAY) or "")
    started = p.model_copy(deep=True)
    started.modules[0].items[0].start = date(2020, 1, 1)  # type: ignore[union-attr]
    assert "2020-01-10" in (entry_problem(started, (*MED, "duration_days"), 10, TODAY) or "")
    assert entry_problem(p, (*MED, "stop"), date(2027, 1, 31), TODAY) is None
    # A long-term medicine started years ago and still taken is fine.
    assert entry_problem(p, (*MED, "start"), date(2019, 5, 1), TODAY) is None
    assert "past" in (entry_problem(p, ("goals", "g", "due"), date(2021, 1, 1), TODAY) or "")


def test_ten_thousand_patches_at_once_is_refused_but_a_big_mg_dose_is_left_to_the_checks() -> None:
    p = plan()
    problem = entry_problem(p, (*MED, "dose"), 10_000, TODAY)
    assert problem is not None and "10,000 patches" in problem
    assert entry_problem(p, (*MED, "dose"), MAX_UNITS_PER_DOSE, TODAY) is None


def test_an_acknowledgement_reason_says_why() -> None:
    assert reason_problem("ok") is not None
    assert reason_problem("INR checked weekly; 5-day course") is None


def test_a_partial_name_with_one_match_is_that_drug(catalog: CatalogIndex) -> None:
    assert [d.id for d in drug_matches(catalog, "fenta")] == ["fentanyl-transdermal"]
    assert len(drug_matches(catalog, "oxy")) > 1
    assert drug_matches(catalog, "fentanil") == []
    assert exercise_matches(catalog, "pelvic tilt")


def test_brand_names_are_those_of_the_patients_country(catalog: CatalogIndex) -> None:
    acetaminophen = catalog.drugs["acetaminophen"]
    assert "Tylenol" in drug_label(acetaminophen, catalog, "US-TX")
    uk = drug_label(acetaminophen, catalog, "GB")
    assert "Panadol" in uk and "Tylenol" not in uk
    # A country the brand table has no row for shows the generic name only, never US brands.
    ibuprofen = catalog.drugs["ibuprofen"]
    assert drug_label(ibuprofen, catalog, "TH") == ibuprofen.name
    assert find_drug(catalog, "Panadol", "GB") is acetaminophen
