"""One PDF renderer in clear steps: fonts, stylesheet, page templates, page callbacks, story, bytes."""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from functools import partial
from typing import Any

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, KeepTogether, PageTemplate
from reportlab.platypus.doctemplate import _ktAllow

from careplan.domain.catalog import CatalogIndex
from careplan.domain.findings import SafetyReport
from careplan.domain.plan import CarePlan
from careplan.export.context import RenderContext
from careplan.export.flow import Flowable
from careplan.export.options import ExportOptions
from careplan.export.styles import GRID, INK, Styles, make_styles

MARGIN = 18 * mm
# Countries that print on US Letter; everyone else uses A4.
LETTER_COUNTRIES = frozenset({"US", "CA", "MX", "PH", "CL", "CO", "VE"})


@dataclass(frozen=True)
class DocumentSpec:
    """What differs between the handout and the summary: metadata, page texts and the story."""

    title: str
    subject: str
    author: str
    footer: str
    running_head: str
    page_label: str  # a format string with {page} and {pages}
    story: Callable[[CarePlan, RenderContext], list[Flowable]]


def fit(text: str, font: str, size: float, width: float) -> str:
    """Shorten `text` with an ellipsis so one line stays inside `width` (names can be long)."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "\u2026", font, size) > width:
        text = text[:-1]
    return text + "\u2026"


class _KeepWithNext(KeepTogether):  # type: ignore[misc]  # reportlab ships no type stubs
    """A heading plus the start of what follows. reportlab's KeepTogether moves the whole group
    to the next page whenever it does not fit, leaving half-empty pages before long tables.
    Here the group splits in place when more than `room` points are left and what follows can
    start under its heading (a table's first rows, a paragraph's first lines); otherwise the
    heading moves with it, so a heading never ends a page alone."""

    def __init__(self, flowables: list[Any], room: float) -> None:
        super().__init__(flowables)
        self._room = room

    def split(self, avail_width: float, avail_height: float) -> list[Any]:
        if avail_height > self._room and self._starts_here(avail_width, avail_height):
            return list(self._content)
        result: list[Any] = super().split(avail_width, avail_height)
        return result

    def _starts_here(self, avail_width: float, avail_height: float) -> bool:
        *heads, body = self._content
        used = 0.0
        for head in heads:
            used += head.wrapOn(self.canv, avail_width, avail_height)[1] + head.getSpaceBefore() + head.getSpaceAfter()
        rest = avail_height - used - body.getSpaceBefore()
        if rest <= 0:
            return False
        height = body.wrapOn(self.canv, avail_width, rest)[1]
        if isinstance(body, KeepTogether):  # a block that moves whole: it must fit here whole
            return bool(rest >= body._H)
        return height <= rest or bool(body.splitOn(self.canv, avail_width, rest))


class _Doc(BaseDocTemplate):  # type: ignore[misc]  # reportlab ships no type stubs
    """reportlab groups a keepWithNext heading with the flowable after it, but never with a
    KeepTogether block (a box that moves whole, a heading's own group): the heading and its
    sentence then stay at the foot of the page while the block moves on ("Get help now if..."
    alone, its boxes overleaf). Here a KeepTogether block joins the heading's group, so
    ``_KeepWithNext`` moves them as one when the block cannot start under its heading."""

    def handle_keepWithNext(self, flowables: list[Any]) -> None:
        heads = 0
        while heads < len(flowables) and flowables[heads].getKeepWithNext() and _ktAllow(flowables[heads]):
            heads += 1
        follows = flowables[heads] if heads < len(flowables) else None
        if heads and type(follows) is KeepTogether:
            group = self.keepTogetherClass(flowables[:heads + 1])
            for flowable in group._content[:-1]:
                flowable.__dict__["keepWithNext"] = 0
            del flowables[:heads + 1]
            flowables.insert(0, group)
            return
        super().handle_keepWithNext(flowables)


class _EnoughPages(Exception):
    """Raised by the canvas once the first pages asked for are laid out (see ``first_pages``)."""


class NumberedCanvas(Canvas):  # type: ignore[misc]  # reportlab ships no type stubs
    """Holds every page until the end so the footer can say "Page x of y" in one layout pass.

    With ``stop_after`` it stops the layout once that many pages are complete; ``total`` is then
    the page count to print in their footers (the whole document's, as far as the caller knows).
    """

    def __init__(self, *args: Any, footer: Callable[[Any, int, int], None], created: str,
                 stop_after: int | None = None, total: int | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._footer = footer
        self._page_states: list[dict[str, Any]] = []
        self._stop_after = stop_after
        self._total = total
        self._stopped = False
        # Creation date from the plan, not the clock: the same plan renders to the same bytes.
        self.setDateFormatter(lambda *_: created)

    def showPage(self) -> None:
        self._page_states.append(dict(self.__dict__))
        if self._stop_after is not None and len(self._page_states) >= self._stop_after:
            self._stopped = True
            raise _EnoughPages("the first pages asked for are laid out")
        self._startPage()

    def save(self) -> None:
        # Stopped early: the whole document's count as the caller knows it; ended on its own
        # (fewer pages than asked for): it is the whole document, and counts itself.
        total = max(len(self._page_states), self._total or 0) if self._stopped else len(self._page_states)
        for number, state in enumerate(self._page_states, start=1):
            self.__dict__.update(state)
            self._footer(self, number, total)
            super().showPage()
        super().save()


class PdfRenderer:
    """Renders a plan to PDF bytes; pure apart from reading the bundled fonts and the logo."""

    def __init__(self, spec: DocumentSpec, options: ExportOptions) -> None:
        self.spec = spec
        self.options = options

    # Step 1 and 2: fonts are registered by the stylesheet factory.
    def stylesheet(self) -> Styles:
        return make_styles(self.options.large_print)

    def page_size(self, plan: CarePlan) -> tuple[float, float]:
        choice = self.options.page_size
        if choice is None:
            country = (plan.patient_or_empty.jurisdiction or "US").split("-", 1)[0]
            choice = "letter" if country in LETTER_COUNTRIES else "a4"
        size: tuple[float, float] = LETTER if choice == "letter" else A4
        return size

    # Step 3: page templates. The first page carries the letterhead in the story; later pages
    # get a running head so a loose page still says whose plan it is.
    def document(self, buffer: io.BytesIO, plan: CarePlan, styles: Styles) -> Any:
        size = self.page_size(plan)
        footer_room = styles.small_size * 2.2
        head_room = styles.small_size * 2.0
        doc = _Doc(
            buffer, pagesize=size, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
            bottomMargin=MARGIN + footer_room, title=self.spec.title, author=self.spec.author,
            subject=self.spec.subject, creator="Careplan", lang=self.options.language, invariant=1,
            # The bundled font from the first byte: reportlab's default initial font is
            # Helvetica, which would be listed in the PDF without being embedded.
            initialFontName=styles.font,
        )

        # Headings are keepWithNext; reportlab groups them with what follows (see _KeepWithNext).
        # What follows a heading must start under it (see _starts_here), so a tenth of a page is
        # enough room to start a section here rather than leave the space blank.
        doc.keepTogetherClass = partial(_KeepWithNext, room=doc.height * 0.1)

        def frame(top_room: float) -> Any:
            return Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height - top_room,
                         leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body")

        doc.addPageTemplates([
            PageTemplate(id="first", frames=[frame(0)], autoNextPageTemplate="later"),
            PageTemplate(id="later", frames=[frame(head_room)], onPage=self._running_head(styles)),
        ])
        return doc

    # Step 4: page callbacks.
    def _running_head(self, styles: Styles) -> Callable[[Any, Any], None]:
        def draw(canvas: Any, doc: Any) -> None:
            canvas.saveState()
            y = doc.pagesize[1] - MARGIN - styles.small_size
            canvas.setFont(styles.font, styles.small_size)
            canvas.setFillColor(INK)
            canvas.drawString(doc.leftMargin, y, fit(self.spec.running_head, styles.font, styles.small_size, doc.width))
            canvas.setStrokeColor(GRID)
            canvas.setLineWidth(0.5)
            canvas.line(doc.leftMargin, y - styles.small_size * 0.5, doc.leftMargin + doc.width,
                        y - styles.small_size * 0.5)
            canvas.restoreState()
        return draw

    def _footer(self, styles: Styles, page_width: float) -> Callable[[Any, int, int], None]:
        def draw(canvas: Any, page: int, pages: int) -> None:
            canvas.saveState()
            size = styles.small_size
            canvas.setFont(styles.font, size)
            canvas.setFillColor(INK)
            label = self.spec.page_label.format(page=page, pages=pages)
            label_w = stringWidth(label, styles.font, size)
            y = MARGIN
            canvas.drawRightString(page_width - MARGIN, y, label)
            room = page_width - 2 * MARGIN - label_w - size * 2
            canvas.drawString(MARGIN, y, fit(self.spec.footer, styles.font, size, room))
            canvas.restoreState()
        return draw

    # Steps 5 and 6: story and bytes out.
    def render(self, plan: CarePlan, catalog: CatalogIndex, report: SafetyReport, *,
               first_pages: int | None = None, total_pages: int | None = None) -> bytes:
        """The whole document; or, with ``first_pages``, only its first pages (for the preview, to
        show the page being read before the rest is laid out), laid out exactly as in the whole
        document, their footers counting ``total_pages`` (a guess: the last whole render's)."""
        styles = self.stylesheet()
        buffer = io.BytesIO()
        doc = self.document(buffer, plan, styles)
        today = self.options.today or date.today()
        ctx = RenderContext(catalog=catalog, report=report, options=self.options, styles=styles,
                            today=today, width=doc.width, jurisdiction=plan.patient_or_empty.jurisdiction,
                            height=doc.height)
        story = self.spec.story(plan, ctx)
        created = plan.updated_at.astimezone(UTC) if plan.updated_at.tzinfo else plan.updated_at
        stamp = _pdf_date(created)
        footer = self._footer(styles, doc.pagesize[0])

        def canvasmaker(*args: Any, **kwargs: Any) -> NumberedCanvas:
            return NumberedCanvas(*args, footer=footer, created=stamp, stop_after=first_pages, total=total_pages, **kwargs)

        try:
            doc.build(story, canvasmaker=canvasmaker)
        except _EnoughPages:
            doc.canv.save()  # the pages laid out so far, as reportlab's build would end
        return buffer.getvalue()


def _pdf_date(moment: datetime) -> str:
    return moment.strftime("D:%Y%m%d%H%M%S+00'00'")
