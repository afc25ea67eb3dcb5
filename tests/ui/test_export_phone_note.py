"""The export dialog says so when no clinic phone is set: the handout then prints a blank line."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from careplan.export.options import HANDOUT_SECTIONS
from careplan.ui.exports.export_dialog import ExportDialog

SECTIONS = [(s.id, s.label, s.required) for s in HANDOUT_SECTIONS]


def test_without_a_clinic_phone_the_dialog_says_the_handout_gets_a_blank_line(qtbot: QtBot) -> None:
    dialog = ExportDialog(SECTIONS, False, clinic_phone="  ")
    qtbot.addWidget(dialog)
    assert dialog.phone_note is not None
    assert "No clinic phone number is set" in dialog.phone_note.text()
    assert "Phone: ______" in dialog.phone_note.text()


def test_with_a_clinic_phone_there_is_no_note(qtbot: QtBot) -> None:
    dialog = ExportDialog(SECTIONS, False, clinic_phone="512-555-0100")
    qtbot.addWidget(dialog)
    assert dialog.phone_note is None
    # The required safety sections cannot be unticked, the new "care" box among them.
    assert not dialog.section_checks["care"].isEnabled() and dialog.section_checks["care"].isChecked()


def test_the_note_is_about_the_handout_only(qtbot: QtBot) -> None:
    dialog = ExportDialog(SECTIONS, False, kind="summary", clinic_phone="")
    qtbot.addWidget(dialog)
    assert dialog.phone_note is not None and not dialog.phone_note.isEnabled()
    dialog.handout.setChecked(True)
    assert dialog.phone_note.isEnabled()
    dialog.summary.setChecked(True)
    assert not dialog.phone_note.isEnabled()
