"""One stylesheet factory for both PDFs: fonts, sizes (normal or large print), colours, tables."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.styles import ParagraphStyle

from careplan.export.fonts import BOLD, register_fonts

# High-contrast colours: dark text on pale fills reads for older eyes and prints in greyscale.
INK = colors.HexColor("#111111")
ACCENT = colors.HexColor("#1F4E79")
ACCENT_PALE = colors.HexColor("#E8F0F8")
DANGER = colors.HexColor("#A4161A")
DANGER_PALE = colors.HexColor("#FCEBEA")
CAUTION = colors.HexColor("#8A5A00")
CAUTION_PALE = colors.HexColor("#FFF4DC")
GRID = colors.HexColor("#7F7F7F")
ZEBRA = colors.HexColor("#F4F4F4")
SEVERITY_COLOURS: dict[str, Any] = {"critical": DANGER, "warning": CAUTION, "info": ACCENT}


@dataclass(frozen=True)
class Styles:
    """Paragraph styles and the sizes the builders need; build one with :func:`make_styles`."""

    large_print: bool
    font: str
    body_size: float
    small_size: float
    title: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    body: ParagraphStyle
    bullet: ParagraphStyle
    small: ParagraphStyle
    lead: ParagraphStyle
    cell: ParagraphStyle
    cell_head: ParagraphStyle
    cell_center: ParagraphStyle
    cell_small: ParagraphStyle
    cell_small_head: ParagraphStyle
    box_title: ParagraphStyle
    letterhead: ParagraphStyle

    @property
    def gap(self) -> float:
        """Vertical space between blocks, scaled with the text."""
        return self.body_size * 0.6


def make_styles(large_print: bool) -> Styles:
    """Build the stylesheet. Large print: body 16 pt and nothing under 14 pt (NIA advice for
    older readers is 14 pt or more); normal: body 12 pt, small print 10 pt."""
    font = register_fonts()
    body_size = 16.0 if large_print else 12.0
    small_size = 14.0 if large_print else 10.0

    def style(name: str, size: float, **kw: Any) -> ParagraphStyle:
        kw.setdefault("fontName", font)
        kw.setdefault("leading", round(size * 1.3, 1))
        kw.setdefault("textColor", INK)
        # Bullets and list numbers default to 10 pt Helvetica; match the text instead.
        kw.setdefault("bulletFontName", kw["fontName"])
        kw.setdefault("bulletFontSize", size)
        # splitLongWords keeps a 40-letter word inside a narrow cell instead of overflowing it.
        return ParagraphStyle(name, fontSize=size, splitLongWords=1, **kw)

    h1_size = body_size * 1.45
    return Styles(
        large_print=large_print,
        font=font,
        body_size=body_size,
        small_size=small_size,
        title=style("title", body_size * 1.9, fontName=BOLD, textColor=ACCENT, spaceAfter=body_size * 0.5),
        # keepWithNext: a heading never sits alone at the foot of a page.
        h1=style("h1", h1_size, fontName=BOLD, textColor=ACCENT, spaceBefore=body_size, spaceAfter=body_size * 0.4,
                 keepWithNext=1),
        h2=style("h2", body_size * 1.15, fontName=BOLD, spaceBefore=body_size * 0.6, spaceAfter=body_size * 0.25,
                 keepWithNext=1),
        body=style("body", body_size, spaceAfter=body_size * 0.35, alignment=TA_LEFT),
        bullet=style("bullet", body_size, leftIndent=body_size * 1.3, bulletIndent=body_size * 0.3,
                     spaceAfter=body_size * 0.25),
        # A sentence that introduces a list or table stays on the page with it.
        lead=style("lead", body_size, spaceAfter=body_size * 0.35, keepWithNext=1),
        small=style("small", small_size),
        # Patients read tables at body size; the clinician summary's dense tables use small print.
        cell=style("cell", body_size),
        cell_head=style("cell_head", body_size, fontName=BOLD),
        cell_center=style("cell_center", body_size, alignment=TA_CENTER),
        cell_small=style("cell_small", small_size),
        cell_small_head=style("cell_small_head", small_size, fontName=BOLD),
        box_title=style("box_title", body_size * 1.2, fontName=BOLD, keepWithNext=1),
        letterhead=style("letterhead", small_size, leading=round(small_size * 1.25, 1)),
    )


def grid_table_style(styles: Styles, header_rows: int = 1, zebra: bool = True) -> list[tuple[Any, ...]]:
    """Commands for a data table: shaded header, thin grid, top-aligned cells, optional zebra rows."""
    pad = styles.body_size * 0.3
    commands: list[tuple[Any, ...]] = [
        # Plain-string cells otherwise draw in Helvetica, a font the PDF would list unembedded.
        ("FONTNAME", (0, 0), (-1, -1), styles.font),
        ("GRID", (0, 0), (-1, -1), 0.5, GRID),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), pad),
        ("BOTTOMPADDING", (0, 0), (-1, -1), pad),
        ("LEFTPADDING", (0, 0), (-1, -1), pad),
        ("RIGHTPADDING", (0, 0), (-1, -1), pad),
    ]
    if header_rows:
        commands.append(("BACKGROUND", (0, 0), (-1, header_rows - 1), ACCENT_PALE))
    if zebra:
        commands.append(("ROWBACKGROUNDS", (0, header_rows), (-1, -1), [colors.white, ZEBRA]))
    return commands


def box_table_style(styles: Styles, edge: Any, fill: Any) -> list[tuple[Any, ...]]:
    """Commands for a call-out box built as a one-column table (it can split across pages)."""
    pad = styles.body_size * 0.5
    return [
        ("FONTNAME", (0, 0), (-1, -1), styles.font),
        ("BOX", (0, 0), (-1, -1), 2, edge),
        ("BACKGROUND", (0, 0), (-1, -1), fill),
        ("LINEBELOW", (0, 0), (-1, 0), 1, edge),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), pad),
        ("RIGHTPADDING", (0, 0), (-1, -1), pad),
        ("TOPPADDING", (0, 0), (-1, -1), pad * 0.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), pad * 0.5),
    ]
