"""The picture of one exercise on screen: its start and end drawings painted with QPainter from
the catalog's pose data, or the clinic's own photo when one is attached."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen, QPixmap, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from careplan.domain.pose.scene import Drawing, Mark, Scene
from careplan.domain.pose.style import LOOKS

# Screen words for the panel captions (the handout keeps its own per language).
PHASE_WORDS = {"start": "Start", "end": "End", "breathe_in": "Breathe in", "breathe_out": "Breathe out",
               "tense": "Tense", "relax": "Relax", "step_1": "Step", "step_2": "Next step"}
PANEL_GAP = 10.0


def _colour(hex_code: str, alpha: float) -> QColor:
    colour = QColor(hex_code)
    colour.setAlphaF(alpha)
    return colour


def _paint_mark(painter: QPainter, mark: Mark, to_px: tuple[float, float, float, float]) -> None:
    scale, ox, oy, top = to_px
    look = LOOKS[mark.role]

    def pt(p: tuple[float, float]) -> QPointF:
        return QPointF(ox + (p[0] * scale), oy + (top - p[1]) * scale)

    if look.stroke is not None and mark.kind != "disc":
        pen = QPen(_colour(look.stroke, look.alpha), max(mark.width * scale, 1.0))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
    else:
        painter.setPen(Qt.PenStyle.NoPen)
    if mark.kind == "line":
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPolyline(QPolygonF([pt(p) for p in mark.points]))
    elif mark.kind == "polygon":
        painter.setBrush(_colour(look.fill, look.alpha) if look.fill else Qt.BrushStyle.NoBrush)
        painter.drawPolygon(QPolygonF([pt(p) for p in mark.points]))
    else:
        painter.setBrush(_colour(look.fill or "#000000", look.alpha))
        radius = mark.width * scale
        painter.drawEllipse(pt(mark.points[0]), radius, radius)


def paint_scene(painter: QPainter, scene: Scene, bounds: tuple[float, float, float, float], rect: QRectF) -> None:
    """Draw one pose inside ``rect``, keeping its shape (the same scale for both panels)."""
    x0, y0, x1, y1 = bounds
    scale = min(rect.width() / (x1 - x0), rect.height() / (y1 - y0))
    ox = rect.left() + (rect.width() - (x1 - x0) * scale) / 2 - x0 * scale
    oy = rect.top() + (rect.height() - (y1 - y0) * scale) / 2
    for mark in scene.marks:
        _paint_mark(painter, mark, (scale, ox, oy, y1))


def paint_drawing(painter: QPainter, drawing: Drawing, rect: QRectF, captions: tuple[str, str]) -> None:
    """Both panels side by side with their captions under them."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    caption_h = painter.fontMetrics().height() + 4
    panel_w = (rect.width() - PANEL_GAP) / 2
    for index, (scene, caption) in enumerate(((drawing.start, captions[0]), (drawing.end, captions[1]))):
        left = rect.left() + index * (panel_w + PANEL_GAP)
        area = QRectF(left, rect.top(), panel_w, rect.height() - caption_h)
        painter.save()
        if drawing.clipped:
            painter.setClipRect(area)
        paint_scene(painter, scene, drawing.bounds, area)
        painter.restore()
        painter.setPen(QColor("#111111"))
        painter.drawText(QRectF(left, rect.bottom() - caption_h, panel_w, caption_h),
                         int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter), f"{index + 1}  {caption}")


class ExerciseFigureView(QWidget):
    """Shows one exercise's figure (or the clinic's photo); empty when the exercise has neither."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._drawing: Drawing | None = None
        self._photo: QPixmap | None = None
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setAccessibleName("Exercise picture")

    def show_figure(self, drawing: Drawing | None, photo: QPixmap | None = None, description: str = "") -> None:
        self._drawing, self._photo = drawing, photo
        self.setAccessibleDescription(description)
        self.setVisible(drawing is not None or photo is not None)
        self.updateGeometry()
        self.update()

    @property
    def drawing(self) -> Drawing | None:
        return self._drawing

    def sizeHint(self) -> QSize:
        return QSize(360, 170)

    def minimumSizeHint(self) -> QSize:
        return QSize(200, 120)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#FFFFFF"))
        area = QRectF(self.rect()).adjusted(6, 6, -6, -4)
        if self._photo is not None and not self._photo.isNull():
            scaled = self._photo.scaled(area.size().toSize(), Qt.AspectRatioMode.KeepAspectRatio,
                                        Qt.TransformationMode.SmoothTransformation)
            painter.drawPixmap(int(area.left() + (area.width() - scaled.width()) / 2), int(area.top()), scaled)
        elif self._drawing is not None:
            paint_drawing(painter, self._drawing, area, tuple(PHASE_WORDS[p] for p in self._drawing.phases))  # type: ignore[arg-type]
        painter.end()
