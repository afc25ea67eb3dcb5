"""Undo commands: each stores the plan before and after one edit, so undo restores it exactly.

Typing into one field merges into one undo step, but not through Qt's ``mergeWith``: when Qt
merges or drops an obsolete command it deletes a command that Python created, and PySide then
keeps the Python side alive for ever, with the two plans it holds (measured: 90 keystrokes left
90 plans alive, even after the stack was cleared). ``push_field_edit`` updates the top command in
place instead, so Qt only ever deletes commands on ``clear`` or when a redo branch is dropped,
where PySide releases them.
"""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand, QUndoStack

from careplan.domain.edits import FieldPath
from careplan.domain.plan import CarePlan
from careplan.ui.document import PlanDocument


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
    """A change to one field; consecutive changes to the same field become one undo step."""

    def __init__(self, document: PlanDocument, before: CarePlan, after: CarePlan, text: str, path: FieldPath) -> None:
        super().__init__(document, before, after, text)
        self.path = path


def _mergeable_top(stack: QUndoStack, path: FieldPath) -> FieldEditCommand | None:
    """The command a new edit of ``path`` may join: the newest, same field, not the saved state."""
    index = stack.index()
    # As Qt does: never merge into the saved (clean) state, nor with a redo branch pending.
    if index == 0 or index != stack.count() or stack.cleanIndex() == index:
        return None
    top = stack.command(index - 1)
    return top if isinstance(top, FieldEditCommand) and top.path == path else None


def push_field_edit(document: PlanDocument, before: CarePlan, after: CarePlan, text: str, path: FieldPath) -> None:
    """Record a change to one field: joins the previous step when it changed the same field."""
    stack = document.undo_stack
    top = _mergeable_top(stack, path)
    if top is None:
        stack.push(FieldEditCommand(document, before, after, text, path))
        return
    top.after = after
    document.replace_plan(after)
    if top.after == top.before:
        # Typed back to where it was: nothing left to undo. Undoing moves the step to the redo
        # branch, which the next edit drops (and PySide releases).
        stack.undo()
