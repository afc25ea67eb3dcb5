"""The whole workflow, clicked through: template -> patient -> critical finding -> acknowledge -> export."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from careplan.domain.plan import CarePlan, FollowUp, Goal, MedicationModule, TemplateInfo
from careplan.storage import paths
from careplan.storage.plan_files import save_plan
from careplan.storage.templates import make_template
from careplan.ui.editors.medication_editor import MedicationEditor
from careplan.ui.editors.patient_editor import PatientEditor
from careplan.ui.exports.blocked_dialog import BlockedDialog
from careplan.ui.exports.export_dialog import ExportDialog
from careplan.ui.files.template_picker_dialog import TemplatePickerDialog
from careplan.ui.findings.acknowledge_dialog import AcknowledgeDialog
from careplan.ui.main_window import MainWindow
from tests.ui.conftest import stub_dialog, type_text

TEMPLATE_ID = "test-shoulder-template"


def write_template() -> Path:
    plan = CarePlan(
        title="Shoulder pain \u2013 conservative",
        modules=[MedicationModule(id="meds")],
        goals=[Goal(text="Lift a kettle with the right arm", measure="PEG", target="4 or lower")],
        follow_up=FollowUp(interval_weeks=4),
    )
    template = make_template(plan, TemplateInfo(description="For tests", tags=["shoulder"]), template_id=TEMPLATE_ID)
    folder = paths.personal_templates_dir()
    folder.mkdir(parents=True)
    path = folder / "shoulder.careplan.json"
    save_plan(template, path)
    return path


def choose_template(dialog: TemplatePickerDialog) -> bool:
    for row in range(dialog.list.count()):
        if dialog.list.item(row).data(Qt.ItemDataRole.UserRole) == TEMPLATE_ID:
            dialog.list.setCurrentRow(row)
    assert "Modules" in dialog.preview.toPlainText()  # the picker previews what the template holds
    return True


def add_medicine(qtbot: QtBot, editor: MedicationEditor | PatientEditor, text: str) -> None:
    picker = editor.medicines.picker if isinstance(editor, MedicationEditor) else editor.current.picker
    qtbot.keyClicks(picker.edit, text)
    qtbot.keyClick(picker.edit, Qt.Key.Key_Return)


def test_template_to_exported_handout(window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    write_template()
    pickers = stub_dialog(monkeypatch, TemplatePickerDialog, choose_template)
    window.actions_.new_from_template.trigger()
    assert pickers, "New from template shows the template picker"
    plan = window.workspace.document.plan
    assert plan.title == "Shoulder pain \u2013 conservative" and not plan.is_template
    assert window.workspace.outline_model.data(window.workspace.outline_model.index(3, 0)) == "Modules (1)"

    # Fill the patient: name typed, warfarin recorded as a medicine they already take.
    window.workspace.outline_controller.select(("patient",))
    patient = window.workspace.editor_panel.editor
    assert isinstance(patient, PatientEditor)
    type_text(patient.name, "Zo\u00eb \u00d1\u00fa\u00f1ez")
    add_medicine(qtbot, patient, "warfarin")
    assert window.workspace.document.plan.patient is not None
    assert window.workspace.document.plan.patient.name == "Zo\u00eb \u00d1\u00fa\u00f1ez"
    assert window.windowTitle().endswith("Careplan") and window.isWindowModified()

    # Add ibuprofen to the medication module: NSAID with an anticoagulant is critical.
    # A template's part ids are fresh (make_template renews them): find the medication module's.
    meds_id = window.workspace.document.plan.modules[0].id
    window.workspace.outline_controller.select(("module", meds_id))
    meds = window.workspace.editor_panel.editor
    assert isinstance(meds, MedicationEditor)
    add_medicine(qtbot, meds, "ibuprofen")
    item = window.workspace.document.plan.medication_items()[0]
    assert item.drug == "ibuprofen"
    findings = window.workspace.findings.model
    texts = [findings.data(findings.index(r, 0)) for r in range(findings.rowCount())]
    assert any(t.startswith("Critical:") and "bleed" in t.lower() for t in texts), texts
    assert "critical" in window.workspace.status.findings.text()

    # Clicking the finding jumps to the medicine in the editor.
    row = next(r for r, t in enumerate(texts) if t.startswith("Critical:"))
    window.workspace.findings.select_row(row)
    window.workspace.findings.go_to.click()
    assert window.workspace.outline_controller.current_key() == ("module", meds_id)

    # Export is refused until the critical finding is acknowledged with a reason; the refusal
    # lists the finding and "Go to" shows it (findings tab, the finding selected, its medicine).
    export_dialogs = stub_dialog(monkeypatch, ExportDialog, lambda d: True)
    out = tmp_path / "handout.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), "PDF (*.pdf)"))
    window.workspace.tabs.setCurrentWidget(window.workspace.preview_view)
    window.workspace.outline_controller.select(("patient",))

    def go_to_first(dialog: BlockedDialog) -> bool:
        assert [dialog.list.item(i).text() for i in range(dialog.list.count())] == [
            f.title for f in window.workspace.monitor.report.blocking]
        dialog.go_to.click()
        return dialog.chosen is not None

    refusals = stub_dialog(monkeypatch, BlockedDialog, go_to_first)
    window.actions_.export_handout.trigger()
    assert refusals and not out.exists() and not export_dialogs
    assert window.workspace.tabs.currentWidget() is window.workspace.findings
    selected = window.workspace.findings.current_finding()
    assert selected is not None and selected.blocking
    assert window.workspace.outline_controller.current_key() == ("module", meds_id)

    def give_reason(dialog: AcknowledgeDialog) -> bool:
        qtbot.keyClicks(dialog.reason_edit, "INR checked weekly; 5-day course only")
        ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
        assert dialog.by() == "" and not ok.isEnabled()  # no Preferences name yet: "By" is required
        qtbot.keyClicks(dialog.by_edit, "Dr T. Example")
        assert ok.isEnabled()
        return True

    stub_dialog(monkeypatch, AcknowledgeDialog, give_reason)
    window.workspace.findings.select_row(row)
    qtbot.mouseClick(window.workspace.findings.acknowledge, Qt.MouseButton.LeftButton)
    acks = window.workspace.document.plan.acknowledgements
    assert [(a.reason, a.by) for a in acks] == [("INR checked weekly; 5-day course only", "Dr T. Example")]
    assert not window.workspace.monitor.report.blocking
    assert window.workspace.document.undo_stack.undoText().startswith("Acknowledge")

    window.actions_.export_handout.trigger()
    assert export_dialogs and out.exists()
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert "\u00d1\u00fa\u00f1ez" in text
