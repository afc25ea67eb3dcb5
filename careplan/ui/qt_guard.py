"""A guard against a PySide6 6.12 reference-counting bug that aborts the app on Python 3.11.

In PySide6 6.12.0 on Python 3.11, every call of a Qt method that returns nothing (``setText``,
``setToolTip``, leaving a ``with QSignalBlocker(...)`` block, ``QTimer.singleShot``, ``property()``
of an unset property, ...) releases one reference to ``None`` that it never took. After some
thousands of such calls -- a few hundred edits in the editor -- the count reaches zero and the
interpreter aborts ("Fatal Python error: none_dealloc"), losing unsaved work. Python 3.12 made
``None`` immortal and PySide6 6.11 does not have the bug; until the dependency moves past it, the
app checks for the leak at start and, where it finds it, gives ``None`` so many references that
the leak cannot use them up (2**40: at a million leaked a second, twelve days).
"""

from __future__ import annotations

import sys

HEADROOM = 1 << 40


def leaks_none() -> bool:
    """True when calling a Qt method that returns nothing drops a reference to ``None``."""
    from PySide6.QtCore import QObject

    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(16):
        probe.setObjectName("probe")
    return sys.getrefcount(None) <= before - 8


def protect_none() -> bool:
    """Give ``None`` headroom if this PySide6 leaks it; True when it did. Safe to call repeatedly."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False  # None is immortal there, or reference counts work differently
    if sys.getrefcount(None) > HEADROOM // 2:
        return True  # already done
    if not leaks_none():
        return False
    import ctypes  # only here: the start-up of a PySide6 without the leak never needs it

    # ob_refcnt is the first field of every CPython object, and id() is the object's address.
    ctypes.c_ssize_t.from_address(id(None)).value += HEADROOM
    return True
