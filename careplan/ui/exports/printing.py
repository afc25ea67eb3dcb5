"""Print PDF bytes through Qt's print dialog, page by page, so paper matches the preview."""

from __future__ import annotations

import contextlib
import os

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QRect, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QDialog, QWidget

PRINT_DPI = 300


def print_pdf(data: bytes, parent: QWidget | None, title: str) -> bool:
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    holder = QObject()  # owns the document for the length of this call
    document = QPdfDocument(holder)
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    printer.setFromTo(1, document.pageCount())
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle("Print handout")
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    first = max(1, printer.fromPage() or 1)
    last = min(document.pageCount(), printer.toPage() or document.pageCount())
    painter = QPainter()
    _owner_only(printer.outputFileName())
    if not painter.begin(printer):
        return False
    try:
        for page in range(first - 1, last):
            if page > first - 1:
                printer.newPage()
            target = painter.viewport()
            points = document.pagePointSize(page)
            box = points.toSize().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            # Raster at 300 dpi at most: sharp on paper, and a page stays a few MB, not hundreds.
            dpi = min(printer.resolution(), PRINT_DPI)
            image = document.render(page, QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72)))
            painter.drawImage(QRect(target.topLeft(), box), image)
    finally:
        painter.end()
        _owner_only(printer.outputFileName())
    return True


def _owner_only(file_name: str) -> None:
    """A handout printed to a PDF file holds patient data: owner-only, like every file Careplan writes."""
    if file_name:
        # Created owner-only before Qt opens it (Qt keeps the mode when it truncates), and set again after.
        with contextlib.suppress(OSError):
            os.close(os.open(file_name, os.O_WRONLY | os.O_CREAT, 0o600))
            os.chmod(file_name, 0o600)

