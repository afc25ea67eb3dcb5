"""The medication editor over the dose model: strengths from the catalog, how often, rescue, course.

Every control sends one undo step; the item always has exactly one way of being taken.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from careplan.domain.plan import CarePlan, MedicationItem, MedicationModule, Patient, Strength
from careplan.ui.editors.medication_dose import OTHER_STRENGTH
from careplan.ui.editors.medication_editor import MedicationEditor
from careplan.ui.editors.medication_row import MedicationRow
from careplan.ui.main_window import MainWindow
from tests.ui.conftest import type_text

ITEMS = {
    "oxy": MedicationItem(id="oxy", drug="oxycodone", dose=5, unit="mg", times_per_day=2),
    "fent": MedicationItem(id="fent", drug="fentanyl-transdermal", dose=1, unit="patch",
                           strength=Strength(amount=25, unit="mcg/h"), release="er", interval_hours=72),
    "ami": MedicationItem(id="ami", drug="amitriptyline", dose=10, unit="mg", times_per_day=1),
    "nalox": MedicationItem(id="nalox", drug="naloxone", dose=1, unit="application", strength=Strength(amount=4, unit="mg"),
                            route="nasal"),
    "free": MedicationItem(id="free", name="Grandma's liniment", dose=1, unit="application", times_per_day=2),
}


def open_meds(window: MainWindow) -> MedicationEditor:
    plan = CarePlan(title="Doses", patient=Patient(name="T"), modules=[MedicationModule(id="m", items=list(ITEMS.values()))])
    window.workspace.document.reset(plan, None)
    window.workspace.outline_controller.select(("module", "m"))
    editor = window.workspace.editor_panel.editor
    assert isinstance(editor, MedicationEditor)
    return editor


def row(editor: MedicationEditor, item_id: str) -> MedicationRow:
    """The medicine's row, opened (a list this long shows one-line summaries) as a clinician would."""
    found = editor.medicines.rows.rows[item_id]
    assert isinstance(found, MedicationRow)
    found.set_expanded(True)
    return found


def item(window: MainWindow, item_id: str) -> MedicationItem:
    return next(i for i in window.workspace.document.plan.medication_items() if i.id == item_id)


def pick(combo: object, data: object) -> None:
    """Choose an entry as a click in the list does (select it, then ``activated``)."""
    index = combo.findData(data)  # type: ignore[attr-defined]
    assert index >= 0, data
    combo.setCurrentIndex(index)  # type: ignore[attr-defined]
    combo.activated.emit(index)  # type: ignore[attr-defined]


def steps(window: MainWindow) -> int:
    return window.workspace.document.undo_stack.count()


def test_strength_is_picked_from_the_catalog_list_in_one_step(window: MainWindow) -> None:
    editor = open_meds(window)
    oxy = row(editor, "oxy")
    labels = [oxy.strength.itemText(i) for i in range(oxy.strength.count())]
    assert "15 mg tablet" in labels and "10 mg extended-release tablet" in labels
    assert oxy.strength.currentText() == "None: dose written in mg"
    pick(oxy.strength, labels.index("15 mg tablet"))
    got = item(window, "oxy")
    assert (got.dose, got.unit, got.strength, got.release) == (1, "tablet", Strength(amount=15, unit="mg"), "ir")
    assert steps(window) == 1 and window.workspace.document.undo_stack.undoText() == "Change Oxycodone strength"
    assert oxy.strength.currentText() == "15 mg tablet"
    assert oxy.dose_words.text() == "= 1 tablet \u00d7 15 mg"
    window.actions_.undo.trigger()
    assert item(window, "oxy") == ITEMS["oxy"]


def test_a_strength_not_in_the_list_can_be_typed(window: MainWindow, qtbot: QtBot) -> None:
    editor = open_meds(window)
    oxy = row(editor, "oxy")
    pick(oxy.strength, oxy.strength.findText("5 mg tablet"))
    pick(oxy.strength, OTHER_STRENGTH)
    assert oxy.custom_amount.isVisibleTo(oxy)
    oxy.custom_amount.lineEdit().selectAll()
    type_text(oxy.custom_amount, "7.5")
    qtbot.keyClick(oxy.custom_amount, Qt.Key.Key_Return)
    assert item(window, "oxy").strength == Strength(amount=7.5, unit="mg")
    assert oxy.strength.currentData() == OTHER_STRENGTH


def test_a_patch_strength_brings_its_interval(window: MainWindow) -> None:
    editor = open_meds(window)
    fent = row(editor, "fent")
    assert fent.how_often.currentData() == "interval" and (fent.every.value(), fent.every_unit.currentData()) == (3, "days")
    pick(fent.how_often, "daily")
    assert item(window, "fent").times_per_day == 1 and item(window, "fent").interval_hours is None
    pick(fent.strength, fent.strength.findText("50 mcg/h extended-release patch"))
    got = item(window, "fent")
    assert got.interval_hours == 72 and got.times_per_day is None and got.strength == Strength(amount=50, unit="mcg/h")


def test_switching_how_often_keeps_exactly_one_way(window: MainWindow) -> None:
    editor = open_meds(window)
    oxy = row(editor, "oxy")
    pick(oxy.how_often, "prn")
    got = item(window, "oxy")
    assert (got.prn, got.max_per_day, got.times_per_day, got.interval_hours) == (True, 2, None, None)
    oxy.gap.setValue(4)
    assert item(window, "oxy").min_hours_between == 4
    oxy.max_per_day.setValue(3)
    assert item(window, "oxy").max_per_day == 3
    pick(oxy.how_often, "interval")
    got = item(window, "oxy")
    assert (got.prn, got.max_per_day, got.min_hours_between, got.interval_hours) == (False, None, None, 72)
    oxy.every_unit.setCurrentIndex(oxy.every_unit.findData("days"))
    oxy.every.setValue(7)
    assert item(window, "oxy").interval_hours == 168
    pick(oxy.how_often, "daily")
    assert item(window, "oxy").times_per_day == 1 and item(window, "oxy").interval_hours is None
    assert steps(window) == 6  # every control change is one undo step


def test_timing_defaults_from_the_catalog_and_is_editable(window: MainWindow) -> None:
    editor = open_meds(window)
    ami = row(editor, "ami")
    assert [s for s, box in ami.slots.items() if box.isChecked()] == ["bedtime"]
    assert "usual for Amitriptyline" in ami.timing_note.text()
    ami.slots["morning"].click()
    got = item(window, "ami")
    assert (got.times_per_day, got.timing) == (2, ["morning", "bedtime"])
    assert ami.times.value() == 2 and ami.timing_note.text() == ""
    ami.slots["morning"].click()
    ami.slots["bedtime"].click()  # the last time of day cannot be taken away
    assert item(window, "ami").timing == ["bedtime"] and ami.slots["bedtime"].isChecked()
    ami.times.setValue(3)
    got = item(window, "ami")
    assert (got.times_per_day, got.timing) == (3, None)  # a new count: the usual times apply again
    assert [s for s, box in ami.slots.items() if box.isChecked()] == ["morning", "midday", "evening"]


def test_rescue_medicine_shows_who_it_is_for_and_no_schedule(window: MainWindow) -> None:
    editor = open_meds(window)
    nalox = row(editor, "nalox")
    assert not nalox.how_often.isVisibleTo(nalox) and not nalox.times.isVisibleTo(nalox)
    assert nalox.rescue_note.isVisibleTo(nalox)
    text = nalox.rescue_note.text()
    assert "family" in text and "carers" in text and "not part of the daily totals" in text
    assert nalox.strength.currentText() == "4 mg spray"


def test_free_text_medicine_gets_only_a_typed_strength(window: MainWindow) -> None:
    editor = open_meds(window)
    free = row(editor, "free")
    assert [free.strength.itemData(i) for i in range(free.strength.count())][-1] == OTHER_STRENGTH
    assert free.how_often.currentData() == "daily"


@pytest.mark.parametrize("order", ["stop-then-length", "length-then-stop"])
def test_course_is_a_stop_date_or_a_length(window: MainWindow, qtbot: QtBot, order: str) -> None:
    editor = open_meds(window)
    oxy = row(editor, "oxy")

    def set_stop() -> None:
        oxy.stop.edit.setFocus()
        oxy.stop.edit.clear()
        type_text(oxy.stop.edit, "2027-01-31")
        qtbot.keyClick(oxy.stop.edit, Qt.Key.Key_Return)

    def set_length() -> None:
        oxy.duration.setValue(10)

    first, second = (set_stop, set_length) if order == "stop-then-length" else (set_length, set_stop)
    first()
    second()
    got = item(window, "oxy")
    if order == "stop-then-length":
        assert (got.duration_days, got.stop) == (10, None)
        assert oxy.stop.text() == ""
    else:
        assert (got.duration_days, got.stop) == (None, date(2027, 1, 31))
        assert oxy.duration.optional_value() is None


def test_stop_before_start_stays_typed_with_its_reason(window: MainWindow, qtbot: QtBot) -> None:
    editor = open_meds(window)
    oxy = row(editor, "oxy")
    oxy.start.edit.setFocus()
    type_text(oxy.start.edit, "2027-02-01")
    qtbot.keyClick(oxy.start.edit, Qt.Key.Key_Return)
    oxy.stop.edit.setFocus()
    type_text(oxy.stop.edit, "2027-01-01")
    qtbot.keyClick(oxy.stop.edit, Qt.Key.Key_Return)
    assert item(window, "oxy").stop is None and item(window, "oxy").start == date(2027, 2, 1)
    assert oxy.course_message is not None and oxy.course_message.isVisibleTo(oxy)
    assert oxy.course_message.text().endswith("the stop date is before the start date.")
    assert oxy.stop.text() == "2027-01-01"


def test_another_medicine_in_the_row_brings_its_own_strength(window: MainWindow) -> None:
    editor = open_meds(window)
    oxy = row(editor, "oxy")
    pick(oxy.strength, oxy.strength.findText("15 mg tablet"))
    oxy.purpose.setText("back pain")
    oxy.purpose.textEdited.emit("back pain")
    pick(oxy.drug, "gabapentin")
    got = item(window, "oxy")
    assert got.drug == "gabapentin" and got.strength is None and got.unit == "mg" and got.dose == 100
    assert got.purpose == "back pain" and got.times_per_day == 1
    pick(oxy.drug, "naloxone")
    got = item(window, "oxy")
    assert not got.has_frequency and row(editor, "oxy").rescue_note.isVisibleTo(oxy)


def test_an_opioid_can_be_given_for_opioid_use_disorder_in_one_undo_step(window: MainWindow, qtbot: QtBot) -> None:
    """The indication the rules read (MME thresholds leave OUD treatment out) is set at the medicine."""
    plan = CarePlan(title="OUD", patient=Patient(name="T"), modules=[MedicationModule(id="m", items=[
        MedicationItem(id="met", drug="methadone", dose=30, unit="mg", times_per_day=1),
        MedicationItem(id="bup", drug="buprenorphine", dose=8, unit="mg", times_per_day=1, route="sublingual"),
        MedicationItem(id="ibu", drug="ibuprofen", dose=400, unit="mg", times_per_day=3)])])
    ws = window.workspace
    ws.document.reset(plan, None)
    ws.outline_controller.select(("module", "m"))
    editor = ws.editor_panel.editor
    assert isinstance(editor, MedicationEditor)
    methadone, bup, ibu = (row(editor, i) for i in ("met", "bup", "ibu"))
    # Offered for the opioids only (the medicine class the indication applies to).
    assert methadone.form.indication_field.isVisibleTo(methadone) and bup.form.indication_field.isVisibleTo(bup)
    assert not ibu.form.indication_field.isVisibleTo(ibu)
    qtbot.waitUntil(lambda: ws.monitor.report.mme.total > 0)
    steps = ws.document.undo_stack.count()
    methadone.form.indication.setCurrentIndex(methadone.form.indication.findData("opioid_use_disorder"))
    assert item(window, "met").indication == "opioid_use_disorder"
    assert ws.document.undo_stack.count() == steps + 1
    assert "treatment of opioid-use disorder" in methadone.summary.text()
    qtbot.waitUntil(lambda: ws.monitor.report.mme.total == 0)
    ws.document.undo_stack.undo()
    assert item(window, "met").indication is None
    assert methadone.form.indication.currentData() == "none"
    # Another medicine in the row: the indication was this medicine's, so it goes.
    methadone.form.indication.setCurrentIndex(methadone.form.indication.findData("opioid_use_disorder"))
    pick(methadone.drug, "morphine")
    assert item(window, "met").indication is None
