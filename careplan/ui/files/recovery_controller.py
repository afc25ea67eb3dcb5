"""Never lose work: write a recovery copy shortly after each change, offer it again after a crash."""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QDialog, QWidget

from careplan.storage.autosave import Recovery, RecoveryStore
from careplan.storage.errors import PlanFileError
from careplan.ui.document import PlanDocument
from careplan.ui.files.recovery_dialog import RecoveryDialog
from careplan.ui.prompts import show_error

# Write this long after the last change; while typing goes on, write at least every MAX_WAIT_S.
QUIET_MS = 2000


class RecoveryController(QObject):
    recovery_written = Signal()

    def __init__(self, document: PlanDocument, store: RecoveryStore, max_wait_s: int = 30, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.store = store
        self.max_wait_s = max_wait_s
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.write_now)
        self._first_pending: float | None = None
        self._written_key: str | None = None
        document.plan_changed.connect(self._on_plan_changed)
        document.modified_changed.connect(self._on_modified_changed)
        document.document_reset.connect(self._on_reset)

    def _on_plan_changed(self) -> None:
        # Not checking is_modified here: during an undo push the stack's clean state is updated
        # only after the plan changed; write_now checks it when the timer fires.
        now = time.monotonic()
        if self._first_pending is None:
            self._first_pending = now
        if now - self._first_pending >= self.max_wait_s:
            self.write_now()
        else:
            self.timer.start(QUIET_MS)

    def write_now(self) -> None:
        self.timer.stop()
        self._first_pending = None
        if not self.document.is_modified:
            return
        try:
            self.store.write(self.document.plan, self.document.path, self.document.session_key)
        except OSError:
            return  # a full disk must not interrupt the clinician; the next change tries again
        self._written_key = self.document.session_key
        self.recovery_written.emit()

    def discard(self) -> None:
        """The plan is saved or deliberately dropped: its recovery copy is no longer needed."""
        self.timer.stop()
        self._first_pending = None
        if self._written_key is not None:
            self.store.discard(self._written_key)
            self._written_key = None

    def _on_modified_changed(self, modified: bool) -> None:
        if not modified:
            self.discard()

    def _on_reset(self) -> None:
        self.discard()
        if self.document.is_modified:
            # A restored copy is unsaved work too: keep a fresh recovery copy of it.
            self.write_now()

    def offer_restore(self, parent: QWidget | None) -> bool:
        """At start-up: if recovery copies were left behind, ask what to do with them."""
        pending = self.store.pending()
        if not pending:
            return False
        dialog = RecoveryDialog(pending, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        chosen = dialog.selected()
        if chosen is None:
            return False
        if dialog.choice == RecoveryDialog.DISCARD:
            self.discard_copy(chosen)
            return False
        return self.restore(chosen, parent)

    def restore(self, chosen: Recovery, parent: QWidget | None) -> bool:
        """Open a recovery copy as unsaved work (its copy is replaced by this session's)."""
        try:
            plan = chosen.load()
        except PlanFileError as exc:
            show_error(parent, QCoreApplication.translate("RecoveryController", "Could not restore"), QCoreApplication.translate("RecoveryController", "The recovery copy is damaged and cannot be restored."), str(exc))
            return False
        self.document.reset(plan, chosen.original_path, modified=True)
        self.store.discard(chosen.key)
        self.write_now()
        return True

    def discard_copy(self, chosen: Recovery) -> None:
        self.store.discard(chosen.key)
