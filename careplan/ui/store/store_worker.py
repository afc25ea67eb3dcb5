"""Store work off the GUI thread: a network round trip must never freeze the window.

The job calls a plain function on the thread pool and hands its result (or its one-line
failure) back through signals that live on the GUI thread, so delivery is queued safely.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal


class StoreSignals(QObject):
    finished = Signal(object)
    failed = Signal(str)


class StoreJob(QRunnable):
    def __init__(self, work: Callable[[], Any], signals: StoreSignals) -> None:
        super().__init__()
        self.work = work
        self.signals = signals

    def run(self) -> None:
        from careplan.storage.store.errors import StoreError

        try:
            result = self.work()
        except StoreError as exc:
            self._emit(self.signals.failed, str(exc))
        except Exception as exc:  # a store problem must never take the app down; say it in one line
            self._emit(self.signals.failed, QCoreApplication.translate("StoreJob", "the clinic store could not be used: {0}: {1}").format(type(exc).__name__, exc))
        else:
            self._emit(self.signals.finished, result)

    @staticmethod
    def _emit(signal: Any, value: Any) -> None:
        with contextlib.suppress(RuntimeError):  # the window that asked was closed meanwhile
            signal.emit(value)


def run_in_background(owner: QObject, work: Callable[[], Any], on_finished: Callable[[Any], None],
                      on_failed: Callable[[str], None]) -> StoreSignals:
    """Run ``work()`` on the thread pool; ``on_finished(result)`` or ``on_failed(message)`` run on the GUI thread."""
    signals = StoreSignals(owner)
    signals.finished.connect(on_finished)
    signals.failed.connect(on_failed)
    QThreadPool.globalInstance().start(StoreJob(work, signals))
    return signals
