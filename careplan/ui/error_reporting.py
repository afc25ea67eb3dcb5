"""Errors nobody caught, in the GUI: a plain message in a dialog, the traceback in a log, the app keeps running."""

from __future__ import annotations

import sys
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication


def report_uncaught(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """``sys.excepthook`` for the GUI: Qt calls Python slots from its event loop, where an exception
    would otherwise print a traceback to a console the clinician never sees, and be lost."""
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    # Imported here, not at start: the crash log pulls in platformdirs and platform, which the
    # window's first paint does not need.
    from careplan.storage.crash_log import internal_error_message, write_crash_log
    from careplan.storage.os_errors import describe_os_error
    from careplan.ui.prompts import show_error

    parent = QApplication.activeWindow()
    if isinstance(exc, OSError):
        # Disk full, read-only, permission, a folder removed: the clinician can act on it; not a bug.
        text = describe_os_error(exc, "use")
        show_error(parent, QCoreApplication.translate("ErrorReporting", "Careplan could not use a file"), text[:1].upper() + text[1:] + ".",
                   QCoreApplication.translate("ErrorReporting", "Your plan is still open. Save it somewhere else if saving failed."))
        return
    log = write_crash_log(exc.with_traceback(tb), "careplan gui")
    text = internal_error_message(exc, log)
    show_error(parent, QCoreApplication.translate("ErrorReporting", "Careplan hit an internal error"), text[:1].upper() + text[1:] + ".",
               QCoreApplication.translate("ErrorReporting", "Your plan is still open. Save it to be safe; a recovery copy is kept as well."))


def install() -> None:
    sys.excepthook = report_uncaught
