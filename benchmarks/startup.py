"""Start-up through the shipped entry points on a real X screen, against a bare PySide6 window.

Three programs, interleaved round by round (the order rotates each round so none always runs
first): a bare ``QMainWindow`` of the same size, ``python main.py PLAN`` and the installed
``careplan PLAN`` console script. Each is timed from just before the process starts until its
main window's first paint has been flushed to the X server (``careplan/ui/bench_hook.py``,
``CAREPLAN_BENCH_EXIT=painted``; the bare window uses the same hook).
"""

from __future__ import annotations

import shutil
from typing import Any

from benchmarks.common import ROOT, Scratch, console_script, last_json_line, python, run_child, spread, xvfb

TARGET_RATIO = 1.3
PLAN = ROOT / "examples" / "low-back-pain.careplan.json"


def programs(plan: str) -> dict[str, list[str]]:
    found = {
        "bare PySide6 window": [python(), str(ROOT / "benchmarks" / "bare_window.py")],
        "python main.py PLAN": [python(), str(ROOT / "main.py"), plan],
    }
    script = console_script("careplan")
    if script is not None:
        found["careplan PLAN (console script)"] = [str(script), plan]
    return found


def run(runs: int, warmup: int = 2) -> dict[str, Any]:
    scratch = Scratch()
    plan = scratch.root / PLAN.name
    shutil.copyfile(PLAN, plan)
    progs = programs(str(plan))
    names = list(progs)
    times: dict[str, list[float]] = {n: [] for n in names}
    modules: dict[str, list[str]] = {}
    failures: dict[str, int] = {n: 0 for n in names}
    try:
        with xvfb() as display:
            env = scratch.env(DISPLAY=display, QT_QPA_PLATFORM="xcb", CAREPLAN_BENCH_EXIT="painted")
            for round_no in range(warmup + runs):
                order = names[round_no % len(names):] + names[: round_no % len(names)]
                for name in order:
                    scratch.reset()
                    start, result = run_child(progs[name], env)
                    line = last_json_line(result.stdout)
                    if line is None or line.get("moment") != "painted":
                        failures[name] += 1
                        continue
                    if round_no >= warmup:
                        times[name].append((float(line["t"]) - start) * 1000)
                        modules[name] = list(line.get("modules", []))
    finally:
        scratch.close()
    bare = spread(times[names[0]])
    rows = []
    for name in names:
        s = spread(times[name])
        rows.append({"program": name, "ms": s, "ratio": s["median"] / bare["median"],
                     "heavy_modules_at_paint": modules.get(name, []), "failures": failures[name]})
    worst = max(r["ratio"] for r in rows[1:])
    return {
        "title": "Start-up: window on screen",
        "method": __doc__,
        "rows": rows,
        "target": f"window on screen within {TARGET_RATIO}x a bare window through the real entry point",
        "ratio": worst,
        "met": worst <= TARGET_RATIO and all(not r["heavy_modules_at_paint"] for r in rows[1:]),
    }
