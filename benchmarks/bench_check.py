"""Time check_plan on fixed plans of 10, 50 and 200 medicines; write docs/performance/check.md."""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from datetime import UTC, date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # `python benchmarks/bench_check.py` from a checkout
    sys.path.insert(0, str(ROOT))

from careplan.domain.catalog import CatalogIndex, load_catalog  # noqa: E402
from careplan.domain.plan import (  # noqa: E402
    Acknowledgement,
    CarePlan,
    FollowUp,
    Goal,
    KratomModule,
    MedicationItem,
    MedicationModule,
    Patient,
)
from careplan.domain.safety import check_plan  # noqa: E402

SIZES = (10, 50, 200)
TODAY = date(2026, 11, 24)
AT = datetime(2026, 11, 24, 10, 0, tzinfo=UTC)
OUTPUT = ROOT / "docs" / "performance" / "check.md"

# A fixed rotation of realistic items (drug, dose, unit, times per day): every rule family gets
# something to look at, so the timing covers the rules' real work, not an early return.
ROTATION: tuple[tuple[str, float, str, int], ...] = (
    ("ibuprofen", 400, "mg", 3),
    ("naproxen", 250, "mg", 2),
    ("acetaminophen", 1000, "mg", 3),
    ("hydrocodone-acetaminophen-5-325", 1, "tablet", 4),
    ("oxycodone", 10, "mg", 4),
    ("morphine", 30, "mg", 2),
    ("tramadol", 50, "mg", 4),
    ("fentanyl-transdermal", 25, "mcg/h", 1),
    ("methadone", 10, "mg", 3),
    ("buprenorphine", 10, "mcg/h", 1),
    ("gabapentin", 300, "mg", 3),
    ("pregabalin", 75, "mg", 2),
    ("duloxetine", 60, "mg", 1),
    ("sertraline", 50, "mg", 1),
    ("alprazolam", 0.5, "mg", 2),
    ("zolpidem", 5, "mg", 1),
    ("cyclobenzaprine", 10, "mg", 3),
    ("warfarin", 5, "mg", 1),
    ("clopidogrel", 75, "mg", 1),
    ("diclofenac-topical", 4, "g", 4),
    ("lidocaine-topical", 1, "patch", 3),
    ("acetaminophen-codeine-300-30", 1, "tablet", 4),
)


def build_plan(size: int, catalog: CatalogIndex) -> CarePlan:
    """A deterministic plan with ``size`` planned medicines (plus 3 current ones and kratom)."""
    rotation = [r for r in ROTATION if r[0] in catalog.drugs]
    items = [
        MedicationItem(id=f"m{i:03d}", drug=drug, dose=dose, unit=unit, times_per_day=times)
        for i, (drug, dose, unit, times) in enumerate(rotation[i % len(rotation)] for i in range(size))
    ]
    current = [
        MedicationItem(id="c1", drug="sertraline", dose=50, times_per_day=1),
        MedicationItem(id="c2", drug="apixaban", dose=5, times_per_day=2),
        MedicationItem(id="c3", name="Vitamin D", dose=1000, unit="mcg", times_per_day=1),
    ]
    return CarePlan(
        id=f"bench-{size}",
        created_at=AT,
        updated_at=AT,
        patient=Patient(
            age=70,
            sex="female",
            jurisdiction="US-TX",
            conditions=["ckd", "sleep_apnea", "liver_disease"],
            current_medications=current,
            allergies=["codeine", "nsaid", "penicillin"],
            alcohol_drinks_per_week=10,
        ),
        goals=[Goal(id="g", text="Walk to the shop")],
        modules=[
            MedicationModule(id="meds", items=items),
            KratomModule(id="k", status="current_use", product_form="extract", cautions_accepted=True),
        ],
        follow_up=FollowUp(interval_weeks=6),
        acknowledgements=[
            Acknowledgement(rule="NSAID-CONDITION", reason="benchmark", at=AT),
            Acknowledgement(rule="ALLERGY", items=["m000"], reason="benchmark", at=AT),
        ],
    )


def time_size(plan: CarePlan, catalog: CatalogIndex, runs: int) -> list[float]:
    for _ in range(5):  # warm caches (catalog lookups, pydantic validators)
        check_plan(plan, catalog, today=TODAY)
    samples: list[float] = []
    for _ in range(runs):
        start = time.perf_counter()
        check_plan(plan, catalog, today=TODAY)
        samples.append((time.perf_counter() - start) * 1000)
    return samples


def p95(samples: list[float]) -> float:
    return statistics.quantiles(samples, n=20, method="inclusive")[18]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=200, help="timed runs per size")
    parser.add_argument("--no-write", action="store_true", help="print only; do not update docs/performance")
    args = parser.parse_args(argv)

    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else 0.0
    catalog = load_catalog()
    rows: list[tuple[int, int, float, float]] = []
    for size in SIZES:
        plan = build_plan(size, catalog)
        findings = len(check_plan(plan, catalog, today=TODAY).findings)
        samples = time_size(plan, catalog, args.runs)
        rows.append((size, findings, statistics.median(samples), p95(samples)))

    base_size, _, base_median, _ = rows[0]
    lines = [
        "# Safety check performance",
        "",
        "`check_plan` on fixed plans built by `benchmarks/bench_check.py` (plus 3 current medicines and",
        "an active kratom module, a 70-year-old patient with conditions, allergies and acknowledgements).",
        f"{args.runs} timed runs per size after 5 warm-up runs; Python {sys.version.split()[0]}; "
        f"{os.cpu_count()} CPUs, load average {load:.1f} when the run started (other work slows it).",
        "Target: median under 10 ms at 200 items, growth no worse than linear.",
        "",
        "| items | findings | median ms | p95 ms | median growth vs 10 items | item growth |",
        "|---:|---:|---:|---:|---:|---:|",
    ]
    for size, findings, median, high in rows:
        growth = median / base_median
        lines.append(f"| {size} | {findings} | {median:.2f} | {high:.2f} | ×{growth:.1f} | ×{size / base_size:.0f} |")
    top_size, _, top_median, _ = rows[-1]
    verdict = "meets" if top_median < 10 and top_median / base_median <= top_size / base_size else "misses"
    lines += ["", f"Result: {verdict} the target (median {top_median:.2f} ms at {top_size} items).", ""]
    report = "\n".join(lines)
    print(report)
    if not args.no_write:
        OUTPUT.parent.mkdir(parents=True, exist_ok=True)
        OUTPUT.write_text(report, encoding="utf-8")
    return 0 if verdict == "meets" else 1


if __name__ == "__main__":
    raise SystemExit(main())
