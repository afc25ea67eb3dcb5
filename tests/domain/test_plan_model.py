"""Plan model validation: messages a clinician understands."""

from __future__ import annotations

from datetime import date

import pytest
from pydantic import ValidationError

from careplan.domain.errors import describe
from careplan.domain.plan import Baseline, CarePlan, KratomModule, MedicationItem, Patient


def _messages(data: dict[str, object]) -> list[str]:
    with pytest.raises(ValidationError) as info:
        CarePlan.model_validate(data)
    return describe(info.value)


def test_dose_must_be_positive() -> None:
    msgs = _messages({"modules": [{"kind": "medication", "items": [{"drug": "ibuprofen", "dose": 0, "times_per_day": 2}]}]})
    assert msgs == ["modules[0].items[0].dose: a dose must be more than zero"]


def test_prn_needs_max_per_day() -> None:
    msgs = _messages({"modules": [{"kind": "medication", "items": [{"drug": "oxycodone", "dose": 5, "prn": True}]}]})
    assert len(msgs) == 1 and "max_per_day" in msgs[0] and "oxycodone" in msgs[0]


def test_one_way_of_taking_a_medicine() -> None:
    with pytest.raises(ValidationError, match="one way of taking it"):
        MedicationItem(drug="ibuprofen", dose=200, times_per_day=3, interval_hours=24)
    with pytest.raises(ValidationError, match="max_per_day"):
        MedicationItem(drug="ibuprofen", dose=200, times_per_day=3, max_per_day=3)
    with pytest.raises(ValidationError, match="min_hours_between"):
        MedicationItem(drug="ibuprofen", dose=200, times_per_day=3, min_hours_between=4)
    with pytest.raises(ValidationError, match="interval_hours"):
        MedicationItem(drug="fentanyl-transdermal", dose=25, unit="mcg/h", interval_hours=12)


def test_timing_names_one_time_of_day_per_dose() -> None:
    item = MedicationItem(drug="gabapentin", dose=300, times_per_day=2, timing=["morning", "bedtime"])
    assert item.timing == ["morning", "bedtime"]
    with pytest.raises(ValidationError, match="2 time"):
        MedicationItem(drug="gabapentin", dose=300, times_per_day=3, timing=["morning", "bedtime"])
    with pytest.raises(ValidationError, match="same time of day twice"):
        MedicationItem(drug="gabapentin", dose=300, times_per_day=2, timing=["morning", "morning"])
    with pytest.raises(ValidationError, match="number of times a day"):
        MedicationItem(drug="oxycodone", dose=5, prn=True, max_per_day=4, timing=["morning"])


def test_a_course_has_a_stop_date_or_a_length_not_both() -> None:
    from datetime import date

    MedicationItem(drug="naproxen", dose=500, times_per_day=2, duration_days=7)
    with pytest.raises(ValidationError, match="not both"):
        MedicationItem(drug="naproxen", dose=500, times_per_day=2, duration_days=7, stop=date(2027, 1, 1))


def test_a_medicine_without_frequency_is_refused_unless_it_is_a_rescue_medicine() -> None:
    from careplan.domain.catalog import load_catalog
    from careplan.domain.plan import CarePlan, MedicationModule
    from careplan.domain.references import catalog_problems

    def problems(item: MedicationItem) -> list[str]:
        return catalog_problems(CarePlan(modules=[MedicationModule(items=[item])]), load_catalog())

    assert problems(MedicationItem(drug="naloxone", dose=4)) == []
    [problem] = problems(MedicationItem(drug="ibuprofen", dose=200))
    assert "ibuprofen needs 'times_per_day'" in problem and "rescue" in problem
    assert problems(MedicationItem(name="Herbal tea", dose=1, unit="application"))


def test_peg_items_are_0_to_10_and_three() -> None:
    with pytest.raises(ValidationError, match="0 to 10"):
        Baseline(peg=[7, 11, 3])
    with pytest.raises(ValidationError, match="exactly three"):
        Baseline(peg=[7, 6])
    assert Baseline(peg=[7, 6, 5]).peg_score == pytest.approx(6.0)


def test_unknown_kind_and_extra_field_are_named() -> None:
    msgs = _messages({"modules": [{"kind": "reiki"}], "colour": "blue"})
    assert any("unknown module kind 'reiki'" in m for m in msgs)
    assert any(m.startswith("colour:") for m in msgs)


def test_template_has_no_patient_and_final_needs_sign_off() -> None:
    with pytest.raises(ValidationError, match="must not carry a patient"):
        CarePlan(format="careplan-template", patient=Patient())
    with pytest.raises(ValidationError, match="sign-off"):
        CarePlan(status="final")


def test_kratom_needs_accepted_cautions_in_a_plan_not_in_a_template() -> None:
    with pytest.raises(ValidationError, match="cautions accepted"):
        CarePlan(modules=[KratomModule()])
    assert CarePlan(modules=[KratomModule(cautions_accepted=True)]).modules[0].kind == "kratom"
    # A template holds the module unaccepted: each plan made from it asks again.
    template = CarePlan(format="careplan-template", modules=[KratomModule()])
    assert template.patient is None and not template.modules[0].cautions_accepted  # type: ignore[union-attr]


def test_daily_amount_uses_prn_cap() -> None:
    assert MedicationItem(drug="oxycodone", dose=5, prn=True, max_per_day=4).daily_amount == 20
    assert MedicationItem(drug="ibuprofen", dose=400, times_per_day=3).daily_amount == 1200


def test_age_derived_from_date_of_birth() -> None:
    patient = Patient(date_of_birth=date(1961, 3, 4))
    assert patient.age_on(date(2026, 3, 3)) == 64
    assert patient.age_on(date(2026, 3, 4)) == 65
    assert Patient(age=40, date_of_birth=date(1961, 3, 4)).age_on(date(2026, 1, 1)) == 40


def test_jurisdiction_code_is_normalised_and_checked() -> None:
    assert Patient(jurisdiction="us-tx").jurisdiction == "US-TX"
    with pytest.raises(ValidationError):
        Patient(jurisdiction="Texas, USA")
