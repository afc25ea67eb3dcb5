"""Keep a window on the screen it opens on: no bigger than the available area, and inside it.

A geometry saved on a large monitor, or the default size at 150 % scaling on a 1366x768 laptop
(1280x720 logical pixels are 1920x1080 physical), would otherwise open partly off screen.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QWidget

DEFAULT_SIZE = QSize(1280, 720)


def fit_rect(rect: QRect, available: QRect) -> QRect:
    """``rect`` shrunk to fit ``available`` and moved inside it (pure, for tests)."""
    width = min(rect.width(), available.width())
    height = min(rect.height(), available.height())
    left = min(max(rect.left(), available.left()), available.right() - width + 1)
    top = min(max(rect.top(), available.top()), available.bottom() - height + 1)
    return QRect(left, top, width, height)


def fit_window(window: QWidget) -> None:
    """Shrink and move a top-level window (frame included) into its screen's available area."""
    screen = window.screen()
    if screen is None:
        return
    available = screen.availableGeometry()
    frame = window.frameGeometry()
    # The frame adds a title bar and borders around the client area set by resize().
    extra_w = max(0, frame.width() - window.width())
    extra_h = max(0, frame.height() - window.height())
    fitted = fit_rect(frame, available)
    if fitted.size() != frame.size():
        window.resize(max(200, fitted.width() - extra_w), max(200, fitted.height() - extra_h))
    if fitted.topLeft() != frame.topLeft():
        window.move(fitted.topLeft())


def default_size(window: QWidget) -> QSize:
    """1280x720, or the available area of a smaller screen (logical pixels)."""
    screen = window.screen()
    if screen is None:
        return DEFAULT_SIZE
    return DEFAULT_SIZE.boundedTo(screen.availableGeometry().size())


class FittedDialog(QDialog):
    """A dialog that, once shown, shrinks and moves to fit the screen (150 % on a small laptop)."""

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        fit_window(self)
