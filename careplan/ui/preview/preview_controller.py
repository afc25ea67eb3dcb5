"""Keeps the handout preview current: renders on a worker thread, at most one render at a time."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal

from careplan.domain.catalog import CatalogIndex
from careplan.ui.document import PlanDocument
from careplan.ui.preferences_store import PreferencesStore
from careplan.ui.preview.preview_worker import PreviewJob, RenderSignals
from careplan.ui.preview.render_service import RenderService

# Renders start at most this often while the clinician types (the debounce interval) ...
MIN_INTERVAL_MS = 250
# ... and a change of preferences or photos waits only this long, so that several at once render
# once. An edit of the plan starts its render at once (see ``_on_plan_changed``).
COALESCE_MS = 0


class PreviewController(QObject):
    """Throttled rendering: the first edit after a pause renders at once, a burst renders every 250 ms.

    A plain trailing debounce would add 250 ms to every edit; rendering the newest plan as soon
    as the previous render is done keeps the preview close behind typing without piling up work.

    "At once" means inside the document's ``plan_changed`` emission: the workspace creates this
    controller before the editors, outline and safety monitor connect to the document, so the
    render process starts laying out while the window updates itself for the same edit (about
    20-30 ms of GUI work for a typical plan, which a zero-time timer used to put before it).
    """

    preview_ready = Signal(bytes)  # the whole handout
    pages_ready = Signal(bytes)  # its first pages, up to the one being read, ahead of the whole
    preview_failed = Signal(str)

    def __init__(self, document: PlanDocument, catalog: CatalogIndex, preferences: PreferencesStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.catalog = catalog
        self.preferences = preferences
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.signals = RenderSignals(self)
        self.service = RenderService()
        # Where the reader is: (how many first pages reach into the view, pages of the last whole
        # handout shown or None); set by the workspace. Those pages are rendered first, the rest after.
        self.reading: Callable[[], tuple[int, int | None]] | None = None
        self.signals.pages.connect(self._on_pages)
        self.signals.rendered.connect(self._on_rendered)
        self.signals.failed.connect(self._on_failed)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._on_timer)
        self.active = False
        self.generation = 0
        self.shown_generation = -1
        self.latest: bytes | None = None
        self._busy = False
        self._dirty = True
        self._last_start = 0.0
        document.plan_changed.connect(self._on_plan_changed)
        # Another plan: its first pages are not sent ahead until its whole handout has been shown
        # once (their footers count the last whole handout's pages).
        self._first_of_document = 1  # the first render generation of the plan now open
        document.document_reset.connect(self._on_document_reset)
        preferences.preferences_changed.connect(self._on_settings_changed)
        # A clinic photo set or removed changes the handout as a preference does.
        from careplan.ui.editors.exercise_figure import photo_events

        photo_events().changed.connect(self._on_settings_changed)

    def set_active(self, active: bool) -> None:
        """Render only while the preview is on screen; a hidden preview just goes stale."""
        self.active = active
        if active and self._dirty:
            self._schedule()

    @property
    def is_current(self) -> bool:
        return not self._dirty and not self._busy and self.latest is not None

    def _on_plan_changed(self) -> None:
        """An edit: render the new plan now unless a render runs or one started under 250 ms ago."""
        self._dirty = True
        if self.active:
            self._schedule(immediate=True)

    def _on_document_reset(self) -> None:
        self._first_of_document = self.generation + 1

    def _on_settings_changed(self) -> None:
        self._dirty = True
        if self.active:
            self._schedule()

    def _schedule(self, *, immediate: bool = False) -> None:
        if self._busy or self.timer.isActive():
            return
        wait = max(COALESCE_MS, MIN_INTERVAL_MS - (time.perf_counter() - self._last_start) * 1000)
        if immediate and wait <= 0:
            self._on_timer()
        else:
            self.timer.start(int(wait))

    def _on_timer(self) -> None:
        if self._busy or not self._dirty:
            return
        self._busy = True
        self._dirty = False
        self._last_start = time.perf_counter()
        self.generation += 1
        first_pages = total_pages = None
        if self.reading is not None and self.shown_generation >= self._first_of_document:
            first_pages, total_pages = self.reading()
        # Serialised here, not on the worker: the worker then only waits on the pipe (without the
        # GIL), so it never holds up the GUI thread's own reactions to the edit.
        request = self.service.request(self.document.plan, self.preferences.print_settings(), first_pages, total_pages)
        job = PreviewJob(self.generation, request, self.service, self.signals)
        self.pool.start(job)

    def _on_pages(self, generation: int, data: bytes) -> None:
        # Never ``latest``: print and export use only a whole handout.
        if generation > self.shown_generation:
            self.pages_ready.emit(data)

    def _on_rendered(self, generation: int, data: bytes) -> None:
        self._busy = False
        if generation > self.shown_generation:
            self.shown_generation = generation
            self.latest = data
            self.preview_ready.emit(data)
        if self._dirty and self.active:
            self._schedule()

    def _on_failed(self, _generation: int, message: str) -> None:
        self._busy = False
        self.preview_failed.emit(message)
        if self._dirty and self.active:
            self._schedule()

    def wait_idle(self, timeout_ms: int = 10000) -> None:
        """Block until the running render is done (used before quitting)."""
        self.timer.stop()
        self.pool.waitForDone(timeout_ms)

    def shut_down(self) -> None:
        """Finish the running render and stop the render process (on close)."""
        self.wait_idle()
        self.service.close()
