"""Start the desktop app: ``run(path)`` makes the QApplication and the main window (imports stay lazy)."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from careplan.ui.main_window import MainWindow

def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication, set up once, with the names QSettings and dialogs use."""
    from PySide6.QtWidgets import QApplication

    from careplan.ui import source_scan

    source_scan.install()  # before the clinical layers load: PySide6 would keep every module's source
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    from careplan.ui.qt_guard import protect_none

    protect_none()  # before any widget exists: see qt_guard (PySide6 6.12 on Python 3.11)
    # High DPI: Qt 6 scales by the exact (fractional) factor by default, and the icons are SVG.
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("Careplan")
    app.setOrganizationName("Careplan")
    app.setApplicationDisplayName("Careplan")
    _install_screen_language(app)
    # No application style sheet: it would make every widget slower to create and draw. The
    # window icon (an SVG, which loads the SVG plugin) is set once the window is on screen.
    return app


def _install_screen_language(app: QApplication) -> None:
    """Translate the screens into the language chosen in Preferences (or the system's)."""
    from careplan.storage.early_preferences import stored_ui_language
    from careplan.storage.paths import preferences_path
    from careplan.ui.translations import install_translators, screen_language

    # The light read: the preferences model (pydantic) loads with the clinical layers after the
    # first paint; screen_language accepts only a language the screens are translated into.
    language = screen_language(stored_ui_language(preferences_path()))
    app.setProperty("careplan_screen_language", language)
    install_translators(language)


def create_main_window() -> MainWindow:
    """The window shell; the catalog and the clinical parts load behind it (see main_window)."""
    from careplan.ui.main_window import MainWindow

    return MainWindow()


def run(path: Path | None = None) -> int:
    """Open the app (with ``path`` if given) and return its exit code."""
    from PySide6.QtCore import QTimer

    from careplan.ui import error_reporting

    app = create_application()
    error_reporting.install()
    window = create_main_window()
    if os.environ.get("CAREPLAN_BENCH_EXIT"):  # benchmarks only: see careplan/ui/bench_hook.py
        from careplan.ui.bench_hook import watch

        watch(window, os.environ["CAREPLAN_BENCH_EXIT"])
    window.show()
    # After the first paint: the window is on screen before any dialog (recovery) or file load.
    QTimer.singleShot(0, lambda: window.open_at_start(path))
    return app.exec()
