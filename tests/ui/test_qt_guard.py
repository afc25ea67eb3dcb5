"""The guard against PySide6 6.12's leak of references to None (see careplan/ui/qt_guard.py)."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from careplan.ui.qt_guard import HEADROOM, leaks_none, protect_none


def test_after_the_guard_many_void_qt_calls_cannot_use_up_none(qtbot: QtBot) -> None:
    leaking = sys.version_info < (3, 12) and (sys.getrefcount(None) > HEADROOM // 2 or leaks_none())
    assert protect_none() == leaking
    edit = QLineEdit()
    qtbot.addWidget(edit)
    before = sys.getrefcount(None)
    for n in range(20_000):  # far more than None's own count without the guard
        edit.setText(str(n))
        edit.setToolTip("")
    assert edit.text() == "19999"
    if leaking:
        assert sys.getrefcount(None) > HEADROOM // 2
    else:
        assert sys.getrefcount(None) >= before - 10
