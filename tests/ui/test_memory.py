"""Merged edits and replaced plans are released: no plan copies pile up while the clinician types."""

from __future__ import annotations

import gc

import pytest
from pytestqt.qtbot import QtBot

from careplan.domain.plan import CarePlan
from careplan.ui.commands import PlanEditCommand
from careplan.ui.editors.patient_editor import PatientEditor
from careplan.ui.main_window import MainWindow


def live(kind: type) -> int:
    gc.collect()
    return sum(1 for obj in gc.get_objects() if isinstance(obj, kind))


def live_commands(window: MainWindow) -> int:
    """Commands of this window's document (windows of earlier tests may not be collected yet)."""
    gc.collect()
    document = window.workspace.document
    return sum(1 for obj in gc.get_objects() if isinstance(obj, PlanEditCommand) and obj._document is document)


@pytest.mark.slow
def test_no_plan_copies_accumulate_over_200_merged_edits(window: MainWindow, qtbot: QtBot) -> None:
    ws = window.workspace
    ws.outline_controller.select(("patient",))
    editor = ws.editor_panel.editor
    assert isinstance(editor, PatientEditor)
    stack = ws.document.undo_stack
    plans_before = live(CarePlan)
    assert live_commands(window) == 0

    editor.name.setFocus()
    qtbot.keyClicks(editor.name, "a" * 200)  # 200 edits of one field, merged into one step

    assert ws.document.plan.patient is not None and ws.document.plan.patient.name == "a" * 200
    assert stack.count() == 1 and stack.undoText() == "Change patient name"
    # One undo step holds two plans (before, after); the "after" is the open plan itself.
    assert live(CarePlan) - plans_before <= 1
    assert live_commands(window) == 1

    ws.document.reset(CarePlan(title="Next patient"), None)  # clears the undo history
    assert live_commands(window) == 0
    assert live(CarePlan) <= plans_before


def test_typing_a_value_back_leaves_nothing_to_undo(window: MainWindow) -> None:
    edits = window.workspace.edits
    stack = window.workspace.document.undo_stack
    original = window.workspace.document.plan
    edits.set_field(("title",), "Draft", "plan title")
    edits.set_field(("title",), original.title, "plan title")
    assert window.workspace.document.plan == original
    assert not stack.canUndo() and not window.isWindowModified()
    edits.set_field(("notes",), "x", "plan notes")  # the next edit drops the no-op redo step
    assert stack.count() == 1 and not stack.canRedo()


def test_edits_after_saving_start_a_new_step(window: MainWindow) -> None:
    edits = window.workspace.edits
    document = window.workspace.document
    edits.set_field(("title",), "One", "plan title")
    document.undo_stack.setClean()  # as saving does
    edits.set_field(("title",), "One more", "plan title")
    assert document.undo_stack.count() == 2 and window.isWindowModified()
    window.actions_.undo.trigger()
    assert document.plan.title == "One" and not window.isWindowModified()
