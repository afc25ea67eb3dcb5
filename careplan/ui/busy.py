"""Slow work the clinician waits for (an export, a template's preview), run off the GUI thread.

The caller keeps a plain call-and-return flow (``result = run_busy(...)``): the work runs on a
worker thread while a local event loop keeps the window painting, and a modal progress dialog
appears when the work takes longer than a glance. The dialog is modal, so the plan cannot change
under the work; the work's exception is raised again in the caller, so each caller keeps its own
error wording. Rendering is pure Python and shares the GIL, but it gives it up every few
milliseconds, which is enough for the window to repaint and the dialog to move.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QEventLoop, QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

T = TypeVar("T")

# Shorter waits pass under the wait cursor alone: a dialog that flashes for a moment is noise.
SHOW_AFTER_MS = 400


class _Done(QObject):
    """Carries "finished" from the worker thread to the GUI thread (a queued signal)."""

    finished = Signal()


def run_busy(parent: QWidget | None, label: str, work: Callable[[], T]) -> T:
    """Run ``work()`` on a worker thread and return its result (or raise its exception), keeping
    the window responsive; ``label`` says what is being made ("Making the handout…")."""
    outcome: dict[str, Any] = {}
    done = _Done()
    loop = QEventLoop()
    done.finished.connect(loop.quit, Qt.ConnectionType.QueuedConnection)

    def run() -> None:
        try:
            outcome["result"] = work()
        except BaseException as exc:  # handed to the caller, who words it
            outcome["error"] = exc
        finally:
            done.finished.emit()

    dialog = QProgressDialog(label, "", 0, 0, parent)
    dialog.setWindowTitle(label.rstrip("…."))
    dialog.setCancelButton(None)  # reportlab cannot be interrupted midway; the wait is short
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setMinimumDuration(SHOW_AFTER_MS)
    # Wide enough that a window manager's title bar shows the title whole, at any scale.
    dialog.setMinimumWidth(dialog.fontMetrics().averageCharWidth() * 44)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setValue(0)  # starts the minimum-duration clock
    worker = threading.Thread(target=run, name="careplan-busy", daemon=True)
    worker.start()
    # The thread may already have finished (and its queued quit be waiting): exec still sees it.
    loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
    worker.join()
    dialog.close()
    dialog.deleteLater()
    if "error" in outcome:
        raise outcome["error"]
    result: T = outcome["result"]
    return result
