"""Exercise pictures on screen: the editor's rows and the library preview paint each exercise's
start and end drawing from the pose data, and a clinic photo replaces it (bad files refused)."""

from __future__ import annotations

from pathlib import Path

from PIL import Image
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from careplan.domain import edits
from careplan.domain.catalog import CatalogIndex
from careplan.domain.plan import CarePlan, ExercisePrescription, Patient, PhysiotherapyModule
from careplan.storage.exercise_photos import PhotoLibrary
from careplan.ui.editors.exercise_figure import ExerciseFigureView, ExercisePicture
from careplan.ui.editors.physiotherapy_editor import PhysiotherapyEditor
from careplan.ui.main_window import MainWindow


def _ink(image: QImage, left: int, right: int) -> int:
    """Dark body pixels (the figure's navy) in a band of columns."""
    count = 0
    for x in range(left, right, 2):
        for y in range(0, image.height(), 2):
            c = QColor(image.pixel(x, y))
            count += c.blue() > 90 and c.red() < 80 and c.green() < 110
    return count


def test_every_exercise_is_painted_in_both_panels(qtbot: QtBot, catalog: CatalogIndex) -> None:
    picture = ExercisePicture(catalog)
    qtbot.addWidget(picture)
    picture.resize(420, 230)
    picture.show()
    for exercise in catalog.data.exercises:
        picture.show_exercise(exercise.id)
        image = picture.view.grab().toImage()
        half = image.width() // 2
        assert _ink(image, 0, half) > 40 and _ink(image, half, image.width()) > 40, exercise.id
        assert picture.view.accessibleDescription() == f"{exercise.name}: start and end drawing"
    picture.show_exercise(None)
    assert picture.isHidden()


def _physio_editor(window: MainWindow, exercises: list[ExercisePrescription]) -> PhysiotherapyEditor:
    ws = window.workspace
    plan = CarePlan(patient=Patient(name="T"), modules=[PhysiotherapyModule(id="pt", exercises=exercises)])
    ws.document.reset(plan, None)
    ws.outline_controller.select(("module", "pt"))
    editor = ws.editor_panel.editor
    assert isinstance(editor, PhysiotherapyEditor)
    return editor


def test_rows_and_the_library_preview_show_the_exercise(window: MainWindow, qtbot: QtBot) -> None:
    editor = _physio_editor(window, [ExercisePrescription(id="a", exercise="bridge"),
                                     ExercisePrescription(id="b", name="Garden stretch routine")])
    rows = editor.rows.rows
    assert rows["a"].picture.isVisibleTo(editor) and rows["a"].picture.view.drawing is not None
    assert not rows["b"].picture.isVisibleTo(editor)
    # Typing an exercise's name shows its picture before it is added; adding clears it.
    assert not editor.preview.isVisibleTo(editor)
    qtbot.keyClicks(editor.picker, "Clamshell")
    assert editor.preview.isVisibleTo(editor) and editor.preview.exercise_id == "clamshell"
    editor.picker.returnPressed.emit()
    assert not editor.preview.isVisibleTo(editor)
    assert [e.exercise for e in edits.get_field(window.workspace.document.plan, ("modules", "pt", "exercises"))] == [
        "bridge", None, "clamshell"]


def test_a_clinic_photo_replaces_the_drawing(window: MainWindow, tmp_path: Path) -> None:
    editor = _physio_editor(window, [ExercisePrescription(id="a", exercise="bridge")])
    picture = editor.rows.rows["a"].picture
    reports: list[str] = []
    picture.report = reports.append
    bad = tmp_path / "notes.png"
    bad.write_text("not a picture")
    picture.ask_file = lambda: str(bad)
    picture.choose.click()
    assert reports == [f"photo {bad} is not a PNG or JPEG image"]
    assert PhotoLibrary().path_for("bridge") is None and not picture.drop.isEnabled()

    good = tmp_path / "bridge.png"
    Image.new("RGB", (300, 200), (250, 10, 10)).save(good)
    picture.ask_file = lambda: str(good)
    picture.choose.click()
    assert PhotoLibrary().path_for("bridge") is not None and picture.drop.isEnabled()
    image = picture.view.grab().toImage()
    centre = QColor(image.pixel(image.width() // 2, image.height() // 2))
    assert centre.red() > 200 and centre.green() < 60  # the photo, not the navy drawing
    assert picture.view.accessibleDescription() == "Bridge: the clinic's photo"
    # The handout preview's settings carry the photo to the render process.
    settings = window.workspace.preferences.print_settings()
    assert dict(settings.exercise_photos)["bridge"].endswith("bridge.png")
    picture.drop.click()
    assert PhotoLibrary().path_for("bridge") is None and picture.view.drawing is not None


def test_view_paints_nothing_without_a_figure(qtbot: QtBot) -> None:
    view = ExerciseFigureView()
    qtbot.addWidget(view)
    view.show_figure(None)
    assert view.isHidden()
