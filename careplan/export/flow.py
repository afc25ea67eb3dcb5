"""Small flowable helpers shared by the handout and summary builders (paragraphs, lists, tables, boxes)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol

from reportlab.platypus import CondPageBreak, Paragraph, Spacer, Table, TableStyle

from careplan.export.styles import Styles, box_table_style, grid_table_style


class Flowable(Protocol):
    """The part of reportlab's Flowable the builders rely on (reportlab ships no type stubs)."""

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]: ...


def para(markup: str, style: Any) -> Flowable:
    """A paragraph from markup that the caller has already escaped (``esc`` / ``phrase``)."""
    p: Flowable = Paragraph(markup, style)
    return p


def labelled(label: str, value: str, style: Any) -> Flowable:
    """"<b>Label</b> value" on one paragraph; both parts are escaped markup."""
    return para(f"<b>{label}</b> {value}", style)


def bullets(items: Sequence[str], style: Any, numbered: bool = False) -> list[Flowable]:
    """One paragraph per item with a bullet (or 1., 2., ...) hanging in the left indent."""
    out: list[Flowable] = []
    for n, markup in enumerate(items, start=1):
        mark = f"{n}." if numbered else "\u2022"
        out.append(Paragraph(markup, style, bulletText=mark))
    return out


def spacer(styles: Styles, factor: float = 1.0) -> Flowable:
    s: Flowable = Spacer(1, styles.gap * factor)
    return s


class _Table(Table):  # type: ignore[misc]  # reportlab ships no type stubs
    """A table whose rows split inside when they must.

    Rows split only where at least ``splitInRow`` points stay on each side, so that a few lines
    never sit alone at a page foot. But a row taller than a whole page (the longest free text a
    field may hold, in large print) can meet that rule on no page at all, and reportlab then
    gives up with a LayoutError. When the table has already been moved to a fresh page
    (reportlab marks it ``_postponed``) and still cannot split, the minimum is dropped.
    """

    def split(self, avail_width: float, avail_height: float) -> list[Any]:
        parts: list[Any] = super().split(avail_width, avail_height)
        minimum: float = getattr(self, "splitInRow", 0)
        if parts or not getattr(self, "_postponed", False) or minimum <= 1:
            return parts
        setattr(self, "splitInRow", 1)  # noqa: B010  (reportlab's attribute, untyped)
        try:
            return list(super().split(avail_width, avail_height))
        finally:
            setattr(self, "splitInRow", minimum)  # noqa: B010


def _in_row_split(styles: Styles) -> float:
    """Rows move whole to the next page; only a row taller than what is left (long free text)
    splits inside, and then with at least about three lines on each side."""
    return styles.body_size * 4


def data_table(rows: list[list[Any]], widths: Sequence[float], styles: Styles,
               extra: Sequence[tuple[Any, ...]] = (), header_rows: int = 1, zebra: bool = True) -> Flowable:
    """A grid table whose header repeats on every page it spans (long tables split)."""
    table = _Table(rows, colWidths=list(widths), repeatRows=header_rows, hAlign="LEFT",
                   splitInRow=_in_row_split(styles))
    table.setStyle(TableStyle([*grid_table_style(styles, header_rows, zebra), *extra]))
    t: Flowable = table
    return t


def box(title: str, body: Sequence[Flowable], styles: Styles, width: float, edge: Any, fill: Any) -> list[Flowable]:
    """A coloured call-out box. One row per flowable so the box can split across pages, and the
    title row repeats on the next page so a reader never meets half a box without its title."""
    rows: list[list[Any]] = [[Paragraph(title, styles.box_title)]] + [[f] for f in body]
    table = _Table(rows, colWidths=[width], repeatRows=1, hAlign="LEFT", splitInRow=_in_row_split(styles))
    table.setStyle(TableStyle(box_table_style(styles, edge, fill)))
    # Space above and below so a box never touches the table or heading next to it.
    table.spaceBefore = table.spaceAfter = styles.gap * 1.5
    # Start on a new page rather than show a title and one line at the foot of this one.
    return [CondPageBreak(styles.body_size * 10), table]
