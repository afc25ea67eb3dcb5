"""Print is the exported vector PDF at the chosen paper size; print to file writes that PDF, owner-only."""

from __future__ import annotations

import io
import os
import stat
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrintDialog, QPrinter

from careplan.ui.exports.printing import _draw_pages, default_paper
from careplan.ui.main_window import MainWindow
from tests.ui.conftest import open_plan, stub_dialog

LETTER = (612, 792)
A4 = (595, 842)


def pdf_text(data: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


def page_sizes(data: bytes) -> set[tuple[int, int]]:
    return {(round(float(p.mediabox.width)), round(float(p.mediabox.height))) for p in PdfReader(io.BytesIO(data)).pages}


def print_to_file(monkeypatch: pytest.MonkeyPatch, window: MainWindow, out: Path, paper: QPageSize.PageSizeId | None) -> None:
    def to_file(dialog: QPrintDialog) -> bool:
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        if paper is not None:
            printer.setPageSize(QPageSize(paper))
        return True

    stub_dialog(monkeypatch, QPrintDialog, to_file)
    assert window.workspace.exports.print_handout()


@pytest.mark.parametrize(("jurisdiction", "paper", "size", "paper_name"), [
    ("US-TX", None, LETTER, "letter"),
    ("US-TX", QPageSize.PageSizeId.A4, A4, "a4"),
    ("GB", None, A4, "a4"),
    ("GB", QPageSize.PageSizeId.Letter, LETTER, "letter"),
])
def test_print_to_file_is_the_exported_pdf_at_the_chosen_paper(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
    jurisdiction: str, paper: QPageSize.PageSizeId | None, size: tuple[int, int], paper_name: str,
) -> None:
    open_plan(window, jurisdiction)
    out = tmp_path / "printed.pdf"
    print_to_file(monkeypatch, window, out, paper)
    printed = out.read_bytes()
    exported = window.workspace.exports.render("handout", page_size=paper_name)
    assert page_sizes(printed) == {size}
    assert pdf_text(printed) == pdf_text(exported)  # text, page by page: vector text, not pictures
    assert len(printed) < 2_000_000
    if os.name == "posix":
        assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert "Printed to printed.pdf" in window.workspace.status.currentMessage()


def test_default_paper_follows_the_patients_country() -> None:
    assert default_paper("US-TX") == "letter" and default_paper("CA") == "letter"
    assert default_paper("GB") == "a4" and default_paper("TH") == "a4"


def test_a_printer_gets_every_page_drawn(window: MainWindow, tmp_path: Path) -> None:
    open_plan(window, "US-TX")
    data = window.workspace.exports.render("handout", page_size="letter")
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)  # a PDF "printer" stands in for paper
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "paper.pdf"))
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.Letter))
    assert _draw_pages(data, printer)
    assert len(PdfReader(tmp_path / "paper.pdf").pages) == len(PdfReader(io.BytesIO(data)).pages)
