"""Start-up's objects leave the collector's scans once its background work is done (careplan/ui/heap.py)."""

from __future__ import annotations

import gc
import weakref
from typing import Any

import pytest

from careplan.ui import heap
from careplan.ui.main_window import MainWindow

pytestmark = pytest.mark.gui


class _Cycle:
    """An object in a reference cycle: only the collector frees it."""

    def __init__(self) -> None:
        self.me = self


def test_settle_collects_first_then_freezes_what_is_alive() -> None:
    before = _Cycle()
    dead = weakref.ref(before)
    del before
    kept = _Cycle()
    heap.settle()
    assert dead() is None  # start-up's garbage is collected, not frozen for ever
    assert gc.get_freeze_count() > 0
    after = _Cycle()
    made_later = weakref.ref(after)
    del after
    gc.collect()
    assert made_later() is None  # what the app makes later is collected as before
    assert kept.me is kept


def test_the_window_settles_once_the_template_library_is_indexed(window: MainWindow, qtbot: Any) -> None:
    gc.unfreeze()
    assert gc.get_freeze_count() == 0
    window.workspace.files.warm_library()
    qtbot.waitUntil(lambda: gc.get_freeze_count() > 0, timeout=10_000)
    assert window.workspace.files._picker is not None  # the picker was built ahead, then the heap settled
