"""The flare plan's steps are edited as rows: a kind of advice beside the words, undoable."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton

from careplan.domain.plan import CarePlan, FlarePlan, FlareStep, MedicationItem, MedicationModule, Patient
from careplan.ui.editors.flare_followup_editor import FlarePlanEditor
from careplan.ui.main_window import MainWindow

from .conftest import type_text


def _editor(window: MainWindow, plan: CarePlan) -> FlarePlanEditor:
    ws = window.workspace
    ws.document.reset(plan, None)
    ws.outline_controller.select(("flare",))
    editor = ws.editor_panel.editor
    assert isinstance(editor, FlarePlanEditor)
    return editor


def test_each_step_shows_its_kind_and_a_new_step_can_be_typed_and_typed_as_heat(window: MainWindow) -> None:
    plan = CarePlan(title="Flare", patient=Patient(name="T", jurisdiction="US-TX"),
                    flare_plan=FlarePlan(steps=[FlareStep(kind="rest", text="Rest 20 minutes")]))
    editor = _editor(window, plan)
    doc = window.workspace.document
    [row] = editor.steps.rows
    assert (row.kind.currentData(), row.text.text()) == ("rest", "Rest 20 minutes")
    editor.steps._on_add()
    new = editor.steps.rows[-1]
    type_text(new.text, "Heat pack")
    new.kind.setCurrentIndex(new.kind.findData("heat"))
    assert doc.plan.flare_plan.steps == [FlareStep(kind="rest", text="Rest 20 minutes"),
                                         FlareStep(kind="heat", text="Heat pack")]
    doc.undo_stack.undo()  # the kind
    assert doc.plan.flare_plan.steps[1].kind == "other"
    assert editor.steps.rows[1].kind.currentData() == "other"


def test_a_heat_step_with_a_fentanyl_patch_is_a_finding_and_removing_it_clears_it(window: MainWindow) -> None:
    patch = MedicationItem(id="fen", drug="fentanyl-transdermal", dose=12, unit="mcg/h", interval_hours=72,
                           route="transdermal")
    plan = CarePlan(title="Flare", patient=Patient(name="T", jurisdiction="US-TX", opioid_tolerant=True),
                    modules=[MedicationModule(items=[patch])],
                    flare_plan=FlarePlan(steps=[FlareStep(kind="heat", text="Heat pack 15 minutes")]))
    editor = _editor(window, plan)
    ws = window.workspace
    assert any(f.rule == "ADVICE-CONFLICT" for f in ws.monitor.report.findings)
    [remove] = editor.steps.rows[0].findChildren(QPushButton)
    remove.click()
    assert editor.steps.rows == []
    assert not any(f.rule == "ADVICE-CONFLICT" for f in ws.monitor.report.findings)
