"""The handout preview: a QPdfView created on first use, so QtPdf never slows the start-up.

Fitted to the pane's width a page is small in a narrow pane; the zoom buttons (and Ctrl+plus,
Ctrl+minus, Ctrl+wheel over the page) make it readable, and "Fit width" goes back.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QEvent, QIODevice, QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QWheelEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStackedWidget, QToolButton, QVBoxLayout, QWidget

ZOOM_STEPS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0)


class PreviewView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stack = QStackedWidget()
        self.placeholder = QLabel(QCoreApplication.translate("PreviewView", "The handout preview appears here as it will print."))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.stack.addWidget(self.placeholder)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.hide()
        self.zoom_out = self._tool("\u2212", QCoreApplication.translate("PreviewView", "Zoom out (Ctrl+minus)"), lambda: self.step_zoom(-1))
        self.fit_width = self._tool(QCoreApplication.translate("PreviewView", "Fit width"), QCoreApplication.translate("PreviewView", "Fit the page to the pane's width"), self.fit_to_width)
        self.zoom_in = self._tool("+", QCoreApplication.translate("PreviewView", "Zoom in (Ctrl+plus)"), lambda: self.step_zoom(1))
        self.zoom_label = QLabel()
        self.zoom_label.setAccessibleName(QCoreApplication.translate("PreviewView", "Zoom"))
        self.tools = QWidget()  # shown with the pages, not over a note
        tools = QHBoxLayout(self.tools)
        tools.setContentsMargins(0, 0, 0, 0)
        for widget in (self.zoom_out, self.fit_width, self.zoom_in, self.zoom_label):
            tools.addWidget(widget)
        tools.addStretch(1)
        self.tools.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tools)
        layout.addWidget(self.status)
        layout.addWidget(self.stack, 1)
        for keys, step in ((QKeySequence.StandardKey.ZoomIn, 1), (QKeySequence.StandardKey.ZoomOut, -1)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda s=step: self.step_zoom(s))
        self.pdf_view: Any = None
        self.pdf_document: Any = None
        self._buffer: QBuffer | None = None
        self.page_count = 0
        self.whole_pages: int | None = None  # pages of the last whole handout shown
        self.zoom: float | None = None  # None: fitted to the width
        self._show_zoom()

    def _tool(self, text: str, tip: str, action: Any) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip.split(" (")[0])
        button.clicked.connect(action)
        return button

    def step_zoom(self, steps: int) -> None:
        """One step larger (1) or smaller (-1) than now; from "fit width" it starts at 100 %."""
        current = self.zoom if self.zoom is not None else self._fitted_factor()
        larger = [z for z in ZOOM_STEPS if z > current + 0.01]
        smaller = [z for z in ZOOM_STEPS if z < current - 0.01]
        if steps > 0:
            self.set_zoom(larger[0] if larger else ZOOM_STEPS[-1])
        else:
            self.set_zoom(smaller[-1] if smaller else ZOOM_STEPS[0])

    def set_zoom(self, factor: float | None) -> None:
        """A zoom factor (1.0 is the printed size), or None to fit the page to the pane's width."""
        self.zoom = factor
        if self.pdf_view is not None:
            from PySide6.QtPdfWidgets import QPdfView

            if factor is None:
                self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
            else:
                self.pdf_view.setZoomMode(QPdfView.ZoomMode.Custom)
                self.pdf_view.setZoomFactor(factor)
        self._show_zoom()

    def fit_to_width(self) -> None:
        self.set_zoom(None)

    def _fitted_factor(self) -> float:
        """The factor "fit width" shows now (a page of about 612 points across the pane)."""
        if self.pdf_view is None or self.pdf_document is None or self.page_count == 0:
            return 0.5
        points = self.pdf_document.pagePointSize(0).width() or 612
        pixels = self.pdf_view.viewport().width() - 2 * self.pdf_view.documentMargins().left()
        return float(max(0.1, pixels / (points * self.logicalDpiX() / 72)))

    def _show_zoom(self) -> None:
        self.zoom_label.setText(QCoreApplication.translate("PreviewView", "fit width") if self.zoom is None else f"{round(self.zoom * 100)} %")
        self.fit_width.setEnabled(self.zoom is not None)
        self.zoom_in.setEnabled(self.zoom is None or self.zoom < ZOOM_STEPS[-1])
        self.zoom_out.setEnabled(self.zoom is None or self.zoom > ZOOM_STEPS[0])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Ctrl+wheel over the page zooms, as in every PDF reader; the plain wheel scrolls.
        if event.type() == QEvent.Type.Wheel and isinstance(event, QWheelEvent) \
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.step_zoom(1 if event.angleDelta().y() > 0 else -1)
            return True
        return super().eventFilter(watched, event)

    def _ensure_view(self) -> None:
        if self.pdf_view is not None:
            return
        from PySide6.QtPdf import QPdfDocument
        from PySide6.QtPdfWidgets import QPdfView

        self.pdf_document = QPdfDocument(self)
        self.pdf_view = QPdfView(self)
        self.pdf_view.setAccessibleName(QCoreApplication.translate("PreviewView", "Handout preview"))
        self.pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
        self.set_zoom(self.zoom)
        self.pdf_view.setDocument(self.pdf_document)
        self.pdf_view.viewport().installEventFilter(self)
        self.stack.addWidget(self.pdf_view)
        self.stack.setCurrentWidget(self.pdf_view)

    def reading(self) -> tuple[int, int | None]:
        """How many first pages reach into the view now, and the page count of the last whole
        handout shown (None: none yet)."""
        return self.pages_in_view(), self.whole_pages

    def pages_in_view(self) -> int:
        """The first pages up to the last one that shows in the view, even in part: QPdfView's
        page mode stacks the pages, each as wide as the zoom makes it, under a margin and with a
        gap between them."""
        if self.pdf_view is None or self.pdf_document is None or self.page_count == 0:
            return 1
        view = self.pdf_view
        margins = view.documentMargins()
        width = view.viewport().width() - margins.left() - margins.right()
        bottom = view.verticalScrollBar().value() + view.viewport().height()
        top = float(margins.top())
        for page in range(self.page_count):
            if top >= bottom:
                return max(page, 1)
            size = self.pdf_document.pagePointSize(page)
            if self.zoom is None:  # fitted to the width
                height = size.height() * width / max(size.width(), 1.0)
            else:
                height = size.height() * self.zoom * self.logicalDpiY() / 72
            top += height + view.pageSpacing()
        return self.page_count

    def show_pdf(self, data: bytes) -> None:
        """Show the whole handout's new bytes, keeping the reader on the same page."""
        self.show_pages(data)
        self.whole_pages = self.page_count

    def show_pages(self, data: bytes) -> None:
        """Show new PDF bytes (the whole handout, or its first pages until it comes), keeping
        the reader on the same page."""
        self._ensure_view()
        navigator = self.pdf_view.pageNavigator()
        page = navigator.currentPage()
        location = navigator.currentLocation()
        buffer = QBuffer(self)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.pdf_document.load(buffer)
        if self._buffer is not None:
            self._buffer.deleteLater()
        self._buffer = buffer
        self.page_count = self.pdf_document.pageCount()
        if 0 < page < self.page_count:
            navigator.jump(page, location)
        self.stack.setCurrentWidget(self.pdf_view)
        self.tools.show()
        self.status.hide()

    def show_note(self, text: str) -> None:
        """No page to show yet: ``text`` in place of the pages (plain words, not an error)."""
        self.status.hide()
        self.placeholder.setText(text)
        self.stack.setCurrentWidget(self.placeholder)
        self.tools.hide()

    def show_problem(self, message: str) -> None:
        self.status.setText(QCoreApplication.translate("PreviewView", "The preview could not be drawn: {0}").format(message))
        self.status.show()
