"""ADVICE-CONFLICT, COURSE-IN-FLARE, PRODUCT-NOT-LOCAL and JURISDICTION-UNKNOWN (issue 17)."""

from __future__ import annotations

from datetime import date

import pytest

from careplan.domain.catalog import CatalogIndex
from careplan.domain.findings import Finding
from careplan.domain.plan import (
    CarePlan,
    FlarePlan,
    FlareStep,
    FollowUp,
    LifestyleGoal,
    LifestyleModule,
    MedicationItem,
    MedicationModule,
    Patient,
)
from careplan.domain.safety import check_plan

TODAY = date(2026, 11, 24)


def _plan(items: list[MedicationItem], *, steps: list[FlareStep] | None = None, call_if: str = "",
          targets: list[LifestyleGoal] | None = None, may_take: list[str] | None = None,
          jurisdiction: str | None = "US-TX") -> CarePlan:
    modules: list[MedicationModule | LifestyleModule] = [MedicationModule(items=items)]
    if targets:
        modules.append(LifestyleModule(targets=targets))
    return CarePlan(patient=Patient(name="T", age=50, jurisdiction=jurisdiction, opioid_tolerant=True),
                    modules=modules, follow_up=FollowUp(interval_weeks=2),
                    flare_plan=FlarePlan(steps=steps or [], call_if=call_if, may_take_items=may_take or []))


def _found(plan: CarePlan, catalog: CatalogIndex, rule: str) -> list[Finding]:
    return [f for f in check_plan(plan, catalog, TODAY).findings if f.rule == rule]


HEAT = FlareStep(kind="heat", text="Heat pack 15 minutes")
FENTANYL = MedicationItem(id="fen", drug="fentanyl-transdermal", dose=12, unit="mcg/h", interval_hours=72,
                          route="transdermal")
# A member of the class no other advice test names: the buprenorphine patch.
BUPRENORPHINE_PATCH = MedicationItem(id="bup", drug="buprenorphine", dose=5, unit="mcg/h", interval_hours=168,
                                     route="transdermal")
GEL = MedicationItem(id="gel", drug="diclofenac-topical", dose=4, unit="g", times_per_day=4, route="topical")


@pytest.mark.parametrize("patch", [FENTANYL, BUPRENORPHINE_PATCH], ids=["fentanyl", "buprenorphine"])
def test_heat_advice_with_an_opioid_patch(patch: MedicationItem, catalog: CatalogIndex) -> None:
    [finding] = _found(_plan([patch], steps=[HEAT]), catalog, "ADVICE-CONFLICT")
    assert finding.severity == "warning" and finding.items == (patch.id,)
    assert "Heat pack 15 minutes" in finding.detail and "never put heat on or near your patch" in finding.detail.lower()
    assert finding.sources


def test_heat_advice_with_a_topical_nsaid_gel_and_not_with_cold(catalog: CatalogIndex) -> None:
    [finding] = _found(_plan([GEL], steps=[HEAT]), catalog, "ADVICE-CONFLICT")
    assert finding.items == ("gel",) and "heat" in finding.title.lower()
    cold = FlareStep(kind="cold", text="Ice pack 10 minutes")
    assert _found(_plan([GEL], steps=[cold]), catalog, "ADVICE-CONFLICT") == []


def test_heat_with_an_oral_opioid_or_an_oral_nsaid_is_no_conflict(catalog: CatalogIndex) -> None:
    oral = [MedicationItem(drug="oxycodone", dose=5, unit="mg", prn=True, max_per_day=3),
            MedicationItem(drug="naproxen", dose=250, unit="mg", times_per_day=2)]
    assert _found(_plan(oral, steps=[HEAT]), catalog, "ADVICE-CONFLICT") == []


def test_the_kind_decides_not_the_words(catalog: CatalogIndex) -> None:
    # A step typed "rest" that happens to mention warmth is not heat advice; the clinician chose.
    rest = FlareStep(kind="rest", text="Rest somewhere warm")
    assert _found(_plan([FENTANYL], steps=[rest]), catalog, "ADVICE-CONFLICT") == []


@pytest.mark.parametrize("drug, dose", [("pregabalin", 75), ("cyclobenzaprine", 5), ("lorazepam", 1)])
def test_alcohol_advice_with_a_cns_depressant(drug: str, dose: float, catalog: CatalogIndex) -> None:
    item = MedicationItem(id="sed", drug=drug, dose=dose, unit="mg", times_per_day=2)
    target = LifestyleGoal(id="alc", area="alcohol", target="Keep alcohol low")
    [finding] = _found(_plan([item], targets=[target]), catalog, "ADVICE-CONFLICT")
    assert finding.items == ("alc", "sed")
    assert "in its place" in finding.detail and "Do not drink alcohol" in finding.detail


def test_alcohol_advice_with_an_nsaid_is_no_advice_conflict(catalog: CatalogIndex) -> None:
    item = MedicationItem(drug="ibuprofen", dose=400, unit="mg", times_per_day=3)
    target = LifestyleGoal(area="alcohol", target="Keep alcohol low")
    assert _found(_plan([item], targets=[target]), catalog, "ADVICE-CONFLICT") == []


@pytest.mark.parametrize("call_if", ["you feel very sleepy, confused or short of breath",
                                     "a headache is sudden and severe", "you have chest pain"])
def test_call_us_for_an_emergency_sign_is_a_conflict(call_if: str, catalog: CatalogIndex) -> None:
    [finding] = _found(_plan([], call_if=call_if), catalog, "ADVICE-CONFLICT")
    assert "emergency" in finding.detail and finding.sources


def test_call_us_for_a_same_day_sign_or_high_pain_is_fine(catalog: CatalogIndex) -> None:
    for call_if in ("pain is 9/10 or more for over a day", "the knee is hot, red and swollen"):
        assert _found(_plan([], call_if=call_if), catalog, "ADVICE-CONFLICT") == [], call_if


def test_a_course_offered_in_the_flare_plan(catalog: CatalogIndex) -> None:
    course = MedicationItem(id="ibu", drug="ibuprofen", dose=400, unit="mg", times_per_day=3, duration_days=14,
                            start=date(2026, 11, 25))
    until = MedicationItem(id="nap", drug="naproxen", dose=250, unit="mg", times_per_day=2, stop=date(2026, 12, 10))
    ongoing = MedicationItem(id="apap", drug="acetaminophen", dose=500, unit="mg", prn=True, max_per_day=6)
    findings = _found(_plan([course, until, ongoing], may_take=["ibu", "nap", "apap"]), catalog, "COURSE-IN-FLARE")
    assert [f.items for f in findings] == [("ibu",), ("nap",)]
    assert "until 2026-12-08" in findings[0].detail and "until 2026-12-10" in findings[1].detail
    assert _found(_plan([course], may_take=[]), catalog, "COURSE-IN-FLARE") == []


def test_products_not_sold_where_the_patient_lives(catalog: CatalogIndex) -> None:
    items = [MedicationItem(id="hc", drug="hydrocodone-acetaminophen-5-325", dose=1, unit="tablet", prn=True,
                            max_per_day=4),
             MedicationItem(id="cod", drug="acetaminophen-codeine-300-30", dose=1, unit="tablet", prn=True,
                            max_per_day=4)]
    gb = {f.items: f for f in _found(_plan(items, jurisdiction="GB"), catalog, "PRODUCT-NOT-LOCAL")}
    assert set(gb) == {("hc",), ("cod",)} and {f.severity for f in gb.values()} == {"info"}
    assert "co-codamol" in gb[("cod",)].detail and "8/500, 15/500 and 30/500" in gb[("cod",)].detail
    assert all("United Kingdom" in f.title and f.sources for f in gb.values())
    assert _found(_plan(items, jurisdiction="US-TX"), catalog, "PRODUCT-NOT-LOCAL") == []


@pytest.mark.parametrize("jurisdiction", [None, "ZZ", "XK-01"])
def test_an_unknown_country_is_an_info_finding(jurisdiction: str | None, catalog: CatalogIndex) -> None:
    [finding] = _found(_plan([], jurisdiction=jurisdiction), catalog, "JURISDICTION-UNKNOWN")
    assert finding.severity == "info" and "blank line" in finding.detail


@pytest.mark.parametrize("jurisdiction", ["US-TX", "GB", "DE-BY", "MX", "MY", "SE"])
def test_a_known_country_or_a_template_is_not_flagged(jurisdiction: str, catalog: CatalogIndex) -> None:
    assert _found(_plan([], jurisdiction=jurisdiction), catalog, "JURISDICTION-UNKNOWN") == []
    template = CarePlan(format="careplan-template", title="T")
    assert _found(template, catalog, "JURISDICTION-UNKNOWN") == []
