"""The patient editor: kidney function, opioid tolerance, the new conditions; templates are not inert."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QAbstractButton, QWidget

from careplan.domain.codes import CONDITION_LABELS
from careplan.domain.plan import CarePlan, Goal, TemplateInfo
from careplan.storage.plan_files import save_plan
from careplan.storage.templates import make_template
from careplan.ui.editors.patient_editor import PatientEditor
from careplan.ui.main_window import MainWindow


def patient_editor(window: MainWindow) -> PatientEditor:
    window.workspace.outline_controller.select(("patient",))
    editor = window.workspace.editor_panel.editor
    assert isinstance(editor, PatientEditor)
    return editor


def binding_widget(editor: PatientEditor, field: str) -> QWidget:
    return next(b.widget for b in editor.binder.bindings if b.path == ("patient", field))


def test_kidney_function_and_opioid_tolerance(window: MainWindow) -> None:
    editor = patient_editor(window)
    crcl, egfr = binding_widget(editor, "crcl"), binding_widget(editor, "egfr")
    crcl.setValue(42)  # type: ignore[attr-defined]
    egfr.setValue(55)  # type: ignore[attr-defined]
    patient = window.workspace.document.plan.patient
    assert patient is not None and (patient.crcl, patient.egfr) == (42, 55)
    for key, expected in (("yes", True), ("no", False), ("unknown", None)):
        editor.tolerance.setCurrentIndex(editor.tolerance.findData(key))  # type: ignore[attr-defined]
        assert window.workspace.document.plan.patient.opioid_tolerant is expected  # type: ignore[union-attr]
    assert window.workspace.document.undo_stack.count() == 5
    window.actions_.undo.trigger()
    window.actions_.undo.trigger()
    assert window.workspace.document.plan.patient.opioid_tolerant is True  # type: ignore[union-attr]
    assert editor.tolerance.currentData() == "yes"  # type: ignore[attr-defined]


def test_weight_and_hepatic_impairment(window: MainWindow) -> None:
    editor = patient_editor(window)
    binding_widget(editor, "weight_kg").setValue(21.5)  # type: ignore[attr-defined]
    for key, expected in (("moderate", "moderate"), ("severe", "severe"), ("none", None)):
        editor.hepatic.setCurrentIndex(editor.hepatic.findData(key))  # type: ignore[attr-defined]
        assert window.workspace.document.plan.patient.hepatic_impairment == expected  # type: ignore[union-attr]
    patient = window.workspace.document.plan.patient
    assert patient is not None and patient.weight_kg == 21.5
    assert editor.weight.toolTip() and editor.hepatic.toolTip()
    window.actions_.undo.trigger()
    assert window.workspace.document.plan.patient.hepatic_impairment == "severe"  # type: ignore[union-attr]
    assert editor.hepatic.currentData() == "severe"  # type: ignore[attr-defined]


def test_every_condition_has_a_box_with_a_tooltip(window: MainWindow) -> None:
    editor = patient_editor(window)
    assert set(editor.conditions) == set(CONDITION_LABELS)
    for code in ("overdose_history", "qt_prolongation", "falls_history"):
        assert editor.conditions[code].text() == CONDITION_LABELS[code]
    assert all(box.toolTip() for box in editor.conditions.values())
    editor.conditions["qt_prolongation"].click()
    assert window.workspace.document.plan.patient.conditions == ["qt_prolongation"]  # type: ignore[union-attr]


def test_a_template_file_offers_a_patient_plan(window: MainWindow, tmp_path: Path) -> None:
    template = make_template(CarePlan(title="Knee template", goals=[Goal(text="Climb stairs")]), TemplateInfo())
    path = tmp_path / "knee.careplan.json"
    save_plan(template, path)
    assert window.workspace.files.open_path(path)
    editor = patient_editor(window)
    assert editor.template_note.isVisibleTo(editor)
    assert all(not box.isVisibleTo(editor) for box in editor.patient_boxes)
    button: QAbstractButton = editor.start_plan
    button.click()
    plan = window.workspace.document.plan
    assert not plan.is_template and plan.patient is not None and [g.text for g in plan.goals] == ["Climb stairs"]
    assert window.workspace.document.path is None  # the template file is left as it was
    editor = patient_editor(window)
    assert not editor.template_note.isVisibleTo(editor) and editor.name.isVisibleTo(editor)


def test_editor_says_how_the_checks_read_kidney_function_and_tolerance(window: MainWindow) -> None:
    editor = patient_editor(window)
    assert "no CrCl or eGFR recorded" in editor.checks_read.text()
    assert "Opioid tolerance: unknown (not recorded)" in editor.checks_read.text()
    binding_widget(editor, "egfr").setValue(40)  # type: ignore[attr-defined]
    assert "Kidney checks use eGFR 40" in editor.checks_read.text()
    binding_widget(editor, "crcl").setValue(35)  # type: ignore[attr-defined]
    assert "Kidney checks use CrCl 35 mL/min" in editor.checks_read.text()
    editor.tolerance.setCurrentIndex(editor.tolerance.findData("no"))  # type: ignore[attr-defined]
    assert "treated as not tolerant (recorded as not tolerant)" in editor.checks_read.text()
