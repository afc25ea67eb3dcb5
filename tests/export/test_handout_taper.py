"""The handout's taper calendar ("From Monday 11 January: 30 mg in the morning and 15 mg at night"),
withdrawal signs and who to call, the patient's PEG trend; the summary's taper steps with MME,
monitoring due dates and measures by visit."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from careplan.domain.catalog import CatalogIndex
from careplan.domain.plan import CarePlan
from careplan.domain.safety import check_plan
from careplan.export import Letterhead, render_handout, render_summary
from careplan.storage.plan_files import load_plan

from .conftest import options, pdf_text

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
TODAY = date(2026, 12, 3)


def _handout(plan: CarePlan, catalog: CatalogIndex, phone: str = "020 7946 0123") -> str:
    opts = options(today=TODAY, letterhead=Letterhead(name="Riverside Pain Clinic", phone=phone))
    return pdf_text(render_handout(plan, catalog, check_plan(plan, catalog, TODAY), opts))


def _summary(plan: CarePlan, catalog: CatalogIndex) -> str:
    return pdf_text(render_summary(plan, catalog, check_plan(plan, catalog, TODAY), options(today=TODAY)))


def test_the_calendar_reads_as_dated_steps_a_patient_can_follow(catalog: CatalogIndex) -> None:
    text = _handout(load_plan(EXAMPLES / "morphine-taper.careplan.json"), catalog)
    assert "Lowering your morphine step by step" in text
    assert "Now, until Monday 11 January 2027 30 mg in the morning and 30 mg at night" in text
    assert "Monday 11 January 2027 30 mg in the morning and 15 mg at night" in text
    assert "Monday 8 February 2027 15 mg in the morning and 15 mg at night" in text
    assert "Stay on the same dose: 15 mg in the morning and 15 mg at night. This is a pause" in text
    assert "Monday 5 April 2027 15 mg at night" in text
    assert "Monday 3 May 2027 Stop taking morphine." in text
    # The daily table points to the calendar.
    assert "This dose changes from Monday 11 January 2027" in text


def test_withdrawal_signs_and_who_to_call_where_the_patient_lives(catalog: CatalogIndex) -> None:
    text = _handout(load_plan(EXAMPLES / "morphine-taper.careplan.json"), catalog)
    assert "While you lower morphine" in text
    assert "Yawning, a runny nose or watery eyes" in text
    assert "Do not go back to your old dose on your own" in text
    assert "Your care team: 020 7946 0123" in text
    assert "call Samaritans (116 123) now, or 999" in text  # the UK patient's lines, never 988 or 911
    assert "988" not in text and "911" not in text
    blank = _handout(load_plan(EXAMPLES / "morphine-taper.careplan.json"), catalog, phone="")
    assert "Your care team: ____" in blank


def test_a_us_taper_has_month_first_dates_and_us_lines(catalog: CatalogIndex) -> None:
    plan = load_plan(EXAMPLES / "morphine-taper.careplan.json")
    us = plan.model_copy(update={"patient": plan.patient_or_empty.model_copy(update={"jurisdiction": "US-OR"})})
    text = _handout(us, catalog)
    assert "Monday January 11, 2027 30 mg in the morning and 15 mg at night" in text
    assert "988" in text


def test_the_patient_sees_their_own_peg_trend_in_plain_words(catalog: CatalogIndex) -> None:
    text = _handout(load_plan(EXAMPLES / "measures-three-visits.careplan.json"), catalog)
    assert "How you are doing" in text
    assert "September 1, 2026: 7.3" in text and "November 24, 2026: 4.7" in text
    assert "Your latest score is 36% lower than at your first visit." in text
    assert text.count(", 2026: ") == 3  # the three PEG visits only: mood scores stay in the summary


def test_the_summary_lists_taper_steps_with_mme(catalog: CatalogIndex) -> None:
    text = _summary(load_plan(EXAMPLES / "morphine-taper.careplan.json"), catalog)
    assert "Tapers" in text and "MME/day by date" in text
    assert "2027-01-11 2027-02-07 30 mg morning, 15 mg bedtime 45 mg 45" in text
    assert "2027-05-03 — stop 0 mg 0" in text


def test_the_summary_shows_monitoring_due_dates_and_measures_by_visit(catalog: CatalogIndex) -> None:
    text = _summary(load_plan(EXAMPLES / "measures-three-visits.careplan.json"), catalog)
    assert "Prescription-monitoring (PDMP) check 2026-11-24 90 days 2027-02-22 up to date" in text
    assert "Urine drug test 2026-03-02 365 days 2027-03-02 up to date" in text
    assert "2026-09-01 13 moderate" in text and "2026-11-24 6 mild" in text
    assert "7.3 → 4.7, 36% lower (moderately important by IMMPACT), over 3 visits" in text
    assert "PHQ-9 by visit" in text and "Pfizer" in text


def test_a_start_day_is_an_instruction_only_while_it_is_ahead(catalog: CatalogIndex) -> None:
    """A medicine the patient already takes does not read "Start on" a past day; a new one does."""
    plan = load_plan(EXAMPLES / "morphine-taper.careplan.json")  # GB: day-first dates
    meds = [i for i in plan.medication_items() if i.drug is not None]
    assert meds, "the example plans a catalog medicine"
    past = date(2026, 5, 4)
    ahead = date(2026, 12, 10)
    for start, shown in ((past, False), (ahead, True)):
        changed = plan.model_copy(deep=True)
        for item in changed.medication_items():
            item.start = start
        text = _handout(changed, catalog)
        assert ("Start on 4 May 2026" in text) is False
        assert ("Start on 10 December 2026" in text) is shown


def test_the_summary_lists_the_clinicians_text_without_doubled_stops(catalog: CatalogIndex) -> None:
    plan = load_plan(EXAMPLES / "morphine-taper.careplan.json")
    assert any(i.instructions.strip().endswith(".") for i in plan.medication_items())
    text = _summary(plan, catalog)
    assert "instructions: Swallow whole;" in text
    assert ".;" not in text
