"""Undo commands for the template library: each wraps one reversible file change."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from careplan.storage.template_library import FileChange, LibraryError


class LibraryChangeCommand(QUndoCommand):
    """A duplicate, rename, delete or import already applied; undo reverts it, redo applies it again.

    The change is applied before the command is pushed (so a failure never lands on the stack);
    the first ``redo`` that ``QUndoStack.push`` makes is therefore skipped.
    """

    def __init__(self, change: FileChange, on_error: Callable[[str], None], on_done: Callable[[], None]) -> None:
        super().__init__(change.description)
        self.change = change
        self._on_error = on_error
        self._on_done = on_done
        self._pushed = False

    def redo(self) -> None:
        if not self._pushed:
            self._pushed = True
            return
        self._run(self.change.apply)

    def undo(self) -> None:
        self._run(self.change.revert)

    def _run(self, step: Callable[[], None]) -> None:
        try:
            step()
        except (LibraryError, OSError) as exc:
            self.setObsolete(True)
            self._on_error(str(exc))
        self._on_done()
