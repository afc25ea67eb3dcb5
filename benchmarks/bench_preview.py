"""Edit-to-preview latency on the typical plan (median, p95), and how long typing can stall meanwhile."""

from __future__ import annotations

import argparse
import importlib.util
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_scratch = tempfile.mkdtemp(prefix="careplan-bench-preview-")
os.environ["CAREPLAN_DATA_DIR"] = str(Path(_scratch) / "data")
os.environ["CAREPLAN_CONFIG_DIR"] = str(Path(_scratch) / "config")

from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer  # noqa: E402

from careplan.domain.catalog import load_catalog  # noqa: E402
from careplan.domain.plan import CarePlan  # noqa: E402
from careplan.ui.app import create_application  # noqa: E402
from careplan.ui.main_window import MainWindow  # noqa: E402

TARGET_MS = 150.0


def typical_plan() -> CarePlan:
    """The same typical plan bench_export.py times, so the two numbers can be compared."""
    spec = importlib.util.spec_from_file_location("bench_export", ROOT / "benchmarks" / "bench_export.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    plan: CarePlan = module.typical_plan()
    return plan


def wait_for(signal: object, timeout_ms: int = 20000) -> None:
    loop = QEventLoop()
    signal.connect(loop.quit)  # type: ignore[attr-defined]
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()
    signal.disconnect(loop.quit)  # type: ignore[attr-defined]


def pause(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--edits", type=int, default=30)
    args = parser.parse_args()
    app = create_application([])
    window = MainWindow(load_catalog())
    window.resize(1366, 768)
    window.show()
    ws = window.workspace
    assert ws is not None
    ws.document.reset(typical_plan(), None)
    ws.tabs.setCurrentWidget(ws.preview_view)
    wait_for(ws.preview.preview_ready)
    pages = ws.preview_view.page_count

    # Isolated edits (the clinician changes a value, then looks): edit -> new PDF on screen.
    latencies: list[float] = []
    shown = QElapsedTimer()
    done: list[float] = []
    ws.preview.preview_ready.connect(lambda _data: done.append(shown.nsecsElapsed() / 1e6))
    for i in range(args.edits):
        pause(400)  # longer than the debounce interval: each edit stands alone
        done.clear()
        shown.start()
        ws.edits.set_field(("patient", "name"), f"Zo\u00eb \u00d1\u00fa\u00f1ez {i}", "patient name")
        wait_for(ws.preview.preview_ready)
        latencies.append(done[0])

    # Typing: a key every 60 ms for 3 s while previews render; how late does the GUI thread get?
    lateness: list[float] = []
    clock = QElapsedTimer()
    clock.start()
    last = [clock.elapsed()]

    def tick() -> None:
        now = clock.elapsed()
        lateness.append(max(0, now - last[0] - 10))
        last[0] = now

    ticker = QTimer()
    ticker.setInterval(10)
    ticker.timeout.connect(tick)
    ticker.start()
    renders_before = ws.preview.generation
    start = time.perf_counter()
    text = ""
    while time.perf_counter() - start < 3.0:
        text += "a"
        ws.edits.set_field(("patient", "name"), f"Typing {text}", "patient name")
        pause(60)
    ticker.stop()
    wait_for(ws.preview.preview_ready)
    renders = ws.preview.generation - renders_before

    median = statistics.median(latencies)
    p95 = percentile(latencies, 0.95)
    print(f"typical plan: {pages} pages in the preview")
    print(f"edit -> preview shown: median {median:.0f} ms, p95 {p95:.0f} ms over {len(latencies)} edits (target < {TARGET_MS:.0f} ms)")
    print(f"typing for 3 s (a key every 60 ms): {renders} renders; GUI thread late by at most {max(lateness):.0f} ms "
          f"(p95 {percentile(lateness, 0.95):.0f} ms)")
    ws.preview.shut_down()
    ws.document.undo_stack.setClean()
    window.close()
    del app
    return 0 if median < TARGET_MS else 1


if __name__ == "__main__":
    sys.exit(main())
