"""Each contradiction a pharmacist found, shown gone from the handout and caught by the checker:
heat with a patch or a gel, a course in the flare plan, a review promised before the next visit,
"swallow whole" for extended-release opioids, and one urgency per red flag in every section."""

from __future__ import annotations

from datetime import date

import pytest

from careplan.domain.catalog import CatalogIndex
from careplan.domain.handout_catalog import load_handout_facts
from careplan.domain.plan import (
    CarePlan,
    FlarePlan,
    FlareStep,
    FollowUp,
    LifestyleGoal,
    LifestyleModule,
    MedicationItem,
    MedicationModule,
    Pain,
    Patient,
)
from careplan.domain.safety import check_plan
from careplan.export import render_handout

from .conftest import TODAY, options, pdf_text
from .consistency import Documents, _box_urgencies, _help_box, check_advice, check_urgency

HEAT = FlareStep(kind="heat", text="Heat pack 15 minutes")


def _plan(*items: MedicationItem, steps: list[FlareStep] | None = None, may_take: list[str] | None = None,
          jurisdiction: str = "US-TX", sites: list[str] | None = None, allergies: list[str] | None = None,
          call_if: str = "", targets: list[LifestyleGoal] | None = None, weeks: int = 4) -> CarePlan:
    modules: list[MedicationModule | LifestyleModule] = [MedicationModule(items=list(items))]
    if targets:
        modules.append(LifestyleModule(targets=targets))
    return CarePlan(patient=Patient(name="Test Person", age=50, jurisdiction=jurisdiction, opioid_tolerant=True,
                                    allergies=allergies or []),
                    pain=Pain(sites=sites or []), modules=modules, follow_up=FollowUp(interval_weeks=weeks),
                    flare_plan=FlarePlan(steps=steps or [], may_take_items=may_take or [], call_if=call_if))


def _docs(plan: CarePlan, catalog: CatalogIndex) -> Documents:
    text = pdf_text(render_handout(plan, catalog, check_plan(plan, catalog, TODAY), options()))
    return Documents(plan=plan, catalog=catalog, handout=text, summary_pages=[], today=TODAY)


FENTANYL = MedicationItem(id="fen", drug="fentanyl-transdermal", dose=25, unit="mcg/h", interval_hours=72,
                          route="transdermal")
GEL = MedicationItem(id="gel", drug="diclofenac-topical", dose=4, unit="g", times_per_day=4, route="topical")


@pytest.mark.parametrize("item, limit", [
    (FENTANYL, "Heat pack 15 minutes. Never put heat on or near your patch."),
    (GEL, "Heat pack 15 minutes. Do not put heat on the skin where you rub in diclofenac 1% gel"),
], ids=["patch", "gel"])
def test_heat_advice_beside_a_patch_or_gel_carries_its_limit(item: MedicationItem, limit: str,
                                                            catalog: CatalogIndex) -> None:
    docs = _docs(_plan(item, steps=[HEAT]), catalog)
    assert limit in docs.handout
    assert check_advice(docs) == []
    # The checker catches the handout the pharmacist found: heat forbidden on one page, advised on another.
    bare = Documents(plan=docs.plan, catalog=catalog, today=TODAY, summary_pages=[],
                     handout="Heat on the patch can release too much medicine. 1. Rest 2. Heat pack 15 minutes")
    assert any("heat advised without its limit" in p for p in check_advice(bare))


def test_heat_advice_without_a_patch_or_gel_is_printed_as_written(catalog: CatalogIndex) -> None:
    oral = MedicationItem(drug="naproxen", dose=250, unit="mg", times_per_day=2)
    text = _docs(_plan(oral, steps=[HEAT]), catalog).handout
    assert "Heat pack 15 minutes" in text and "Never put heat" not in text


def test_alcohol_advice_beside_a_sedating_medicine_is_replaced(catalog: CatalogIndex) -> None:
    gaba = MedicationItem(drug="gabapentin", dose=300, unit="mg", times_per_day=3)
    docs = _docs(_plan(gaba, targets=[LifestyleGoal(area="alcohol", target="Keep alcohol low")]), catalog)
    assert "Alcohol: Do not drink alcohol while you take gabapentin" in docs.handout
    assert "Keep alcohol low" not in docs.handout
    assert check_advice(docs) == [] and check_urgency(docs) == []


def test_a_course_in_the_flare_plan_says_when_it_ends(catalog: CatalogIndex) -> None:
    course = MedicationItem(id="ibu", drug="ibuprofen", dose=400, unit="mg", times_per_day=3, duration_days=14,
                            start=date(2026, 11, 25))
    docs = _docs(_plan(course, may_take=["ibu"]), catalog)
    flare = docs.handout.split("On a bad day", 1)[1]
    assert "Only until December 8, 2026, the last day of your course." in flare
    assert check_advice(docs) == []
    stripped = Documents(plan=docs.plan, catalog=catalog, today=TODAY, summary_pages=[],
                         handout=docs.handout.replace("Only until", "Also"))
    assert any("offered for flares without its end" in p for p in check_advice(stripped))


def test_a_review_promised_before_the_next_visit_is_caught(catalog: CatalogIndex) -> None:
    dulox = MedicationItem(drug="duloxetine", dose=30, unit="mg", times_per_day=1,
                           instructions="We will review the dose after one to two weeks.")
    docs = _docs(_plan(dulox, weeks=4), catalog)
    assert any("next visit is in 4 weeks" in p for p in check_advice(docs))
    kept = _docs(_plan(dulox, weeks=2), catalog)
    assert check_advice(kept) == []


@pytest.mark.parametrize("drug, strength", [("oxycodone", 20), ("morphine", 30), ("tapentadol", 100)],
                         ids=["OxyContin", "MS Contin", "tapentadol ER"])
def test_extended_release_opioids_say_swallow_whole(drug: str, strength: float, catalog: CatalogIndex) -> None:
    er = MedicationItem(drug=drug, dose=strength, unit="mg", times_per_day=2, release="er")
    docs = _docs(_plan(er), catalog)
    assert "Swallow it whole. Do not crush, chew, break, cut or dissolve it" in docs.handout
    assert check_advice(docs) == []
    ir = MedicationItem(drug=drug, dose=5 if drug == "oxycodone" else 15 if drug == "morphine" else 50, unit="mg",
                        prn=True, max_per_day=4, release="ir")
    assert "Swallow it whole" not in _docs(_plan(ir), catalog).handout
    missing = Documents(plan=docs.plan, catalog=catalog, today=TODAY, summary_pages=[],
                        handout=docs.handout.replace("Swallow it whole", "Take it"))
    assert any("swallow whole" in p for p in check_advice(missing))


def test_doses_print_in_the_unit_the_patient_holds(catalog: CatalogIndex) -> None:
    apap = MedicationItem(drug="acetaminophen", dose=1000, unit="mg", times_per_day=3, release="ir")
    text = _docs(_plan(apap, GEL), catalog).handout
    assert "1000 mg (2 tablets of 500 mg)" in text
    assert "4 g of gel" in text and "dosing card" in text


# A plan that brings each red flag of the catalogue into the handout.
def _flag_plan(flag_id: str) -> CarePlan:
    flag = next(f for f in load_handout_facts().data.red_flags if f.id == flag_id)
    when = flag.when
    items: list[MedicationItem] = []
    if when.medicines is not None:
        pick = {"nsaid": "ibuprofen", "opioid": "oxycodone", "gabapentinoid": "pregabalin",
                "acetaminophen": "acetaminophen"}
        drug = next((pick[c] for c in when.medicines.classes if c in pick), "sertraline")
        items.append(MedicationItem(drug=drug, dose=25 if drug == "pregabalin" else 50 if drug == "sertraline"
                                    else 5 if drug == "oxycodone" else 200, unit="mg", times_per_day=2))
    plan = _plan(*items, sites=list(when.sites[:1]), allergies=["codeine"] if when.allergy else None)
    if when.kratom:
        from careplan.domain.plan import KratomModule

        plan = plan.model_copy(update={"modules": [*plan.modules, KratomModule(cautions_accepted=True)]})
    return plan


FLAG_IDS = [f.id for f in load_handout_facts().data.red_flags]


@pytest.mark.parametrize("flag_id", FLAG_IDS)
def test_each_red_flag_prints_under_its_one_urgency(flag_id: str, catalog: CatalogIndex) -> None:
    plan = _flag_plan(flag_id)
    flag = next(f for f in load_handout_facts().data.red_flags if f.id == flag_id)
    docs = _docs(plan, catalog)
    box, _rest = _help_box(docs.handout)
    opening = " ".join(flag.patient["en"].split("{")[0].split(". ")[0].split()[:4])
    groups = {u for segment, u in _box_urgencies(box, "911|your local emergency number") if opening in segment}
    assert groups == {flag.urgency}, (flag_id, groups)
    assert check_urgency(docs) == []


def test_cauda_equina_is_an_emergency_and_the_allergy_plan_names_anaphylaxis_signs(catalog: CatalogIndex) -> None:
    text = _docs(_plan(sites=["lower back"], allergies=["codeine"]), catalog).handout
    box = text[text.find("Get help now if"):]
    emergency = box.split("Call 911 now if:", 1)[1].split("Get help today if:", 1)[0]
    assert "You cannot control your bladder or bowels" in emergency
    assert "Your lips, mouth, throat or tongue suddenly swell" in emergency


def test_a_call_us_for_an_emergency_sign_is_caught(catalog: CatalogIndex) -> None:
    pregabalin = MedicationItem(drug="pregabalin", dose=75, unit="mg", times_per_day=2)
    docs = _docs(_plan(pregabalin, call_if="you feel very sleepy, confused or short of breath"), catalog)
    assert any("gabapentinoid-breathing" in p for p in check_urgency(docs))
    assert any(f.rule == "ADVICE-CONFLICT" for f in check_plan(docs.plan, catalog, TODAY).findings)


def test_cautions_use_the_red_flags_action(catalog: CatalogIndex) -> None:
    oxy = MedicationItem(id="oxy", drug="oxycodone", dose=5, unit="mg", times_per_day=2)
    alp = MedicationItem(id="alp", drug="alprazolam", dose=0.5, unit="mg", times_per_day=2)
    plan = _plan(oxy, alp)
    report = check_plan(plan, catalog, TODAY)
    from careplan.domain.plan import Acknowledgement

    acks = [Acknowledgement(rule=f.rule, items=list(f.items), reason="Kept", by="Dr T") for f in report.blocking]
    plan = plan.model_copy(update={"acknowledgements": acks})
    docs = _docs(plan, catalog)
    assert "If you are very sleepy or confused, or your breathing is slow, call 911 now." in docs.handout
    assert check_urgency(docs) == []
