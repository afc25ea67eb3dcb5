"""GUI test fixtures: a real main window offscreen, modal dialogs stubbed (never other Qt classes)."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from careplan.domain.catalog import CatalogIndex, load_catalog
from careplan.storage.plan_files import load_plan
from careplan.ui.main_window import MainWindow
from careplan.ui.qt_guard import protect_none

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
# The real modal loop, kept before any fixture replaces it: driven dialogs run in it.
REAL_EXEC = QDialog.exec
REAL_MESSAGE_BOX_EXEC = QMessageBox.exec
INTERNAL_ERROR_TITLE = "Careplan hit an internal error"
# pytest-qt makes its own QApplication, so the app's guard against PySide6 6.12's leak of
# references to None (careplan/ui/qt_guard.py) is applied here for every GUI test.
protect_none()


@dataclass
class MessageBoxes:
    """Records every message box the app shows and answers with ``answer``."""

    answer: QMessageBox.StandardButton = QMessageBox.StandardButton.Discard
    shown: list[tuple[str, str]] = field(default_factory=list)

    def texts(self) -> list[str]:
        return [f"{title}: {text}" for title, text in self.shown]


@pytest.fixture(scope="session", autouse=True)
def english_screens(qapp: QApplication) -> None:
    """The screens as the app starts them in English (app.run installs the same): the source text
    plus careplan_en.qm, whose plural forms turn "%n step(s)" into "5 steps"."""
    from careplan.ui.translations import install_translators

    install_translators("en")


@pytest.fixture(scope="session")
def catalog() -> CatalogIndex:
    return load_catalog()


@pytest.fixture(autouse=True)
def message_boxes(monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest) -> Iterator[MessageBoxes]:
    """Stub QMessageBox.exec (modal) so that tests can see what the app asked and answer it.

    No test may end with the internal-error dialog shown (a bug reached the clinician), unless it
    is marked ``internal_error_expected`` (the test of that dialog itself).
    """
    boxes = MessageBoxes()

    def fake_exec(box: QMessageBox) -> int:
        boxes.shown.append((box.windowTitle(), box.text()))
        return int(boxes.answer.value)

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    yield boxes
    if request.node.get_closest_marker("internal_error_expected") is None:
        errors = [text for title, text in boxes.shown if title == INTERNAL_ERROR_TITLE]
        assert errors == [], f"an internal-error dialog was shown: {errors}"


@pytest.fixture(autouse=True)
def heap_thawed() -> Iterator[None]:
    """A window's start-up freezes the live objects (careplan.ui.heap); the test process is shared
    by hundreds of windows, so each test gives them back to the collector when it ends."""
    yield
    gc.unfreeze()


@pytest.fixture(autouse=True)
def no_unstubbed_modal_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """A modal dialog a test did not stub would wait for a click for ever: fail at once instead."""

    def refuse(dialog: QDialog) -> int:
        raise AssertionError(f"unstubbed modal dialog {type(dialog).__name__}: {dialog.windowTitle()!r}")

    monkeypatch.setattr(QDialog, "exec", refuse)
    from PySide6.QtPrintSupport import QPrintDialog  # it has an exec of its own

    monkeypatch.setattr(QPrintDialog, "exec", refuse)


Handler = Callable[[Any], None]


@dataclass
class DrivenDialogs:
    """The modal dialogs a test drove, and any its handler left open (closed after a timeout)."""

    shown: list[QDialog] = field(default_factory=list)
    stuck: list[str] = field(default_factory=list)

    def titles(self) -> list[str]:
        return [dialog.windowTitle() for dialog in self.shown]


def drive_dialogs(monkeypatch: pytest.MonkeyPatch, handlers: list[tuple[type[QDialog], Handler]],
                  timeout_ms: int = 20_000) -> DrivenDialogs:
    """Run modal dialogs for real: ``exec`` runs Qt's own modal loop, and the first handler whose
    class matches is called inside it, as a person would act (type, tick, click a button). The
    handler must end the dialog by clicking one of its buttons; a dialog still open after
    ``timeout_ms`` is rejected and listed in ``stuck``.
    """
    driven = DrivenDialogs()

    def run(dialog: QDialog) -> int:
        handler = next((h for cls, h in handlers if isinstance(dialog, cls)), None)
        if handler is None:
            raise AssertionError(f"no handler for modal dialog {type(dialog).__name__}: {dialog.windowTitle()!r}")
        driven.shown.append(dialog)

        def give_up() -> None:
            if dialog.isVisible():
                driven.stuck.append(f"{type(dialog).__name__}: {dialog.windowTitle()!r}")
                dialog.reject()

        QTimer.singleShot(0, lambda: handler(dialog))
        watchdog = QTimer(dialog)  # dies with the dialog: never fires on a deleted one
        watchdog.setSingleShot(True)
        watchdog.timeout.connect(give_up)
        watchdog.start(timeout_ms)
        return int(REAL_EXEC(dialog))

    monkeypatch.setattr(QDialog, "exec", run)
    return driven


def open_plan(window: MainWindow, jurisdiction: str) -> None:
    """Open the knee example in ``window`` for a patient in ``jurisdiction``; it exports (nothing blocks)."""
    plan = load_plan(EXAMPLES / "knee-oa.careplan.json")
    assert plan.patient is not None
    plan = plan.model_copy(update={"patient": plan.patient.model_copy(update={"jurisdiction": jurisdiction})})
    window.workspace.document.reset(plan, None)
    assert not window.workspace.monitor.report.blocking


def stub_dialog(monkeypatch: pytest.MonkeyPatch, dialog_class: type[QDialog], fill: Callable[[Any], bool]) -> list[Any]:
    """Replace ``dialog_class.exec``: ``fill(dialog)`` sets its fields and says accept (True) or not.

    Returns the list of dialogs shown, so that a test can check a dialog appeared at all.
    """
    shown: list[Any] = []

    def fake_exec(dialog: Any) -> int:
        shown.append(dialog)
        accepted = fill(dialog)
        return int(QDialog.DialogCode.Accepted.value if accepted else QDialog.DialogCode.Rejected.value)

    monkeypatch.setattr(dialog_class, "exec", fake_exec)
    return shown


@pytest.fixture
def make_window(qtbot: QtBot, catalog: CatalogIndex) -> Iterator[Callable[[], MainWindow]]:
    windows: list[MainWindow] = []

    def make() -> MainWindow:
        window = MainWindow(catalog)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        windows.append(window)
        return window

    yield make
    for window in windows:
        if window.workspace is not None:
            window.workspace.preview.shut_down()


@pytest.fixture
def window(make_window: Callable[[], MainWindow]) -> MainWindow:
    return make_window()


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` key by key; QTest.keyClicks asserts on non-ASCII letters such as ë and Ñ."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


# The offscreen platform warns that it cannot raise windows or grab the keyboard; those are
# facts about the test platform, not problems in the app, so they must not fail the run.
OFFSCREEN_NOISE = r"This plugin does not support .*"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/ui/" in item.nodeid:
            item.add_marker(pytest.mark.gui)
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))
