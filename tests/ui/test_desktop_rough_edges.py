"""The rough edges a clinic day found: silent corrections, half-typed medicines, shortcuts, plurals, legibility."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QPalette
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from careplan.domain.lifecycle import sign
from careplan.domain.plan import CarePlan, FlarePlan, MedicationItem, MedicationModule, Patient
from careplan.storage.plan_files import load_plan
from careplan.ui.editors.binding import FormBinder
from careplan.ui.editors.catalog_picker import best_row
from careplan.ui.editors.medication_editor import MedicationEditor
from careplan.ui.editors.medication_row import MedicationRow
from careplan.ui.editors.widgets import NumberBox
from careplan.ui.findings.findings_controller import item_names
from careplan.ui.findings.findings_view import detail_html
from careplan.ui.main_window import MainWindow
from careplan.ui.pane_splitter import EDITOR_MIN, SIDE_MIN, rebalanced
from tests.ui.conftest import EXAMPLES, MessageBoxes, type_text


def number_field(binder: FormBinder, path: tuple[str, ...]) -> NumberBox:
    widget = next(b.widget for b in binder.bindings if b.path == path)
    assert isinstance(widget, NumberBox)
    return widget


def enter(qtbot: QtBot, field: QLineEdit | NumberBox, text: str) -> None:
    edit = field.lineEdit() if isinstance(field, NumberBox) else field
    assert edit is not None
    edit.selectAll()
    type_text(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def medicines(window: MainWindow, jurisdiction: str = "US-TX") -> MedicationEditor:
    plan = CarePlan(title="T", patient=Patient(name="A", jurisdiction=jurisdiction),
                    modules=[MedicationModule(id="m", items=[MedicationItem(id="p", drug="fentanyl-transdermal", dose=1,
                                                                            unit="patch", interval_hours=72)])])
    ws = window.workspace
    assert ws is not None
    ws.document.reset(plan, None)
    ws.outline_controller.select(("module", "m"))
    editor = ws.editor_panel.editor
    assert isinstance(editor, MedicationEditor)
    return editor


@pytest.mark.parametrize(("path", "typed", "words"), [
    (("pain", "baseline", "nrs"), "11", "from 0 to 10; 11 is too high"),
    (("pain", "baseline", "nrs"), "seven", "must be a whole number"),
])
def test_a_wrong_number_stays_typed_with_its_reason(window: MainWindow, qtbot: QtBot, path: tuple[str, ...],
                                                    typed: str, words: str) -> None:
    ws = window.workspace
    assert ws is not None
    before = ws.document.plan
    ws.outline_controller.select(("pain",))
    editor = ws.editor_panel.editor
    assert editor is not None
    field = number_field(editor.binder, path)
    enter(qtbot, field, typed)
    assert field.lineEdit().text() == typed  # never silently "1" or emptied
    assert any(words in p for p in editor.binder.problems())
    assert ws.document.plan == before
    enter(qtbot, field, "7")
    assert editor.binder.problems() == [] and ws.document.plan.pain.baseline.nrs == 7


def test_dose_zero_and_ten_thousand_patches_are_refused_at_the_field(window: MainWindow, qtbot: QtBot) -> None:
    editor = medicines(window)
    row = editor.medicines.rows.rows["p"]
    assert isinstance(row, MedicationRow)
    row.set_expanded(True)
    enter(qtbot, row.dose, "0")
    assert row.dose.lineEdit().text() == "0" and row.course_message.isVisibleTo(row)
    assert "too low" in row.course_message.text()
    enter(qtbot, row.dose, "10,000")
    assert "10,000 patches at once" in row.course_message.text()
    assert row.item() is not None and row.item().dose == 1  # type: ignore[union-attr]


def test_a_birth_date_in_the_future_and_one_against_the_age_are_refused(window: MainWindow, qtbot: QtBot) -> None:
    ws = window.workspace
    assert ws is not None
    ws.outline_controller.select(("patient",))
    editor = ws.editor_panel.editor
    assert editor is not None
    dob = next(b.widget for b in editor.binder.bindings if b.path == ("patient", "date_of_birth"))
    future = date(date.today().year + 2, 1, 1).isoformat()
    enter(qtbot, dob.edit, future)  # type: ignore[attr-defined]
    assert any("in the future" in p for p in editor.binder.problems())
    ws.edits.set_field(("patient", "age"), 40, "age")
    enter(qtbot, dob.edit, "1950-06-01")  # type: ignore[attr-defined]
    assert any("the age says 40" in p for p in editor.binder.problems())
    assert ws.document.plan.patient_or_empty.date_of_birth is None


def test_a_course_in_2020_is_refused(window: MainWindow, qtbot: QtBot) -> None:
    editor = medicines(window)
    row = editor.medicines.rows.rows["p"]
    assert isinstance(row, MedicationRow)
    enter(qtbot, row.stop.edit, "2020-02-01")
    assert "before today" in row.course_message.text() and row.item().stop is None  # type: ignore[union-attr]


def test_a_partial_name_and_enter_adds_the_one_matching_medicine(window: MainWindow, qtbot: QtBot,
                                                                 message_boxes: MessageBoxes) -> None:
    editor = medicines(window)
    picker = editor.medicines.picker
    picker.edit.setText("ibupro")
    qtbot.keyClick(picker.edit, Qt.Key.Key_Return)
    items = window.workspace.document.plan.medication_items()  # type: ignore[union-attr]
    assert [i.drug for i in items] == ["fentanyl-transdermal", "ibuprofen"]
    # A name the catalog does not know is asked about; "Back to the list" adds nothing.
    message_boxes.answer = QMessageBox.StandardButton.Cancel
    picker.edit.setText("fentanil")
    qtbot.keyClick(picker.edit, Qt.Key.Key_Return)
    assert message_boxes.shown[-1][0] == "Not in the catalog"
    assert len(window.workspace.document.plan.medication_items()) == 2  # type: ignore[union-attr]


def test_brand_names_in_the_editor_are_those_of_the_patients_country(window: MainWindow) -> None:
    editor = medicines(window, "GB")
    row = editor.medicines.rows.rows["p"]
    assert isinstance(row, MedicationRow)
    labels = [row.drug.itemText(i) for i in range(row.drug.count())]
    paracetamol = next(label for label in labels if label.startswith("Acetaminophen"))
    assert "Panadol" in paracetamol and "Tylenol" not in paracetamol


def test_plural_words_agree_with_the_number(window: MainWindow) -> None:
    editor = medicines(window)
    row = editor.medicines.rows.rows["p"]
    assert isinstance(row, MedicationRow)
    row.max_per_day.setValue(1)
    assert row.max_per_day.lineEdit().text() == "1 dose a day at most"
    row.max_per_day.setValue(3)
    assert row.max_per_day.lineEdit().text() == "3 doses a day at most"


def test_a_finding_about_a_removed_medicine_names_it_in_words(window: MainWindow) -> None:
    ws = window.workspace
    assert ws is not None
    plan = load_plan(EXAMPLES / "low-back-pain.careplan.json")
    gone = plan.model_copy(update={"flare_plan": FlarePlan(may_take_items=["i-removed"])})
    finding = next(f for f in ws.monitor.check(gone).findings if f.rule == "FLARE-UNLISTED") \
        if hasattr(ws.monitor, "check") else None
    if finding is None:
        from careplan.domain.safety import check_plan

        finding = next(f for f in check_plan(gone, ws.catalog).findings if f.rule == "FLARE-UNLISTED")
    html = detail_html(finding, item_names(gone, ws.catalog))
    assert "i-removed" not in html and "no longer in this plan" in html


def test_a_signed_plan_reads_in_normal_contrast(window: MainWindow) -> None:
    ws = window.workspace
    assert ws is not None
    ws.document.reset(sign(load_plan(EXAMPLES / "low-back-pain.careplan.json"), "Dr A", catalog=ws.catalog), None)
    ws.outline_controller.select(("patient",))
    editor = ws.editor_panel.editor
    assert editor is not None and editor.isEnabled()
    name = next(b.widget for b in editor.binder.bindings if b.path == ("patient", "name"))
    assert isinstance(name, QLineEdit) and name.isReadOnly()
    palette = editor.palette()
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
        assert palette.color(QPalette.ColorGroup.Disabled, role) == palette.color(QPalette.ColorGroup.Active, role)


def test_f6_goes_to_the_form_and_window_shortcuts_win_over_text_fields(window: MainWindow) -> None:
    ws = window.workspace
    assert ws is not None
    ws.outline_controller.select(("patient",))
    ws.outline.setFocus()
    window.actions_.focus_form.trigger()
    focused = QApplication.focusWidget()
    assert focused is not None and ws.editor_panel.isAncestorOf(focused)
    # Ctrl+E (Export handout) is taken back from a line edit that would claim it (Linux key scheme)...
    editor = ws.editor_panel.editor
    assert editor is not None
    field = next(b.widget for b in editor.binder.bindings if b.path == ("title",))
    field.setFocus()
    QApplication.processEvents()
    override = QKeyEvent(QEvent.Type.ShortcutOverride, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    override.ignore()
    assert ws.shortcuts_first.eventFilter(field, override) and not override.isAccepted()
    # ... but Ctrl+Z stays the field's own undo.
    undo = QKeyEvent(QEvent.Type.ShortcutOverride, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not ws.shortcuts_first.eventFilter(field, undo)


def test_esc_and_ctrl_w_close_the_guide(window: MainWindow, qtbot: QtBot) -> None:
    ws = window.workspace
    assert ws is not None
    for key, modifier in ((Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier), (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)):
        ws.show_help()
        guide = ws.help_window
        assert guide is not None and guide.isVisible()
        # Through the application, shortcut map included: the main window's Close plan is Ctrl+W too.
        QApplication.sendEvent(guide.page, QKeyEvent(QEvent.Type.KeyPress, key, modifier))
        assert not guide.isVisible()


def test_the_editor_keeps_its_width_and_side_panes_hide(window: MainWindow) -> None:
    assert rebalanced([300, 300, 400]) == [300, EDITOR_MIN, 220]
    assert rebalanced([200, 100, 240]) == [SIDE_MIN[0], 100 + 50 + 20, SIDE_MIN[2]]
    ws = window.workspace
    assert ws is not None
    window.actions_.show_side_pane.setChecked(False)
    assert ws.splitter.sizes()[2] == 0
    window.actions_.show_side_pane.setChecked(True)
    assert ws.splitter.sizes()[2] >= SIDE_MIN[2]


def test_preview_zoom_steps_and_fits_back(window: MainWindow) -> None:
    ws = window.workspace
    assert ws is not None
    view = ws.preview_view
    view.set_zoom(1.0)
    view.step_zoom(1)
    assert view.zoom == 1.25 and view.zoom_label.text() == "125 %"
    view.step_zoom(-1)
    view.step_zoom(-1)
    assert view.zoom == 0.75
    view.fit_to_width()
    assert view.zoom is None and view.zoom_label.text() == "fit width"


def test_the_acknowledge_button_waits_for_a_real_reason(window: MainWindow) -> None:
    from careplan.ui.findings.acknowledge_dialog import AcknowledgeDialog

    ws = window.workspace
    assert ws is not None
    ws.document.reset(load_plan(EXAMPLES / "critical-opioid-sedative.careplan.json"), None)
    finding = next(f for f in ws.monitor.report.findings if f.severity == "critical")
    dialog = AcknowledgeDialog(finding, "Dr T", "ok", window)
    from PySide6.QtWidgets import QDialogButtonBox

    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled() and "at least" in dialog.hint.text()
    dialog.reason_edit.setPlainText("Pain clinic review; alprazolam taper started")
    assert ok.isEnabled()
    assert not ws.edits.acknowledge(finding.rule, list(finding.items), "ok", "Dr T", finding.title)


def test_the_library_preview_reads_as_a_note_and_never_shows_another_templates_pages(
        window: MainWindow, qtbot: QtBot) -> None:
    from careplan.ui.library.library_dialog import TemplateLibraryDialog

    ws = window.workspace
    assert ws is not None
    dialog = TemplateLibraryDialog(ws.library.library(), ws.catalog, window)
    qtbot.addWidget(dialog)
    assert dialog.preview.stack.currentWidget() is dialog.preview.placeholder
    assert "could not" not in dialog.preview.placeholder.text() and not dialog.preview.status.isVisibleTo(dialog)
    dialog.show_preview()
    assert dialog.preview.stack.currentWidget() is dialog.preview.pdf_view
    dialog.duplicate()  # the copy is selected: the original's pages must not stay on screen
    assert dialog.preview.stack.currentWidget() is dialog.preview.placeholder
    dialog.show_preview()
    dialog.delete()
    assert dialog.preview.stack.currentWidget() is dialog.preview.placeholder


def test_several_matches_highlight_the_name_that_starts_with_what_was_typed(
        window: MainWindow, qtbot: QtBot) -> None:
    """ "oxy" + Enter must not take Doxylamine (first in the alphabet, "oxy" inside its name)."""
    editor = medicines(window)
    picker = editor.medicines.picker
    picker.edit.setText("oxy")
    qtbot.keyClick(picker.edit, Qt.Key.Key_Return)
    completer = picker.edit.completer()
    assert completer is not None and completer.popup().isVisible()
    assert completer.popup().currentIndex().data().startswith("Oxycodone")


def test_the_best_match_is_a_name_then_a_word_that_starts_with_the_text() -> None:
    labels = ["Doxylamine (Unisom)", "Hydroxyzine", "Acetaminophen (Tylenol)", "Oxycodone (Roxicodone)"]
    assert best_row(labels, "oxy") == 3
    assert best_row(labels, "tylen") == 2  # a brand: a word of the label
    assert best_row(labels, "xyz") == 0  # inside words only: the list's first
