"""Slow work runs off the GUI thread while the window keeps painting (careplan/ui/busy.py)."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

import careplan.export as export
import careplan.ui.busy as busy
from tests.ui.conftest import open_plan

pytestmark = pytest.mark.gui

WAIT_S = 10  # a worker that is never released gives up, so a broken event loop fails, not hangs


def _visible_dialogs() -> list[QProgressDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog) and w.isVisible()]


def test_the_work_runs_on_another_thread_and_its_result_comes_back(qtbot: Any) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    gui_thread = threading.get_ident()
    ident, value = busy.run_busy(window, "Making the summary…", lambda: (threading.get_ident(), 41 + 1))
    assert value == 42
    assert ident != gui_thread
    assert not _visible_dialogs()


def test_the_window_keeps_processing_events_while_the_work_runs(qtbot: Any) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    released = threading.Event()
    # The timer can only fire if the GUI thread runs its event loop while the work waits for it.
    QTimer.singleShot(20, released.set)
    assert busy.run_busy(window, "Making the handout…", lambda: released.wait(WAIT_S)) is True


def test_a_long_wait_shows_a_modal_progress_dialog_and_closes_it(qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(busy, "SHOW_AFTER_MS", 30)
    window = QWidget()
    qtbot.addWidget(window)
    seen: list[tuple[str, bool]] = []
    released = threading.Event()

    def look() -> None:
        dialogs = _visible_dialogs()
        if not dialogs:
            QTimer.singleShot(20, look)
            return
        seen.append((dialogs[0].labelText(), dialogs[0].isModal()))
        released.set()

    QTimer.singleShot(0, look)
    assert busy.run_busy(window, "Making the handout…", lambda: released.wait(WAIT_S)) is True
    assert seen == [("Making the handout…", True)]
    assert not _visible_dialogs()


def test_a_short_task_shows_no_dialog(qtbot: Any) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    shown: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: shown.append(len(_visible_dialogs())))
    timer.start(5)
    busy.run_busy(window, "Making the summary…", lambda: threading.Event().wait(0.05))
    timer.stop()
    assert shown and not any(shown)


def test_the_works_exception_is_raised_in_the_caller(qtbot: Any) -> None:
    window = QWidget()
    qtbot.addWidget(window)

    def fail() -> None:
        raise ValueError("the handout would mix two languages")

    with pytest.raises(ValueError, match="mix two languages"):
        busy.run_busy(window, "Making the handout…", fail)
    assert not _visible_dialogs()


@pytest.mark.parametrize("kind", ["handout", "summary"])
def test_an_export_lays_the_pdf_out_off_the_gui_thread(window: Any, monkeypatch: pytest.MonkeyPatch, kind: str) -> None:
    open_plan(window, "GB")
    where: list[int] = []
    name = f"render_{kind}"
    real = getattr(export, name)

    def recorded(*args: Any, **kwargs: Any) -> bytes:
        where.append(threading.get_ident())
        data: bytes = real(*args, **kwargs)
        return data

    monkeypatch.setattr(export, name, recorded)
    data = window.workspace.exports.render(kind)
    assert data.startswith(b"%PDF-")
    assert where and threading.get_ident() not in where
