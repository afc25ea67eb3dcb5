"""A column of rows, one per element of a list in the plan (medicines, goals, exercises...)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from careplan.domain.edits import FieldPath, get_field
from careplan.domain.plan import CarePlan
from careplan.ui.edit_controller import EditController
from careplan.ui.editors.binding import FormBinder


class Row(QFrame):
    """One element's widgets, bound to ``list_path + (item_id, field)``."""

    def __init__(self, controller: EditController, list_path: FieldPath, item_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.item_path: FieldPath = (*list_path, item_id)
        self.item_id = item_id
        self.binder = FormBinder(controller)
        self.setFrameShape(QFrame.Shape.StyledPanel)

    def path(self, *parts: str) -> FieldPath:
        return (*self.item_path, *parts)

    def refresh(self, plan: CarePlan) -> None:
        self.binder.refresh(plan)

    def focus_first(self) -> None:
        """Focus the row's first field (a finding's "go to item" lands here)."""
        first = getattr(self, "first_field", None)
        if isinstance(first, QWidget):
            first.setFocus(Qt.FocusReason.OtherFocusReason)


class RowList(QWidget):
    """Rebuilds its rows only when elements are added, removed or reordered, so typing keeps focus."""

    def __init__(self, list_path: FieldPath, make_row: Callable[[str], Row], empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list_path = list_path
        self._make_row = make_row
        self._ids: list[str] = []
        self.rows: dict[str, Row] = {}
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._empty = QLabel(empty_text)
        self._empty.setWordWrap(True)
        self._empty.setEnabled(False)
        self._layout.addWidget(self._empty)

    def refresh(self, plan: CarePlan) -> None:
        try:
            elements = get_field(plan, self.list_path)
        except KeyError:
            return
        ids = [element.id for element in elements]
        if ids != self._ids:
            self._rebuild(ids)
        for row in self.rows.values():
            row.refresh(plan)

    def _rebuild(self, ids: list[str]) -> None:
        focused_row = next((i for i, row in self.rows.items() if row.isAncestorOf(self.focusWidget() or self)), None)
        for item_id in self._ids:
            if item_id not in ids:
                row = self.rows.pop(item_id)
                row.hide()
                row.deleteLater()
        for position, item_id in enumerate(ids):
            row = self.rows.get(item_id) or self._make_row(item_id)
            self.rows[item_id] = row
            self._layout.insertWidget(position, row)
        self._ids = ids
        self._empty.setVisible(not ids)
        if focused_row is not None and focused_row not in self.rows:
            self.setFocus()

    def focus_item(self, item_id: str) -> bool:
        row = self.rows.get(item_id)
        if row is None:
            return False
        row.focus_first()
        return True
