"""Renders handout previews in a separate process, so that typing never waits for reportlab.

A render thread in this process would share the GIL with the GUI thread: every Python call the
GUI makes while reportlab runs can wait up to the 5 ms switch interval, which adds up to visible
stutter. A child process has its own interpreter; the GUI side only waits on a pipe (which
releases the GIL). This module is Qt-free because the child imports it.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import threading
from collections.abc import Callable
from dataclasses import asdict
from datetime import date
from multiprocessing.connection import Connection
from typing import Any

from careplan.ui.print_settings import PrintSettings

# What crosses the pipe: the plan as JSON, the print settings as a dict, and how many first pages
# to send ahead of the whole handout with the page count to print in their footers (None: none).
RenderRequest = tuple[str, dict[str, Any], int | None, int | None]


def render_handout_bytes(plan: Any, catalog: Any, settings: PrintSettings, sections: frozenset[str] | None = None, *,
                         first_pages: int | None = None, total_pages: int | None = None) -> bytes:
    """The handout exactly as export and print produce it (one function, so they cannot differ);
    with ``first_pages``, only its first pages, laid out as in the whole (see ``render_handout``)."""
    from careplan.domain.safety import check_plan
    from careplan.export import render_handout

    return render_handout(plan, catalog, check_plan(plan, catalog), settings.export_options(sections=sections),
                          first_pages=first_pages, total_pages=total_pages)


def render_inputs(plan_json: str, settings: dict[str, Any]) -> tuple[Any, ...]:
    """Everything a handout render reads besides the catalog and the program itself: the plan, the
    print settings, today's date (printed on the handout) and the logo and photo files as they are
    on disk now (a photo replaced under the same name changes its size or modification time)."""
    files = [settings.get("clinic_logo")] + [path for _exercise, path in settings.get("exercise_photos", ())]
    stats: list[tuple[str, int | None, int | None]] = []
    for name in files:
        if name is None:
            continue
        try:
            found = os.stat(name)
        except OSError:
            stats.append((str(name), None, None))
        else:
            stats.append((str(name), found.st_mtime_ns, found.st_size))
    return plan_json, repr(sorted(settings.items())), date.today().isoformat(), tuple(stats)


def _serve(conn: Connection) -> None:
    """The child process: load the catalog once, then render every plan it is sent.

    A request that asks for first pages is answered twice: ("pages", those pages) as soon as they
    are laid out, then ("ok", the whole handout), so the page being read shows the edit sooner.
    A request whose inputs (``render_inputs``) equal the last rendered ones gets the same bytes
    again without laying the pages out: a preference that does not print, or an undo back to
    what is shown, costs no render. Rendering is deterministic in those inputs (the PDF's dates
    come from the plan and today's date, its ids are fixed), so the bytes are the ones a render
    would give."""
    from careplan.domain.catalog import load_catalog
    from careplan.domain.plan import CarePlan
    from careplan.export import flow, fonts
    from careplan.storage.catalog_cache import FONT_TABLES, cache_file, install

    install()  # the compiled catalog the GUI's loader wrote (validated again when it does not match)
    fonts.use_store(cache_file(FONT_TABLES))
    flow.KEEP_PARSED = True  # this process renders the same wording again at every edit
    catalog = load_catalog()
    last: tuple[tuple[Any, ...], bytes] | None = None
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):
            return  # the app has gone (even if it was killed): stop too
        if message is None:
            return
        plan_json, settings, first_pages, total_pages = message
        inputs = render_inputs(plan_json, settings)
        if last is not None and last[0] == inputs:
            conn.send(("ok", last[1]))
            continue
        try:
            plan = CarePlan.model_validate_json(plan_json)
            print_settings = PrintSettings(**settings)
            if first_pages is not None:
                conn.send(("pages", render_handout_bytes(plan, catalog, print_settings, first_pages=first_pages,
                                                         total_pages=total_pages)))
            data = render_handout_bytes(plan, catalog, print_settings)
        except Exception as exc:
            last = None
            conn.send(("error", f"{type(exc).__name__}: {exc}"))
        else:
            last = (inputs, data)
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

    @staticmethod
    def request(plan: Any, settings: PrintSettings, first_pages: int | None = None,
                total_pages: int | None = None) -> RenderRequest:
        """What the child is sent for ``plan`` (a CarePlan) and ``settings``; with ``first_pages``
        (fewer than ``total_pages``, the last whole handout's count) those pages come first."""
        if first_pages is None or total_pages is None or first_pages >= total_pages:
            first_pages = total_pages = None
        return plan.model_dump_json(), asdict(settings), first_pages, total_pages

    def render(self, plan: Any, settings: PrintSettings) -> bytes:
        """Render ``plan`` (a CarePlan) in the child; raises RuntimeError with the child's message."""
        return self.send(self.request(plan, settings))

    def send(self, payload: RenderRequest, on_pages: Callable[[bytes], None] | None = None) -> bytes:
        """Render a prepared request in the child: the whole handout's bytes, after passing the
        first pages (if asked for) to ``on_pages``; raises RuntimeError with the child's message."""
        with self._lock:
            conn = self._ensure()
            try:
                conn.send(payload)
                status, result = conn.recv()
                while status == "pages":
                    if on_pages is not None:
                        on_pages(bytes(result))
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
