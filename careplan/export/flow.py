"""Small flowable helpers shared by the handout and summary builders (paragraphs, lists, tables, boxes)."""

from __future__ import annotations

import contextlib
import math
import threading
import weakref
from collections import OrderedDict
from collections.abc import Sequence
from typing import Any, Protocol

from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

from careplan.export.styles import Styles, box_table_style, grid_table_style


class Flowable(Protocol):
    """The part of reportlab's Flowable the builders rely on (reportlab ships no type stubs)."""

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]: ...


# Parsed paragraph markup by (text, bullet, case, style values): reportlab parses every
# paragraph's markup with an HTML parser, a fifth of a preview render and more of its first
# pages, though most paragraphs (catalog wording, headings) are the same from render to render.
# Only a process that renders again and again turns it on (the preview's render process): for a
# single export the keys and copies would cost more than the few repeated paragraphs save.
KEEP_PARSED = False
# Least recently used first; a typical handout has a few hundred paragraphs, and an edit changes
# a few (the patient's name is on the title page): at most ~1.5 MB, full after a few renders.
_PARSED: OrderedDict[tuple[Any, ...], tuple[str, list[Any], Any]] = OrderedDict()
_PARSED_MAX = 500
_PARSED_LOCK = threading.Lock()


_STYLE_KEYS: weakref.WeakKeyDictionary[Any, tuple[Any, ...] | None] = weakref.WeakKeyDictionary()


def _style_key(style: Any) -> tuple[Any, ...] | None:
    """The style's values (a parse copies them into its fragments); None if unusable as a key.
    Worked out once per style object (a render makes its stylesheet once and never changes it)."""
    try:
        return _STYLE_KEYS[style]
    except (KeyError, TypeError):
        pass
    key: tuple[Any, ...] | None = None
    if getattr(style, "parent", None) is None:  # else values inherited, not in its own __dict__
        key = tuple(sorted((k, v) for k, v in style.__dict__.items() if k != "parent"))
        try:
            hash(key)
        except TypeError:
            key = None
    with contextlib.suppress(TypeError):  # not weakly referenceable: worked out each time
        _STYLE_KEYS[style] = key
    return key


def _copies(frags: list[Any]) -> list[Any]:
    # Each paragraph gets its own fragment objects: line breaking marks them (_fkind).
    return [f.clone() for f in frags]


class _Paragraph(Paragraph):  # type: ignore[misc]  # reportlab ships no type stubs
    """A paragraph that breaks its lines again only when the width changes, from markup parsed
    once per process (``_PARSED``).

    A table splitting across pages measures every remaining row again on each page, and a
    paragraph's line breaking is most of that cost: a long summary table grew faster than its
    pages. The lines depend on the width alone, and wrap() leaves the paragraph in the state of
    its last call, so a call with that same width can return the same size.
    """

    _wrapped_for: float | None = None

    def _setup(self, text: Any, style: Any, bulletText: Any, frags: Any, cleaner: Any) -> None:
        key = None
        if KEEP_PARSED and frags is None and isinstance(text, str) and (bulletText is None or isinstance(bulletText, str)):
            style_key = _style_key(style)
            key = None if style_key is None else (text, bulletText, self.caseSensitive, style_key)
        if key is not None:
            with _PARSED_LOCK:
                hit = _PARSED.get(key)
                if hit is not None:
                    _PARSED.move_to_end(key)
            if hit is not None:
                self.text, parsed, bullet = hit
                self.frags = _copies(parsed)
                self.style = style
                self.bulletText = _copies(bullet) if isinstance(bullet, list) else bullet
                self.debug = 0
                return
        super()._setup(text, style, bulletText, frags, cleaner)
        if key is not None and self.style is style and isinstance(self.frags, list):
            # Only when the markup kept the style (a <para> with attributes derives another).
            bullet = _copies(self.bulletText) if isinstance(self.bulletText, list) else self.bulletText
            with _PARSED_LOCK:
                _PARSED[key] = (self.text, _copies(self.frags), bullet)
                while len(_PARSED) > _PARSED_MAX:
                    _PARSED.popitem(last=False)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        if avail_width == self._wrapped_for and getattr(self, "blPara", None) is not None:
            return self.width, self.height
        size: tuple[float, float] = super().wrap(avail_width, avail_height)
        self._wrapped_for = avail_width
        return size

    def split(self, avail_width: float, avail_height: float) -> list[Any]:
        self._wrapped_for = None  # reportlab's split may re-break the lines
        parts: list[Any] = super().split(avail_width, avail_height)
        return parts


def para(markup: str, style: Any) -> Flowable:
    """A paragraph from markup that the caller has already escaped (``esc`` / ``phrase``)."""
    p: Flowable = _Paragraph(markup, style)
    return p


def labelled(label: str, value: str, style: Any) -> Flowable:
    """"<b>Label</b> value" on one paragraph; both parts are escaped markup."""
    return para(f"<b>{label}</b> {value}", style)


def bullets(items: Sequence[str], style: Any, numbered: bool = False) -> list[Flowable]:
    """One paragraph per item with a bullet (or 1., 2., ...) hanging in the left indent."""
    out: list[Flowable] = []
    for n, markup in enumerate(items, start=1):
        mark = f"{n}." if numbered else "\u2022"
        out.append(_Paragraph(markup, style, bulletText=mark))
    return out


def spacer(styles: Styles, factor: float = 1.0) -> Flowable:
    s: Flowable = Spacer(1, styles.gap * factor)
    return s


# Rows measured first when a long table may not fit (a summary page holds 20-40 rows); see
# _Table._calc_height.
MEASURE_FIRST = 32


class _Table(Table):  # type: ignore[misc]  # reportlab ships no type stubs
    """A table whose rows split inside when they must.

    Rows split only where at least ``splitInRow`` points stay on each side, so that a few lines
    never sit alone at a page foot. But a row taller than a whole page (the longest free text a
    field may hold, in large print) can meet that rule on no page at all, and reportlab then
    gives up with a LayoutError. When the table has already been moved to a fresh page
    (reportlab marks it ``_postponed``) and still cannot split, the minimum is dropped.
    """

    # reportlab's own attributes (it ships no type stubs): requested and laid-out row heights.
    _argH: list[Any]
    _rowHeights: list[Any]

    def _calc_height(self, avail_height: float, avail_width: float, H: Any = None, W: Any = None) -> None:
        """Lay out only the rows that can reach the foot of the space offered.

        reportlab (5.1) walks every row of a table at every call, several calls a page: it
        measures them all on the first page, and on every later page it sums all the remaining
        rows' heights in Python. For a table split over many pages that is quadratic in its rows
        (a 1,000-line plan's summary spent a third of its time here). This measures a prefix of
        the rows instead, MEASURE_FIRST first, doubling while the prefix still fits, and keeps
        each row's measured height on the table, as reportlab itself hands measured heights to
        the part left after a split. Rows past the prefix stay unmeasured (None), as reportlab's
        own early stop for tables with spans leaves them. A table that fits is measured whole,
        so what is drawn is exact, and a split never looks past the first row that does not fit.
        """
        heights: list[Any] = self._argH
        rows = len(heights)
        if (self._spanCmds or not self._longTableOptimize or rows <= MEASURE_FIRST
                or not all(isinstance(w, (int, float)) for w in self._argW)):
            super()._calc_height(avail_height, avail_width, H, W)
            return
        # Fixed column widths: a row's height is the same at every call, so it can be kept.
        end = MEASURE_FIRST
        while True:
            # reportlab measures the prefix's unmeasured rows and places the prefix's rows.
            placed = None in heights[:end]
            if placed:
                self._lay_out_prefix(heights, end, avail_height, avail_width, H, W)
                heights = self._argH = list(self._rowHeights[:end]) + heights[end:]
            # More than a point over, far beyond the frame's fuzz: the table cannot be placed
            # here unsplit, so no unmeasured row is ever drawn.
            if end >= rows or math.fsum(heights[:end]) > avail_height + 1:
                break
            end *= 2
        if not placed:  # every row of the prefix was known: only their positions are wanted
            self._lay_out_prefix(heights, end, avail_height, avail_width, H, W)
        self._rowHeights = heights[:]

    def _lay_out_prefix(self, heights: list[Any], end: int, avail_height: float, avail_width: float,
                        H: Any, W: Any) -> None:
        """reportlab's own layout of the first ``end`` rows (it reads the rows from ``_argH``)."""
        self._argH = heights[:end]
        try:
            super()._calc_height(avail_height, avail_width, H, W)
        finally:
            self._argH = heights

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


# Fewest body rows a split table leaves on either page: no lone row at the foot of a page or at
# the top of the next (a single tracker row, a box's last line).
MIN_SPLIT_ROWS = 2


class TidyTable(_Table):
    """A table that splits only with at least MIN_SPLIT_ROWS body rows on each side.

    A table too short to split that way moves whole to the next page; a split that would leave
    a lone row over sends one more row with it. Once the table has already been moved to a
    fresh page (reportlab marks it ``_postponed``), a lone row is accepted: a tidy page is not
    worth an export that fails."""

    def split(self, avail_width: float, avail_height: float) -> list[Any]:
        parts: list[Any] = super().split(avail_width, avail_height)
        tidy = self._tidy(parts, avail_width)
        if not tidy and parts and getattr(self, "_postponed", False):
            return parts
        return tidy

    def _tidy(self, parts: list[Any], avail_width: float) -> list[Any]:
        if len(parts) != 2:
            return parts
        frame = getattr(self, "_frame", None)
        # At the top of a frame there is nowhere better to go: take what reportlab offers.
        if frame is not None and getattr(frame, "_atTop", False):
            return parts
        head = self.repeatRows if isinstance(self.repeatRows, int) else len(self.repeatRows)
        first = len(parts[0]._cellvalues) - head
        second = len(parts[1]._cellvalues) - head
        if first + second != len(self._cellvalues) - head:
            # A long row split inside itself: only below at least one whole row, so a box never
            # shows its title and half a sentence at the foot of a page.
            return parts if first - 1 >= 1 else []
        if first < MIN_SPLIT_ROWS:
            return []
        if second < MIN_SPLIT_ROWS:
            # Send rows over until the second part has enough, if the first keeps enough too.
            keep = head + first - (MIN_SPLIT_ROWS - second)
            if keep - head < MIN_SPLIT_ROWS:
                return []
            return list(super().split(avail_width, sum(self._rowHeights[:keep]) + 0.5))
        return parts


def data_table(rows: list[list[Any]], widths: Sequence[float], styles: Styles,
               extra: Sequence[tuple[Any, ...]] = (), header_rows: int = 1, zebra: bool = True) -> Flowable:
    """A grid table whose header repeats on every page it spans (long tables split, never
    leaving a lone row on either page)."""
    table = TidyTable(rows, colWidths=list(widths), repeatRows=header_rows, hAlign="LEFT",
                      splitInRow=_in_row_split(styles))
    table.setStyle(TableStyle([*grid_table_style(styles, header_rows, zebra), *extra]))
    table.spaceAfter = styles.gap
    t: Flowable = table
    return t


def box(title: str, body: Sequence[Flowable], styles: Styles, width: float, edge: Any, fill: Any,
        whole: bool = False) -> list[Flowable]:
    """A coloured call-out box, one row per flowable.

    ``whole``: the box never splits (it moves to the next page instead), for what a reader must
    see at once, such as the rescue instructions. Otherwise a long box may split between rows,
    with at least two rows on each page, and its title row repeats on the next page so a reader
    never meets half a box without its title."""
    rows: list[list[Any]] = [[_Paragraph(title, styles.box_title)]] + [[f] for f in body]
    table = TidyTable(rows, colWidths=[width], repeatRows=1, hAlign="LEFT", splitInRow=_in_row_split(styles))
    table.setStyle(TableStyle(box_table_style(styles, edge, fill)))
    # Space above and below so a box never touches the table or heading next to it.
    table.spaceBefore = table.spaceAfter = styles.gap * 1.5
    if whole:
        return [KeepTogether([table])]
    return [table]


def together(flowables: Sequence[Flowable]) -> Flowable:
    """Flowables that move to the next page as one block when they do not fit (a heading, its
    sentence and a short table); longer than a page, they split as usual."""
    kept: Flowable = KeepTogether(list(flowables))
    return kept
