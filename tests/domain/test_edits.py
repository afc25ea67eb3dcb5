"""Pure edit operations: each returns a new valid plan and leaves the original untouched."""

from __future__ import annotations

import pytest

from careplan.domain import edits
from careplan.domain.edits import EditRejected
from careplan.domain.plan import (
    Acknowledgement,
    CarePlan,
    Goal,
    MedicationItem,
    MedicationModule,
    Patient,
)


def plan_with_meds() -> CarePlan:
    return CarePlan(
        patient=Patient(name="A", current_medications=[MedicationItem(id="wfn", drug="warfarin", dose=5, times_per_day=1)]),
        modules=[MedicationModule(id="meds", items=[MedicationItem(id="ibu", drug="ibuprofen", dose=400, times_per_day=3)])],
    )


def test_set_field_by_ids_returns_new_plan() -> None:
    plan = plan_with_meds()
    changed = edits.set_field(plan, ("modules", "meds", "items", "ibu", "dose"), 200.0)
    assert changed.medication_items()[0].dose == 200
    assert plan.medication_items()[0].dose == 400
    assert edits.get_field(changed, ("modules", "meds", "items", "ibu", "dose")) == 200


def test_invalid_values_are_rejected_with_a_reason() -> None:
    plan = plan_with_meds()
    with pytest.raises(EditRejected, match="dose"):
        edits.set_field(plan, ("modules", "meds", "items", "ibu", "dose"), 0)
    # Turning a scheduled medicine into an as-needed one is one change of several fields: alone,
    # each step is refused with the reason.
    with pytest.raises(EditRejected, match="one way of taking it"):
        edits.set_field(plan, ("modules", "meds", "items", "ibu", "prn"), True)
    with pytest.raises(EditRejected, match="max_per_day"):
        edits.set_fields(plan, {("modules", "meds", "items", "ibu", "prn"): True,
                                ("modules", "meds", "items", "ibu", "times_per_day"): None})
    # A compound change that is valid as a whole goes through.
    prn = edits.set_fields(plan, {("modules", "meds", "items", "ibu", "prn"): True,
                                  ("modules", "meds", "items", "ibu", "times_per_day"): None,
                                  ("modules", "meds", "items", "ibu", "max_per_day"): 3})
    assert prn.medication_items()[0].prn


def test_unknown_paths_raise_key_error() -> None:
    plan = plan_with_meds()
    with pytest.raises(KeyError):
        edits.set_field(plan, ("modules", "nope", "notes"), "x")
    assert not edits.has_field(plan, ("patient", "shoe_size"))


def test_add_move_remove_module() -> None:
    plan = plan_with_meds()
    cbt = edits.new_module("cbt")
    plan2 = edits.add_module(plan, cbt, 0)
    assert [m.kind for m in plan2.modules] == ["cbt", "medication"]
    plan3 = edits.move_module(plan2, cbt.id, 5)
    assert [m.kind for m in plan3.modules] == ["medication", "cbt"]
    plan4 = edits.remove_module(plan3, "meds")
    assert [m.kind for m in plan4.modules] == ["cbt"]
    assert edits.move_module(plan3, cbt.id, 1) == plan3


def test_kratom_module_is_created_accepted_and_only_once() -> None:
    kratom = edits.new_module("kratom", accepted_by="Dr A")
    assert kratom.cautions_accepted and kratom.cautions_accepted_by == "Dr A"  # type: ignore[union-attr]
    plan = edits.add_module(CarePlan(), kratom)
    with pytest.raises(EditRejected):
        edits.add_module(plan, edits.new_module("kratom"))


def test_items_and_acknowledgements() -> None:
    plan = edits.add_item(CarePlan(), ("goals",), Goal(id="g", text="Walk"))
    assert edits.remove_item(plan, ("goals",), "g").goals == []
    ack = Acknowledgement(rule="NSAID-BLEEDING", items=["ibu"], reason="first")
    plan = edits.acknowledge(plan, ack)
    plan = edits.acknowledge(plan, ack.model_copy(update={"reason": "second"}))
    assert [a.reason for a in plan.acknowledgements] == ["second"]
    assert edits.withdraw_acknowledgement(plan, "NSAID-BLEEDING", ["ibu"]).acknowledgements == []


def test_find_owner() -> None:
    plan = plan_with_meds()
    assert edits.find_owner(plan, "ibu") == ("modules", "meds", "items", "ibu")
    assert edits.find_owner(plan, "wfn") == ("patient", "current_medications", "wfn")
    assert edits.find_owner(plan, "meds") == ("modules", "meds")
    assert edits.find_owner(plan, "zzz") is None
