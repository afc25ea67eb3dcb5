"""A template keeps the flare plan's medicines chosen from the plan, not the patient's own."""

from __future__ import annotations

from careplan.domain.catalog import load_catalog
from careplan.domain.plan import CarePlan, FlarePlan, MedicationItem, MedicationModule, Patient, TemplateInfo
from careplan.domain.safety import check_plan
from careplan.storage.templates import template_content


def test_template_keeps_planned_flare_medicines_and_drops_the_patients_own() -> None:
    plan = CarePlan(
        patient=Patient(name="A", current_medications=[MedicationItem(id="dul", drug="duloxetine", dose=60,
                                                                      times_per_day=1)]),
        modules=[MedicationModule(items=[MedicationItem(id="ibu", drug="ibuprofen", dose=400, times_per_day=3)])],
        flare_plan=FlarePlan(may_take_items=["ibu", "dul"], may_take="heat pack"),
    )
    template = template_content(plan, TemplateInfo())
    # Part ids are regenerated in a template; the choice follows the ibuprofen line to its new id.
    ibuprofen = template.medication_items()[0]
    assert ibuprofen.drug == "ibuprofen" and ibuprofen.id != "ibu"
    assert template.flare_plan.may_take_items == [ibuprofen.id]
    assert template.flare_plan.may_take == "heat pack"
    assert "FLARE-UNLISTED" not in {f.rule for f in check_plan(template, load_catalog()).findings}
