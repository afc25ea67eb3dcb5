"""Keep a window on the screen it opens on, frame and title bar included, and its buttons reachable.

A geometry saved on a large monitor, or the default size at 150 % scaling on a 1366x768 laptop
(1280x720 logical pixels are 1920x1080 physical), would otherwise open partly off screen. The
window manager's frame (title bar, borders) is only known some time after the window is shown,
when the manager has wrapped it: fitting at show time alone left the status bar below the
screen's edge. So a window is fitted when shown and again once its frame is known.
"""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QObject, QRect, QSize, QTimer
from PySide6.QtGui import QGuiApplication, QShowEvent
from PySide6.QtWidgets import QDialog, QFrame, QScrollArea, QWidget

DEFAULT_SIZE = QSize(1280, 720)
# How long to wait for a window manager's frame before fitting without one (no manager, or
# the offscreen platform), and how often to look.
FRAME_WAIT_MS = 1500
# Under X11, how long to keep looking for the real frame after fitting with an assumed one.
FRAME_GIVE_UP_MS = 6000
FRAME_POLL_MS = 30
# A frame not reported in time (X11): borders and a title bar of common window managers.
ASSUMED_FRAME = QSize(8, 40)


def fit_rect(rect: QRect, available: QRect) -> QRect:
    """``rect`` shrunk to fit ``available`` and moved inside it (pure, for tests)."""
    width = min(rect.width(), available.width())
    height = min(rect.height(), available.height())
    left = min(max(rect.left(), available.left()), available.right() - width + 1)
    top = min(max(rect.top(), available.top()), available.bottom() - height + 1)
    return QRect(left, top, width, height)


def frame_known(window: QWidget) -> bool:
    """Whether the window manager has put its frame (title bar, borders) around the window yet."""
    frame, inner = window.frameGeometry(), window.geometry()
    return frame.height() > inner.height() or frame.width() > inner.width()


def fit_window(window: QWidget, wanted: QSize | None = None, assumed_frame: QSize | None = None) -> None:
    """Size a top-level window to ``wanted`` (default: its size) within its screen's available
    area, frame included, and move it so that the whole frame is inside that area.

    ``assumed_frame`` (extra width, extra height) stands in for a frame the window system has
    not reported (see ScreenFitter)."""
    screen = window.screen()
    if screen is None or window.isMaximized() or window.isFullScreen():
        return
    available = screen.availableGeometry()
    frame = window.frameGeometry()
    # The frame adds a title bar and borders around the client area that resize() sets.
    extra_w = max(0, frame.width() - window.width())
    extra_h = max(0, frame.height() - window.height())
    if assumed_frame is not None and not frame_known(window):
        extra_w, extra_h = assumed_frame.width(), assumed_frame.height()
        frame = QRect(frame.topLeft(), QSize(window.width() + extra_w, window.height() + extra_h))
    if not float(window.devicePixelRatioF()).is_integer():
        # At 150 % the frame's physical pixels round to logical ones: keep a pixel in hand.
        extra_w, extra_h = extra_w + 1, extra_h + 1
    size = (wanted or window.size()).boundedTo(QSize(available.width() - extra_w, available.height() - extra_h))
    size = size.expandedTo(window.minimumSize()).expandedTo(QSize(200, 150))
    if size != window.size():
        window.resize(size)
    fitted = fit_rect(QRect(window.frameGeometry().topLeft(), QSize(size.width() + extra_w, size.height() + extra_h)),
                      available)
    if fitted.topLeft() != window.frameGeometry().topLeft():
        window.move(fitted.topLeft())


class ScreenFitter(QObject):
    """Fits one window when it is shown, and again as soon as the window manager's frame is known."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.wanted: QSize | None = None
        self._clock = QElapsedTimer()
        self._timer = QTimer(self)
        self._timer.setInterval(FRAME_POLL_MS)
        self._timer.timeout.connect(self._poll)
        self._assumed_fit = False

    def window_shown(self) -> None:
        """Call from the window's showEvent: fit now, then once the frame is there."""
        if self.wanted is None:
            self.wanted = self.window.size()  # what the window asked for, before any fitting
        fit_window(self.window, self.wanted)
        self._assumed_fit = False
        self._clock.start()
        self._timer.start()

    def _poll(self) -> None:
        known, elapsed = frame_known(self.window), self._clock.elapsed()
        # Under X11 a window manager frames every window, but Qt sometimes has not read the
        # frame's size by now: a title bar's worth is assumed rather than none.
        x11 = QGuiApplication.platformName() == "xcb"
        assumed = ASSUMED_FRAME if x11 else None
        if known or elapsed > (FRAME_GIVE_UP_MS if x11 else FRAME_WAIT_MS):
            self._timer.stop()
            fit_window(self.window, self.wanted, assumed)
        elif elapsed > FRAME_WAIT_MS and not self._assumed_fit:
            # A busy machine: fit with the assumed frame now, and again once the real one is
            # known (a frame placed by guess left a title bar a few pixels above the screen).
            self._assumed_fit = True
            fit_window(self.window, self.wanted, assumed)


def default_size(window: QWidget) -> QSize:
    """1280x720, or the available area of a smaller screen (logical pixels)."""
    screen = window.screen()
    if screen is None:
        return DEFAULT_SIZE
    return DEFAULT_SIZE.boundedTo(screen.availableGeometry().size())


def scrolling(body: QWidget) -> QScrollArea:
    """``body`` in a frameless scroll area: a dialog taller than a small screen scrolls its body,
    while its buttons (kept outside the area) stay on screen."""
    area = QScrollArea()
    area.setWidget(body)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    # As tall as the body wants, as long as the screen allows (then it scrolls).
    area.setMinimumHeight(min(body.sizeHint().height(), 120))
    return area


class FittedDialog(QDialog):
    """A dialog that, once shown, fits the screen (150 % on a small laptop), frame included."""

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        fitter = self.findChild(ScreenFitter)
        if fitter is None:
            fitter = ScreenFitter(self)
        fitter.window_shown()
