"""The preview process renders again only when something the handout reads has changed.

Counts renders (no timing): the same plan and settings again give the same bytes without a
render; a changed plan, setting, or a photo file replaced under the same name renders again.
"""

from __future__ import annotations

import multiprocessing
import threading
from dataclasses import asdict
from pathlib import Path
from typing import Any

import pytest

import careplan.ui.preview.render_service as service
from careplan.export import flow
from careplan.ui.print_settings import PrintSettings

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "knee-oa.careplan.json"


def _serving(monkeypatch: pytest.MonkeyPatch, fake_render: Any) -> tuple[Any, threading.Thread]:
    """The render process's loop on a thread of this process, rendering with ``fake_render``:
    the app's end of the pipe, and the thread."""
    monkeypatch.setattr(service, "render_handout_bytes", fake_render)
    monkeypatch.setattr(flow, "KEEP_PARSED", False)  # _serve turns it on, here in this process: restored after
    app_end, child_end = multiprocessing.Pipe()
    worker = threading.Thread(target=service._serve, args=(child_end,), daemon=True)
    worker.start()
    return app_end, worker


def _plan_json() -> str:
    from careplan.storage.plan_files import load_plan

    return load_plan(EXAMPLE).model_dump_json()


def test_inputs_change_with_the_plan_the_settings_and_the_photo_files(tmp_path: Path) -> None:
    photo = tmp_path / "bridge.png"
    photo.write_bytes(b"one")
    settings = asdict(PrintSettings(exercise_photos=(("bridge", str(photo)),)))
    plan = _plan_json()
    first = service.render_inputs(plan, settings)
    assert service.render_inputs(plan, dict(settings)) == first
    assert service.render_inputs(plan.replace("knee", "Knee", 1), settings) != first
    assert service.render_inputs(plan, {**settings, "large_print": True}) != first
    photo.write_bytes(b"a different photo")  # replaced under the same name
    assert service.render_inputs(plan, settings) != first
    photo.unlink()  # gone: still a different input (the drawing prints instead)
    assert service.render_inputs(plan, settings) != first


def test_the_same_request_again_is_answered_without_a_render(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    renders: list[str] = []

    def fake_render(plan: Any, _catalog: Any, settings: PrintSettings, sections: Any = None) -> bytes:
        renders.append(plan.id)
        return f"%PDF {plan.title} {settings.large_print} {len(renders)}".encode()

    app_end, worker = _serving(monkeypatch, fake_render)
    plan = _plan_json()
    settings = asdict(PrintSettings())

    def ask(plan_json: str, chosen: dict[str, Any]) -> bytes:
        app_end.send((plan_json, chosen, None, None))
        status, data = app_end.recv()
        assert status == "ok"
        return bytes(data)

    first = ask(plan, settings)
    assert ask(plan, settings) == first and len(renders) == 1  # unchanged: the same bytes, no render
    large = ask(plan, {**settings, "large_print": True})
    assert large != first and len(renders) == 2
    assert ask(plan, settings) != large and len(renders) == 3  # back again: rendered (only the last is kept)
    app_end.send(None)
    worker.join(timeout=10)
    assert not worker.is_alive()


def test_first_pages_are_sent_ahead_of_the_whole_handout(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[tuple[int | None, int | None]] = []

    def fake_render(plan: Any, _catalog: Any, _settings: PrintSettings, sections: Any = None, *,
                    first_pages: int | None = None, total_pages: int | None = None) -> bytes:
        asked.append((first_pages, total_pages))
        return f"%PDF {plan.title} first {first_pages} of {total_pages}".encode()

    app_end, worker = _serving(monkeypatch, fake_render)
    plan = _plan_json()
    settings = asdict(PrintSettings())
    app_end.send((plan, settings, 2, 7))
    first, whole = app_end.recv(), app_end.recv()
    assert first[0] == "pages" and first[1].endswith(b"first 2 of 7")
    assert whole[0] == "ok" and whole[1].endswith(b"first None of None")
    assert asked == [(2, 7), (None, None)]
    app_end.send((plan, settings, 2, 7))  # the same again: the whole handout kept, nothing ahead
    assert app_end.recv() == whole and len(asked) == 2
    app_end.send(None)
    worker.join(timeout=10)
    # Asking for as many first pages as the whole handout has asks for none ahead.
    from careplan.storage.plan_files import load_plan

    request = service.RenderService.request(load_plan(EXAMPLE), PrintSettings(), 7, 7)
    assert request[2:] == (None, None)
