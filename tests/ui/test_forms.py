"""Forms commit finished values only, read dates in the clinician's format, and keep mistakes visible."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QLocale, Qt
from pytestqt.qtbot import QtBot

from careplan.ui.editors.binding import field_message
from careplan.ui.editors.patient_editor import PatientEditor
from careplan.ui.editors.places import PlaceLookup, all_places
from careplan.ui.main_window import MainWindow
from tests.ui.conftest import type_text


@pytest.fixture
def locale_us() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(before)


@pytest.fixture
def locale_gb() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(before)


def patient_editor(window: MainWindow) -> PatientEditor:
    window.workspace.outline_controller.select(("patient",))
    editor = window.workspace.editor_panel.editor
    assert isinstance(editor, PatientEditor)
    return editor


def stored(window: MainWindow, field: str) -> object:
    patient = window.workspace.document.plan.patient
    assert patient is not None
    return getattr(patient, field)


def test_typing_a_place_name_never_stores_a_partial_code(window: MainWindow, qtbot: QtBot) -> None:
    editor = patient_editor(window)
    field = editor.jurisdiction
    field.setFocus()
    seen = set()
    for char in "Texas":
        type_text(field, char)
        seen.add(stored(window, "jurisdiction"))
    assert seen == {None}  # nothing stored while typing: not "TE", not "TEX"
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert stored(window, "jurisdiction") == "US-TX"
    assert field.text() == "Texas (US-TX)"
    assert window.workspace.document.undo_stack.undoText() == "Change where they live"


def test_unknown_place_stays_visible_with_its_reason_until_fixed(window: MainWindow, qtbot: QtBot) -> None:
    editor = patient_editor(window)
    field = editor.jurisdiction
    field.setFocus()
    type_text(field, "Texs")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert stored(window, "jurisdiction") is None
    message = editor.binder.problems()
    assert message and message[0].startswith("Where they live: choose a place from the list")
    # Another edit elsewhere must not wipe the clinician's text or the reason.
    window.workspace.edits.set_field(("patient", "name"), "Ana", "patient name")
    assert field.text() == "Texs" and editor.binder.problems() == message
    label = field_message(field)
    assert label is not None
    assert label.isVisibleTo(editor) and "choose a place" in label.text()
    field.setText("us-tx")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert stored(window, "jurisdiction") == "US-TX" and editor.binder.problems() == []
    assert not label.isVisibleTo(editor)


def test_place_lookup_names_codes_and_ambiguity(catalog: object) -> None:
    lookup = PlaceLookup(all_places(catalog))  # type: ignore[arg-type]
    assert lookup.resolve("thailand") == "TH"
    assert lookup.resolve("Texas (US-TX)") == "US-TX"
    assert lookup.resolve("gb") == "GB"
    assert lookup.resolve("de-by") == "DE-BY"  # a state of a known country, even if not listed
    assert lookup.resolve("") is None
    with pytest.raises(ValueError, match="Georgia \\(GE\\) or Georgia \\(US-GA\\)"):
        lookup.resolve("Georgia")
    with pytest.raises(ValueError, match="choose a place"):
        lookup.resolve("ZZ-Q")


@pytest.mark.usefixtures("locale_us")
@pytest.mark.parametrize("typed", ["12/03/1955", "12/3/1955", "1955-12-03"])
def test_dates_typed_in_us_and_iso_forms(window: MainWindow, qtbot: QtBot, typed: str) -> None:
    editor = patient_editor(window)
    edit = editor.dob.edit  # type: ignore[attr-defined]
    edit.setFocus()
    for char in typed:
        type_text(edit, char)
        assert stored(window, "date_of_birth") is None  # never a half-typed date
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert stored(window, "date_of_birth") == date(1955, 12, 3)
    assert edit.text() == "12/3/1955"  # shown back with the full year, in the clinician's format


@pytest.mark.usefixtures("locale_gb")
def test_day_first_locale_reads_day_first(window: MainWindow, qtbot: QtBot) -> None:
    edit = patient_editor(window).dob.edit  # type: ignore[attr-defined]
    edit.setFocus()
    type_text(edit, "12/03/1955")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert stored(window, "date_of_birth") == date(1955, 3, 12)
    assert edit.text() == "12/03/1955"


@pytest.mark.usefixtures("locale_us")
def test_two_digit_year_is_refused_in_plain_words(window: MainWindow, qtbot: QtBot) -> None:
    editor = patient_editor(window)
    edit = editor.dob.edit  # type: ignore[attr-defined]
    edit.setFocus()
    type_text(edit, "12/03/55")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert stored(window, "date_of_birth") is None
    assert editor.binder.problems() == ["Date of birth: write the year in full, e.g. 1955 rather than 55."]
    assert edit.text() == "12/03/55"


def test_calendar_pick_commits_the_date(window: MainWindow) -> None:
    editor = patient_editor(window)
    field = editor.dob
    field.menu.aboutToShow.emit()  # builds the calendar as opening the popup does
    assert field.calendar is not None
    from PySide6.QtCore import QDate

    field.calendar.clicked.emit(QDate(1961, 3, 4))
    assert stored(window, "date_of_birth") == date(1961, 3, 4)


def test_spin_box_commits_when_typing_is_finished(window: MainWindow, qtbot: QtBot) -> None:
    editor = patient_editor(window)
    age = next(b.widget for b in editor.binder.bindings if b.path == ("patient", "age"))
    age.setFocus()
    age.lineEdit().selectAll()
    type_text(age, "6")
    assert stored(window, "age") is None  # "6" is not the age the clinician is typing
    type_text(age, "5")
    qtbot.keyClick(age, Qt.Key.Key_Return)
    assert stored(window, "age") == 65
    assert window.workspace.document.undo_stack.count() == 1
