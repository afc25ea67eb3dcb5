"""Property: any valid plan exports to PDFs that qpdf accepts, with every character on the page."""

from __future__ import annotations

import io
import subprocess
import tempfile
from pathlib import Path

import pdfplumber
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from careplan.domain.catalog import load_catalog
from careplan.domain.plan import CarePlan
from careplan.domain.safety import check_plan
from careplan.export import render_handout, render_summary

from ..strategies import care_plans
from .conftest import options

# Rounding in text placement can put a glyph's box a hair past an edge it does not cross.
_TOLERANCE = 0.5


def _qpdf_ok(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "out.pdf"
        path.write_bytes(data)
        # qpdf is installed by CI (apt-get install qpdf); exit 0 means no errors and no warnings.
        done = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr


def _chars_on_page(data: bytes) -> None:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for number, page in enumerate(pdf.pages, start=1):
            for c in page.chars:
                inside = (c["x0"] >= -_TOLERANCE and c["x1"] <= page.width + _TOLERANCE
                          and c["top"] >= -_TOLERANCE and c["bottom"] <= page.height + _TOLERANCE)
                assert inside, f"page {number}: {c['text']!r} at x0={c['x0']:.1f} x1={c['x1']:.1f} top={c['top']:.1f}"


@pytest.mark.slow
@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(plan=care_plans(), large_print=st.booleans())
def test_any_valid_plan_exports_cleanly(plan: CarePlan, large_print: bool) -> None:
    catalog = load_catalog()
    report = check_plan(plan, catalog)
    opts = options(large_print=large_print)
    for data in (render_handout(plan, catalog, report, opts), render_summary(plan, catalog, report, opts)):
        assert data.startswith(b"%PDF-")
        _qpdf_ok(data)
        _chars_on_page(data)
