"""PlanDocument: owns the open plan, its file path and undo stack, and says when the plan changed."""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoStack

from careplan.domain.plan import CarePlan


class PlanDocument(QObject):
    """The one source of truth for the open plan; views read it, commands replace it."""

    plan_changed = Signal()
    document_reset = Signal()
    modified_changed = Signal(bool)
    path_changed = Signal()
    saved = Signal()

    def __init__(self, plan: CarePlan | None = None, path: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._plan = plan or CarePlan(title=QCoreApplication.translate("PlanDocument", "Untitled plan"))
        self._path = path
        self._forced_dirty = False
        # A fresh key per document so its recovery copy never overwrites another window's.
        self.session_key = uuid.uuid4().hex
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self._on_clean_changed)

    @property
    def plan(self) -> CarePlan:
        return self._plan

    @property
    def path(self) -> Path | None:
        return self._path

    @property
    def is_modified(self) -> bool:
        return self._forced_dirty or not self.undo_stack.isClean()

    @property
    def display_name(self) -> str:
        if self._path is not None:
            return self._path.name.removesuffix(".careplan.json")
        return self._plan.title.strip() or QCoreApplication.translate("PlanDocument", "Untitled plan")

    def replace_plan(self, plan: CarePlan) -> None:
        """Swap in a new plan; only undo commands call this, so every change is undoable."""
        if plan is self._plan:
            return
        self._plan = plan
        self.plan_changed.emit()

    def reset(self, plan: CarePlan, path: Path | None, *, modified: bool = False) -> None:
        """Start over with another plan (new, open, restore): clears undo history."""
        was_modified = self.is_modified
        self._plan = plan
        self._path = path
        self._forced_dirty = modified
        self.session_key = uuid.uuid4().hex
        self.undo_stack.clear()
        self.undo_stack.setClean()
        self.document_reset.emit()
        self.path_changed.emit()
        self.plan_changed.emit()
        if was_modified != self.is_modified:
            self.modified_changed.emit(self.is_modified)

    def mark_saved(self, plan: CarePlan, path: Path) -> None:
        """The plan as written to ``path`` is now the clean state."""
        was_modified = self.is_modified
        self._plan = plan
        self._forced_dirty = False
        if path != self._path:
            self._path = path
            self.path_changed.emit()
        self.undo_stack.setClean()
        self.saved.emit()
        if was_modified:
            self.modified_changed.emit(False)

    def _on_clean_changed(self, clean: bool) -> None:
        self.modified_changed.emit(self._forced_dirty or not clean)
