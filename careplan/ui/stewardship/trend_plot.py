"""A small chart drawn with QPainter (QtCharts is not shipped): values by date as a line with
dots, or a step curve (a taper's MME), on a 0-to-top scale with date labels."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

LINE = QColor("#1F4E79")


def nice_top(value: float) -> float:
    """A round top for the scale at or above ``value`` (10 for 7.3, 60 for 52.5)."""
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 500, 1000):
        if value <= step * 6:
            return max(step, step * -(-value // step))
    return value


class TrendPlot(QWidget):
    """Values by date. ``steps``: each value holds until the next date (a taper), else a line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._points: list[tuple[date, float]] = []
        self._top = 10.0
        self._title = ""
        self._steps = False
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(QCoreApplication.translate("TrendPlot", "Chart"))

    def set_series(self, points: list[tuple[date, float]], top: float | None, title: str, *, steps: bool = False) -> None:
        self._points = sorted(points)
        self._top = top if top is not None else nice_top(max((v for _, v in points), default=1.0) or 1.0)
        self._title = title
        self._steps = steps
        # A screen reader hears the values the chart draws.
        self.setAccessibleDescription(f"{title}: " + "; ".join(f"{d.isoformat()} {v:g}" for d, v in self._points))
        self.setToolTip(self.accessibleDescription())
        self.update()

    def sizeHint(self) -> QSize:
        line = self.fontMetrics().height()
        return QSize(line * 22, line * 8)

    def minimumSizeHint(self) -> QSize:
        line = self.fontMetrics().height()
        return QSize(line * 12, line * 7)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = self.fontMetrics()
        line = metrics.height()
        text_colour = self.palette().color(QPalette.ColorRole.WindowText)
        grid = self.palette().color(QPalette.ColorRole.Mid)
        left = metrics.horizontalAdvance(f"{self._top:g}") + line * 0.8
        right = metrics.horizontalAdvance("00 Mmm") / 2 + line * 0.5  # room for the last date's label
        plot = QRectF(left, line * 1.4, self.width() - left - right, self.height() - line * 3.0)
        painter.setPen(text_colour)
        painter.drawText(QPointF(0, line), self._title)
        if not self._points or plot.width() <= 0 or plot.height() <= 0:
            painter.drawText(plot, Qt.AlignmentFlag.AlignCenter, QCoreApplication.translate("TrendPlot", "No values yet"))
            return
        for tick in (0, self._top / 2, self._top):
            y = plot.bottom() - plot.height() * tick / self._top
            painter.setPen(QPen(grid, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(text_colour)
            painter.drawText(QRectF(0, y - line / 2, left - line * 0.3, line),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, f"{tick:g}")
        first, last = self._points[0][0], self._points[-1][0]
        span = max((last - first).days, 1)
        pad = line if not self._steps else 0.0
        width = plot.width() - 2 * pad

        def at(day: date, value: float) -> QPointF:
            x = plot.left() + pad + (width * (day - first).days / span if len(self._points) > 1 else width / 2)
            return QPointF(x, plot.bottom() - plot.height() * min(value, self._top) / self._top)

        painter.setPen(QPen(LINE, 2))
        points = [at(d, v) for d, v in self._points]
        for index in range(1, len(points)):
            if self._steps:
                corner = QPointF(points[index].x(), points[index - 1].y())
                painter.drawLine(points[index - 1], corner)
                painter.drawLine(corner, points[index])
            else:
                painter.drawLine(points[index - 1], points[index])
        label_room = -1e9
        for point, (day, value) in zip(points, self._points, strict=True):
            if not self._steps:
                painter.setBrush(LINE)
                painter.drawEllipse(point, line * 0.2, line * 0.2)
                painter.setPen(text_colour)
                painter.drawText(QPointF(point.x() - metrics.horizontalAdvance(f"{value:g}") / 2, point.y() - line * 0.4),
                                 f"{value:g}")
                painter.setPen(QPen(LINE, 2))
            if point.x() - label_room >= metrics.horizontalAdvance("00 Mmm") + line * 0.5:
                painter.setPen(text_colour)
                text = f"{day.day} {day:%b}"
                painter.drawText(QPointF(point.x() - metrics.horizontalAdvance(text) / 2, plot.bottom() + line * 1.1), text)
                painter.setPen(QPen(LINE, 2))
                label_room = point.x()
        painter.end()
