"""Every catalog exercise's start and end figure on one contact sheet (PNG), to review them: each
cell is the editor's picture widget itself, grabbed (QWidget.grab) at the cell's size.

    QT_QPA_PLATFORM=offscreen python scripts/figure_sheet.py sheet.png [exercise-id ...]
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter
from PySide6.QtWidgets import QApplication

from careplan.domain.catalog import load_catalog
from careplan.domain.pose import cached_drawing
from careplan.ui.editors.exercise_figure import ExerciseFigureView
from careplan.ui.qt_guard import protect_none

CELL_W, CELL_H, COLUMNS = 440, 230, 4


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__, file=sys.stderr)
        return 2
    _app = QApplication.instance() or QApplication([])
    protect_none()  # as the app does: PySide6 6.12 on Python 3.11 leaks references to None
    catalog = load_catalog()
    body = catalog.data.body
    wanted = argv[1:]
    exercises = [e for e in catalog.data.exercises if e.figure is not None and (not wanted or e.id in wanted)]
    rows = max(1, -(-len(exercises) // COLUMNS))
    image = QImage(CELL_W * min(COLUMNS, max(1, len(exercises))), CELL_H * rows, QImage.Format.Format_RGB32)
    image.fill(QColor("#FFFFFF"))
    painter = QPainter(image)
    view = ExerciseFigureView()
    title = QFont(painter.font())
    title.setBold(True)
    for index, exercise in enumerate(exercises):
        assert exercise.figure is not None and body is not None
        left, top = (index % COLUMNS) * CELL_W, (index // COLUMNS) * CELL_H
        painter.setPen(QColor("#CCCCCC"))
        painter.drawRect(left, top, CELL_W - 1, CELL_H - 1)
        painter.setFont(title)
        painter.setPen(QColor("#111111"))
        painter.drawText(QRectF(left + 6, top + 2, CELL_W - 12, 20), int(Qt.AlignmentFlag.AlignLeft), exercise.name)
        painter.setFont(QFont())
        view.show_figure(cached_drawing(exercise.figure, body))
        view.resize(CELL_W - 12, CELL_H - 30)
        painter.drawPixmap(left + 6, top + 24, view.grab())
    painter.end()
    image.save(argv[0])
    print(f"wrote {argv[0]} ({len(exercises)} exercises)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
