"""``python -m benchmarks``: run every benchmark, print a table, write JSON and docs/performance.md.

Options: ``--quick`` (fewer runs and edits, under about 3 minutes), ``--only startup,export``
(some sections; the others keep their last stored results), ``--no-write`` (print only),
``--report-only`` (rewrite the document from the stored JSON, e.g. after editing notes.py).
Needs Xvfb (the GUI sections start their own X server); LibreOffice and WeasyPrint are used when
installed.

Runs are noisy on a busy machine, so each section records the load average before and after it
and the CPU share other programs took during it (``benchmarks/common.py``: ``is_quiet``). A
section measured on a busy machine gets no verdict ("not measured: machine busy"), and
``docs/performance.md`` with ``benchmarks/results/latest.json`` is rewritten only by a full
(not ``--quick``) run in which every section was quiet; any other run writes its report and JSON
under ``build/benchmarks/`` and says so.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from benchmarks import common, report
from benchmarks.notes import WHY

RESULTS = common.ROOT / "benchmarks" / "results" / "latest.json"
DOC = common.ROOT / "docs" / "performance.md"


def _sections(quick: bool) -> dict[str, Callable[[], dict[str, Any]]]:
    from benchmarks import (
        bundle_bench,
        export_bench,
        memory_bench,
        preview_bench,
        scaling,
        startup,
        templates_bench,
        wave3_bench,
    )

    return {
        "startup": lambda: startup.run(runs=8 if quick else 30),
        "export": lambda: export_bench.run(runs=3 if quick else 12, tool_runs=1 if quick else 4),
        "scaling": lambda: scaling.run(quick=quick),
        "templates": lambda: templates_bench.run(rounds=2 if quick else 3),
        "preview": lambda: preview_bench.run(edits=30 if quick else 200, memory_edits=200 if quick else 1000),
        "memory": lambda: memory_bench.run(runs=3 if quick else 7),
        "bundle": lambda: bundle_bench.run(runs=3 if quick else 10),
        "wave3": lambda: wave3_bench.run(runs=3 if quick else 12),
    }


def _notes(results: dict[str, Any]) -> dict[str, str]:
    missed: dict[str, str] = {}
    checks = {
        "startup": lambda r: r["met"], "export": lambda r: r["met"], "scaling": lambda r: r["met"],
        "templates": lambda r: r["met"], "memory": lambda r: r["met"], "wave3": lambda r: r["met"],
    }
    for key, ok in checks.items():
        if key in results and not ok(results[key]) and WHY.get(key):
            missed[results[key]["title"]] = WHY[key]
    if "preview" in results:
        if not results["preview"]["latency_met"] and WHY.get("preview-latency"):
            missed["Edit -> preview latency"] = WHY["preview-latency"]
        if not results["preview"]["memory_met"] and WHY.get("preview-memory"):
            missed["Edit -> preview memory"] = WHY["preview-memory"]
    return missed


def default_sections(sections: dict[str, Callable[[], dict[str, Any]]]) -> list[str]:
    """Every section; the installable-app one only when a build exists (it measures that build)."""
    from benchmarks.bundle_bench import DIST

    if DIST.exists():
        return list(sections)
    print(f"note: no {DIST.relative_to(common.ROOT)} (scripts/build-linux.sh builds it): the 'bundle' section is left out",
          file=sys.stderr)
    return [name for name in sections if name != "bundle"]


def destination(current: dict[str, Any], *, quick: bool, failed: list[str], partial: bool = False) -> tuple[Path, Path, str]:
    """Where this run's report goes: docs/performance.md only from a full run in which every section was quiet."""
    busy = [k for k, r in current.items() if not report.section_quiet(r)]
    if current and not quick and not partial and not busy and not failed:
        return DOC, RESULTS, ""
    reasons = []
    if quick:
        reasons.append("quick mode")
    if partial:
        reasons.append("some sections only (--only)")
    if busy:
        reasons.append(f"machine busy during {', '.join(busy)}")
    if failed:
        reasons.append(f"failed: {', '.join(failed)}")
    if not current:
        reasons.append("nothing measured")
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    return (common.BUILD / f"performance-{stamp}.md", common.BUILD / f"results-{stamp}.json",
            f" (not docs/performance.md: {'; '.join(reasons)})")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="fewer runs (a smoke test of the numbers)")
    parser.add_argument("--only", default="", help="comma-separated sections: startup,export,scaling,templates,preview,memory,bundle,wave3")
    parser.add_argument("--wait-quiet", type=float, default=0.0, metavar="SECONDS",
                        help="before each section, wait up to SECONDS for the load average per core to fall to the quiet level")
    parser.add_argument("--no-write", action="store_true", help="print only; keep the JSON and docs as they are")
    parser.add_argument("--report-only", action="store_true",
                        help="run nothing: rewrite docs/performance.md from benchmarks/results/latest.json")
    args = parser.parse_args(argv)
    if args.report_only:
        stored_only = json.loads(RESULTS.read_text(encoding="utf-8")).get("sections", {})
        ordered_only = {k: stored_only[k] for k in report.SECTIONS if k in stored_only}
        DOC.write_text(report.markdown(ordered_only, _notes(ordered_only)), encoding="utf-8")
        print(report.console(ordered_only))
        return 0
    sections = _sections(args.quick)
    default = default_sections(sections)
    chosen = [s.strip() for s in args.only.split(",") if s.strip()] or default
    unknown = [s for s in chosen if s not in sections]
    if unknown:
        parser.error(f"unknown section(s) {', '.join(unknown)}; choose from {', '.join(sections)}")

    stored: dict[str, Any] = {}
    machine = common.machine()
    common.compile_bytecode()
    began = time.monotonic()
    failed: list[str] = []
    for name in chosen:
        waited = common.wait_for_quiet(args.wait_quiet)
        if waited >= 1:
            print(f"waited {waited:.0f} s for the load to settle before '{name}'", file=sys.stderr)
        watch = common.LoadWatch()
        if watch.before > common.LOAD_WARNING:
            print(f"warning: load average {watch.before:.2f} before '{name}' (above {common.LOAD_WARNING:.2f}): "
                  "the machine is busy; this section will get no verdict", file=sys.stderr)
        print(f"running {name} ...", file=sys.stderr, flush=True)
        t0 = time.monotonic()
        try:
            result = sections[name]()
        except Exception as exc:  # one broken section (no Xvfb, a crash) must not lose the others
            print(f"  {name}: FAILED: {type(exc).__name__}: {exc}", file=sys.stderr, flush=True)
            failed.append(name)
            continue
        load = watch.finish()
        result.update(machine=machine, quick=args.quick, date=datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
                      load=load, seconds=round(time.monotonic() - t0, 1))
        stored[name] = result
        other = f", other programs {load['other_cpu_share'] * 100:.0f} % CPU" if load["other_cpu_share"] is not None else ""
        print(f"  {name}: {result['seconds']} s, load {load['before']:.2f} -> {load['after']:.2f}{other}: "
              f"{'quiet' if load['quiet'] else 'BUSY'}", file=sys.stderr, flush=True)
    current = {k: stored[k] for k in chosen if k not in failed}
    print(report.console(current))
    print(f"total {time.monotonic() - began:.0f} s", file=sys.stderr)
    if not args.no_write:
        doc, results_path, why = destination(current, quick=args.quick, failed=failed, partial=set(chosen) != set(default))
        written = current
        results_path.parent.mkdir(parents=True, exist_ok=True)
        doc.parent.mkdir(parents=True, exist_ok=True)
        results_path.write_text(json.dumps({"sections": written}, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        ordered = {k: written[k] for k in report.SECTIONS if k in written}
        text = report.markdown(ordered, _notes(ordered))
        doc.write_text(text, encoding="utf-8")
        print(f"wrote {results_path} and {doc}{why}", file=sys.stderr)
        if doc == DOC:  # every run also keeps its own copy, so back-to-back runs can be compared
            stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
            common.BUILD.mkdir(parents=True, exist_ok=True)
            (common.BUILD / f"performance-{stamp}.md").write_text(text, encoding="utf-8")
            (common.BUILD / f"results-{stamp}.json").write_text(results_path.read_text(encoding="utf-8"), encoding="utf-8")
            print(f"and a copy of both under {common.BUILD}", file=sys.stderr)
    if failed:
        print(f"failed sections (their earlier results, if any, were kept): {', '.join(failed)}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
