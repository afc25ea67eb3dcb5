"""Whole-process export of the example plans against a plain reportlab floor, LibreOffice and WeasyPrint.

Careplan: ``careplan export PLAN --handout H.pdf --summary S.pdf`` through ``main.py``, one fresh
process per plan (it loads the plan and the catalog, runs the safety check, renders both PDFs and
writes them atomically). Floor: ``benchmarks/floor_export.py``, one fresh process per plan that
sets the same lines, in the same fonts, on the same number of pages with plain reportlab (see
``benchmarks/floor.py``). Each round runs both for every plan, the order alternating between
rounds. LibreOffice (``soffice --headless --convert-to pdf``) and WeasyPrint convert an HTML file
of the same lines per document, one process per plan, in the first rounds when installed.

Reported beside them, without a target of its own: the floor that first validates the same plan
file with Careplan's own plan models (``floor_export.py --validate``). What separates it from the
plain floor is the model library's cost per process, which no Careplan code can remove (decision
0025); what separates Careplan from it is everything else Careplan does.
"""

from __future__ import annotations

import html
import shutil
import subprocess
from typing import Any

from benchmarks.common import ROOT, Scratch, interleaved, python, run_child, spread
from benchmarks.floor import extract, floor_spec, page_count
from benchmarks.plans import EXPORT_EXAMPLES, example_paths

TARGET_RATIO = 1.5
VALIDATING = "floor + plan validated"

WEASY = """
import sys
from weasyprint import HTML
args = sys.argv[1:]
for src, out in zip(args[::2], args[1::2]):
    HTML(src).write_pdf(out)
"""


def _html(extracted: dict[str, Any], title: str) -> str:
    width, height = extracted["pagesize"]
    parts = [
        "<!DOCTYPE html><html><head><meta charset='utf-8'>",
        f"<title>{html.escape(title)}</title><style>",
        f"@page {{ size: {width:.0f}pt {height:.0f}pt; margin: 18mm; }}",
        "body { font-family: 'DejaVu Sans', sans-serif; margin: 0; }",
        "p { margin: 0; } .page { page-break-after: always; }",
        "</style></head><body>",
    ]
    for lines in extracted["pages"]:
        parts.append("<div class='page'>")
        for font, size, text in lines:
            t = html.escape(text)
            if "Bold" in font:
                t = f"<b>{t}</b>"
            if "Oblique" in font:
                t = f"<i>{t}</i>"
            parts.append(f"<p style='font-size:{size}pt'>{t}</p>")
        parts.append("</div>")
    parts.append("</body></html>")
    return "\n".join(parts)


def weasyprint_available() -> bool:
    probe = subprocess.run([python(), "-c", "import weasyprint"], capture_output=True)
    return probe.returncode == 0


def run(runs: int = 12, tool_runs: int = 4) -> dict[str, Any]:
    scratch = Scratch()
    env = scratch.env()
    plans = example_paths()
    work = scratch.root / "export"
    work.mkdir(parents=True)
    products: dict[str, list[str]] = {}
    floors: dict[str, list[str]] = {}
    validating: dict[str, list[str]] = {}
    tools: dict[str, dict[str, list[str]]] = {"LibreOffice": {}, "WeasyPrint": {}}
    pages: dict[str, dict[str, int]] = {}
    soffice = shutil.which("soffice")
    weasy = weasyprint_available()
    try:
        for plan in plans:
            name = plan.name.removesuffix(".careplan.json")
            out = work / name
            out.mkdir()
            handout, summary = out / "handout.pdf", out / "summary.pdf"
            products[name] = [python(), str(ROOT / "main.py"), "export", str(plan), "--handout", str(handout),
                              "--summary", str(summary)]
            subprocess.run(products[name], env=env, cwd=ROOT, check=True, capture_output=True)
            spec = out / "floor.json"
            floor = floor_spec([(handout, out / "floor-handout.pdf"), (summary, out / "floor-summary.pdf")], spec, python())
            floors[name] = [python(), str(ROOT / "benchmarks" / "floor_export.py"), str(spec)]
            validating[name] = [*floors[name], "--validate", str(plan)]
            pages[name] = {"careplan handout": page_count(handout), "careplan summary": page_count(summary),
                           "floor handout": floor["pages"][handout.name], "floor summary": floor["pages"][summary.name]}
            sources = []
            for doc in (handout, summary):
                page = out / f"{doc.stem}.html"
                page.write_text(_html(extract(doc), doc.stem), encoding="utf-8")
                sources.append(page)
            if soffice:
                tools["LibreOffice"][name] = [soffice, f"-env:UserInstallation=file://{scratch.root / 'lo-profile'}",
                                              "--headless", "--convert-to", "pdf:writer_web_pdf_Export",
                                              "--outdir", str(out / "lo"), *map(str, sources)]
            if weasy:
                tools["WeasyPrint"][name] = [python(), "-c", WEASY, str(sources[0]), str(out / "wp-handout.pdf"),
                                             str(sources[1]), str(out / "wp-summary.pdf")]
        # Warm-up: one of each (LibreOffice builds its profile on the first run).
        for name in products:
            for cmd in (products[name], floors[name], validating[name], *(t[name] for t in tools.values() if name in t)):
                run_child(cmd, env, timeout=300)
        for name in products:
            if soffice:
                pages[name]["LibreOffice handout"] = page_count(work / name / "lo" / "handout.pdf")
                pages[name]["LibreOffice summary"] = page_count(work / name / "lo" / "summary.pdf")
            if weasy:
                pages[name]["WeasyPrint handout"] = page_count(work / name / "wp-handout.pdf")
                pages[name]["WeasyPrint summary"] = page_count(work / name / "wp-summary.pdf")
        def contenders(round_no: int, name: str) -> list[tuple[str, list[str]]]:
            found = [("careplan", products[name]), ("floor", floors[name]), (VALIDATING, validating[name])]
            if round_no < tool_runs:
                found += [(tool, cmds[name]) for tool, cmds in tools.items() if name in cmds]
            return found

        times, cpu = interleaved(list(products), contenders, runs, env)
    finally:
        scratch.close()
    rows = []
    totals = {"careplan": 0.0, "floor": 0.0, VALIDATING: 0.0, "LibreOffice": 0.0, "WeasyPrint": 0.0}
    cpu_totals = dict.fromkeys(totals, 0.0)
    for name in products:
        floor_median = spread(times[name]["floor"])["median"]
        for label, samples in times[name].items():
            if not samples:
                continue
            s = spread(samples)
            c = spread(cpu[name][label])
            totals[label] += s["median"]
            cpu_totals[label] += c["median"]
            rows.append({"plan": name, "program": label, "ms": s, "cpu_ms": c, "ratio_to_floor": s["median"] / floor_median})
    ratio = totals["careplan"] / totals["floor"]
    return {
        "title": "Export as a whole process",
        "method": __doc__,
        "examples": list(EXPORT_EXAMPLES),
        "rows": rows,
        "pages": pages,
        "totals_ms": totals,
        "cpu_totals_ms": cpu_totals,
        "cpu_ratio": cpu_totals["careplan"] / cpu_totals["floor"],
        # Reported, not judged (decision 0025): the model library's share, and what is left.
        "validating_floor_ratio": totals[VALIDATING] / totals["floor"],
        "ratio_to_validating_floor": totals["careplan"] / totals[VALIDATING],
        "tools_missing": [t for t, cmds in tools.items() if not cmds],
        "target": f"whole-process export within {TARGET_RATIO}x the floor",
        "ratio": ratio,
        "met": ratio <= TARGET_RATIO,
    }
