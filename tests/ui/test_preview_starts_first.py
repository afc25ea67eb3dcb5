"""An edit's preview render starts inside the edit itself, before the window's other reactions.

The render process lays out the new handout while the editors, outline and safety monitor update
the window for the same edit, so their work is not added to the wait for the preview. Counts and
orders calls (no timing); the render process is replaced by a stub that answers at once.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from careplan.storage.plan_files import load_plan
from careplan.ui.findings.safety_monitor import SafetyMonitor
from careplan.ui.main_window import MainWindow
from careplan.ui.preview import preview_controller
from careplan.ui.preview.render_service import RenderService

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "knee-oa.careplan.json"


def test_an_edit_sends_its_render_before_the_safety_monitor_runs(
        monkeypatch: pytest.MonkeyPatch, make_window: Callable[[], MainWindow], qtbot: QtBot) -> None:
    sent: list[str] = []  # names of the plans the render process was asked for
    order: list[str] = []

    def fake_send(_service: RenderService, request: Any, _on_pages: Any = None) -> bytes:
        sent.append(request[0])
        return b"%PDF-1.4 stub"

    monkeypatch.setattr(RenderService, "send", fake_send)
    real_monitor = SafetyMonitor._on_plan_changed

    def monitored(monitor: SafetyMonitor) -> None:
        preview = getattr(monitor.parent(), "preview", None)  # the workspace, once it has one
        order.append(f"monitor after {preview.generation if preview else None} renders")
        real_monitor(monitor)

    monkeypatch.setattr(SafetyMonitor, "_on_plan_changed", monitored)
    window = make_window()
    workspace = window.workspace
    workspace.document.reset(load_plan(EXAMPLE), None)
    workspace.tabs.setCurrentWidget(workspace.preview_view)
    qtbot.waitUntil(lambda: workspace.preview.is_current, timeout=10000)
    rendered = workspace.preview.generation
    # The minimum interval between renders has passed: the next edit renders at once.
    monkeypatch.setattr(preview_controller, "MIN_INTERVAL_MS", 0)
    order.clear()
    workspace.edits.set_field(("patient", "name"), "Ada Quintero", "patient name")
    # No event loop has run since the edit: the render was started within it, before the monitor.
    assert order == [f"monitor after {rendered + 1} renders"]
    qtbot.waitUntil(lambda: workspace.preview.is_current, timeout=10000)
    assert "Ada Quintero" in sent[-1] and workspace.preview.generation == rendered + 1
    workspace.document.undo_stack.setClean()


def test_the_page_in_view_comes_first_and_only_the_whole_handout_is_kept_for_print(
        monkeypatch: pytest.MonkeyPatch, make_window: Callable[[], MainWindow], qtbot: QtBot) -> None:
    from pypdf import PdfWriter

    def pdf(pages: int, label: str) -> bytes:
        writer = PdfWriter()
        for _ in range(pages):
            writer.add_blank_page(612, 792)
        writer.add_metadata({"/Title": label})
        out = io.BytesIO()
        writer.write(out)
        return out.getvalue()

    asked: list[tuple[Any, Any]] = []

    def fake_send(_service: RenderService, request: Any, on_pages: Any = None) -> bytes:
        asked.append(request[2:])
        if request[2] is not None:
            on_pages(pdf(request[2], "first pages"))
        return pdf(5, "whole")

    monkeypatch.setattr(RenderService, "send", fake_send)
    window = make_window()
    workspace = window.workspace
    arrived: list[str] = []
    workspace.preview.pages_ready.connect(lambda _d: arrived.append("pages"))
    workspace.preview.preview_ready.connect(lambda _d: arrived.append("whole"))
    workspace.document.reset(load_plan(EXAMPLE), None)
    workspace.tabs.setCurrentWidget(workspace.preview_view)
    qtbot.waitUntil(lambda: workspace.preview.is_current, timeout=10000)
    assert asked == [(None, None)] and arrived == ["whole"]  # a plan just opened: the whole handout only
    assert workspace.preview_view.whole_pages == 5
    monkeypatch.setattr(preview_controller, "MIN_INTERVAL_MS", 0)
    view = workspace.preview_view
    in_view = view.pages_in_view()
    assert 1 <= in_view < 5
    workspace.edits.set_field(("patient", "name"), "Ada Quintero", "patient name")
    qtbot.waitUntil(lambda: workspace.preview.is_current, timeout=10000)
    assert asked[-1] == (in_view, 5)  # the pages in view, of the last whole handout's 5
    assert arrived == ["whole", "pages", "whole"]
    assert workspace.preview.latest == pdf(5, "whole") and view.page_count == 5
    # Scrolled to the end, every page up to the last is in view: the whole handout only.
    view.pdf_view.verticalScrollBar().setValue(view.pdf_view.verticalScrollBar().maximum())
    assert view.pages_in_view() == 5
    workspace.edits.set_field(("patient", "name"), "Ada Quintero Ruiz", "patient name")
    qtbot.waitUntil(lambda: workspace.preview.is_current, timeout=10000)
    assert asked[-1] == (None, None) and arrived[-2:] == ["whole", "whole"]
    workspace.document.undo_stack.setClean()
