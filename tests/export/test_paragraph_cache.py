"""Paragraph markup parsed once per process prints exactly as parsed afresh.

``careplan.export.flow`` keeps reportlab's parse of each paragraph's markup (by text and style
values) in the preview's render process (``KEEP_PARSED``), so that its renders do not parse the
same wording again; each paragraph gets its own copies. The handout and the summary must be byte-identical with the cache off, cold and
warm, also once it is full and evicting.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import careplan.export.flow as flow
from careplan.domain.catalog import CatalogIndex
from careplan.domain.safety import check_plan
from careplan.export import render_handout, render_summary
from careplan.export.options import ExportOptions
from careplan.storage.plan_files import load_plan

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@pytest.mark.parametrize(("example", "large_print"), [("low-back-pain", False), ("morphine-taper", True)])
def test_cached_markup_prints_the_same_bytes(catalog: CatalogIndex, monkeypatch: pytest.MonkeyPatch,
                                             example: str, large_print: bool) -> None:
    plan = load_plan(EXAMPLES / f"{example}.careplan.json")
    report = check_plan(plan, catalog)
    options = ExportOptions(large_print=large_print)

    def both() -> tuple[bytes, bytes]:
        return render_handout(plan, catalog, report, options), render_summary(plan, catalog, report, options)

    monkeypatch.setattr(flow, "KEEP_PARSED", False)  # as in a one-off export
    monkeypatch.setattr(flow, "_PARSED", type(flow._PARSED)())
    fresh = both()
    assert not flow._PARSED
    monkeypatch.setattr(flow, "KEEP_PARSED", True)  # as in the preview's render process
    assert both() == fresh  # cold: parsed and kept
    assert len(flow._PARSED) > 50
    assert both() == fresh  # warm: from the cache
    monkeypatch.setattr(flow, "_PARSED", type(flow._PARSED)())
    monkeypatch.setattr(flow, "_PARSED_MAX", 40)  # full and evicting: most parsed again, the rest reused
    assert both() == fresh and len(flow._PARSED) == 40
    assert both() == fresh and len(flow._PARSED) == 40


def test_markup_that_derives_its_own_style_is_not_cached(monkeypatch: pytest.MonkeyPatch) -> None:
    from reportlab.lib.styles import ParagraphStyle

    monkeypatch.setattr(flow, "KEEP_PARSED", True)
    monkeypatch.setattr(flow, "_PARSED", type(flow._PARSED)())
    style = ParagraphStyle("plain", fontName="Helvetica", fontSize=10)
    first: Any = flow.para('<para leading="30">Walk every day</para>', style)
    assert first.style is not style and not flow._PARSED  # reportlab made another style: parsed each time
    plain: Any = flow.para("Walk every day", style)
    again: Any = flow.para("Walk every day", style)
    assert len(flow._PARSED) == 1 and plain.frags[0] is not again.frags[0]  # own copies
    assert [f.text for f in plain.frags] == [f.text for f in again.frags]
