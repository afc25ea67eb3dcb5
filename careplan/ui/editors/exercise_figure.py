"""The picture of one exercise on screen: its start and end drawings painted with QPainter from
the catalog's pose data, or the clinic's own photo when one is attached."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImageReader, QPainter, QPaintEvent, QPen, QPixmap, QPolygonF
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from careplan.domain.catalog import CatalogIndex
from careplan.domain.pose import cached_drawing
from careplan.domain.pose.scene import Drawing, Mark, Scene
from careplan.domain.pose.style import LOOKS
from careplan.storage.exercise_photos import MAX_PHOTO_PIXELS, PhotoError, PhotoLibrary
from careplan.ui.prompts import show_error
from careplan.ui.translations import QT_TRANSLATE_NOOP

# Screen words for the panel captions (the handout keeps its own per language).
PHASE_WORDS = {"start": QT_TRANSLATE_NOOP("ExerciseFigure", "Start"), "end": QT_TRANSLATE_NOOP("ExerciseFigure", "End"), "breathe_in": QT_TRANSLATE_NOOP("ExerciseFigure", "Breathe in"), "breathe_out": QT_TRANSLATE_NOOP("ExerciseFigure", "Breathe out"),
               "tense": QT_TRANSLATE_NOOP("ExerciseFigure", "Tense"), "relax": QT_TRANSLATE_NOOP("ExerciseFigure", "Relax"), "step_1": QT_TRANSLATE_NOOP("ExerciseFigure", "Step"), "step_2": QT_TRANSLATE_NOOP("ExerciseFigure", "Next step")}
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
        # The picture painted once per size: scrolling a long list of exercises repaints often.
        self._cache: QPixmap | None = None
        # Never the widget that makes a form scroll sideways: it shrinks with the editor.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(QCoreApplication.translate("ExerciseFigureView", "Exercise picture"))

    def show_figure(self, drawing: Drawing | None, photo: QPixmap | None = None, description: str = "") -> None:
        self._drawing, self._photo = drawing, photo
        self._cache = None
        self.setAccessibleDescription(description)
        self.setVisible(drawing is not None or photo is not None)
        self.updateGeometry()
        self.update()

    @property
    def drawing(self) -> Drawing | None:
        return self._drawing

    def sizeHint(self) -> QSize:
        return QSize(320, 150)

    def minimumSizeHint(self) -> QSize:
        return QSize(160, 150)

    def paintEvent(self, event: QPaintEvent) -> None:
        ratio = self.devicePixelRatioF()
        size = self.size() * ratio
        if self._cache is None or self._cache.size() != size:
            self._cache = QPixmap(size)
            self._cache.setDevicePixelRatio(ratio)
            self._paint_picture(self._cache)
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self._cache)
        painter.end()

    def _paint_picture(self, target: QPixmap) -> None:
        target.fill(QColor("#FFFFFF"))
        painter = QPainter(target)
        area = QRectF(self.rect()).adjusted(6, 6, -6, -4)
        if self._photo is not None and not self._photo.isNull():
            scaled = self._photo.scaled((area.size() * target.devicePixelRatio()).toSize(),
                                        Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
            scaled.setDevicePixelRatio(target.devicePixelRatio())
            width = scaled.width() / target.devicePixelRatio()
            painter.drawPixmap(QPointF(area.left() + (area.width() - width) / 2, area.top()), scaled)
        elif self._drawing is not None:
            paint_drawing(painter, self._drawing, area, tuple(QCoreApplication.translate("ExerciseFigure", PHASE_WORDS[p]) for p in self._drawing.phases))  # type: ignore[arg-type]
        painter.end()


def load_photo(path: Path, longest_side: int = 900) -> QPixmap | None:
    """The clinic's photo, read at most ``longest_side`` pixels across: the header's size is
    checked first (a photo too big for the handout is too big to decode here)."""
    reader = QImageReader(str(path))
    size = reader.size()
    if not size.isValid() or size.width() * size.height() > MAX_PHOTO_PIXELS:
        return None
    if max(size.width(), size.height()) > longest_side:
        reader.setScaledSize(size.scaled(longest_side, longest_side, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    return None if image.isNull() else QPixmap.fromImage(image)


class PhotoEvents(QObject):
    """Tells every picture (and the handout preview) that a clinic photo was set or removed."""

    changed = Signal(str)


_EVENTS: PhotoEvents | None = None


def photo_events() -> PhotoEvents:
    global _EVENTS
    if _EVENTS is None:
        _EVENTS = PhotoEvents()
    return _EVENTS


class ExercisePicture(QWidget):
    """One exercise's picture with buttons to use the clinic's own photo instead of the drawing.

    A photo belongs to the clinic's library (user data folder), not to the plan: it is no plan
    edit and has no undo; every handout and screen shows it until it is removed.
    """

    def __init__(self, catalog: CatalogIndex, library: PhotoLibrary | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self.library = library or PhotoLibrary()
        self.exercise_id: str | None = None
        self.view = ExerciseFigureView()
        self.choose = QPushButton(QCoreApplication.translate("ExercisePicture", "Use our photo\u2026"))
        self.choose.setToolTip(QCoreApplication.translate("ExercisePicture", "Show the clinic's own photo of this exercise instead of the drawing (PNG or JPEG)"))
        self.drop = QPushButton(QCoreApplication.translate("ExercisePicture", "Use the drawing"))
        self.drop.setToolTip(QCoreApplication.translate("ExercisePicture", "Forget the clinic's photo of this exercise"))
        # Tests replace these two; the app asks with a file dialog and reports in a message box.
        self.ask_file: Callable[[], str] = self._ask_file
        self.report: Callable[[str], None] = lambda text: show_error(self, QCoreApplication.translate("ExercisePicture", "Photo not used"), text)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        buttons = QHBoxLayout()
        buttons.addWidget(self.choose)
        buttons.addWidget(self.drop)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.choose.clicked.connect(self._on_choose)
        self.drop.clicked.connect(self._on_drop)
        photo_events().changed.connect(self._on_photo_changed)

    def _on_photo_changed(self, exercise_id: str) -> None:
        if exercise_id == self.exercise_id:
            self.show_exercise(exercise_id)

    def show_exercise(self, exercise_id: str | None) -> None:
        """Show this catalog exercise (None or a free-text exercise: nothing to show)."""
        self.exercise_id = exercise_id if exercise_id in self.catalog.exercises else None
        entry = self.catalog.exercises.get(self.exercise_id) if self.exercise_id else None
        self.setVisible(entry is not None)
        if entry is None:
            return
        path = self.library.path_for(entry.id)
        photo = load_photo(path) if path is not None else None
        body = self.catalog.data.body
        drawing = cached_drawing(entry.figure, body) if entry.figure is not None and body is not None else None
        described = f"{entry.name}: " + (QCoreApplication.translate("ExercisePicture", "the clinic's photo") if photo is not None else QCoreApplication.translate("ExercisePicture", "start and end drawing"))
        self.view.show_figure(drawing, photo, described)
        self.drop.setEnabled(path is not None)

    def _ask_file(self) -> str:
        chosen, _ = QFileDialog.getOpenFileName(self, QCoreApplication.translate("ExercisePicture", "Choose a photo of this exercise"), "",
                                                QCoreApplication.translate("ExercisePicture", "Photos (*.png *.jpg *.jpeg)"))
        return chosen

    def _on_choose(self) -> None:
        if self.exercise_id is None or not (chosen := self.ask_file()):
            return
        try:
            self.library.attach(self.exercise_id, Path(chosen))
        except PhotoError as exc:
            self.report(str(exc))
            return
        self.show_exercise(self.exercise_id)
        photo_events().changed.emit(self.exercise_id)

    def _on_drop(self) -> None:
        if self.exercise_id is None:
            return
        try:
            self.library.remove(self.exercise_id)
        except PhotoError as exc:
            self.report(str(exc))
            return
        self.show_exercise(self.exercise_id)
        photo_events().changed.emit(self.exercise_id)
