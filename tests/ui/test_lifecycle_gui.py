"""GUI: sign off, a signed plan is read-only, Revise starts revision n+1, Compare shows the diff; the template library."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from careplan.storage.plan_files import load_plan
from careplan.ui.library.library_dialog import TemplateLibraryDialog
from careplan.ui.lifecycle.compare_dialog import CompareDialog
from careplan.ui.lifecycle.sign_off_dialog import SignOffDialog
from careplan.ui.main_window import MainWindow
from tests.ui.conftest import EXAMPLES, MessageBoxes, stub_dialog


def _open_copy(window: MainWindow, name: str, tmp_path: Path) -> Path:
    path = tmp_path / name
    shutil.copy(EXAMPLES / name, path)
    assert window.workspace is not None and window.workspace.files.open_path(path, ask=False)
    return path


def _sign(dialog: SignOffDialog) -> bool:
    dialog.name.setText("Dr A. Example")
    dialog.credentials.setText("MD")
    return True


def test_sign_off_makes_the_plan_read_only_and_revise_keeps_revision_1(
        window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, message_boxes: MessageBoxes) -> None:
    ws = window.workspace
    assert ws is not None
    path = _open_copy(window, "low-back-pain.careplan.json", tmp_path)
    assert ws.editor_panel.isEnabled() and not ws.lifecycle.banner.isVisibleTo(window)
    shown = stub_dialog(monkeypatch, SignOffDialog, _sign)
    assert ws.lifecycle.sign_off()
    assert len(shown) == 1
    signed = load_plan(path)
    assert signed.status == "final" and signed.signed_off is not None and signed.signed_off.credentials == "MD"
    # Read-only: banner, palette and module actions off, and any edit is refused by the domain.
    assert ws.lifecycle.banner.isVisibleTo(window) and "Dr A. Example, MD" in ws.lifecycle.banner.label.text()
    assert not ws.palette.isEnabled() and not window.actions_.remove_module.isEnabled()
    assert not window.actions_.save.isEnabled()  # nothing to save: the signed file stays byte for byte
    assert ws.editor_panel.read_only
    ws.findings.select_row(0)
    assert not ws.findings.acknowledge.isEnabled() and not ws.findings.withdraw.isEnabled()
    assert not ws.edits.set_field(("title",), "Changed", "title")
    assert ws.document.plan.title == signed.title and not ws.document.is_modified
    # Signing again says so and changes nothing.
    assert not ws.lifecycle.sign_off()
    assert any("Already signed off" in text for text in message_boxes.texts())

    revision_path = tmp_path / "low-back-pain-rev2.careplan.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(revision_path), ""))
    before = path.read_bytes()
    assert ws.lifecycle.start_revision()
    assert path.read_bytes() == before  # revision 1 untouched on disk
    assert ws.document.path == revision_path and ws.document.plan.revision == 2 and ws.document.plan.status == "draft"
    assert ws.palette.isEnabled() and not ws.editor_panel.read_only and not ws.lifecycle.banner.isVisibleTo(window)
    assert window.actions_.save.isEnabled()
    assert ws.edits.set_field(("modules", "m-med", "items", "i-ibu", "dose"), 200, "dose")

    dialog = ws.lifecycle.compare_with(path)
    assert isinstance(dialog, CompareDialog)
    texts = dialog.texts()
    assert "Record: revision 1 \u2192 2" in texts
    assert "Medicines: Ibuprofen: 400 mg \u2192 200 mg, 3 times a day" in texts
    dialog.close()


def test_sign_off_refused_while_a_critical_is_open(
        window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, message_boxes: MessageBoxes) -> None:
    ws = window.workspace
    assert ws is not None
    path = _open_copy(window, "critical-opioid-sedative.careplan.json", tmp_path)
    shown = stub_dialog(monkeypatch, SignOffDialog, _sign)
    before = path.read_bytes()
    assert not ws.lifecycle.sign_off()
    assert shown == [] and path.read_bytes() == before
    assert any("Cannot sign off yet" in text for text in message_boxes.texts())


def test_template_library_search_duplicate_rename_delete_undo(
        window: MainWindow, qtbot: QtBot, tmp_path: Path, message_boxes: MessageBoxes) -> None:
    ws = window.workspace
    assert ws is not None
    dialog = TemplateLibraryDialog(ws.library.library(), ws.catalog, window)
    qtbot.addWidget(dialog)
    total = dialog.list.count()
    assert total >= 13
    dialog.search.setText("duloxetine")
    qtbot.waitUntil(lambda: dialog.list.count() < total)
    assert dialog.selected() is not None and dialog.selected().id == "diabetic-peripheral-neuropathy"  # type: ignore[union-attr]
    assert not dialog.buttons["rename"].isEnabled() and not dialog.buttons["delete"].isEnabled()  # built-in
    dialog.duplicate()
    copy = dialog.selected()
    assert copy is not None and copy.source == "personal" and copy.title.endswith("(copy)")
    assert dialog.buttons["rename"].isEnabled()
    dialog.rename("Neuropathy \u2014 our clinic")
    assert load_plan(copy.path).title == "Neuropathy \u2014 our clinic"
    dialog.undo_stack.undo()
    assert load_plan(copy.path).title.endswith("(copy)")
    dialog.delete()
    assert not copy.path.exists()
    dialog.undo_stack.undo()
    assert copy.path.exists()
    dialog.undo_stack.undo()  # and the duplicate itself
    assert not copy.path.exists()
    dialog.undo_stack.redo()
    assert copy.path.exists()
    dialog.show_preview()  # renders the handout of the selected template into the preview


def test_library_import_refuses_a_patient_identifier(window: MainWindow, qtbot: QtBot, tmp_path: Path,
                                                     message_boxes: MessageBoxes) -> None:
    ws = window.workspace
    assert ws is not None
    dialog = TemplateLibraryDialog(ws.library.library(), ws.catalog, window)
    qtbot.addWidget(dialog)
    data = json.loads((Path(__file__).resolve().parents[2] / "resources" / "templates" / "hip-osteoarthritis.careplan.json")
                      .read_text(encoding="utf-8"))
    data.update(id="x", patient={"name": "Zo\u00eb \u00d1\u00fa\u00f1ez"})
    source = tmp_path / "x.careplan.json"
    source.write_text(json.dumps(data), encoding="utf-8")
    count = dialog.list.count()
    dialog.import_file(source)
    assert dialog.list.count() == count and not dialog.undo_stack.canUndo()
    assert any("Not imported" in text for text in message_boxes.texts())
