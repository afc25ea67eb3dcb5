"""Storage errors reach the clinician as a clear dialog, never the internal-error dialog, and lose nothing:
a plan that cannot be saved stays open and unsaved; an unusable preferences file is said once and
kept beside the new one; a template that cannot be duplicated leaves the library as it was."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from careplan.domain.catalog import CatalogIndex
from careplan.storage import plan_files
from careplan.storage.paths import personal_templates_dir, preferences_path
from careplan.storage.preferences import Preferences
from careplan.storage.template_library import ClinicLibrary, LibraryError
from careplan.ui.library.library_dialog import TemplateLibraryDialog
from careplan.ui.lifecycle.sign_off_dialog import SignOffDialog
from careplan.ui.main_window import MainWindow
from tests.ui.conftest import EXAMPLES, MessageBoxes, stub_dialog


def test_a_plan_the_storage_refuses_gives_a_dialog_and_stays_unsaved(
        window: MainWindow, message_boxes: MessageBoxes, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    ws = window.workspace
    assert ws is not None
    path = tmp_path / "plan.careplan.json"
    shutil.copy(EXAMPLES / "low-back-pain.careplan.json", path)
    before = path.read_bytes()
    assert ws.files.open_path(path, ask=False)
    ws.edits.set_field(("title",), "Low back pain, reviewed", "plan title")
    # The size cap a plan file may have (the storage layer's PlanFileError, not an OSError).
    monkeypatch.setattr(plan_files, "MAX_FILE_BYTES", 2000)
    assert ws.files.save() is False
    assert message_boxes.shown and message_boxes.shown[-1][0] == "Could not save"
    assert message_boxes.shown[-1][1].startswith("\u201cplan.careplan.json\u201d was not saved: the file would be")
    assert ws.document.is_modified and ws.document.plan.title == "Low back pain, reviewed"
    assert path.read_bytes() == before


@pytest.mark.parametrize("content", [b"{not json", b"[1, 2]", json.dumps({"clinic_name": "x" * 5000}).encode()])
def test_unusable_preferences_are_said_once_and_the_file_is_kept(
        make_window: Callable[[], MainWindow], message_boxes: MessageBoxes, content: bytes) -> None:
    path = preferences_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    window = make_window()
    ws = window.workspace
    assert ws is not None
    assert ws.preferences.preferences == Preferences()
    window.open_at_start(None)
    said = [(title, text) for title, text in message_boxes.shown if title == "Preferences not used"]
    assert len(said) == 1 and str(path) in said[0][1]
    kept = [p for p in path.parent.iterdir() if p.name.startswith("preferences.unusable-")]
    assert len(kept) == 1 and kept[0].read_bytes() == content
    # Setting preferences again writes a new file; the kept one is untouched, and the next start says nothing.
    ws.preferences.update(Preferences(clinic_name="Riverside Pain Clinic"))
    assert kept[0].read_bytes() == content and "Riverside" in path.read_text(encoding="utf-8")
    second = make_window()
    assert second.workspace is not None
    second.open_at_start(None)
    assert len([t for t, _ in message_boxes.shown if t == "Preferences not used"]) == 1
    assert second.workspace.preferences.preferences.clinic_name == "Riverside Pain Clinic"


def test_a_template_that_cannot_be_duplicated_gives_a_dialog(
        qtbot: QtBot, catalog: CatalogIndex, message_boxes: MessageBoxes, monkeypatch: pytest.MonkeyPatch) -> None:
    library = ClinicLibrary(personal_templates_dir(), catalog=catalog)
    dialog = TemplateLibraryDialog(library, catalog)
    qtbot.addWidget(dialog)
    dialog.list.setCurrentRow(0)
    count = len(library.items())

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise LibraryError("template 'Knee' contains a phone number ('07700 900123') in its title")

    monkeypatch.setattr(library, "duplicate", refuse)
    dialog.buttons["duplicate"].click()
    assert message_boxes.shown[-1] == ("Not duplicated", "template 'Knee' contains a phone number ('07700 900123') in its title")
    assert len(library.items()) == count and dialog.undo_stack.count() == 0


def test_signing_a_plan_the_storage_refuses_signs_nothing(
        window: MainWindow, message_boxes: MessageBoxes, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    ws = window.workspace
    assert ws is not None
    path = tmp_path / "plan.careplan.json"
    shutil.copy(EXAMPLES / "low-back-pain.careplan.json", path)
    before = path.read_bytes()
    assert ws.files.open_path(path, ask=False)
    stub_dialog(monkeypatch, SignOffDialog, lambda dialog: dialog.name.setText("Dr A. Example") is None)
    monkeypatch.setattr(plan_files, "MAX_FILE_BYTES", 2000)
    assert ws.lifecycle.sign_off() is False
    assert message_boxes.shown[-1][0] == "Could not save" and "was not saved" in message_boxes.shown[-1][1]
    assert path.read_bytes() == before and ws.document.plan.signed_off is None


def test_preferences_that_cannot_be_written_are_said_and_still_apply(
        window: MainWindow, message_boxes: MessageBoxes, tmp_path: Path) -> None:
    ws = window.workspace
    assert ws is not None
    not_a_folder = tmp_path / "config-is-a-file"
    not_a_folder.write_text("", encoding="utf-8")
    ws.preferences.path = not_a_folder / "preferences.json"
    ws.preferences.update(Preferences(clinic_name="Riverside Pain Clinic"))
    assert message_boxes.shown[-1][0] == "Preferences not saved" and str(not_a_folder) in message_boxes.shown[-1][1]
    assert ws.preferences.preferences.clinic_name == "Riverside Pain Clinic"
