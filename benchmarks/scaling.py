"""Check, handout and summary at 10, 200 and 1,000 medication items, in-process: time and time per page.

Each size is the low-back-pain example with its medicines grown to N items (``benchmarks/plans.py``;
past the model's input limits for a file, built in-process), checked once, rendered once as a
warm-up (fonts, caches), then timed in interleaved rounds (every size and document once per round):
wall time, and the process's CPU time (less disturbed by other work on a busy machine); a document
whose warm-up took over 10 s of CPU is timed once. Linear in pages means the CPU time per page *added* from 200 items to the
largest size is no more than 1.25x the CPU time per page added from 10 to 200 items (fixed sections
such as findings and sources do not grow with the items, so the plain time per page would flatter).
"""

from __future__ import annotations

import functools
import io
import time
from collections.abc import Callable
from typing import Any

from benchmarks.common import spread
from benchmarks.plans import sized_plan

SIZES = (10, 200, 1000)
LIMIT_S = 1.5
LINEAR_SLACK = 1.25
SLOW_S = 10.0  # a warm-up longer than this (CPU seconds): one timed run


def page_count(pdf: bytes) -> int:
    from pypdf import PdfReader

    return len(PdfReader(io.BytesIO(pdf)).pages)


def _time(fn: Callable[[], object], runs: int) -> tuple[list[float], list[float]]:
    """Wall and CPU milliseconds of ``runs`` calls."""
    wall, cpu = [], []
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        fn()
        cpu.append((time.process_time() - start_cpu) * 1000)
        wall.append((time.perf_counter() - start) * 1000)
    return wall, cpu


def _calls(fn: Callable[[], object]) -> int:
    """Python function calls one run of ``fn`` makes (cProfile's count; deterministic)."""
    import cProfile
    import pstats

    profile = cProfile.Profile()
    profile.runcall(fn)
    return sum(stat[1] for stat in pstats.Stats(profile).stats.values())


def run(quick: bool = False, sizes: tuple[int, ...] = SIZES) -> dict[str, Any]:
    from careplan.domain.catalog import load_catalog
    from careplan.domain.safety import check_plan
    from careplan.export import ExportOptions, render_handout, render_summary

    catalog = load_catalog()
    options = ExportOptions()
    renders = (("handout", render_handout), ("summary", render_summary))
    # Enough runs that one disturbed run does not move the median (this VM's clock swings by a
    # fifth from run to run); the check is not a target here, so it gets fewer.
    runs = {size: ({10: 9, 200: 7}.get(size, 5) if not quick else {10: 3, 200: 2}.get(size, 1)) for size in sizes}
    cases: dict[tuple[int, str], Callable[[], object]] = {}
    facts: dict[tuple[int, str], dict[str, Any]] = {}
    for size in sizes:
        plan = sized_plan(size, catalog)
        report = check_plan(plan, catalog)
        cases[size, "check"] = lambda p=plan: check_plan(p, catalog)
        facts[size, "check"] = {"pages": None, "findings": len(report.findings)}
        for what, render in renders:
            cases[size, what] = call = functools.partial(render, plan, catalog, report, options)
            warm = time.process_time()
            pages = page_count(call())  # warm-up (fonts, caches), and the page count
            # A document that takes minutes (far past its limit) is timed once more, not three times.
            slow = time.process_time() - warm > SLOW_S
            facts[size, what] = {"pages": pages, "runs": 1 if slow else runs[size], "calls": _calls(call)}
        facts[size, "check"]["runs"] = runs[size]
    # Interleaved: each round times every case once, the sizes in turn (reversed every other
    # round), so that a drift in the machine's speed falls on every size alike instead of on the
    # size that happened to run during it; the per-page growth compares sizes.
    wall: dict[tuple[int, str], list[float]] = {key: [] for key in cases}
    cpu: dict[tuple[int, str], list[float]] = {key: [] for key in cases}
    for round_no in range(max(f["runs"] for f in facts.values())):
        order = list(cases) if round_no % 2 == 0 else list(reversed(cases))
        for key in order:
            if len(wall[key]) < facts[key]["runs"]:
                w, c = _time(cases[key], 1)
                wall[key] += w
                cpu[key] += c
    rows: list[dict[str, Any]] = []
    for (size, what), info in facts.items():
        s = spread(wall[size, what])
        row = {"items": size, "what": what, "pages": info["pages"], "ms": s, "cpu_ms": spread(cpu[size, what])}
        if what == "check":
            row["findings"] = info["findings"]
        else:
            row["ms_per_page"] = s["median"] / info["pages"]
            row["calls"] = info["calls"]
        rows.append(row)
    verdicts: dict[str, dict[str, Any]] = {}
    for what in ("handout", "summary"):
        mine = {r["items"]: r for r in rows if r["what"] == what}
        low, mid, top = (mine[k] for k in sorted(mine)[:3]) if len(mine) >= 3 else (mine[min(mine)],) * 2 + (mine[max(mine)],)

        def added(a: dict[str, Any], b: dict[str, Any]) -> float:
            pages = max(b["pages"] - a["pages"], 1)
            return float((b["cpu_ms"]["median"] - a["cpu_ms"]["median"]) / pages)

        def calls_added(a: dict[str, Any], b: dict[str, Any]) -> float:
            return float((b["calls"] - a["calls"]) / max(b["pages"] - a["pages"], 1))

        growth = added(mid, top) / max(added(low, mid), 1e-9)
        # Reported beside the timed growth, not judged: the same ratio in function calls, which
        # this machine's noise cannot move (is the work linear, whatever the clock says?).
        call_growth = calls_added(mid, top) / max(calls_added(low, mid), 1e-9)
        verdicts[what] = {"largest_s": top["ms"]["median"] / 1000, "per_page_growth": growth,
                          "calls_per_page_growth": call_growth,
                          "met": top["ms"]["median"] / 1000 < LIMIT_S and growth <= LINEAR_SLACK}
    return {
        "title": "Check, handout and summary by plan size (in-process)",
        "method": __doc__,
        "rows": rows,
        "verdicts": verdicts,
        "target": f"handout and summary linear in pages; {max(sizes)} items under {LIMIT_S} s each",
        "met": all(v["met"] for v in verdicts.values()),
    }
