"""The longest text and the largest plan the model allows export whole, in both print sizes."""

from __future__ import annotations

import importlib.util
import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from careplan.domain import limits
from careplan.domain.catalog import CatalogIndex
from careplan.domain.plan import CarePlan, CbtModule, Goal, Patient
from careplan.domain.safety import check_plan
from careplan.export import render_handout, render_summary

from .conftest import options, pdf_text
from .test_property import _chars_on_page

ROOT = Path(__file__).resolve().parents[2]
LINES = "\n".join(f"L{n:02d}" for n in range(1, limits.MAX_TEXT_LINES + 1))  # the most lines a field may hold
WORD = "Zo\u00eb" * (limits.MAX_TEXT // 3)  # one word, no break opportunity, as long as a field may hold


@pytest.mark.parametrize("large_print", [False, True])
@pytest.mark.parametrize("render", [render_handout, render_summary])
def test_the_most_lines_a_field_holds_print_whole(catalog: CatalogIndex, large_print: bool, render: object) -> None:
    # Taller than a page in large print: the row must split across pages, not fail.
    plan = CarePlan(patient=Patient(name="A"), goals=[Goal(text=LINES)], modules=[CbtModule(sessions=4, homework=LINES)])
    data = render(plan, catalog, check_plan(plan, catalog), options(large_print=large_print))  # type: ignore[operator]
    text = pdf_text(data)
    missing = [f"L{n:02d}" for n in range(1, limits.MAX_TEXT_LINES + 1) if f"L{n:02d}" not in text]
    assert missing == []


@pytest.mark.parametrize("render", [render_handout, render_summary])
def test_a_word_as_long_as_a_field_wraps_inside_the_page(catalog: CatalogIndex, render: object) -> None:
    plan = CarePlan(patient=Patient(name="A"), goals=[Goal(text=WORD)], modules=[CbtModule(sessions=4, homework=WORD)],
                    notes=WORD)
    data = render(plan, catalog, check_plan(plan, catalog), options(large_print=True))  # type: ignore[operator]
    _chars_on_page(data)
    # Every letter of the word is printed (line breaks inside it add only whitespace).
    assert "".join(pdf_text(data).split()).count("Zo\u00eb") >= limits.MAX_TEXT // 3


def test_the_largest_plan_the_model_allows_exports(catalog: CatalogIndex) -> None:
    # The plan the benchmark times (benchmarks/bench_largest_plan.py): valid at every limit at once.
    spec = importlib.util.spec_from_file_location("bench_largest_plan", ROOT / "benchmarks" / "bench_largest_plan.py")
    assert spec is not None and spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    plan = bench.largest_plan(catalog)
    assert len(plan.all_medications()) == limits.MAX_MEDICINES_IN_PLAN and len(plan.modules) == limits.MAX_MODULES
    assert limits.MAX_PLAN_TEXT - 100 < limits.plan_text_length(plan) <= limits.MAX_PLAN_TEXT
    report = check_plan(plan, catalog)
    for render in (render_handout, render_summary):
        pages = PdfReader(io.BytesIO(render(plan, catalog, report, options()))).pages
        assert len(pages) > 20
