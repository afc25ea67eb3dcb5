"""Small charts for the clinician summary, drawn from plain shapes (fast, fonts embedded): a
taper's MME (or amount a day) as a step curve over its dates, and a measure's scores by visit."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from reportlab.graphics.shapes import Circle, Drawing, Line, PolyLine, String

from careplan.domain.numbers import number
from careplan.export.styles import ACCENT, GRID, INK, Styles


def _axes(drawing: Drawing, styles: Styles, x0: float, y0: float, w: float, h: float, top: float, label: str,
          ticks: Sequence[float]) -> None:
    size = styles.small_size

    def text(x: float, y: float, value: str, anchor: str = "start") -> None:
        drawing.add(String(x, y, value, fontName=styles.font, fontSize=size, fillColor=INK, textAnchor=anchor))

    text(x0, y0 + h + size * 0.8, label)
    for tick in ticks:
        y = y0 + h * tick / top if top else y0
        drawing.add(Line(x0, y, x0 + w, y, strokeColor=GRID, strokeWidth=0.25))
        text(x0 - size * 0.4, y - size * 0.35, f"{tick:g}", anchor="end")
    drawing.add(Line(x0, y0, x0, y0 + h, strokeColor=INK, strokeWidth=0.5))
    drawing.add(Line(x0, y0, x0 + w, y0, strokeColor=INK, strokeWidth=0.5))


def _ticks(top: float) -> list[float]:
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 500):
        if top / step <= 6:
            return [step * n for n in range(int(top // step) + 1)]
    return [0, top]


def _short(day: date) -> str:
    return f"{day.day} {day:%b}" + (f" {day:%y}" if day.month == 1 else "")


def step_chart(points: Sequence[tuple[date, float]], end: date, label: str, styles: Styles, width: float) -> Any:
    """A step curve: each (date, value) holds until the next; the last holds until ``end``."""
    size = styles.small_size
    height = size * 13
    x0, y0 = size * 3.5, size * 2.6
    w, h = width - size * 5, height - size * 5
    top = max(v for _, v in points) or 1.0
    top = _ticks(top)[-1] if _ticks(top)[-1] >= top else top
    drawing = Drawing(width, height, initialFontName=styles.font)
    _axes(drawing, styles, x0, y0, w, h, top, label, _ticks(top))
    first = points[0][0]
    span = max((end - first).days, 1)

    def x(day: date) -> float:
        return x0 + w * (day - first).days / span

    def y(value: float) -> float:
        return y0 + h * value / top

    line: list[float] = []
    for index, (day, value) in enumerate(points):
        until = points[index + 1][0] if index + 1 < len(points) else end
        line += [x(day), y(value), x(until), y(value)]
    drawing.add(PolyLine(line, strokeColor=ACCENT, strokeWidth=1.5))
    last_label = -1e9
    for day, _ in points:
        if x(day) - last_label >= size * 4:
            drawing.add(String(x(day), y0 - size * 1.2, _short(day), fontName=styles.font, fontSize=size * 0.85,
                               fillColor=INK, textAnchor="middle"))
            last_label = x(day)
    return drawing


def trend_chart(points: Sequence[tuple[date, float]], top: float, label: str, styles: Styles, width: float) -> Any:
    """Scores by visit as a line with dots on a 0-``top`` scale."""
    size = styles.small_size
    height = size * 11
    x0, y0 = size * 3, size * 2.6
    w, h = width - size * 5, height - size * 5
    drawing = Drawing(width, height, initialFontName=styles.font)
    _axes(drawing, styles, x0, y0, w, h, top, label, _ticks(top))
    first, last = points[0][0], points[-1][0]
    span = max((last - first).days, 1)
    pad = size * 2  # keep the first and last value labels clear of the axis and the edge
    inner = w - 2 * pad
    coords = [(x0 + pad + (inner * (d - first).days / span if len(points) > 1 else inner / 2), y0 + h * v / top)
              for d, v in points]
    if len(coords) > 1:
        drawing.add(PolyLine([c for xy in coords for c in xy], strokeColor=ACCENT, strokeWidth=1.5))
    for (cx, cy), (day, value) in zip(coords, points, strict=True):
        drawing.add(Circle(cx, cy, size * 0.25, fillColor=ACCENT, strokeColor=None))
        drawing.add(String(cx, cy + size * 0.5, number(round(value, 1)), fontName=styles.font,
                           fontSize=size * 0.85, fillColor=INK, textAnchor="middle"))
        drawing.add(String(cx, y0 - size * 1.2, _short(day), fontName=styles.font, fontSize=size * 0.85,
                           fillColor=INK, textAnchor="middle"))
    return drawing
