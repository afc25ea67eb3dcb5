"""Property tests: check_plan never raises on valid plans and always returns a stable order."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from careplan.domain.codes import CONDITIONS, DRUG_CLASSES, KRATOM_FORMS, KRATOM_STATUSES, UNITS
from careplan.domain.findings import Finding
from careplan.domain.plan import Acknowledgement, CarePlan, FollowUp, Goal, KratomModule, MedicationItem, Patient
from careplan.domain.safety import RULE_IDS, check_plan
from careplan.domain.safety.acknowledgements import covers
from tests.domain.plan_factory import TODAY, get_catalog
from tests.strategies import care_plans

CATALOG = get_catalog()
DRUG_IDS = sorted(CATALOG.drugs)
JURISDICTIONS = [*sorted(CATALOG.jurisdictions), "US-TX", "ZZ"]


@st.composite
def items(draw: st.DrawFn) -> MedicationItem:
    prn = draw(st.booleans())
    free_text = draw(st.integers(0, 9)) == 0
    return MedicationItem(
        id=draw(st.text("abcdef0123", min_size=1, max_size=6)),
        drug=None if free_text else draw(st.sampled_from(DRUG_IDS)),
        name="Herbal tea" if free_text else None,
        dose=draw(st.floats(min_value=0.001, max_value=10_000, allow_nan=False, allow_infinity=False)),
        unit=draw(st.sampled_from(UNITS)),
        prn=prn,
        times_per_day=None if prn else draw(st.integers(1, 24)),
        max_per_day=draw(st.integers(1, 24)) if prn else None,
        otc=draw(st.booleans()),
        indication=draw(st.none() | st.just("opioid_use_disorder")),
    )


@st.composite
def plans(draw: st.DrawFn) -> CarePlan:
    # Ids are unique within a plan (the model refuses a repeat), planned and current together.
    every = draw(st.lists(items(), max_size=12, unique_by=lambda i: i.id))
    split = draw(st.integers(0, len(every)))
    planned, current = every[:split][:8], every[split:][:4]
    modules: list[object] = []
    if planned or draw(st.booleans()):
        modules.append({"kind": "medication", "items": planned})
    if draw(st.booleans()):
        modules.append(
            KratomModule(
                id="k",
                status=draw(st.sampled_from(KRATOM_STATUSES)),
                product_form=draw(st.sampled_from(KRATOM_FORMS)),
                follow_up_weeks=draw(st.none() | st.integers(1, 52)),
                cautions_accepted=True,
            )
        )
    ids = [i.id for i in planned + current] + ["k"]
    acks = [
        Acknowledgement(
            rule=draw(st.sampled_from([*sorted(RULE_IDS), "OLD-RULE"])),
            items=draw(st.lists(st.sampled_from(ids), max_size=3)),
            reason="reviewed",
        )
        for _ in range(draw(st.integers(0, 3)))
    ]
    is_template = draw(st.integers(0, 4)) == 0
    patient = None
    if not is_template:
        patient = Patient(
            age=draw(st.none() | st.integers(0, 110)),
            date_of_birth=draw(st.none() | st.dates(min_value=date(1910, 1, 1), max_value=TODAY)),
            sex=draw(st.sampled_from(["female", "male", "other", "unknown"])),
            jurisdiction=draw(st.none() | st.sampled_from(JURISDICTIONS)),
            conditions=draw(st.lists(st.sampled_from(CONDITIONS), max_size=5, unique=True)),
            pregnancy_weeks=draw(st.none() | st.integers(0, 45)),
            current_medications=current,
            allergies=draw(st.lists(st.sampled_from([*DRUG_IDS[:8], *DRUG_CLASSES, "latex"]), max_size=3)),
            alcohol_drinks_per_week=draw(st.none() | st.floats(0, 60, allow_nan=False)),
            weight_kg=draw(st.none() | st.floats(2, 150, allow_nan=False)),
            hepatic_impairment=draw(st.none() | st.sampled_from(["mild", "moderate", "severe"])),
            crcl=draw(st.none() | st.floats(5, 150, allow_nan=False)),
            egfr=draw(st.none() | st.floats(5, 150, allow_nan=False)),
            opioid_tolerant=draw(st.none() | st.booleans()),
        )
    return CarePlan.model_validate(
        {
            "format": "careplan-template" if is_template else "careplan",
            "patient": patient,
            "goals": [Goal(text="Walk")] if draw(st.booleans()) else [],
            "modules": draw(st.permutations(modules)),
            "follow_up": FollowUp(interval_weeks=draw(st.none() | st.integers(1, 104))),
            "acknowledgements": acks,
        }
    )


def _assert_well_formed(plan: CarePlan) -> None:
    first = check_plan(plan, CATALOG, today=TODAY)
    second = check_plan(plan, CATALOG, today=TODAY)
    assert first == second
    assert list(first.findings) == sorted(first.findings, key=Finding.sort_key)
    for finding in first.findings:
        assert finding.rule in RULE_IDS
        assert list(finding.items) == sorted(set(finding.items))
        assert finding.title and finding.detail
    assert first.mme.total >= 0
    assert first.mme.total == sum(line.mme for line in first.mme.lines if not line.oud_treatment)
    # Every acknowledgement either covers a finding or is reported stale, never both.
    stale = [s.acknowledgement for s in first.stale_acknowledgements]
    for ack in plan.acknowledgements:
        assert any(covers(ack, f) for f in first.findings) != (ack in stale)
    for finding in first.findings:
        assert finding.acknowledgement is None or covers(finding.acknowledgement, finding)


@pytest.mark.slow  # 300 generated plans: .ci/run's slow pass
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(plans())
def test_check_plan_never_raises_and_is_stable(plan: CarePlan) -> None:
    _assert_well_formed(plan)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_shared_plan_strategy(data: st.DataObject) -> None:
    # The project-wide strategy (tests/strategies.py) builds plans with every module kind.
    _assert_well_formed(data.draw(care_plans()))
