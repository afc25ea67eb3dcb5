"""Undo/redo restores the exact plan; unsaved-changes prompt; bad files; recovery after a crash."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from careplan.domain.plan import CarePlan, Goal
from careplan.storage.plan_files import load_plan
from careplan.ui.files.recovery_dialog import RecoveryDialog
from careplan.ui.main_window import MainWindow
from tests.ui.conftest import EXAMPLES, MessageBoxes, stub_dialog

EXAMPLE = EXAMPLES / "critical-nsaid-bleeding.careplan.json"


def test_undo_redo_round_trip_restores_the_exact_plan(window: MainWindow) -> None:
    assert window.workspace.files.open_path(EXAMPLE)
    original = window.workspace.document.plan
    edits = window.workspace.edits
    med_module = next(m for m in original.modules if m.kind == "medication")
    item = med_module.items[0]  # type: ignore[union-attr]
    edits.set_field(("patient", "name"), "Rosa T", "patient name")
    edits.set_field(("patient", "name"), "Rosa Te", "patient name")  # typing merges into one step
    edits.set_field(("modules", med_module.id, "items", item.id, "dose"), 200.0, "ibuprofen dose")
    edits.add_module("cbt")
    edits.move_module(med_module.id, len(window.workspace.document.plan.modules) - 1)
    edits.add_item(("goals",), Goal(text="Sleep 7 hours"), "goal")
    edits.remove_item(("modules", med_module.id, "items"), item.id, "ibuprofen")
    final = window.workspace.document.plan
    stack = window.workspace.document.undo_stack
    assert stack.count() == 6
    assert [stack.text(i) for i in range(stack.count())] == [
        "Change patient name", "Change ibuprofen dose", "Add CBT for pain module",
        "Move Medication module", "Add goal", "Remove ibuprofen",
    ]
    while stack.canUndo():
        window.actions_.undo.trigger()
    assert window.workspace.document.plan == original
    assert not window.isWindowModified()
    while stack.canRedo():
        window.actions_.redo.trigger()
    assert window.workspace.document.plan == final
    assert window.isWindowModified()


def test_rejected_edit_changes_nothing_and_says_why(window: MainWindow) -> None:
    window.workspace.edits.add_item(("goals",), Goal(text="Walk"), "goal")
    goal_id = window.workspace.document.plan.goals[0].id
    before = window.workspace.document.plan
    assert not window.workspace.edits.set_field(("goals", goal_id, "text"), "", "goal")
    assert window.workspace.document.plan == before
    assert window.workspace.editor_panel.message.isVisibleTo(window)


def test_close_with_unsaved_changes_prompts(window: MainWindow, message_boxes: MessageBoxes, qtbot: QtBot) -> None:
    window.workspace.edits.set_field(("title",), "Changed", "plan title")
    message_boxes.answer = QMessageBox.StandardButton.Cancel
    assert not window.close()
    assert window.isVisible()
    assert message_boxes.shown and message_boxes.shown[-1][0] == "Unsaved changes"
    message_boxes.answer = QMessageBox.StandardButton.Discard
    assert window.close()


def test_close_prompt_save_writes_the_file(window: MainWindow, message_boxes: MessageBoxes, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    window.workspace.edits.set_field(("title",), "Saved on close", "plan title")
    target = tmp_path / "closing.careplan.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    message_boxes.answer = QMessageBox.StandardButton.Save
    assert window.close()
    assert load_plan(target).title == "Saved on close"


def test_clean_close_does_not_prompt(window: MainWindow, message_boxes: MessageBoxes) -> None:
    assert window.close()
    assert message_boxes.shown == []


@pytest.mark.parametrize("content", [b"{ not json", b"", b'{"format": "careplan", "schema_version": 99}', b"\x00\x01binary"])
def test_bad_file_shows_error_keeps_app_and_file(window: MainWindow, message_boxes: MessageBoxes, tmp_path: Path, content: bytes) -> None:
    window.workspace.edits.set_field(("title",), "Work in progress", "plan title")
    plan_before = window.workspace.document.plan
    bad = tmp_path / "bad.careplan.json"
    bad.write_bytes(content)
    mtime = bad.stat().st_mtime_ns
    message_boxes.answer = QMessageBox.StandardButton.Discard
    assert not window.workspace.files.open_path(bad, ask=False)
    assert message_boxes.shown[-1][0] == "Could not open the plan"
    assert "bad.careplan.json" in message_boxes.shown[-1][1]
    assert bad.read_bytes() == content and bad.stat().st_mtime_ns == mtime
    assert window.isVisible() and window.workspace.document.plan == plan_before and window.workspace.document.is_modified


def test_save_and_reopen(window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    window.workspace.edits.set_field(("title",), "Round trip", "plan title")
    target = tmp_path / "plan"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.actions_.save.trigger()
    saved = tmp_path / "plan.careplan.json"
    assert saved.exists() and not window.isWindowModified()
    assert window.workspace.status.save_state.text().startswith("Saved")
    assert window.state.recent_files()[0] == saved.resolve()
    window.actions_.new.trigger()
    assert window.workspace.files.open_path(saved)
    assert window.workspace.document.plan.title == "Round trip"


def crash_with_unsaved_work(make_window: Callable[[], MainWindow], qtbot: QtBot) -> CarePlan:
    first = make_window()
    assert first.workspace.files.open_path(EXAMPLE)
    first.workspace.edits.set_field(("patient", "name"), "Rosa Testa-Recovered", "patient name")
    # The recovery copy is written shortly after the change, without any action from the user.
    qtbot.waitSignal(first.workspace.recovery.recovery_written, timeout=5000).wait()
    # Simulate a crash: the process dies, nothing runs closeEvent or discards the copy.
    first.workspace.recovery.timer.stop()
    first.workspace.document.modified_changed.disconnect()
    return first.workspace.document.plan


def test_recovered_work_is_on_the_start_page(make_window: Callable[[], MainWindow], qtbot: QtBot) -> None:
    unsaved = crash_with_unsaved_work(make_window, qtbot)
    second = make_window()
    second.open_at_start(None)  # launched without a file: the start page, no modal dialog
    ws = second.workspace
    assert ws.start_showing and ws.start_page.recovered_box.isVisibleTo(second)
    entry = ws.start_page.recovered.topLevelItem(0)
    # Title, patient, time and file, each whole in its own column.
    assert [entry.text(c) for c in (0, 1, 3)] == [unsaved.title, "Rosa Testa-Recovered", EXAMPLE.name]
    assert entry.text(2)
    assert not second.actions_.export_handout.isEnabled()  # no plan on screen, nothing to export
    ws.start_page.restore.click()
    assert not ws.start_showing and second.actions_.export_handout.isEnabled()
    assert ws.document.plan == unsaved
    assert ws.document.path == EXAMPLE
    assert second.isWindowModified() and "[*]" in second.windowTitle()


def test_recovery_is_offered_before_opening_a_file(make_window: Callable[[], MainWindow], qtbot: QtBot) -> None:
    unsaved = crash_with_unsaved_work(make_window, qtbot)
    offered = []

    def restore(dialog: RecoveryDialog) -> bool:
        offered.append([r.title for r in dialog.recoveries])
        dialog.choice = RecoveryDialog.RESTORE
        return True

    with pytest.MonkeyPatch.context() as mp:
        stub_dialog(mp, RecoveryDialog, restore)
        second = make_window()
        second.open_at_start(EXAMPLE)
    assert offered == [[unsaved.title]]
    assert second.workspace.document.plan == unsaved and second.isWindowModified()


def test_app_start_loads_in_background_then_opens_the_file(qtbot: QtBot) -> None:
    """What `careplan FILE` does: the shell shows at once, the file opens once the catalog is in."""
    from careplan.ui.app import create_main_window

    window = create_main_window()
    qtbot.addWidget(window)
    window.show()
    window.open_at_start(EXAMPLE)  # asked before the workspace exists: it must wait, not fail
    assert window.workspace is None
    with qtbot.waitSignal(window.ready, timeout=20000):
        pass
    assert window.workspace is not None
    assert window.workspace.document.path == EXAMPLE
    assert window.windowTitle().startswith("critical-nsaid-bleeding")
