"""Hypothesis strategies that build valid care plans from the real catalog's ids."""

from __future__ import annotations

from datetime import date

from hypothesis import strategies as st

from careplan.domain.catalog import load_catalog
from careplan.domain.codes import CONDITIONS, KRATOM_FORMS, KRATOM_STATUSES, LIFESTYLE_AREAS
from careplan.domain.plan import (
    Baseline,
    CarePlan,
    CbtModule,
    ExercisePrescription,
    FlarePlan,
    FollowUp,
    Goal,
    KratomModule,
    LifestyleGoal,
    LifestyleModule,
    MedicationItem,
    MedicationModule,
    MindfulnessModule,
    Pain,
    Patient,
    PhysiotherapyModule,
)

# Text that includes markup-like and non-Latin characters, the inputs that break naive exports.
text = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")),
    max_size=40,
)
names = st.sampled_from(["Zoë Ñúñez", "Đặng Thị", "Øyvind Ås", "<b>Smith & Sons</b>", "O'Brien", ""]) | text


def _catalog_ids() -> tuple[list[str], list[str], list[str], list[str]]:
    cat = load_catalog()
    return (
        sorted(cat.drugs),
        sorted(cat.exercises),
        sorted(cat.cbt_components),
        sorted(cat.mindfulness_practices),
    )


@st.composite
def medication_items(draw: st.DrawFn) -> MedicationItem:
    drugs = _catalog_ids()[0]
    prn = draw(st.booleans())
    free = draw(st.integers(0, 9)) == 0
    return MedicationItem(
        drug=None if free else draw(st.sampled_from(drugs)),
        name=draw(names.filter(lambda s: s.strip() != "")) if free else None,
        dose=draw(st.floats(min_value=0.01, max_value=5000, allow_nan=False, allow_infinity=False)),
        unit=draw(st.sampled_from(["mg", "mcg", "g", "tablet", "mcg/h", "patch"])),
        prn=prn,
        times_per_day=None if prn else draw(st.integers(1, 6)),
        max_per_day=draw(st.integers(1, 8)) if prn else None,
        otc=draw(st.booleans()),
        purpose=draw(text),
    )


@st.composite
def modules(draw: st.DrawFn) -> list[object]:
    _, exercises, cbt, mindful = _catalog_ids()
    out: list[object] = []
    if draw(st.booleans()):
        out.append(MedicationModule(items=draw(st.lists(medication_items(), max_size=5))))
    if draw(st.booleans()):
        out.append(
            PhysiotherapyModule(
                exercises=[
                    ExercisePrescription(exercise=e, sets=draw(st.integers(1, 5)), reps=draw(st.integers(1, 20)))
                    for e in draw(st.lists(st.sampled_from(exercises), max_size=4, unique=True))
                ],
                sessions_per_week=draw(st.none() | st.integers(0, 5)),
                pacing=draw(text),
            )
        )
    if draw(st.booleans()):
        out.append(CbtModule(sessions=draw(st.none() | st.integers(1, 12)),
                             focus_areas=draw(st.lists(st.sampled_from(cbt), max_size=4, unique=True)),
                             homework=draw(text)))
    if draw(st.booleans()):
        out.append(MindfulnessModule(practice=draw(st.none() | st.sampled_from(mindful)),
                                     minutes_per_day=draw(st.none() | st.integers(1, 45))))
    if draw(st.booleans()):
        out.append(LifestyleModule(targets=[
            LifestyleGoal(area=draw(st.sampled_from(LIFESTYLE_AREAS)), target=draw(text.filter(lambda s: s != "")) )
            for _ in range(draw(st.integers(0, 3)))
        ]))
    if draw(st.booleans()):
        out.append(KratomModule(status=draw(st.sampled_from(KRATOM_STATUSES)),
                                product_form=draw(st.sampled_from(KRATOM_FORMS)),
                                reported_amount=draw(text), cautions_accepted=True))
    return draw(st.permutations(out))


@st.composite
def care_plans(draw: st.DrawFn) -> CarePlan:
    drugs = _catalog_ids()[0]
    patient = Patient(
        name=draw(names),
        date_of_birth=draw(st.none() | st.dates(min_value=date(1920, 1, 1), max_value=date(2008, 1, 1))),
        record_number=draw(text),
        age=draw(st.none() | st.integers(18, 100)),
        jurisdiction=draw(st.none() | st.sampled_from(["US-TX", "US-AL", "GB", "TH", "AU", "ZZ"])),
        conditions=draw(st.lists(st.sampled_from(CONDITIONS), max_size=4, unique=True)),
        pregnancy_weeks=draw(st.none() | st.integers(0, 40)),
        current_medications=draw(st.lists(medication_items(), max_size=3)),
        allergies=draw(st.lists(st.sampled_from([*drugs[:5], "nsaid", "opioid", "penicillin"]), max_size=2, unique=True)),
        alcohol_drinks_per_week=draw(st.none() | st.integers(0, 40)),
        weight_kg=draw(st.none() | st.integers(3, 140)),
        hepatic_impairment=draw(st.none() | st.sampled_from(["mild", "moderate", "severe"])),
    )
    return CarePlan(
        title=draw(text),
        patient=patient,
        pain=Pain(sites=draw(st.lists(text, max_size=3)),
                  baseline=Baseline(peg=draw(st.none() | st.lists(st.integers(0, 10), min_size=3, max_size=3)),
                                    nrs=draw(st.none() | st.integers(0, 10)))),
        goals=[Goal(text=t) for t in draw(st.lists(text.filter(lambda s: s != ""), max_size=3))],
        modules=draw(modules()),
        flare_plan=FlarePlan(steps=draw(st.lists(text, max_size=3)), call_if=draw(text)),
        follow_up=FollowUp(interval_weeks=draw(st.none() | st.integers(1, 26))),
        notes=draw(text),
    )
