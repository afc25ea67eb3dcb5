"""The main window: a light shell shown at once, then the workspace assembled from its parts.

The shell (menus, toolbar, a loading note) needs only Qt. The clinical parts need pydantic and
the catalog, which take longer to import than Qt itself; they load on a worker thread while the
window is already on screen and responsive, and are assembled when ready. Tests pass a catalog
and get the whole window at once.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QPaintEvent, QShowEvent
from PySide6.QtWidgets import QLabel, QMainWindow

from careplan.ui.actions import MainActions
from careplan.ui.screen_fit import ScreenFitter, default_size, fit_window
from careplan.ui.window_state import WindowState

if TYPE_CHECKING:
    from careplan.domain.catalog import CatalogIndex
    from careplan.ui.workspace import Workspace


def _load_in_background() -> CatalogIndex:
    """Import the clinical layers and load the catalog (runs on a worker thread)."""
    from careplan.domain.catalog import load_catalog
    from careplan.storage.catalog_cache import install
    from careplan.ui import workspace  # noqa: F401  (imported here so the GUI thread finds it cached)

    install()  # the compiled catalog in the user cache folder (validated again when it does not match)
    return load_catalog()


LOAD_ANYWAY_MS = 1000


class MainWindow(QMainWindow):
    ready = Signal()
    _loaded = Signal(object, str)

    def __init__(self, catalog: CatalogIndex | None = None) -> None:
        super().__init__()
        self.setWindowTitle("Careplan")
        self.state = WindowState()
        self.actions_ = MainActions(self)
        self.actions_.build_menus(self)
        self.actions_.build_toolbar(self)
        self.actions_.quit.triggered.connect(self.close)
        self.workspace: Workspace | None = None
        self._pending_path: Path | None = None
        self._start_requested = False
        self._load_pending = False
        # No Qt.* enums on this path: the first one built costs ~45 ms of start-up (PySide6 builds
        # the whole Qt namespace of Python enums at once).
        loading = QLabel(QCoreApplication.translate("MainWindow", "<p align=center>Loading the clinical catalog\u2026</p>"))
        self.setCentralWidget(loading)
        geometry = self.state.geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(default_size(self))
        fit_window(self)  # a geometry from a bigger screen, or 150 % scaling, must not open off screen
        self._fitter = ScreenFitter(self)
        if catalog is not None:
            self._assemble(catalog)
        else:
            for action in self.actions_.plan_actions():
                action.setEnabled(False)
            # Emitted from the loader thread: Qt queues it to this (GUI) thread automatically.
            self._loaded.connect(self._on_loaded)
            # Start loading once the window has been painted: a loader thread started earlier
            # competes with the first paint for the GIL (pydantic and the models are pure-Python
            # imports). The timer starts it anyway should no paint come (a minimised start).
            self._load_pending = True
            QTimer.singleShot(LOAD_ANYWAY_MS, self._start_loading)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._load_pending:
            QTimer.singleShot(0, self._start_loading)  # after this paint has reached the screen

    def _start_loading(self) -> None:
        if not self._load_pending:
            return
        self._load_pending = False
        threading.Thread(target=self._load, name="careplan-loader", daemon=True).start()

    def _load(self) -> None:
        try:
            self._loaded.emit(_load_in_background(), "")
        except Exception as exc:  # reported on the GUI thread, where a dialog can say so
            self._loaded.emit(None, f"{type(exc).__name__}: {exc}")

    def _on_loaded(self, catalog: CatalogIndex | None, problem: str) -> None:
        if catalog is None:
            from careplan.ui.prompts import show_error

            show_error(self, QCoreApplication.translate("MainWindow", "Careplan cannot start"), QCoreApplication.translate("MainWindow", "The clinical catalog could not be loaded."), problem)
            self.close()
            QCoreApplication.exit(2)
            return
        self._assemble(catalog)

    def _assemble(self, catalog: CatalogIndex) -> None:
        from careplan.ui.icons import icon
        from careplan.ui.workspace import Workspace

        self.setWindowIcon(icon("careplan"))
        self.actions_.set_late_parts()
        for action in self.actions_.plan_actions():
            action.setEnabled(True)
        self.workspace = Workspace(self, catalog, self.actions_, self.state)
        self.ready.emit()
        if self._start_requested:
            self.open_at_start(self._pending_path)

    def open_at_start(self, path: Path | None) -> None:
        """Offer recovery copies, then open ``path``; waits for the workspace if still loading."""
        if self.workspace is None:
            self._start_requested, self._pending_path = True, path
            return
        self._start_requested = False
        self.workspace.open_at_start(path)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Again once the window manager has framed the window: its title bar and the status bar
        # at the bottom must both be on screen.
        self._fitter.window_shown()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.workspace is not None and not self.workspace.close_requested():
            event.ignore()
            return
        splitter = self.workspace.splitter.saveState() if self.workspace is not None else None
        self.state.save_window(self.saveGeometry(), self.saveState(), splitter)
        event.accept()
