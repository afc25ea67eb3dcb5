"""Undo commands: each stores the plan before and after one edit, so undo restores it exactly."""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from careplan.domain.edits import FieldPath
from careplan.domain.plan import CarePlan
from careplan.ui.document import PlanDocument

# QUndoStack only tries to merge commands that share an id; typing in one field shares one.
FIELD_EDIT_ID = 1001


class PlanEditCommand(QUndoCommand):
    """Replace the whole plan (plans are small, immutable values: snapshots are cheap and exact)."""

    def __init__(self, document: PlanDocument, before: CarePlan, after: CarePlan, text: str) -> None:
        super().__init__(text)
        self._document = document
        self.before = before
        self.after = after

    def redo(self) -> None:
        self._document.replace_plan(self.after)

    def undo(self) -> None:
        self._document.replace_plan(self.before)


class FieldEditCommand(PlanEditCommand):
    """A change to one field; consecutive changes to the same field merge into one undo step."""

    def __init__(self, document: PlanDocument, before: CarePlan, after: CarePlan, text: str, path: FieldPath) -> None:
        super().__init__(document, before, after, text)
        self.path = path

    def id(self) -> int:
        return FIELD_EDIT_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, FieldEditCommand) or other.path != self.path:
            return False
        self.after = other.after
        # Typing a value and then typing it back leaves nothing to undo.
        self.setObsolete(self.after == self.before)
        return True
