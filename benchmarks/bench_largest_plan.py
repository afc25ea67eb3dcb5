"""Time the largest plan the model allows through check and every export; write docs/performance/largest-plan.md.

The plan sits at every limit in careplan/domain/limits.py at once: the most modules, medicines,
exercises, targets, goals and acknowledgements, and free text up to the plan's text budget in the
shapes that cost layout the most (long unbroken words, the most lines a field may hold, prose).
Target: check + handout + summary + FHIR in under 10 s. This is a benchmark, run by hand or in CI
as `python benchmarks/bench_largest_plan.py`, not a timed unit test.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import time
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # `python benchmarks/bench_largest_plan.py` from a checkout
    sys.path.insert(0, str(ROOT))

from careplan.domain import limits  # noqa: E402
from careplan.domain.catalog import CatalogIndex, load_catalog  # noqa: E402
from careplan.domain.codes import SCHEMA_VERSION  # noqa: E402
from careplan.domain.plan import CarePlan  # noqa: E402

OUTPUT = ROOT / "docs" / "performance" / "largest-plan.md"
TARGET_SECONDS = 10.0
AT = "2026-11-24T10:00:00Z"


def _text_shapes() -> list[Callable[[int], str]]:
    """Ways to spend n characters of text, each hard for layout in its own way."""

    def unbroken(n: int) -> str:
        return ("Zoë\u00d1" * n)[:n]  # one word, no break opportunity, non-Latin letters

    def many_lines(n: int) -> str:
        per_line = max(1, n // limits.MAX_TEXT_LINES - 1)
        return "\n".join(["x" * per_line] * limits.MAX_TEXT_LINES)[:n]

    def prose(n: int) -> str:
        return ("Walk gently for ten minutes, then rest & stretch <b>slowly</b>. " * (n // 60 + 1))[:n].strip() or "x"

    return [unbroken, many_lines, prose]


def largest_plan(catalog: CatalogIndex) -> CarePlan:
    """A valid plan at every size limit of the model at once."""
    drugs = sorted(catalog.drugs)
    exercises = sorted(catalog.exercises)
    cbt = sorted(catalog.cbt_components)
    practices = sorted(catalog.mindfulness_practices)
    planned = limits.MAX_MEDICINES
    current = min(limits.MAX_CURRENT_MEDICATIONS, limits.MAX_MEDICINES_IN_PLAN - planned)

    def medicine(n: int, prefix: str) -> dict[str, Any]:
        prn = n % 5 == 0
        return {"id": f"{prefix}{n}", "drug": drugs[n % len(drugs)], "dose": 1 + n % 50, "unit": "mg", "prn": prn,
                "times_per_day": None if prn else 1 + n % 4, "max_per_day": 2 if prn else None}

    others = limits.MAX_MODULES - 2  # one medication and one kratom module
    modules: list[dict[str, Any]] = [{"kind": "medication", "id": "meds", "items": [medicine(n, "m") for n in range(planned)]}]
    for k in range(others):
        kind = ("physiotherapy", "lifestyle", "cbt", "mindfulness")[k % 4]
        module: dict[str, Any] = {"kind": kind, "id": f"mod{k}"}
        if kind == "physiotherapy":
            module["exercises"] = [{"id": f"e{k}-{n}", "exercise": exercises[n % len(exercises)], "sets": 3, "reps": 10}
                                   for n in range(limits.MAX_ITEMS)]
        elif kind == "lifestyle":
            module["targets"] = [{"id": f"t{k}-{n}", "area": "activity", "target": f"Target {n}"} for n in range(limits.MAX_ITEMS)]
        elif kind == "cbt":
            module.update(sessions=12, focus_areas=[cbt[n % len(cbt)] for n in range(limits.MAX_LIST)])
        else:
            module.update(practice=practices[0], minutes_per_day=20, resources=[f"Recording {n}" for n in range(limits.MAX_LIST)])
        modules.append(module)
    modules.append({"kind": "kratom", "id": "k", "status": "current_use", "product_form": "extract", "cautions_accepted": True,
                    "cautions_accepted_by": "Dr A", "cautions_accepted_at": AT})
    data: dict[str, Any] = {
        "format": "careplan", "schema_version": SCHEMA_VERSION, "id": "largest", "title": "Largest plan", "created_at": AT, "updated_at": AT,
        "clinician": {"name": "Dr A. Example", "credentials": "MD"},
        "patient": {"name": "Zoë Ñúñez", "age": 70, "jurisdiction": "US-TX", "conditions": ["ckd", "sleep_apnea"],
                    "current_medications": [medicine(n, "c") for n in range(current)], "allergies": ["codeine"]},
        "pain": {"sites": [f"site {n}" for n in range(limits.MAX_LIST)], "causes": [f"cause {n}" for n in range(limits.MAX_LIST)]},
        "goals": [{"id": f"g{n}", "text": f"Goal {n}", "due": "2027-02-01"} for n in range(limits.MAX_GOALS)],
        "modules": modules,
        "flare_plan": {"steps": [f"Step {n}" for n in range(limits.MAX_LIST)], "call_if": "pain is 9/10"},
        "follow_up": {"interval_weeks": 4, "monitoring": [f"Check {n}" for n in range(limits.MAX_LIST)]},
        "acknowledgements": [{"rule": "NSAID-CONDITION", "items": [f"m{n}"], "reason": "Reviewed", "by": "Dr A", "at": AT}
                             for n in range(limits.MAX_ACKNOWLEDGEMENTS)],
        "notes": "",
    }
    # Spend the rest of the plan's text budget in the fields the handout and summary print.
    slots: list[tuple[dict[str, Any], str, int]] = [(data, "notes", limits.MAX_NOTES)]
    slots += [(g, "text", limits.MAX_TEXT) for g in data["goals"]]
    slots += [(item, "instructions", limits.MAX_TEXT) for item in modules[0]["items"]]
    slots += [(m, "notes", limits.MAX_TEXT) for m in modules]
    shapes = _text_shapes()
    budget = limits.MAX_PLAN_TEXT - limits.plan_text_length(CarePlan.model_validate(data))
    for index, (holder, field, cap) in enumerate(slots):
        old = len(holder.setdefault(field, ""))
        size = min(cap, budget + old)
        if size <= old:
            break
        holder[field] = shapes[index % len(shapes)](size)
        budget -= len(holder[field]) - old
    return CarePlan.model_validate(data)


def _steps(plan: CarePlan, catalog: CatalogIndex) -> dict[str, Callable[[], object]]:
    from careplan.domain.safety import check_plan
    from careplan.export import ExportOptions, render_handout, render_summary
    from careplan.export.fhir import build_bundle

    options = ExportOptions(today=date(2026, 11, 24))
    report = check_plan(plan, catalog, today=date(2026, 11, 24))
    return {
        "check": lambda: check_plan(plan, catalog, today=date(2026, 11, 24)),
        "handout": lambda: render_handout(plan, catalog, report, options),
        "summary": lambda: render_summary(plan, catalog, report, options),
        "fhir": lambda: json.dumps(build_bundle(plan, catalog)),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5, help="timed runs (interleaved step by step)")
    parser.add_argument("--no-write", action="store_true", help="print only; do not update docs/performance")
    args = parser.parse_args(argv)
    catalog = load_catalog()
    plan = largest_plan(catalog)
    steps = _steps(plan, catalog)
    pages = {name: _pages(steps[name]()) for name in ("handout", "summary")}  # also warms fonts and caches
    samples: dict[str, list[float]] = {name: [] for name in steps}
    totals: list[float] = []
    for _ in range(args.runs):
        total = 0.0
        for name, step in steps.items():
            start = time.perf_counter()
            step()
            elapsed = time.perf_counter() - start
            samples[name].append(elapsed)
            total += elapsed
        totals.append(total)
    rows = [f"| {name} | {statistics.median(s):.2f} | {min(s):.2f} | {max(s):.2f} |" for name, s in samples.items()]
    rows.append(f"| **all four** | **{statistics.median(totals):.2f}** | {min(totals):.2f} | {max(totals):.2f} |")
    within = max(totals) < TARGET_SECONDS
    text_chars = limits.plan_text_length(plan)
    lines = [
        "# The largest plan the model allows",
        "",
        "One plan at every limit of `careplan/domain/limits.py` at once: "
        f"{len(plan.all_medications())} medicines, {len(plan.modules)} modules, "
        f"{sum(len(getattr(m, 'exercises', [])) for m in plan.modules)} exercises, "
        f"{sum(len(getattr(m, 'targets', [])) for m in plan.modules)} lifestyle targets, {len(plan.goals)} goals, "
        f"{len(plan.acknowledgements)} acknowledgements and {text_chars:,} characters of text (the budget is "
        f"{limits.MAX_PLAN_TEXT:,}) as unbroken words, {limits.MAX_TEXT_LINES}-line fields and prose.",
        f"Handout {pages['handout']} pages, summary {pages['summary']} pages.",
        "",
        f"Seconds per step, {args.runs} interleaved runs after a warm-up (target: all four under {TARGET_SECONDS:.0f} s "
        "in every run). Produced by `python benchmarks/bench_largest_plan.py`.",
        "",
        "| step | median (s) | min (s) | max (s) |",
        "|---|---|---|---|",
        *rows,
        "",
        f"Within target: {'yes' if within else 'NO'}. Python {platform.python_version()}, {platform.machine()}, "
        f"{os.cpu_count()} CPUs, measured {datetime.now(UTC).date().isoformat()}.",
        "",
    ]
    print("\n".join(lines))
    if not args.no_write:
        OUTPUT.parent.mkdir(parents=True, exist_ok=True)
        OUTPUT.write_text("\n".join(lines), encoding="utf-8")
    return 0 if within else 1


def _pages(pdf: object) -> int:
    import io

    from pypdf import PdfReader

    assert isinstance(pdf, bytes)
    return len(PdfReader(io.BytesIO(pdf)).pages)


if __name__ == "__main__":
    sys.exit(main())
