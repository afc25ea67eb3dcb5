"""A small bar chart of the baseline PEG-3 items, with the PEG target line when a goal sets one."""

from __future__ import annotations

import re
from typing import Any

from reportlab.graphics.shapes import Drawing, Line, Rect, String

from careplan.domain.plan import CarePlan
from careplan.export.styles import ACCENT, DANGER, INK, Styles

PEG_LABELS = ("Pain", "Enjoyment", "Activity", "PEG mean")
_NUMBER = re.compile(r"\d+(?:\.\d+)?")


def peg_target(plan: CarePlan) -> float | None:
    """The number in the first PEG goal's target ("4 or lower" -> 4.0), if it is on the 0-10 scale."""
    for goal in plan.goals:
        if goal.measure.strip().upper().startswith("PEG") and (m := _NUMBER.search(goal.target)):
            value = float(m.group())
            if 0 <= value <= 10:
                return value
    return None


def peg_chart(plan: CarePlan, styles: Styles, width: float) -> Any | None:
    """A Drawing, or None without a PEG baseline. Drawn from plain shapes rather than
    reportlab's VerticalBarChart, which costs a tenth of the whole summary's render time."""
    peg = plan.pain.baseline.peg
    if not peg:
        return None
    size = styles.small_size
    height = size * 14
    x0, y0 = size * 3, size * 3
    plot_w, plot_h = width - size * 12, height - size * 5
    # The initial font too: reportlab graphics otherwise start in Helvetica, listed but not embedded.
    drawing = Drawing(width, height, initialFontName=styles.font)

    def text(x: float, y: float, value: str, colour: Any = INK, anchor: str = "start") -> None:
        drawing.add(String(x, y, value, fontName=styles.font, fontSize=size, fillColor=colour, textAnchor=anchor))

    text(x0, height - size * 1.2, "Baseline PEG-3 (0\u201310, lower is better)")
    for tick in range(0, 11, 2):
        y = y0 + plot_h * tick / 10
        drawing.add(Line(x0 - size * 0.3, y, x0, y, strokeColor=INK, strokeWidth=0.5))
        text(x0 - size * 0.5, y - size * 0.35, str(tick), anchor="end")
    drawing.add(Line(x0, y0, x0, y0 + plot_h, strokeColor=INK, strokeWidth=0.5))
    drawing.add(Line(x0, y0, x0 + plot_w, y0, strokeColor=INK, strokeWidth=0.5))
    slot = plot_w / len(PEG_LABELS)
    values = [*peg, round(sum(peg) / 3, 1)]
    for n, (label, value) in enumerate(zip(PEG_LABELS, values, strict=True)):
        centre = x0 + slot * (n + 0.5)
        bar_h = plot_h * value / 10
        drawing.add(Rect(centre - slot * 0.3, y0, slot * 0.6, bar_h, fillColor=ACCENT, strokeColor=None))
        text(centre, y0 + bar_h + size * 0.3, f"{value:g}", anchor="middle")
        text(centre, y0 - size * 1.2, label, anchor="middle")
    target = peg_target(plan)
    if target is not None:
        y = y0 + plot_h * target / 10
        drawing.add(Line(x0, y, x0 + plot_w, y, strokeColor=DANGER, strokeWidth=1.5, strokeDashArray=[4, 3]))
        text(x0 + plot_w + size * 0.5, y - size * 0.35, f"Target {target:g}", colour=DANGER)
    return drawing
