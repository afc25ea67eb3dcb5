"""Benchmark hook, off unless ``CAREPLAN_BENCH_EXIT`` is set: report a start-up moment, then exit.

``python -m benchmarks`` starts the real entry point with ``CAREPLAN_BENCH_EXIT=painted`` (the
main window's first paint has reached the screen) or ``=ready`` (the workspace is assembled and
the plan named on the command line is open). The hook prints one JSON line -- the system-wide
``time.monotonic()`` of that moment and which heavy modules were imported by then -- and ends the
process at once. The bare-window baseline uses the same code, so both sides are detected alike.
"""

from __future__ import annotations

import json
import os
import sys
import time
from typing import Any

ENV = "CAREPLAN_BENCH_EXIT"
# Modules the first paint should not wait for (their presence is reported, not judged, here).
HEAVY = ("pydantic", "careplan.domain", "careplan.storage.plan_files", "careplan.export", "reportlab", "PySide6.QtPdf")


def _peak_mib() -> float | None:
    """This process's peak resident memory (Linux VmHWM; getrusage would count the parent's pre-exec peak)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return None


def report(moment: str) -> None:
    """Print the moment, its monotonic time, the heavy modules loaded and the peak memory; exit."""
    line = {"moment": moment, "t": time.monotonic(), "modules": [m for m in HEAVY if m in sys.modules],
            "peak_mib": _peak_mib()}
    sys.stdout.write(json.dumps(line) + "\n")
    sys.stdout.flush()
    os._exit(0)  # no teardown: what is timed is the moment above, not how long Qt takes to exit


def watch(window: Any, moment: str) -> None:
    """Report ``painted`` after ``window``'s first paint is flushed, or ``ready`` on its ready signal."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    if moment == "ready":
        # ready is emitted just before the plan named on the command line is opened (same call).
        window.ready.connect(lambda: QTimer.singleShot(0, lambda: report("ready")))
        return

    class FirstPaint(QObject):
        def eventFilter(self, watched: Any, event: Any) -> bool:  # Qt override
            if event.type() == QEvent.Type.Paint:
                watched.removeEventFilter(self)
                # The backing store is flushed to the screen after the paint events of this pass.
                QTimer.singleShot(0, lambda: report("painted"))
            return False

    window.installEventFilter(FirstPaint(window))
