"""Long tables are measured page by page, not whole at every page, and lay out exactly as before.

``careplan.export.flow._Table`` measures only the rows that can reach the foot of the space
offered (``MEASURE_FIRST`` rows, doubling); reportlab 5.1 measured every remaining row at every
page, so a long plan's summary cost grew with the square of its lines. Setting ``MEASURE_FIRST``
past the table's length gives reportlab's own measuring, to compare against.
"""

from __future__ import annotations

import functools
import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.platypus import SimpleDocTemplate, Table

import careplan.export.flow as flow
from careplan.domain.catalog import CatalogIndex
from careplan.domain.safety import check_plan
from careplan.export import render_handout, render_summary
from careplan.export.options import ExportOptions
from careplan.export.styles import make_styles
from careplan.storage.plan_files import load_plan

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
WHOLE = 10**9  # MEASURE_FIRST past any table: reportlab measures every row


def _rows(count: int, styles: Any) -> list[list[Any]]:
    """Rows of uneven height: one-liners, wrapped prose, and now and then a row taller than a page
    (so that reportlab splits inside it)."""
    rows: list[list[Any]] = [["Medicine", "How to take it"]]
    for n in range(count):
        words = "Take it with food and a full glass of water. " * (1 + n % 7)
        if n % 97 == 45:
            words = "A long note that goes on and on. " * 260
        rows.append([flow.para(f"Line {n}", styles.body), flow.para(words, styles.body)])
    return rows


def _document(count: int, pagesize: tuple[float, float], large: bool) -> bytes:
    styles = make_styles(large_print=large)
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=pagesize, invariant=1)
    story = [flow.para("A heading", styles.body),
             flow.data_table(_rows(count, styles), [doc.width * 0.3, doc.width * 0.7], styles)]
    doc.build(story)
    return out.getvalue()


@pytest.mark.parametrize(("pagesize", "large"), [(A4, False), (LETTER, True)])
def test_a_long_table_lays_out_as_when_measured_whole(monkeypatch: pytest.MonkeyPatch,
                                                      pagesize: tuple[float, float], large: bool) -> None:
    bounded = _document(230, pagesize, large)
    monkeypatch.setattr(flow, "MEASURE_FIRST", WHOLE)
    assert _document(230, pagesize, large) == bounded


def _plan_with_many_medicines(catalog: CatalogIndex, copies: int) -> Any:
    """The low-back-pain example with its medicine lines repeated (each copy a fresh id)."""
    plan = load_plan(EXAMPLES / "low-back-pain.careplan.json")
    document = plan.model_dump(mode="json")
    for module in document["modules"]:
        if module.get("kind") == "medication":
            items = module["items"]
            module["items"] = [{**item, "id": f"{item['id']}-{n}"} for n in range(copies) for item in items]
    return type(plan).model_validate(document)


@pytest.mark.parametrize("large_print", [False, True])
def test_a_long_plan_prints_the_same_bytes(catalog: CatalogIndex, monkeypatch: pytest.MonkeyPatch,
                                           large_print: bool) -> None:
    plan = _plan_with_many_medicines(catalog, 40)
    report = check_plan(plan, catalog)
    options = ExportOptions(large_print=large_print)

    def both() -> tuple[bytes, bytes]:
        return render_handout(plan, catalog, report, options), render_summary(plan, catalog, report, options)

    bounded = both()
    monkeypatch.setattr(flow, "MEASURE_FIRST", WHOLE)
    assert both() == bounded


def _rows_laid_out(build: Callable[[], bytes], monkeypatch: pytest.MonkeyPatch) -> tuple[int, int]:
    """How many rows reportlab's row layout walks (summing heights, placing rows) and how many
    cells it measures while ``build`` runs."""
    rows = cells = 0
    lay_out, measure = Table._calc_height, Table._listCellGeom

    def counted_rows(self: Any, *args: Any, **kwargs: Any) -> Any:
        nonlocal rows
        rows += len(self._argH)
        return lay_out(self, *args, **kwargs)

    def counted_cells(self: Any, *args: Any, **kwargs: Any) -> Any:
        nonlocal cells
        cells += 1
        return measure(self, *args, **kwargs)

    with monkeypatch.context() as patch:
        patch.setattr(Table, "_calc_height", counted_rows)
        patch.setattr(Table, "_listCellGeom", counted_cells)
        build()
    return rows, cells


def test_layout_work_grows_with_the_rows_not_their_square(monkeypatch: pytest.MonkeyPatch) -> None:
    work = {count: _rows_laid_out(functools.partial(_document, count, A4, False), monkeypatch) for count in (150, 600)}
    rows_per_row = {count: rows / count for count, (rows, _cells) in work.items()}
    cells_per_row = {count: cells / count for count, (_rows, cells) in work.items()}
    # Four times the rows, about the same work per row. Walking every remaining row at every
    # page, as reportlab does alone, costs about four times as much per row.
    assert rows_per_row[600] <= rows_per_row[150] * 1.25, rows_per_row
    # Each row is measured a few times at most (reportlab alone: about 7 cells a row).
    assert max(cells_per_row.values()) < 2 * 6, cells_per_row
