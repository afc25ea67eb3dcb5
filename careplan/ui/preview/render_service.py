"""Renders handout previews in a separate process, so that typing never waits for reportlab.

A render thread in this process would share the GIL with the GUI thread: every Python call the
GUI makes while reportlab runs can wait up to the 5 ms switch interval, which adds up to visible
stutter. A child process has its own interpreter; the GUI side only waits on a pipe (which
releases the GIL). This module is Qt-free because the child imports it.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import threading
from dataclasses import asdict
from multiprocessing.connection import Connection
from typing import Any

from careplan.ui.print_settings import PrintSettings


def render_handout_bytes(plan: Any, catalog: Any, settings: PrintSettings, sections: frozenset[str] | None = None) -> bytes:
    """The handout exactly as export and print produce it (one function, so they cannot differ)."""
    from careplan.domain.safety import check_plan
    from careplan.export import render_handout

    return render_handout(plan, catalog, check_plan(plan, catalog), settings.export_options(sections=sections))


def _serve(conn: Connection) -> None:
    """The child process: load the catalog once, then render every plan it is sent."""
    from careplan.domain.catalog import load_catalog
    from careplan.domain.plan import CarePlan

    catalog = load_catalog()
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):
            return  # the app has gone (even if it was killed): stop too
        if message is None:
            return
        plan_json, settings = message
        try:
            data = render_handout_bytes(CarePlan.model_validate_json(plan_json), catalog, PrintSettings(**settings))
        except Exception as exc:
            conn.send(("error", f"{type(exc).__name__}: {exc}"))
        else:
            conn.send(("ok", data))


class RenderService:
    """One long-lived render process, started on first use; thread-safe, one render at a time."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._process: Any = None
        self._conn: Connection | None = None

    def _ensure(self) -> Connection:
        if self._process is not None and self._process.is_alive() and self._conn is not None:
            return self._conn
        # spawn, not fork: forking a process that runs Qt threads is unsafe.
        context = multiprocessing.get_context("spawn")
        parent, child = context.Pipe()
        process = context.Process(target=_serve, args=(child,), name="careplan-preview", daemon=True)
        process.start()
        child.close()
        self._process, self._conn = process, parent
        return parent

    def render(self, plan: Any, settings: PrintSettings) -> bytes:
        """Render ``plan`` (a CarePlan) in the child; raises RuntimeError with the child's message."""
        payload = (plan.model_dump_json(), asdict(settings))
        with self._lock:
            conn = self._ensure()
            try:
                conn.send(payload)
                status, result = conn.recv()
            except (EOFError, OSError, BrokenPipeError):
                self._stop_locked()
                raise RuntimeError("the preview process stopped unexpectedly") from None
        if status != "ok":
            raise RuntimeError(result)
        return bytes(result)

    def _stop_locked(self) -> None:
        if self._conn is not None:
            with contextlib.suppress(OSError):
                self._conn.send(None)
            self._conn.close()
        if self._process is not None:
            self._process.join(timeout=2)
            if self._process.is_alive():
                self._process.terminate()
        self._process, self._conn = None, None

    def close(self) -> None:
        with self._lock:
            self._stop_locked()
