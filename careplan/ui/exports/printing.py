"""Print the handout: the exported vector PDF, at the paper size chosen in the print dialog.

Print to file writes that same PDF (owner-only, atomically): a file is the document itself, not
pictures of its pages. A physical printer gets the same PDF's pages drawn by QtPdf at up to
300 dpi (Qt cannot send a PDF to a printer as it is).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QObject, QRect, QSize, Qt
from PySide6.QtGui import QPageSize, QPainter
from PySide6.QtWidgets import QDialog, QWidget

PRINT_DPI = 300

# Renders the handout at a paper size ("letter" or "a4"): the same function export uses.
Render = Callable[[str], bytes]


@dataclass(frozen=True)
class PrintResult:
    printed: bool
    to_file: Path | None = None
    paper: str = ""
    note: str = ""


def default_paper(jurisdiction: str | None) -> str:
    """The paper the patient's country uses, as the export chooses it: US Letter or A4."""
    from careplan.export.renderer import LETTER_COUNTRIES  # one list: the export's

    country = (jurisdiction or "US").split("-", 1)[0].upper()
    return "letter" if country in LETTER_COUNTRIES else "a4"


def paper_of(page_size: QPageSize) -> str:
    """The export's paper for the size chosen in the dialog: Letter-width sizes print on Letter, others on A4."""
    size_id = page_size.id()
    if size_id in (QPageSize.PageSizeId.Letter, QPageSize.PageSizeId.Legal, QPageSize.PageSizeId.Executive):
        return "letter"
    return "a4"


def print_handout(render: Render, paper: str, parent: QWidget | None, title: str,
                  default_data: bytes | None = None) -> PrintResult:
    """Show the print dialog, then print the handout rendered at the chosen paper size.

    ``default_data`` is the PDF already rendered at ``paper`` (the preview's bytes): used as it
    is when that paper is kept, so what prints is what was previewed.
    """
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.Letter if paper == "letter" else QPageSize.PageSizeId.A4))
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("Printing", "Print handout"))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return PrintResult(False)
    chosen = paper_of(printer.pageLayout().pageSize())
    data = default_data if chosen == paper and default_data is not None else render(chosen)
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and printer.outputFileName():
        from careplan.storage.atomic import atomic_write_bytes

        target = Path(printer.outputFileName())
        atomic_write_bytes(target, data, keep_backup=False)  # owner-only, like every file Careplan writes
        whole = printer.printRange() != QPrinter.PrintRange.AllPages
        note = QCoreApplication.translate("Printing", "A PDF file holds the whole handout, as exported.") if whole else ""
        return PrintResult(True, target, chosen, note)
    return PrintResult(_draw_pages(data, printer), None, chosen)


def _draw_pages(data: bytes, printer: object) -> bool:
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPrintSupport import QPrinter

    assert isinstance(printer, QPrinter)
    holder = QObject()  # owns the document for the length of this call
    document = QPdfDocument(holder)
    buffer = QBuffer(holder)
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    count = document.pageCount()
    if printer.printRange() == QPrinter.PrintRange.PageRange:
        first, last = max(1, printer.fromPage()), min(count, printer.toPage() or count)
    else:
        first, last = 1, count
    painter = QPainter()
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
    return True
