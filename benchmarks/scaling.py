"""Check, handout and summary at 10, 200 and 1,000 medication items, in-process: time and time per page.

Each size is loaded like a file (``careplan.storage``), checked once, rendered once as a warm-up
(fonts, caches), then timed. Linear in pages means the time per page at the largest size is no
more than 1.25x the time per page at 200 items.
"""

from __future__ import annotations

import io
import time
from collections.abc import Callable
from typing import Any

from benchmarks.common import spread
from benchmarks.plans import sized_document

SIZES = (10, 200, 1000)
LIMIT_S = 1.5
LINEAR_SLACK = 1.25


def page_count(pdf: bytes) -> int:
    from pypdf import PdfReader

    return len(PdfReader(io.BytesIO(pdf)).pages)


def _time(fn: Callable[[], object], runs: int) -> list[float]:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return samples


def run(quick: bool = False, sizes: tuple[int, ...] = SIZES) -> dict[str, Any]:
    from careplan.domain.catalog import load_catalog
    from careplan.domain.safety import check_plan
    from careplan.export import ExportOptions, render_handout, render_summary
    from careplan.storage.plan_files import parse_document

    catalog = load_catalog()
    options = ExportOptions()
    rows: list[dict[str, Any]] = []
    for size in sizes:
        runs = {10: 7, 200: 5}.get(size, 3) if not quick else {10: 3, 200: 2}.get(size, 1)
        plan = parse_document(sized_document(size), catalog)
        report = check_plan(plan, catalog)
        rows.append({"items": size, "what": "check", "pages": None, "findings": len(report.findings),
                     "ms": spread(_time(lambda p=plan: check_plan(p, catalog), max(runs * 3, 5)))})
        for what, render in (("handout", render_handout), ("summary", render_summary)):
            pdf = render(plan, catalog, report, options)  # warm-up, and the page count
            pages = page_count(pdf)
            samples = _time(lambda r=render, p=plan, rep=report: r(p, catalog, rep, options), runs)
            s = spread(samples)
            rows.append({"items": size, "what": what, "pages": pages, "ms": s, "ms_per_page": s["median"] / pages})
    verdicts: dict[str, dict[str, Any]] = {}
    for what in ("handout", "summary"):
        mine = {r["items"]: r for r in rows if r["what"] == what}
        top = mine[max(mine)]
        mid = mine.get(200, top)
        growth = top["ms_per_page"] / mid["ms_per_page"]
        verdicts[what] = {"largest_s": top["ms"]["median"] / 1000, "per_page_growth": growth,
                          "met": top["ms"]["median"] / 1000 < LIMIT_S and growth <= LINEAR_SLACK}
    return {
        "title": "Check, handout and summary by plan size (in-process)",
        "method": __doc__,
        "rows": rows,
        "verdicts": verdicts,
        "target": f"handout and summary linear in pages; {max(sizes)} items under {LIMIT_S} s each",
        "met": all(v["met"] for v in verdicts.values()),
    }
