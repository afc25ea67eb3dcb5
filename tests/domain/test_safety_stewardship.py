"""TAPER-RATE, MONITORING-DUE and PHQ9-ITEM9: positive, near-miss and clean cases over the
stewardship and instrument facts. Meperidine is the opioid no other test names."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from careplan.domain.catalog import CatalogIndex
from careplan.domain.plan import CarePlan, MeasureEntry, MonitoringEntry
from careplan.domain.plan_stewardship import MeasureEntry as Entry
from tests.domain.plan_factory import TODAY, ack, check, med, of_rule, one, plan, template

LONG_AGO = "2024-06-01"  # more than a year before any taper below


def steps(*rows: tuple[str, dict[str, Any]]) -> dict[str, Any]:
    return {"steps": [{"from": when, **row} for when, row in rows]}


def with_extras(p: CarePlan, **fields: Any) -> CarePlan:
    return CarePlan.model_validate({**p.model_dump(mode="python"), **fields})


# --- TAPER-RATE -----------------------------------------------------------------------------


def test_a_taper_faster_than_the_long_term_rate_is_found(catalog: CatalogIndex) -> None:
    # Meperidine 100 mg three times a day (300 mg, 30 MME at the catalog's 0.1 factor), used for
    # over a year: halving it in two weeks is 50% of the start in 14 days, far above 10% a month.
    taper = steps(("2027-01-04", {"dose": 50, "times_per_day": 3}), ("2027-01-18", {"stop": True}))
    report = check(plan(med("meperidine", 100, times=3, id="mep", start=LONG_AGO, taper=taper)), catalog)
    finding = one(report, "TAPER-RATE", "warning")
    assert finding.items == ("mep",)
    assert "Meperidine" in finding.title
    assert "300 mg/day (30 MME) to 150 mg/day (15 MME)" in finding.detail
    assert "year or longer" in finding.detail and "10% of the starting amount" in finding.detail
    assert any("Recommendation 5" in s.citation for s in finding.sources)


def test_exactly_at_the_rate_passes_and_a_day_faster_is_found(catalog: CatalogIndex) -> None:
    # 300 -> 270 mg a day is 10% of the start; held 28 days it is exactly 10% a month (4 weeks).
    def report(hold_days: int) -> Any:
        second = (TODAY + timedelta(days=7 + hold_days)).isoformat()
        taper = steps(((TODAY + timedelta(days=7)).isoformat(), {"dose": 90, "times_per_day": 3}),
                      (second, {"dose": 80, "times_per_day": 3}))
        return check(plan(med("meperidine", 100, times=3, start=LONG_AGO, taper=taper)), catalog)

    at_limit = report(28)
    assert of_rule(at_limit, "TAPER-RATE") == []
    assert "10.4% per month" in one(report(27), "TAPER-RATE").detail


def test_shorter_use_allows_the_weekly_rate(catalog: CatalogIndex) -> None:
    # 10% of the start a week: fine after months of use, too fast after years.
    taper = steps(("2027-01-04", {"dose": 90, "times_per_day": 3}), ("2027-01-11", {"dose": 80, "times_per_day": 3}),
                  ("2027-01-18", {"dose": 70, "times_per_day": 3}))
    short = plan(med("meperidine", 100, times=3, start="2026-09-01", taper=taper))
    assert of_rule(check(short, catalog), "TAPER-RATE") == []
    unknown = plan(med("meperidine", 100, times=3, taper=taper))
    finding = one(check(unknown, catalog), "TAPER-RATE")
    assert "duration of use not recorded" in finding.detail


def test_a_benzodiazepine_taper_is_measured_against_the_dose_before(catalog: CatalogIndex) -> None:
    fast = steps(("2027-01-04", {"dose": 0.5, "times_per_day": 2}))  # 2 -> 1 mg: 50% at once
    finding = one(check(plan(med("clonazepam", 1, times=2, id="cz", taper=fast)), catalog), "TAPER-RATE")
    assert "25% of the amount taken before the step every 2 weeks" in finding.detail
    assert any("Benzodiazepine Tapering" in s.citation for s in finding.sources)
    gentle = steps(("2027-01-04", {"doses": {"morning": 1, "bedtime": 0.5}}), ("2027-02-01", {"dose": 0.5, "times_per_day": 2}),
                   ("2027-03-01", {"dose": 0.5, "times_per_day": 1}))
    assert of_rule(check(plan(med("clonazepam", 1, times=2, taper=gentle)), catalog), "TAPER-RATE") == []


def test_stopping_a_current_opioid_without_a_taper_is_found(catalog: CatalogIndex) -> None:
    current = med("meperidine", 50, times=4, id="cur", stop="2027-01-10")
    finding = one(check(plan(current=[current]), catalog), "TAPER-RATE")
    assert finding.title.startswith("Meperidine") and finding.title.endswith("stops without a taper")
    assert "current medicine" in finding.detail and "10 Jan 2027" in finding.detail
    assert any("sudden discontinuation" in s.citation for s in finding.sources)


def test_stopping_a_new_short_course_or_a_non_dependence_drug_is_not_a_taper_problem(catalog: CatalogIndex) -> None:
    course = med("meperidine", 50, times=4, start="2026-11-20", stop="2026-11-27")  # a planned week
    nsaid = med("ibuprofen", 400, times=3, stop="2027-01-10")
    report = check(plan(course, current=[nsaid.model_copy(update={"id": "n2"})]), catalog)
    assert of_rule(report, "TAPER-RATE") == []
    # A planned item used for over a year is found, like a current one.
    year = med("meperidine", 50, times=4, start="2025-11-01", stop="2026-12-01")
    assert one(check(plan(year), catalog), "TAPER-RATE").title.endswith("stops without a taper")


def test_a_taper_that_cannot_be_worked_out_or_checked_says_so(catalog: CatalogIndex) -> None:
    as_needed = med("meperidine", 50, prn_max=4, taper={"rate": {"from": "2027-01-04", "percent": 10, "per": "week"}})
    finding = one(check(plan(as_needed), catalog), "TAPER-RATE", "warning")
    assert "cannot be worked out" in finding.title and "on a schedule" in finding.detail
    # A class without sourced taper guidance: the pace is said not to be checked (info).
    gabapentin = med("gabapentin", 300, times=3, taper=steps(("2027-01-04", {"stop": True})))
    assert "not checked" in one(check(plan(gabapentin), catalog), "TAPER-RATE", "info").detail


def test_a_clean_taper_plan_has_no_taper_finding(catalog: CatalogIndex) -> None:
    assert of_rule(check(plan(med("meperidine", 50, times=4)), catalog), "TAPER-RATE") == []


# --- MONITORING-DUE -------------------------------------------------------------------------


def opioid_plan(*entries: tuple[str, int], **extra: Any) -> CarePlan:
    """A plan with a scheduled opioid and monitoring entries done ``days`` before TODAY."""
    base = plan(med("meperidine", 50, times=4, id="mep"), **extra)
    monitoring = [MonitoringEntry(kind=kind, date=TODAY - timedelta(days=days)) for kind, days in entries]  # type: ignore[arg-type]
    return base.model_copy(update={"monitoring": monitoring})


def test_overdue_and_missing_monitoring_is_found(catalog: CatalogIndex) -> None:
    report = check(opioid_plan(("pdmp_check", 91)), catalog)
    found = {f.title: f for f in of_rule(report, "MONITORING-DUE")}
    pdmp = found["Prescription-monitoring (PDMP) check overdue"]
    assert pdmp.severity == "warning" and "(1 day ago)" in pdmp.detail
    assert pdmp.items == ("mep",) and any("REC09" in (s.url or "") for s in pdmp.sources)
    assert found["Urine drug test not recorded"].severity == "warning"
    assert found["Naloxone offered not recorded"].severity == "info"


def test_monitoring_due_today_is_not_yet_overdue(catalog: CatalogIndex) -> None:
    report = check(opioid_plan(("pdmp_check", 90), ("urine_drug_test", 365), ("naloxone_offered", 400)), catalog)
    assert of_rule(report, "MONITORING-DUE") == []


def test_a_future_entry_does_not_count_as_done(catalog: CatalogIndex) -> None:
    report = check(opioid_plan(("pdmp_check", -3), ("urine_drug_test", 10), ("naloxone_offered", 10)), catalog)
    assert [f.title for f in of_rule(report, "MONITORING-DUE")] == ["Prescription-monitoring (PDMP) check not recorded"]


def test_monitoring_is_not_asked_without_an_opioid_or_of_a_template(catalog: CatalogIndex) -> None:
    assert of_rule(check(plan(med("clonazepam", 1, times=2)), catalog), "MONITORING-DUE") == []
    assert of_rule(check(template(med("meperidine", 50, times=4)), catalog), "MONITORING-DUE") == []
    # Naloxone in the plan stands for the offer.
    with_naloxone = opioid_plan(("pdmp_check", 1), ("urine_drug_test", 1))
    rescue = med("naloxone", 4, id="nlx", rescue=True, route="nasal")
    meds = with_naloxone.modules[0].model_copy(update={"items": [*with_naloxone.medication_items(), rescue]})
    assert of_rule(check(with_naloxone.model_copy(update={"modules": [meds]}), catalog), "MONITORING-DUE") == []


# --- PHQ9-ITEM9 -----------------------------------------------------------------------------


def phq9(answers: list[int], **fields: Any) -> MeasureEntry:
    return Entry.model_validate({"id": "q1", "instrument": "PHQ-9", "date": "2026-11-20", "answers": answers, **fields})


def test_a_positive_item_9_is_critical_with_the_countrys_crisis_line(catalog: CatalogIndex) -> None:
    p = plan(jurisdiction="US-TX").model_copy(update={"measures": [phq9([1, 0, 2, 1, 0, 0, 1, 0, 1])]})
    finding = one(check(p, catalog), "PHQ9-ITEM9", "critical")
    assert finding.items == ("q1",) and finding.blocking
    assert "total 6 (mild)" in finding.detail and "Several days" in finding.detail
    assert "988" in finding.detail and "911" in finding.detail
    assert any("Kroenke" in s.citation for s in finding.sources)
    assert any("988" in s.citation for s in finding.sources)


def test_another_countrys_lines_and_an_unknown_country(catalog: CatalogIndex) -> None:
    entry = phq9([0, 0, 0, 0, 0, 0, 0, 0, 2])
    gb = one(check(plan(jurisdiction="GB").model_copy(update={"measures": [entry]}), catalog), "PHQ9-ITEM9")
    assert "999" in gb.detail and "911" not in gb.detail
    nowhere = one(check(plan().model_copy(update={"measures": [entry]}), catalog), "PHQ9-ITEM9")
    assert "not recorded" in nowhere.detail and "local emergency number" in nowhere.detail


def test_a_high_total_without_item_9_is_not_this_finding(catalog: CatalogIndex) -> None:
    severe = phq9([3, 3, 3, 3, 3, 3, 2, 3, 0])  # 23, severe: a clinical matter, not the safety item
    gad = Entry.model_validate({"instrument": "GAD-7", "date": "2026-11-20", "answers": [3] * 7})
    report = check(plan().model_copy(update={"measures": [severe, gad]}), catalog)
    assert of_rule(report, "PHQ9-ITEM9") == []


def test_an_acknowledgement_covers_its_entry_only(catalog: CatalogIndex) -> None:
    first = phq9([0, 0, 0, 0, 0, 0, 0, 0, 1])
    later = phq9([0, 0, 0, 0, 0, 0, 0, 0, 1], id="q2", date="2026-11-24")
    p = plan(acks=[ack("PHQ9-ITEM9", "q1", reason="safety assessed; crisis plan agreed")])
    report = check(p.model_copy(update={"measures": [first, later]}), catalog)
    found = {f.items: f for f in of_rule(report, "PHQ9-ITEM9")}
    assert found[("q1",)].acknowledged and found[("q2",)].blocking


def test_measures_and_monitoring_round_trip_through_the_file(catalog: CatalogIndex) -> None:
    p = with_extras(opioid_plan(("pdmp_check", 10)), measures=[phq9([1] * 9).model_dump(mode="python")])
    again = CarePlan.model_validate_json(p.model_dump_json())
    assert again.measures == p.measures and again.monitoring == p.monitoring


def test_us_monitoring_guidance_is_not_asked_elsewhere(catalog: CatalogIndex) -> None:
    # The PDMP, drug-test and naloxone intervals come from US guidance (CDC 2022).
    assert of_rule(check(opioid_plan(jurisdiction="GB"), catalog), "MONITORING-DUE") == []
    assert len(of_rule(check(opioid_plan(jurisdiction="US-CA"), catalog), "MONITORING-DUE")) == 3
    assert len(of_rule(check(opioid_plan(), catalog), "MONITORING-DUE")) == 3  # country not recorded
