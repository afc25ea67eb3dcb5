"""Every editor is usable in a small window, and a saved geometry never opens off a smaller screen."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QAbstractSpinBox, QCheckBox, QComboBox, QLineEdit, QPlainTextEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from careplan.domain import edits
from careplan.domain.catalog_choices import new_medication
from careplan.domain.plan import CarePlan, MedicationItem, MedicationModule, Patient, Strength
from careplan.ui.main_window import MainWindow
from careplan.ui.pane_splitter import column_widths
from careplan.ui.screen_fit import fit_rect

# 1366x768 at 150 % is 910x512 logical pixels; the offscreen test screen is 800 wide, narrower still.
SMALL = (800, 512)
INPUTS = (QLineEdit, QPlainTextEdit, QAbstractSpinBox, QComboBox, QCheckBox, QPushButton)


def full_plan(window: MainWindow) -> CarePlan:
    catalog = window.workspace.catalog
    items = [new_medication(catalog, name) for name in ("oxycodone", "fentanyl", "naloxone", "amitriptyline")]
    items.append(MedicationItem(drug="oxycodone", dose=1, unit="tablet", strength=Strength(amount=5, unit="mg"), prn=True,
                                max_per_day=4, min_hours_between=4))
    plan = CarePlan(title="Everything", patient=Patient(name="Zo\u00eb"), modules=[MedicationModule(items=items)])
    for kind in ("physiotherapy", "cbt", "mindfulness", "lifestyle", "kratom"):
        plan = edits.add_module(plan, edits.new_module(kind, accepted_by="Dr K"))
    return plan


def test_every_editor_fits_a_small_window_without_sideways_scrolling(window: MainWindow, qtbot: QtBot) -> None:
    window.resize(*SMALL)
    ws = window.workspace
    ws.splitter.setSizes(column_widths(window.width()))
    ws.document.reset(full_plan(window), None)
    keys: list[tuple[str, ...]] = [("patient",), ("pain",), ("goals",), ("modules",), ("flare",), ("follow_up",)]
    keys += [("module", m.id) for m in ws.document.plan.modules]
    area = ws.editor_panel.scroll_area
    for key in keys:
        ws.outline_controller.select(key)
        editor = ws.editor_panel.editor
        assert editor is not None
        qtbot.waitUntil(lambda e=editor: e.isVisible())
        viewport = area.viewport().width()
        assert editor.minimumSizeHint().width() <= viewport, (key, editor.minimumSizeHint().width(), viewport)
        assert not area.horizontalScrollBar().isVisible(), key
        for widget in editor.findChildren(QWidget):
            if isinstance(widget, INPUTS) and widget.isVisibleTo(editor):
                right = widget.mapTo(editor, widget.rect().topRight()).x()
                assert right <= editor.width() + 1, (key, widget.accessibleName(), right, editor.width())


def test_editor_column_gets_the_most_room() -> None:
    for total in (800, 910, 1280, 1920):
        outline, editor, side = column_widths(total)
        assert outline + editor + side == total
        assert editor > side > outline or (total >= 1280 and editor > side)


def test_fit_rect_shrinks_and_moves_inside() -> None:
    screen = QRect(0, 0, 910, 512)
    assert fit_rect(QRect(100, 50, 1920, 1080), screen) == QRect(0, 0, 910, 512)
    assert fit_rect(QRect(-300, 400, 800, 400), screen) == QRect(0, 112, 800, 400)
    assert fit_rect(QRect(10, 10, 300, 200), screen) == QRect(10, 10, 300, 200)


def test_restored_geometry_is_clamped_to_a_smaller_screen(make_window: Callable[[], MainWindow]) -> None:
    first = make_window()
    first.resize(1920, 1080)  # e.g. saved on a big monitor
    first.move(200, 150)
    assert first.close()
    second = make_window()
    available = second.screen().availableGeometry()
    assert second.frameGeometry().width() <= available.width()
    assert second.frameGeometry().height() <= available.height()
    assert available.contains(second.frameGeometry().topLeft())
