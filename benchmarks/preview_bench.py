"""Edit -> preview latency to the page painted, and memory over many edits (app and preview process).

The typical plan (the low-back-pain example) is open with the Preview tab showing, in the real
main window on an X screen (``benchmarks/gui_driver.py``). Latency: an edit (the patient's name,
through the edit controller, as the editor does), each 300 ms after the last so that each stands
alone, until the preview's QPdfView has painted the page in view with the edit (the last paint of
the burst that follows the new PDF's arrival). The preview sends the first pages, up to the one in
view and the next, ahead of the whole handout: their paint counts only when its burst ended
(QUIET_MS without a paint) before the whole handout arrived; otherwise the whole handout's paint
counts. The whole handout's own paint is reported beside it. Memory: then an edit every 20 ms (typing) for MEMORY_EDITS
edits, the preview rendering behind; resident memory of the app and of the preview process is
sampled (after a garbage collection) every fifth of the way.
"""

from __future__ import annotations

import shutil
from typing import Any

from benchmarks.common import ROOT, Scratch, last_json_line, python, run_child, xvfb

TARGET_P95_MS = 100.0
GROWTH_LIMIT_MIB = 1.0
PLAN = ROOT / "examples" / "low-back-pain.careplan.json"


def run(edits: int = 200, memory_edits: int = 1000) -> dict[str, Any]:
    scratch = Scratch()
    plan = scratch.root / PLAN.name
    shutil.copyfile(PLAN, plan)
    try:
        with xvfb() as display:
            env = scratch.env(DISPLAY=display, QT_QPA_PLATFORM="xcb")
            cmd = [python(), str(ROOT / "benchmarks" / "gui_driver.py"), "preview", str(edits), str(memory_edits), str(plan)]
            _start, result = run_child(cmd, env, timeout=900)
    finally:
        scratch.close()
    line = last_json_line(result.stdout)
    if line is None:
        raise RuntimeError(f"the preview benchmark failed (exit {result.returncode})")
    memory = line["memory"]
    # Growth over the typing phase's MEMORY_EDITS edits, from the sample taken when the isolated
    # edits end to the last sample; and over its second half, where a leak keeps growing while a
    # cache that fills up (reportlab's, the allocator's arenas) has levelled off.
    first = next((m for m in memory if m["edits"] == edits), memory[0])
    last = memory[-1]
    middle = min(memory, key=lambda m: abs(m["edits"] - (first["edits"] + last["edits"]) / 2))
    growth = {"app": last["app"] - first["app"], "preview": last["preview"] - first["preview"],
              "over_edits": last["edits"] - first["edits"],
              "app_second_half": last["app"] - middle["app"], "preview_second_half": last["preview"] - middle["preview"],
              "second_half_edits": last["edits"] - middle["edits"]}
    p95 = line["latency_ms"]["p95"]
    return {
        "title": "Edit -> preview",
        "method": __doc__,
        **line,
        "growth_mib": growth,
        "targets": {
            "latency": f"edit -> preview painted p95 < {TARGET_P95_MS:.0f} ms for the typical plan",
            "memory": f"no memory growth over {memory_edits} edits (preview process included): each process's "
                      f"memory levels off, growing < {GROWTH_LIMIT_MIB} MiB over the second half of the "
                      f"{memory_edits} typing edits that follow the {edits} isolated ones",
        },
        "latency_met": p95 < TARGET_P95_MS and line["misses"] == 0,
        "memory_met": growth["app_second_half"] < GROWTH_LIMIT_MIB and growth["preview_second_half"] < GROWTH_LIMIT_MIB,
    }
