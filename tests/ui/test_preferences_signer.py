"""Preferences hold the signing clinician's licence number; printing puts it on the summary's
signature block (through the print settings the preview and export use)."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from careplan.storage.preferences import Preferences
from careplan.ui.dialogs.preferences_dialog import PreferencesDialog
from careplan.ui.main_window import MainWindow

from .conftest import type_text


def test_licence_number_is_edited_in_preferences_and_reaches_the_export_options(window: MainWindow, tmp_path: Path,
                                                                                  qtbot: QtBot) -> None:
    prefs = Preferences(clinician_name="Dr Jane Roe", clinician_credentials="MD")
    dialog = PreferencesDialog(prefs, window.workspace.catalog, tmp_path, parent=window)
    qtbot.addWidget(dialog)
    type_text(dialog.clinician_licence, "TX-12345")
    edited = dialog.preferences()
    assert edited.clinician_licence == "TX-12345"
    window.workspace.preferences.update(edited)
    signer = window.workspace.preferences.print_settings().export_options().signer
    assert (signer.name, signer.credentials, signer.licence) == ("Dr Jane Roe", "MD", "TX-12345")
