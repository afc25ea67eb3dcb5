"""The taper window, monitoring and measures in the GUI: each change one undo step on the plan's
stack, MME per step shown, scores by the published rule, due dates on the start page."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate

from careplan.domain.plan import MedicationItem
from careplan.storage.plan_files import load_plan
from careplan.ui.editors.medication_editor import MedicationEditor
from careplan.ui.editors.medication_row import MedicationRow
from careplan.ui.editors.over_time_editor import OverTimeEditor
from careplan.ui.main_window import MainWindow
from careplan.ui.stewardship.recent_due import monitoring_due_text
from careplan.ui.stewardship.taper_dialog import TaperDialog

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def morphine(window: MainWindow) -> MedicationItem:
    return next(i for i in window.workspace.document.plan.medication_items() if i.id == "i-mor")


def open_taper(window: MainWindow) -> TaperDialog:
    window.workspace.document.reset(load_plan(EXAMPLES / "morphine-taper.careplan.json"), None)
    window.workspace.outline_controller.select(("module", "m-med"))
    editor = window.workspace.editor_panel.editor
    assert isinstance(editor, MedicationEditor)
    row = editor.medicines.rows.rows["i-mor"]
    assert isinstance(row, MedicationRow)
    assert row.taper.isVisibleTo(row) and "taper: 5 steps, stop on 2027-05-03" in row.summary.text()
    # Paracetamol is no opioid: no taper button.
    other = editor.medicines.rows.rows["i-par"]
    assert isinstance(other, MedicationRow) and not other.taper.isVisibleTo(other)
    return row.taper.open_editor()


def test_the_taper_window_shows_each_step_with_its_mme(window: MainWindow) -> None:
    dialog = open_taper(window)
    model = dialog.model
    rows = [[model.data(model.index(r, c)) for c in range(model.columnCount())] for r in range(model.rowCount())]
    assert rows[0][:5] == ["now", "2027-01-10", "30 mg morning, 30 mg bedtime", "60 mg", "60"]
    assert rows[1][:5] == ["2027-01-11", "2027-02-07", "30 mg morning, 15 mg bedtime", "45 mg", "45"]
    assert rows[3][2].startswith("pause") and rows[5][2] == "stop"
    assert "within the sourced guidance" in dialog.pace.text()
    assert "MME/day" in dialog.plot.accessibleDescription()


def test_editing_a_step_is_one_undo_step_and_the_pace_is_rechecked(window: MainWindow) -> None:
    dialog = open_taper(window)
    stack = window.workspace.document.undo_stack
    before = morphine(window).taper
    dialog.table.selectRow(1)
    assert dialog.slot_doses["morning"].value() == 30 and dialog.slot_doses["bedtime"].value() == 15
    dialog.slot_doses["bedtime"].setValue(0)  # 30 mg in the morning only: 50% at once
    dialog.apply.click()
    after = morphine(window).taper
    assert after is not None and after.steps[0].dose == 30 and after.steps[0].times_per_day == 1
    assert stack.undoText().startswith("Change Morphine taper")
    # Marked as used for over a year, that first step is faster than 10% a month.
    dialog.long_term.setCurrentIndex(2)
    dialog.long_term.activated.emit(2)
    assert "faster than guidance" in dialog.pace.text()
    dialog.undo.click()
    dialog.undo.click()
    assert morphine(window).taper == before


def test_steps_worked_out_from_a_rate_replace_the_steps(window: MainWindow) -> None:
    dialog = open_taper(window)
    dialog.rate_from.setDate(QDate(2027, 1, 4))
    dialog.percent.setValue(10)
    dialog.per.setCurrentIndex(dialog.per.findData("week"))
    dialog.pause_after.setValue(1)
    dialog.pause_weeks.setValue(2)
    dialog.work_out.click()
    taper = morphine(window).taper
    assert taper is not None and taper.rate is None and taper.steps[-1].stop
    assert any(step.pause for step in taper.steps)
    assert all(step.begins >= date(2027, 1, 4) for step in taper.steps)
    assert taper.note  # the note and length of use are kept
    assert dialog.model.rowCount() == len(taper.steps) + 1


def test_removing_the_taper_and_starting_one_again(window: MainWindow) -> None:
    dialog = open_taper(window)
    dialog.remove_taper.click()
    assert morphine(window).taper is None and dialog.model.rowCount() == 0
    dialog.add_step.click()
    taper = morphine(window).taper
    assert taper is not None and len(taper.steps) == 1 and taper.steps[0].begins.weekday() == 0  # a Monday


def test_measures_and_monitoring_are_entered_per_visit(window: MainWindow) -> None:
    window.workspace.document.reset(load_plan(EXAMPLES / "measures-three-visits.careplan.json"), None)
    window.workspace.outline_controller.select(("over_time",))
    editor = window.workspace.editor_panel.editor
    assert isinstance(editor, OverTimeEditor)
    panel = editor.measures
    panel.instrument.setCurrentIndex(panel.instrument.findData("PHQ-9"))
    for box, answer in zip(panel.answers, [1, 1, 0, 1, 0, 0, 1, 0, 1], strict=True):
        box.setValue(answer)
    assert "Score: <b>5</b> (mild)" in panel.score.text()
    panel.day.setDate(QDate(2026, 12, 22))
    count = len(window.workspace.document.plan.measures)
    panel.add.click()
    plan = window.workspace.document.plan
    assert len(plan.measures) == count + 1 and plan.measures[-1].answers[8] == 1
    assert "PHQ9-ITEM9" in {f.rule for f in window.workspace.monitor.report.findings}
    assert "2026-12-22" in panel.plot.accessibleDescription()
    window.workspace.document.undo_stack.undo()
    assert len(window.workspace.document.plan.measures) == count
    monitoring = editor.monitoring
    due = {monitoring.due_model.data(monitoring.due_model.index(r, 0)): monitoring.due_model.data(monitoring.due_model.index(r, 2))
           for r in range(monitoring.due_model.rowCount())}
    assert due["Urine drug test"] == "2027-03-02"
    monitoring.kind.setCurrentIndex(monitoring.kind.findData("urine_drug_test"))
    monitoring.day.setDate(QDate(2026, 12, 1))
    monitoring.record.click()
    due = {monitoring.due_model.data(monitoring.due_model.index(r, 0)): monitoring.due_model.data(monitoring.due_model.index(r, 2))
           for r in range(monitoring.due_model.rowCount())}
    assert due["Urine drug test"] == "2027-12-01"


def test_recent_plans_say_what_monitoring_is_due(tmp_path: Path) -> None:
    copy = tmp_path / "visits.careplan.json"
    shutil.copy(EXAMPLES / "measures-three-visits.careplan.json", copy)
    assert monitoring_due_text(copy, date(2026, 12, 3)) == "PDMP check due 2027-02-22"
    assert monitoring_due_text(copy, date(2027, 2, 25)) == "PDMP check overdue since 2027-02-22"
    assert monitoring_due_text(copy, date(2027, 3, 5)) == "PDMP check overdue since 2027-02-22 (+1)"
    uk = tmp_path / "taper.careplan.json"
    shutil.copy(EXAMPLES / "morphine-taper.careplan.json", uk)
    assert monitoring_due_text(uk, date(2026, 12, 3)) == "none due"  # US guidance, a UK patient
    assert monitoring_due_text(tmp_path / "gone.careplan.json") == "\u2014"
