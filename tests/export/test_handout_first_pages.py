"""The preview's first pages are the whole handout's first pages, laid out the same.

``render_handout(..., first_pages=k, total_pages=n)`` stops the layout after page k; those pages
must be what the whole handout prints on them (same content stream, footers counting n), in
normal and large print, so that the page shown before the whole handout arrives never differs.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from careplan.domain.catalog import CatalogIndex
from careplan.domain.safety import check_plan
from careplan.export import render_handout
from careplan.export.options import ExportOptions
from careplan.storage.plan_files import load_plan

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@pytest.mark.parametrize(("example", "large_print"), [("low-back-pain", False), ("knee-oa", True)])
def test_first_pages_equal_the_whole_handouts_first_pages(catalog: CatalogIndex, example: str, large_print: bool) -> None:
    plan = load_plan(EXAMPLES / f"{example}.careplan.json")
    report = check_plan(plan, catalog)
    options = ExportOptions(large_print=large_print)
    whole = PdfReader(io.BytesIO(render_handout(plan, catalog, report, options))).pages
    assert len(whole) >= 3
    for count in (1, 2):
        first = PdfReader(io.BytesIO(render_handout(plan, catalog, report, options, first_pages=count,
                                                    total_pages=len(whole)))).pages
        assert len(first) == count
        for n in range(count):
            assert first[n].get_contents().get_data() == whole[n].get_contents().get_data()
            assert f"of {len(whole)}" in first[n].extract_text()


def test_a_handout_shorter_than_the_pages_asked_for_counts_its_own_pages(catalog: CatalogIndex) -> None:
    plan = load_plan(EXAMPLES / "low-back-pain.careplan.json")
    report = check_plan(plan, catalog)
    whole = render_handout(plan, catalog, report, ExportOptions())
    pages = len(PdfReader(io.BytesIO(whole)).pages)
    # The last whole handout had more pages (a guess that no longer holds): this one is whole.
    asked = render_handout(plan, catalog, report, ExportOptions(), first_pages=pages + 1, total_pages=pages + 5)
    assert asked == whole
