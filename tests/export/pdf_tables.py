"""Reading the handout's tables back out of the PDF with pdfplumber, as a patient would read them."""

from __future__ import annotations

import io
from dataclasses import dataclass

import pdfplumber

SCHEDULE_HEAD = ["Medicine", "Morning", "Midday", "Evening", "Bedtime"]


def _flat(cell: str | None) -> str:
    return " ".join((cell or "").split())


@dataclass(frozen=True)
class PdfTable:
    page: int  # 0-based
    rows: list[list[str]]


def tables(data: bytes) -> list[PdfTable]:
    """Every ruled table of the PDF, cells with whitespace collapsed."""
    out: list[PdfTable] = []
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for number, page in enumerate(pdf.pages):
            for rows in page.extract_tables():
                out.append(PdfTable(number, [[_flat(c) for c in row] for row in rows]))
    return out


def schedule_rows(data: bytes) -> list[dict[str, str]]:
    """Rows of every daily-schedule table ("Medicine, Morning, Midday, Evening, Bedtime"), as
    {column: text}; a medicine cell holds the name and any start/stop lines under it."""
    rows: list[dict[str, str]] = []
    for table in tables(data):
        if table.rows and table.rows[0] == SCHEDULE_HEAD:
            rows += [dict(zip(SCHEDULE_HEAD, row, strict=True)) for row in table.rows[1:]]
    return rows


def page_texts(data: bytes) -> list[str]:
    """Each page's text, whitespace collapsed."""
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return [" ".join((page.extract_text() or "").split()) for page in pdf.pages]
