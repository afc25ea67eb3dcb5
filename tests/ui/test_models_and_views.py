"""Qt models checked with qtmodeltester; outline drag and drop; palette; preview; icons."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, Qt
from pytestqt.qtbot import QtBot

from careplan.resources import icons_dir
from careplan.ui.findings.findings_model import FindingsModel
from careplan.ui.icons import ICON_NAMES
from careplan.ui.main_window import MainWindow
from careplan.ui.outline.outline_model import KIND_MIME, MODULES_ROW, OutlineModel
from tests.ui.conftest import EXAMPLES, stub_dialog

EXAMPLE = EXAMPLES / "critical-nsaid-bleeding.careplan.json"


def test_outline_model_passes_modeltester(window: MainWindow, qtmodeltester: object) -> None:
    assert window.workspace.files.open_path(EXAMPLE)
    model = OutlineModel(window.workspace.document)
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    window.workspace.edits.add_module("mindfulness")
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_findings_model_passes_modeltester(window: MainWindow, qtmodeltester: object) -> None:
    assert window.workspace.files.open_path(EXAMPLE)
    model = FindingsModel(window.workspace.monitor)
    assert model.rowCount() >= 1
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_outline_shows_the_plan(window: MainWindow) -> None:
    assert window.workspace.files.open_path(EXAMPLE)
    model = window.workspace.outline_model
    texts = [model.data(model.index(r, 0)) for r in range(model.rowCount())]
    assert texts[0] == "Patient: Rosa Testa"
    modules = model.index(MODULES_ROW, 0)
    assert model.rowCount(modules) == len(window.workspace.document.plan.modules)
    assert model.data(model.index(0, 0, modules)).startswith("1  Medication")


def test_drop_from_palette_adds_and_internal_drop_moves(window: MainWindow, qtbot: QtBot) -> None:
    assert window.workspace.files.open_path(EXAMPLE)
    model = window.workspace.outline_model
    modules = model.index(MODULES_ROW, 0)
    data = window.workspace.palette_model.mimeData([window.workspace.palette_model.index(2, 0)])  # CBT
    assert data.hasFormat(KIND_MIME)
    assert model.canDropMimeData(data, Qt.DropAction.CopyAction, 0, 0, modules)
    assert not model.canDropMimeData(data, Qt.DropAction.CopyAction, -1, 0, model.index(0, 0))  # not onto Patient
    model.dropMimeData(data, Qt.DropAction.CopyAction, 0, 0, modules)
    qtbot.waitUntil(lambda: window.workspace.document.plan.modules[0].kind == "cbt")
    assert window.workspace.document.undo_stack.undoText() == "Add CBT for pain module"

    last = model.index(len(window.workspace.document.plan.modules) - 1, 0, modules)
    moving_id = window.workspace.document.plan.modules[-1].id
    drag = model.mimeData([last])
    model.dropMimeData(drag, Qt.DropAction.MoveAction, 0, 0, modules)
    qtbot.waitUntil(lambda: window.workspace.document.plan.modules[0].id == moving_id)
    assert window.workspace.outline_controller.current_key() == ("module", moving_id)


def test_palette_double_click_enter_and_search(window: MainWindow, qtbot: QtBot) -> None:
    count = len(window.workspace.document.plan.modules)
    qtbot.keyClicks(window.workspace.palette.search, "mind")
    assert window.workspace.palette.proxy.rowCount() == 1
    qtbot.keyClick(window.workspace.palette.search, Qt.Key.Key_Return)
    assert [m.kind for m in window.workspace.document.plan.modules][count:] == ["mindfulness"]
    window.workspace.palette.search.clear()
    index = window.workspace.palette.proxy.index(0, 0)
    rect = window.workspace.palette.list.visualRect(index)
    qtbot.mouseClick(window.workspace.palette.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(window.workspace.palette.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.workspace.document.plan.modules[-1].kind == "medication"


def test_keyboard_reorder_and_delete(window: MainWindow) -> None:
    window.workspace.edits.add_module("medication")
    window.workspace.edits.add_module("cbt")
    first, second = (m.id for m in window.workspace.document.plan.modules)
    window.workspace.outline_controller.select(("module", second))
    window.actions_.move_up.trigger()
    assert [m.id for m in window.workspace.document.plan.modules] == [second, first]
    window.workspace.outline.setFocus()
    window.workspace.outline_controller.select(("module", first))
    from PySide6.QtTest import QTest

    QTest.keyClick(window.workspace.outline, Qt.Key.Key_Delete)
    assert [m.id for m in window.workspace.document.plan.modules] == [second]


def test_preview_renders_off_the_gui_thread(window: MainWindow, qtbot: QtBot) -> None:
    assert window.workspace.files.open_path(EXAMPLE)
    with qtbot.waitSignal(window.workspace.preview.preview_ready, timeout=20000) as blocker:
        window.actions_.show_preview.trigger()
    assert blocker.args[0].startswith(b"%PDF")
    qtbot.waitUntil(lambda: window.workspace.preview_view.page_count > 0, timeout=5000)
    with qtbot.waitSignal(window.workspace.preview.preview_ready, timeout=20000):
        window.workspace.edits.set_field(("patient", "name"), "Rosa Preview", "patient name")


def test_every_icon_exists() -> None:
    for name in ICON_NAMES:
        assert (icons_dir() / f"{name}.svg").is_file(), name


def test_mime_without_module_is_refused(window: MainWindow) -> None:
    model = window.workspace.outline_model
    assert not model.canDropMimeData(QMimeData(), Qt.DropAction.MoveAction, 0, 0, model.index(MODULES_ROW, 0))


def test_print_prints_the_previewed_pages(window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from pypdf import PdfReader
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    plan_path = EXAMPLES / "critical-dose-daily-max.careplan.json"
    assert window.workspace.files.open_path(plan_path)
    for finding in window.workspace.monitor.report.blocking:
        window.workspace.edits.acknowledge(finding.rule, list(finding.items), "checked with the patient", "Dr T", finding.title)
    assert not window.workspace.monitor.report.blocking
    with qtbot.waitSignal(window.workspace.preview.preview_ready, timeout=20000) as blocker:
        window.actions_.show_preview.trigger()
    previewed_pages = len(PdfReader(io.BytesIO(blocker.args[0])).pages)
    out = tmp_path / "printed.pdf"

    def to_file(dialog: QPrintDialog) -> bool:
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(out))
        return True

    stub_dialog(monkeypatch, QPrintDialog, to_file)
    window.actions_.print.trigger()
    assert out.exists()
    assert len(PdfReader(out).pages) == previewed_pages


def test_window_geometry_is_restored(make_window: object) -> None:
    first = make_window()  # type: ignore[operator]
    first.resize(700, 500)
    assert first.close()
    second = make_window()  # type: ignore[operator]
    assert (second.width(), second.height()) == (700, 500)
