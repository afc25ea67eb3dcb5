"""Time the handout and summary exports against a plain reportlab document of the same text.

Run: ``python benchmarks/bench_export.py`` (writes docs/performance/export.md).
The floor is what reportlab itself needs to set the same words in the same font, one plain
paragraph per line: our layout (tables, boxes, page templates, "Page x of y") should cost at
most 3x that, and a typical plan should render in under 150 ms per document in-process.
"""

from __future__ import annotations

import io
import platform
import statistics
import sys
import time
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pypdf import PdfReader  # noqa: E402
from reportlab import Version as REPORTLAB_VERSION  # noqa: E402
from reportlab.lib.pagesizes import LETTER  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate  # noqa: E402

from careplan.domain.catalog import CatalogIndex, load_catalog  # noqa: E402
from careplan.domain.findings import SafetyReport  # noqa: E402
from careplan.domain.plan import (  # noqa: E402
    Baseline,
    CarePlan,
    CbtModule,
    Clinician,
    ExercisePrescription,
    FlarePlan,
    FollowUp,
    Goal,
    LifestyleGoal,
    LifestyleModule,
    MedicationItem,
    MedicationModule,
    MindfulnessModule,
    Pain,
    Patient,
    PhysiotherapyModule,
)
from careplan.export import ExportOptions, Letterhead, esc, render_handout, render_summary  # noqa: E402
from careplan.export.fonts import register_fonts  # noqa: E402

OUT = ROOT / "docs" / "performance" / "export.md"
AT = datetime(2026, 11, 24, 10, 0, tzinfo=UTC)
OPTIONS = ExportOptions(letterhead=Letterhead(name="Riverside Pain Clinic", address="12 Mill Lane", phone="555-0100"),
                        today=date(2026, 11, 24))
RATIO_TARGET = 3.0
TYPICAL_TARGET_MS = 150.0


def typical_plan() -> CarePlan:
    """Four medicines, exercises, CBT, mindfulness, habits, goals and a flare plan."""
    return CarePlan(
        title="Chronic low back pain plan", created_at=AT, updated_at=AT,
        clinician=Clinician(name="Dr A. Example", credentials="MD"),
        patient=Patient(name="Zoë Ñúñez", age=66, jurisdiction="US-TX", conditions=["ckd"],
                        current_medications=[MedicationItem(drug="sertraline", dose=50, times_per_day=1)]),
        pain=Pain(sites=["lower back"], types=["nociceptive"], baseline=Baseline(peg=[7, 6, 6], nrs=7)),
        goals=[Goal(text="Walk to the shop and back", measure="PEG", target="4 or lower", due=date(2027, 2, 1)),
               Goal(text="Sleep through the night 5 nights a week")],
        modules=[
            MedicationModule(items=[
                MedicationItem(drug="ibuprofen", dose=400, times_per_day=3, purpose="pain and stiffness"),
                MedicationItem(drug="acetaminophen", dose=500, times_per_day=4),
                MedicationItem(drug="gabapentin", dose=300, times_per_day=1),
                MedicationItem(drug="oxycodone", dose=5, prn=True, max_per_day=3),
            ]),
            PhysiotherapyModule(sessions_per_week=2, walking_start_minutes=10, walking_target_minutes=30,
                                exercises=[ExercisePrescription(exercise="pelvic-tilt", sets=2, reps=10),
                                           ExercisePrescription(exercise="bridge", sets=2, reps=8)]),
            CbtModule(sessions=8, focus_areas=["pain-education", "pacing"], homework="Keep a sleep diary."),
            MindfulnessModule(practice="body-scan", minutes_per_day=15, days_per_week=6),
            LifestyleModule(targets=[LifestyleGoal(area="sleep", target="Same wake time every day")]),
        ],
        flare_plan=FlarePlan(steps=["Rest 20 minutes, then walk gently", "Heat pack 15 minutes"],
                             call_if="pain is 9/10 or more for over a day"),
        follow_up=FollowUp(interval_weeks=4, monitoring=["PEG-3"]),
    )


def big_plan(catalog: CatalogIndex) -> CarePlan:
    """200 medication items cycling through the catalog: long tables that split across pages."""
    drugs = sorted(catalog.drugs)
    items = [MedicationItem(drug=drugs[n % len(drugs)], dose=1 + n % 50, unit="mg", prn=n % 5 == 0,
                            times_per_day=None if n % 5 == 0 else 1 + n % 4,
                            max_per_day=2 if n % 5 == 0 else None) for n in range(200)]
    return typical_plan().model_copy(update={"modules": [MedicationModule(items=items)]})


def report_of(plan: CarePlan, catalog: CatalogIndex) -> SafetyReport:
    try:
        from careplan.domain.safety import check_plan

        return check_plan(plan, catalog, today=date(2026, 11, 24))
    except Exception:  # the safety engine is optional for timing the layout
        return SafetyReport()


def floor_document(pdf: bytes) -> Callable[[], bytes]:
    """A plain reportlab build of the same text, line for line and page for page, same font."""
    family = register_fonts()
    style = ParagraphStyle("plain", fontName=family, fontSize=12, leading=15)
    pages = [(page.extract_text() or "").splitlines() for page in PdfReader(io.BytesIO(pdf)).pages]

    def build() -> bytes:
        buffer = io.BytesIO()
        story: list[object] = []
        for lines in pages:
            story += [Paragraph(esc(line), style) for line in lines]
            story.append(PageBreak())
        SimpleDocTemplate(buffer, pagesize=LETTER, invariant=1).build(story)
        return buffer.getvalue()

    return build


def _bound(render: Callable[[CarePlan, CatalogIndex, SafetyReport, ExportOptions], bytes], plan: CarePlan,
           catalog: CatalogIndex, report: SafetyReport) -> Callable[[], bytes]:
    return lambda: render(plan, catalog, report, OPTIONS)


def median_ms(fn: Callable[[], object], runs: int) -> float:
    fn()  # warm-up: font registration, imports, caches
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main() -> int:
    catalog = load_catalog()
    rows = []
    ok = True
    for label, plan, runs in (("typical", typical_plan(), 21), ("200 medication items", big_plan(catalog), 5)):
        report = report_of(plan, catalog)
        for doc, render in (("handout", render_handout), ("summary", render_summary)):
            pdf = render(plan, catalog, report, OPTIONS)
            ours = median_ms(_bound(render, plan, catalog, report), runs)
            floor = median_ms(floor_document(pdf), runs)
            ratio = ours / floor
            pages = len(PdfReader(io.BytesIO(pdf)).pages)
            within = ratio <= RATIO_TARGET and (label != "typical" or ours <= TYPICAL_TARGET_MS)
            ok = ok and within
            rows.append(f"| {label} | {doc} | {pages} | {ours:.0f} | {floor:.0f} | {ratio:.2f} | "
                        f"{'yes' if within else 'NO'} |")
            print(rows[-1])
    lines = [
        "# Export performance",
        "",
        "Median wall time of `render_handout` / `render_summary` in-process (fonts already registered),",
        "beside a plain reportlab document of the same text (same font, one paragraph per line, same",
        "page breaks) as the floor. Targets: at most 3x the floor; a typical plan under 150 ms per document.",
        "A ratio under 1 is possible: our short table cells are drawn as plain strings, while the floor",
        "sets every line as a Paragraph. Produced by `python benchmarks/bench_export.py`.",
        "",
        "| plan | document | pages | ours (ms) | floor (ms) | ratio | within target |",
        "|---|---|---|---|---|---|---|",
        *rows,
        "",
        f"Python {platform.python_version()}, reportlab {REPORTLAB_VERSION}, {platform.machine()}, "
        f"measured {datetime.now(UTC).date().isoformat()}.",
        "",
    ]
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text("\n".join(lines), encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
