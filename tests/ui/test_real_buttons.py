"""The two crashes clinicians hit, reproduced by clicking the real buttons in real (driven) dialogs."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QInputDialog, QPushButton
from pytestqt.qtbot import QtBot

from careplan.domain.lifecycle import sign
from careplan.storage.plan_files import load_plan
from careplan.ui.files.save_template_dialog import SaveTemplateDialog
from careplan.ui.library.library_dialog import TemplateLibraryDialog
from careplan.ui.lifecycle.sign_off_dialog import SignOffDialog
from careplan.ui.main_window import MainWindow
from tests.ui.conftest import EXAMPLES, MessageBoxes, drive_dialogs


def click(qtbot: QtBot, button: QPushButton) -> None:
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_template_library_rename_import_and_export_by_their_buttons(
        window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        message_boxes: MessageBoxes) -> None:
    exported = tmp_path / "shared.careplan.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(exported), ""))  # the OS's dialog
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(exported), ""))
    renamed: list[str] = []

    def library(dialog: TemplateLibraryDialog) -> None:
        dialog.search.setText("knee")
        qtbot.waitUntil(lambda: dialog.selected() is not None and "nee" in dialog.selected().title)  # type: ignore[union-attr]
        click(qtbot, dialog.buttons["duplicate"])
        copy = dialog.selected()
        assert copy is not None and copy.source == "personal"
        click(qtbot, dialog.buttons["rename"])  # opens the driven QInputDialog below
        renamed.append(load_plan(copy.path).title)
        click(qtbot, dialog.buttons["export"])
        assert exported.is_file()
        click(qtbot, dialog.buttons["import"])  # the same template back: refused or replaced, never a crash
        click(qtbot, dialog.box.button(QDialogButtonBox.StandardButton.Close))

    def new_title(asked: QInputDialog) -> None:
        asked.setTextValue("Knee OA \u2014 our clinic")
        buttons = asked.findChild(QDialogButtonBox)
        assert buttons is not None
        click(qtbot, buttons.button(QDialogButtonBox.StandardButton.Ok))

    driven = drive_dialogs(monkeypatch, [(TemplateLibraryDialog, library), (QInputDialog, new_title)])
    window.actions_.template_library.trigger()
    assert driven.stuck == [] and driven.titles() == ["Template library", "Rename template"]
    assert renamed == ["Knee OA \u2014 our clinic"]


def test_save_as_template_on_a_revised_plan(window: MainWindow, qtbot: QtBot, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch, message_boxes: MessageBoxes) -> None:
    ws = window.workspace
    assert ws is not None
    signed = sign(load_plan(EXAMPLES / "low-back-pain.careplan.json"), "Dr A. Example", catalog=ws.catalog)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(tmp_path / "rev2.careplan.json"), ""))
    ws.document.reset(signed, None)
    window.actions_.revise.trigger()
    assert ws.document.plan.revision == 2 and ws.document.plan.supersedes is not None

    def save(dialog: SaveTemplateDialog) -> None:
        dialog.title_edit.setText("Low back pain \u2014 revised")
        click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Save))

    driven = drive_dialogs(monkeypatch, [(SaveTemplateDialog, save), (SignOffDialog, lambda d: d.reject())])
    window.actions_.save_as_template.trigger()
    assert driven.stuck == [] and driven.titles() == ["Save as template"]
    assert message_boxes.shown[-1][0] == "Template saved", message_boxes.texts()
    saved = list(ws.preferences.personal_templates_dir().glob("*.careplan.json"))
    assert len(saved) == 1 and load_plan(saved[0]).supersedes is None
