"""Every part of the plan opens in its editor, and typing into the editors changes the plan."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from careplan.domain import edits
from careplan.domain.plan import CarePlan, Patient
from careplan.ui.editors.factory import MODULE_EDITORS, SECTION_EDITORS
from careplan.ui.editors.kratom_editor import KratomEditor
from careplan.ui.editors.pain_editor import PainEditor
from careplan.ui.editors.physiotherapy_editor import PhysiotherapyEditor
from careplan.ui.main_window import MainWindow


def all_modules_plan() -> CarePlan:
    plan = CarePlan(title="Everything", patient=Patient(name="Test"))
    for kind in MODULE_EDITORS:
        plan = edits.add_module(plan, edits.new_module(kind, accepted_by="Dr K"))
    return plan


def test_every_part_opens_in_its_editor(window: MainWindow) -> None:
    ws = window.workspace
    ws.document.reset(all_modules_plan(), None)
    for section, editor_class in SECTION_EDITORS.items():
        ws.outline_controller.select((section,))
        assert isinstance(ws.editor_panel.editor, editor_class), section
    for module in ws.document.plan.modules:
        ws.outline_controller.select(("module", module.id))
        assert isinstance(ws.editor_panel.editor, MODULE_EDITORS[module.kind])
        assert ws.editor_panel.heading.text().endswith(ws.editor_panel.editor.heading)
    assert isinstance(ws.editor_panel.editor, KratomEditor)
    assert "Cautions accepted by Dr K" in ws.editor_panel.editor.accepted.text()


def test_pain_scores_and_exercise_picker(window: MainWindow, qtbot: QtBot) -> None:
    ws = window.workspace
    ws.document.reset(all_modules_plan(), None)
    ws.outline_controller.select(("pain",))
    pain = ws.editor_panel.editor
    assert isinstance(pain, PainEditor)
    for spin, value in zip(pain.peg, (7, 6, 5), strict=True):
        spin.setValue(value)
    assert ws.document.plan.pain.baseline.peg == [7, 6, 5]

    physio = next(m for m in ws.document.plan.modules if m.kind == "physiotherapy")
    ws.outline_controller.select(("module", physio.id))
    editor = ws.editor_panel.editor
    assert isinstance(editor, PhysiotherapyEditor)
    first = ws.catalog.data.exercises[0]
    qtbot.keyClicks(editor.picker, first.name)
    qtbot.keyClick(editor.picker, Qt.Key.Key_Return)
    exercises = ws.document.plan.modules[[m.id for m in ws.document.plan.modules].index(physio.id)].exercises  # type: ignore[union-attr]
    assert [e.exercise for e in exercises] == [first.id]
    assert exercises[0].sets == first.default_sets
    assert ws.document.undo_stack.undoText() == "Add exercise"


def test_flare_plan_may_take_is_chosen_from_the_plans_medicines(window: MainWindow) -> None:
    from careplan.domain.plan import MedicationItem, MedicationModule
    from careplan.ui.editors.flare_followup_editor import FlarePlanEditor

    items = [MedicationItem(id="ibu", drug="ibuprofen", dose=400, unit="mg", prn=True, max_per_day=3, min_hours_between=6),
             MedicationItem(id="nal", drug="naloxone", dose=1, unit="application", route="nasal")]
    plan = CarePlan(title="Flare", patient=Patient(name="T", current_medications=[
        MedicationItem(id="apap", drug="acetaminophen", dose=500, unit="mg", times_per_day=2)]),
        modules=[MedicationModule(id="m", items=items)])
    ws = window.workspace
    ws.document.reset(plan, None)
    ws.outline_controller.select(("flare",))
    editor = ws.editor_panel.editor
    assert isinstance(editor, FlarePlanEditor)
    assert list(editor.medicine_boxes) == ["ibu", "apap"]  # naloxone is for emergencies, not bad days
    assert editor.medicine_boxes["ibu"].text() == "Ibuprofen 400 mg"
    assert "max 3/day" in editor.medicine_details["ibu"].text() and "6 h apart" in editor.medicine_details["ibu"].text()
    assert editor.medicine_details["apap"].text().endswith("(already taking)")
    editor.medicine_boxes["ibu"].click()
    assert ws.document.plan.flare_plan.may_take_items == ["ibu"]
    ws.edits.remove_item(("modules", "m", "items"), "ibu", "ibuprofen")  # the chosen medicine goes away
    assert "no longer in the plan" in editor.medicine_boxes["ibu"].text()
    assert "no longer in the plan" not in editor.medicine_boxes["apap"].text()
    assert any(f.rule == "FLARE-UNLISTED" for f in ws.monitor.report.findings)
    editor.medicine_boxes["ibu"].click()
    assert ws.document.plan.flare_plan.may_take_items == []
    assert "ibu" not in editor.medicine_boxes
