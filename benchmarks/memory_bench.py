"""Peak memory with a plan open, before the preview opens, against a bare PySide6 window.

``python main.py PLAN`` runs with ``CAREPLAN_BENCH_EXIT=ready`` (it exits once the workspace is
assembled and the plan is open, findings computed, the preview never shown); the bare window
exits after its first paint. Peak resident memory is the process's own high-water mark (VmHWM),
which each reports as it exits (``careplan/ui/bench_hook.py``). Interleaved; the time to "ready" is reported too.

Reported beside them, not judged: the bare window in a process that first validated the same plan
with Careplan's plan models (``bare_window.py --validate``), the memory the model library and a
validated plan take in any program that edits the plan (decision 0025).
"""

from __future__ import annotations

import shutil
from typing import Any

from benchmarks.common import ROOT, Scratch, last_json_line, python, run_child, spread, xvfb

TARGET_RATIO = 1.5
VALIDATING = "bare window, plan validated first"
PLAN = ROOT / "examples" / "low-back-pain.careplan.json"


def run(runs: int = 5) -> dict[str, Any]:
    scratch = Scratch()
    plan = scratch.root / PLAN.name
    shutil.copyfile(PLAN, plan)
    programs = {
        "bare PySide6 window": ([python(), str(ROOT / "benchmarks" / "bare_window.py")], "painted"),
        "python main.py PLAN, plan open": ([python(), str(ROOT / "main.py"), str(plan)], "ready"),
        VALIDATING: ([python(), str(ROOT / "benchmarks" / "bare_window.py"), "--validate", str(plan)], "painted"),
    }
    peaks: dict[str, list[float]] = {n: [] for n in programs}
    ready_ms: list[float] = []
    try:
        with xvfb() as display:
            for round_no in range(runs + 1):
                order = list(programs) if round_no % 2 == 0 else list(reversed(programs))
                for name in order:
                    cmd, moment = programs[name]
                    scratch.reset()
                    start, result = run_child(cmd, scratch.env(DISPLAY=display, QT_QPA_PLATFORM="xcb",
                                                               CAREPLAN_BENCH_EXIT=moment))
                    line = last_json_line(result.stdout)
                    if line is None or line.get("moment") != moment:
                        raise RuntimeError(f"{name} did not report {moment!r} (exit {result.returncode})")
                    if round_no == 0:
                        continue  # warm-up
                    peaks[name].append(float(line["peak_mib"]))
                    if moment == "ready":
                        ready_ms.append((float(line["t"]) - start) * 1000)
    finally:
        scratch.close()
    names = list(programs)
    bare, ours = spread(peaks[names[0]]), spread(peaks[names[1]])
    ratio = ours["median"] / bare["median"]
    validating = spread(peaks[VALIDATING])["median"]
    return {
        "title": "Peak memory with a plan open (before the preview)",
        "method": __doc__,
        "rows": [{"program": n, "peak_mib": spread(peaks[n])} for n in names],
        "ready_ms": spread(ready_ms),
        "target": f"peak memory with a plan open within {TARGET_RATIO}x a bare window",
        "ratio": ratio,
        "met": ratio <= TARGET_RATIO,
        # Reported, not judged (decision 0025).
        "validating_ratio": validating / bare["median"],
        "ratio_to_validating": ours["median"] / validating,
    }
