"""Drives the real main window inside one process for the GUI benchmarks; prints one JSON line.

``python benchmarks/gui_driver.py preview EDITS MEMORY_EDITS PLAN`` and
``python benchmarks/gui_driver.py templates ROUNDS``. Run by ``python -m benchmarks`` on its
own X server, with private data and config folders. Only the window's public parts are used
(``window.workspace`` and its document, edits, files, preview, tabs), never private helpers.
"""

from __future__ import annotations

import gc
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialog  # noqa: E402

from benchmarks.common import proc_rss_mib, spread  # noqa: E402

QUIET_MS = 40


# Never QTimer.singleShot here: in PySide6 6.12 on Python 3.11 every call drops two references to
# None, and a few thousand calls kill the process ("Fatal Python error: none_dealloc"). A QTimer
# object with a connected slot does not.
def _timer(ms: int, slot: Any, parent: QObject | None = None) -> QTimer:
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.timeout.connect(slot)
    timer.start(ms)
    return timer


def pause(ms: int) -> None:
    loop = QEventLoop()
    timer = _timer(ms, loop.quit)
    loop.exec()
    timer.stop()


def wait_until(predicate: Any, timeout_ms: int = 20000) -> bool:
    """Run the event loop until ``predicate()`` holds (checked every 2 ms) or the time is up."""
    if predicate():
        return True
    loop = QEventLoop()
    poll = QTimer()
    poll.setInterval(2)
    def check() -> None:
        if predicate():
            loop.quit()

    poll.timeout.connect(check)
    deadline = _timer(timeout_ms, loop.quit)
    poll.start()
    loop.exec()
    poll.stop()
    deadline.stop()
    return bool(predicate())


def main_window() -> Any:
    from careplan.domain.catalog import load_catalog
    from careplan.ui.app import create_application
    from careplan.ui.main_window import MainWindow

    create_application([])
    window = MainWindow(load_catalog())
    window.resize(1280, 720)
    window.show()
    window.open_at_start(None)  # as careplan.ui.app.run does once the window is up
    pause(200)
    return window


class PaintWatch(QObject):
    """Records the monotonic time of every paint event of one widget."""

    def __init__(self, widget: Any) -> None:
        super().__init__(widget)
        self.times: list[float] = []
        widget.installEventFilter(self)

    def eventFilter(self, _watched: Any, event: Any) -> bool:  # Qt override
        if event.type() == QEvent.Type.Paint:
            self.times.append(time.monotonic())
        return False


def preview(edits: int, memory_edits: int, plan_path: str) -> dict[str, Any]:
    window = main_window()
    ws = window.workspace
    from careplan.storage.plan_files import load_plan

    ws.document.reset(load_plan(Path(plan_path)), None)
    ws.tabs.setCurrentWidget(ws.preview_view)
    ready: list[float] = []  # the whole handout's bytes arrived
    shown: list[float] = []  # new bytes arrived: the first pages (up to the one being read) or the whole

    def whole(_data: bytes) -> None:
        ready.append(time.monotonic())
        shown.append(ready[-1])

    ws.preview.preview_ready.connect(whole)
    ws.preview.pages_ready.connect(lambda _data: shown.append(time.monotonic()))
    assert wait_until(lambda: ready), "the first preview never arrived"
    pause(300)
    view = ws.preview_view
    watch = PaintWatch(view.pdf_view.viewport())
    pages = view.page_count

    def child_pid() -> int | None:
        process = getattr(ws.preview.service, "_process", None)
        return process.pid if process is not None else None

    def rss() -> dict[str, float]:
        gc.collect()
        pid = child_pid()
        return {"app": proc_rss_mib(os.getpid()),
                "preview": proc_rss_mib(pid) if pid else float("nan")}

    memory: list[dict[str, Any]] = [{"edits": 0, **rss()}]
    latencies: list[float] = []
    to_data: list[float] = []
    whole_painted: list[float] = []
    to_whole: list[float] = []
    ahead = 0  # edits whose page in view was painted before the whole handout arrived
    misses = 0
    for i in range(edits):
        pause(300)  # longer than the preview's minimum interval: every edit stands alone
        ready.clear()
        shown.clear()
        watch.times.clear()
        start = time.monotonic()
        ws.edits.set_field(("patient", "name"), f"Zo\u00eb \u00d1\u00fa\u00f1ez {i}", "patient name")
        ok = wait_until(lambda: ready and any(t >= ready[0] for t in watch.times))
        if not ok:
            misses += 1
            continue
        # QPdfView paints at once (placeholders) and again as its page images arrive: the page is
        # painted at the last paint of that burst (no further paint for QUIET_MS).
        wait_until(lambda: time.monotonic() - watch.times[-1] > QUIET_MS / 1000)
        painted = watch.times[-1]
        # The page in view shows the edit once the first pages' burst of paints has ended, if it
        # ended (QUIET_MS without a paint) before the whole handout arrived; otherwise it counts
        # as painted with the whole handout.
        first = painted
        if shown[0] < ready[0]:
            burst = [t for t in watch.times if shown[0] <= t < ready[0]]
            if burst and ready[0] - burst[-1] > QUIET_MS / 1000:
                first = burst[-1]
                ahead += 1
        latencies.append((first - start) * 1000)
        to_data.append((shown[0] - start) * 1000)
        whole_painted.append((painted - start) * 1000)
        to_whole.append((ready[0] - start) * 1000)
    memory.append({"edits": edits, **rss()})
    # Then typing: an edit every 20 ms, the preview following at its own pace.
    done = edits
    step = max(memory_edits // 5, 1)
    for i in range(memory_edits):
        ws.edits.set_field(("patient", "name"), f"Typing {i}", "patient name")
        pause(20)
        done += 1
        if (i + 1) % step == 0:
            wait_until(lambda: ws.preview.is_current, 20000)
            memory.append({"edits": done, **rss()})
    renders = ws.preview.generation
    ws.preview.shut_down()
    ws.document.undo_stack.setClean()
    return {"pages": pages, "latency_ms": spread(latencies), "to_pdf_bytes_ms": spread(to_data),
            "whole_painted_ms": spread(whole_painted), "to_whole_bytes_ms": spread(to_whole), "pages_ahead": ahead,
            "misses": misses,
            "memory": memory, "renders": renders, "undo_count": ws.document.undo_stack.count()}


def templates(rounds: int) -> dict[str, Any]:
    """Open "New from template" ``rounds`` times (first, then warm), accepting the first template."""
    import careplan.storage.plan_files as plan_files

    parses = [0]
    original = plan_files.parse_document

    def counting(*args: Any, **kwargs: Any) -> Any:
        parses[0] += 1
        return original(*args, **kwargs)

    plan_files.parse_document = counting  # counts every template or plan file parsed, whoever asks
    start_window = time.monotonic()
    window = main_window()
    ws = window.workspace
    startup_parses = parses[0]
    window_ms = (time.monotonic() - start_window) * 1000
    pause(3000)  # as a clinician would take a moment: background work started at start-up finishes
    background_parses = parses[0] - startup_parses
    app = QApplication.instance()
    results: list[dict[str, Any]] = []

    class DialogWatch(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.shown: float | None = None
            self.count = 0

        def eventFilter(self, watched: Any, event: Any) -> bool:  # Qt override
            if self.shown is None and event.type() == QEvent.Type.Paint and isinstance(watched, QDialog) \
                    and type(watched).__name__ == "TemplatePickerDialog":
                self.shown = time.monotonic()
                dialog = watched
                self.count = dialog.list.count()
                self.closer = _timer(0, dialog.accept, dialog)
            return False

    for _ in range(rounds):
        watch = DialogWatch()
        app.installEventFilter(watch)
        before = parses[0]
        start = time.monotonic()
        ws.files.new_from_template()
        end = time.monotonic()
        app.removeEventFilter(watch)
        opened = parses[0]
        results.append({"open_ms": ((watch.shown or end) - start) * 1000, "total_ms": (end - start) * 1000,
                        "listed": watch.count, "parses": opened - before, "title": ws.document.plan.title})
        ws.document.undo_stack.setClean()
        pause(100)
    return {"window_ms": window_ms, "startup_parses": startup_parses, "background_parses": background_parses,
            "opens": results}


if __name__ == "__main__":
    command = sys.argv[1]
    if command == "preview":
        out = preview(int(sys.argv[2]), int(sys.argv[3]), sys.argv[4])
    else:
        out = templates(int(sys.argv[2]))
    sys.stdout.write(json.dumps(out) + "\n")
    sys.stdout.flush()
    import os

    os._exit(0)
