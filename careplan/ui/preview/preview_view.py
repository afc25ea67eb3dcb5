"""The handout preview: a QPdfView created on first use, so QtPdf never slows the start-up."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget


class PreviewView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stack = QStackedWidget()
        self.placeholder = QLabel("The handout preview appears here as it will print.")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.stack.addWidget(self.placeholder)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.status)
        layout.addWidget(self.stack, 1)
        self.pdf_view: Any = None
        self.pdf_document: Any = None
        self._buffer: QBuffer | None = None
        self.page_count = 0

    def _ensure_view(self) -> None:
        if self.pdf_view is not None:
            return
        from PySide6.QtPdf import QPdfDocument
        from PySide6.QtPdfWidgets import QPdfView

        self.pdf_document = QPdfDocument(self)
        self.pdf_view = QPdfView(self)
        self.pdf_view.setAccessibleName("Handout preview")
        self.pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
        self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.pdf_view.setDocument(self.pdf_document)
        self.stack.addWidget(self.pdf_view)
        self.stack.setCurrentWidget(self.pdf_view)

    def show_pdf(self, data: bytes) -> None:
        """Show new PDF bytes, keeping the reader on the same page."""
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
        self.status.hide()

    def show_problem(self, message: str) -> None:
        self.status.setText(f"The preview could not be drawn: {message}")
        self.status.show()
