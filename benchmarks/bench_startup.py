"""Start-up time of the Careplan window as a ratio to a bare PySide6 window (fresh processes)."""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET_RATIO = 1.5

# Both programs stop once the window is shown and the event loop has run once: that is the
# moment a click would be handled, i.e. "interactive".
BARE = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
w = QMainWindow(); w.resize(1280, 720); w.show()
QTimer.singleShot(0, app.quit)
app.exec()
"""

# The Careplan window as `careplan` starts it; "ready" waits for the catalog and the plan too.
CAREPLAN = """
import sys
from PySide6.QtCore import QTimer
from careplan.ui.app import create_application, create_main_window
app = create_application([])
w = create_main_window(); w.show()
if "{until}" == "ready":
    w.ready.connect(lambda: QTimer.singleShot(0, app.quit))
else:
    QTimer.singleShot(0, app.quit)
app.exec()
heavy = [m for m in ("reportlab", "careplan.export", "PySide6.QtPdf", "PySide6.QtPdfWidgets") if m in sys.modules]
if heavy:
    raise SystemExit(f"imported at start-up: {{heavy}}")
"""


def time_once(code: str, env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, check=True, capture_output=True)
    return time.perf_counter() - start


def measure(runs: int) -> dict[str, list[float]]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    # A private config/data folder: no recovery copies or saved geometry from a real session.
    scratch = Path(os.environ.get("TMPDIR", "/tmp")) / "careplan-bench-startup"
    env["CAREPLAN_DATA_DIR"] = str(scratch / "data")
    env["CAREPLAN_CONFIG_DIR"] = str(scratch / "config")
    # One warm-up each so that both start from the same (warm) file-system cache.
    programs = {"bare": BARE, "interactive": CAREPLAN.format(until="interactive"), "ready": CAREPLAN.format(until="ready")}
    for code in programs.values():
        time_once(code, env)
    results: dict[str, list[float]] = {name: [] for name in programs}
    for _ in range(runs):
        # Interleaved, so that machine noise hits all three equally.
        for name, code in programs.items():
            results[name].append(time_once(code, env))
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    results = measure(args.runs)
    bare = statistics.median(results["bare"])
    ours = statistics.median(results["interactive"])
    ready = statistics.median(results["ready"])
    ratio = ours / bare
    print(f"bare PySide6 window:              median {bare * 1000:.0f} ms over {args.runs} runs")
    print(f"Careplan window interactive:      median {ours * 1000:.0f} ms  (ratio {ratio:.2f}, target <= {TARGET_RATIO})")
    print(f"Careplan plan and findings ready: median {ready * 1000:.0f} ms  (ratio {ready / bare:.2f})")
    return 0 if ratio <= TARGET_RATIO else 1


if __name__ == "__main__":
    sys.exit(main())
