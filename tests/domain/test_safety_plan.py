"""FOLLOWUP-MISSING and PLAN-INCOMPLETE, and checks of templates (no patient)."""

from __future__ import annotations

from careplan.domain.catalog import CatalogIndex
from careplan.domain.plan import (
    CbtModule,
    ExercisePrescription,
    LifestyleGoal,
    LifestyleModule,
    MedicationModule,
    MindfulnessModule,
    PhysiotherapyModule,
)
from tests.domain.plan_factory import check, kratom, med, of_rule, one, plan, rules, template

OXY = med("oxycodone", 5, times=2)


def test_followup_threshold_is_four_weeks(catalog: CatalogIndex) -> None:
    assert catalog.threshold("followup_max_weeks").value == 4


def test_opioid_without_follow_up(catalog: CatalogIndex) -> None:
    finding = one(check(plan(OXY, follow_up=None), catalog), "FOLLOWUP-MISSING")
    assert finding.severity == "warning" and finding.items == ("oxycodone",)
    assert "no follow-up interval" in finding.detail


def test_opioid_follow_up_boundary(catalog: CatalogIndex) -> None:
    assert "FOLLOWUP-MISSING" not in rules(check(plan(OXY, follow_up=4), catalog))
    finding = one(check(plan(OXY, follow_up=5), catalog), "FOLLOWUP-MISSING")
    assert "5 weeks" in finding.detail


def test_current_opioid_counts_for_follow_up(catalog: CatalogIndex) -> None:
    assert "FOLLOWUP-MISSING" in rules(check(plan(current=[OXY], follow_up=12), catalog))


def test_no_opioid_no_kratom_no_follow_up_finding(catalog: CatalogIndex) -> None:
    assert "FOLLOWUP-MISSING" not in rules(check(plan(med("ibuprofen", 200, times=2), follow_up=None), catalog))


def test_kratom_needs_follow_up_unless_its_module_sets_one(catalog: CatalogIndex) -> None:
    bare = check(plan(kratom_module=kratom(), jurisdiction="US-UT", follow_up=None), catalog)
    assert one(bare, "FOLLOWUP-MISSING").items == ("kratom",)
    own = check(plan(kratom_module=kratom(follow_up_weeks=2), jurisdiction="US-UT", follow_up=None), catalog)
    assert "FOLLOWUP-MISSING" not in rules(own)
    too_late = check(plan(kratom_module=kratom(follow_up_weeks=8), jurisdiction="US-UT", follow_up=None), catalog)
    assert "FOLLOWUP-MISSING" in rules(too_late)


def test_past_kratom_needs_no_follow_up(catalog: CatalogIndex) -> None:
    p = plan(kratom_module=kratom(status="past_use"), jurisdiction="US-UT", follow_up=None)
    assert "FOLLOWUP-MISSING" not in rules(check(p, catalog))


def test_complete_plan_has_no_plan_incomplete(catalog: CatalogIndex) -> None:
    assert "PLAN-INCOMPLETE" not in rules(check(plan(med("ibuprofen", 200, times=2)), catalog))


def test_no_goals_and_no_follow_up_are_two_info_findings(catalog: CatalogIndex) -> None:
    found = of_rule(check(plan(med("ibuprofen", 200, times=2), goals=False, follow_up=None), catalog), "PLAN-INCOMPLETE")
    assert sorted(f.title for f in found) == ["No follow-up interval", "No goals"]
    assert all(f.severity == "info" for f in found)


def test_each_empty_module_is_reported_with_its_id(catalog: CatalogIndex) -> None:
    empty = [
        MedicationModule(id="m"),
        PhysiotherapyModule(id="p"),
        CbtModule(id="c"),
        MindfulnessModule(id="mi"),
        LifestyleModule(id="l"),
    ]
    found = of_rule(check(plan(modules=empty), catalog), "PLAN-INCOMPLETE")
    assert sorted(f.items for f in found) == [("c",), ("l",), ("m",), ("mi",), ("p",)]


def test_filled_modules_are_not_reported(catalog: CatalogIndex) -> None:
    filled = [
        PhysiotherapyModule(id="p", exercises=[ExercisePrescription(name="Walking", minutes=10)]),
        CbtModule(id="c", sessions=6),
        CbtModule(id="c2", focus_areas=["pacing"]),
        MindfulnessModule(id="mi", practice="body-scan"),
        LifestyleModule(id="l", targets=[LifestyleGoal(area="sleep", target="Up at 7 every day")]),
    ]
    assert "PLAN-INCOMPLETE" not in rules(check(plan(med("ibuprofen", 200, times=2), modules=filled), catalog))


def test_template_with_medicines_does_not_crash_and_skips_patient_rules(catalog: CatalogIndex) -> None:
    t = template(
        med("naproxen", 250, times=2),
        med("oxycodone", 10, times=4),
        med("alprazolam", 0.5, times=1),
        kratom_module=kratom(),
    )
    report = check(t, catalog)
    found = rules(report)
    # Drug-only rules still apply to a template...
    assert {"OPIOID-MME", "OPIOID-SEDATIVE", "KRATOM-CNS-DEPRESSANT"} <= found
    # ...patient-only ones cannot: no age, no conditions, no jurisdiction, no allergies.
    assert found.isdisjoint({"NSAID-CONDITION", "KRATOM-JURISDICTION", "KRATOM-CONDITION", "ALLERGY"})


def test_empty_template(catalog: CatalogIndex) -> None:
    report = check(template(goals=False, follow_up=None), catalog)
    assert {f.title for f in report.findings} == {"No goals", "No follow-up interval"}
    assert report.mme.total == 0
