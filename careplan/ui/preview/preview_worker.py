"""A preview render job for the thread pool: it waits on the render process (no GIL held)."""

from __future__ import annotations

from PySide6.QtCore import QObject, QRunnable, Signal

from careplan.ui.preview.render_service import RenderRequest, RenderService


class RenderSignals(QObject):
    """Lives on the GUI thread; the job emits through it, so delivery is queued safely."""

    pages = Signal(int, bytes)  # the first pages, ahead of the whole handout
    rendered = Signal(int, bytes)
    failed = Signal(int, str)


class PreviewJob(QRunnable):
    """One render of one plan snapshot, already serialised on the GUI thread (``RenderService.request``)."""

    def __init__(self, generation: int, request: RenderRequest, service: RenderService, signals: RenderSignals) -> None:
        super().__init__()
        self.generation = generation
        self.request = request
        self.service = service
        self.signals = signals

    def run(self) -> None:
        try:
            data = self.service.send(self.request, lambda pages: self.signals.pages.emit(self.generation, pages))
        except Exception as exc:  # a preview failure must never take the app down
            self.signals.failed.emit(self.generation, str(exc))
            return
        self.signals.rendered.emit(self.generation, data)
