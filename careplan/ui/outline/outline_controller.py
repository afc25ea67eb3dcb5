"""Keeps outline selection, editor and findings in step; turns drops into edits."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QObject, Qt

from careplan.domain.edits import FieldPath, find_owner
from careplan.ui.edit_controller import EditController
from careplan.ui.editors.editor_panel import EditorPanel
from careplan.ui.outline.outline_model import OutlineModel
from careplan.ui.outline.outline_view import OutlineView
from careplan.ui.part_keys import PartKey


class OutlineController(QObject):
    def __init__(self, view: OutlineView, model: OutlineModel, panel: EditorPanel, edits: EditController) -> None:
        super().__init__(view)
        self.view = view
        self.model = model
        self.panel = panel
        self.edits = edits
        self._remembered: PartKey | None = None
        view.selectionModel().currentChanged.connect(self._on_current_changed)
        model.modelAboutToBeReset.connect(self._on_about_to_reset)
        model.modelReset.connect(self._on_reset)
        # Queued: the edit must not reset the model while the view is still handling the drop.
        model.module_move_requested.connect(self._on_move_requested, Qt.ConnectionType.QueuedConnection)
        model.module_add_requested.connect(self._on_add_requested, Qt.ConnectionType.QueuedConnection)
        edits.module_added.connect(lambda module_id: self.select(("module", module_id)))
        view.delete_pressed.connect(self.remove_selected_module)
        panel.part_missing.connect(lambda: self.select(("modules",)))
        edits.document.document_reset.connect(lambda: self.select(("patient",)))

    def current_key(self) -> PartKey | None:
        return self.model.key(self.view.currentIndex())

    def select(self, key: PartKey) -> None:
        index = self.model.index_of(key)
        if not index.isValid():
            index = self.model.index_of(("modules",))
        self.view.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.panel.show_key(self.model.key(index))

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        key = self.model.key(current)
        if key is not None:
            self.panel.show_key(key)

    def _on_about_to_reset(self) -> None:
        self._remembered = self.current_key() or self.panel.key

    def _on_reset(self) -> None:
        self.select(self._remembered or ("patient",))

    def _on_move_requested(self, module_id: str, index: int) -> None:
        if self.edits.move_module(module_id, index):
            self.select(("module", module_id))

    def _on_add_requested(self, kind: str, index: int) -> None:
        self.edits.add_module(kind, index)

    def go_to_item(self, item_id: str) -> None:
        """Show the part of the plan an item belongs to and put the cursor on it."""
        owner = find_owner(self.edits.plan, item_id)
        if owner is None:
            return
        key: PartKey = ("module", str(owner[1])) if owner[0] == "modules" else ("patient",)
        self.select(key)
        self.panel.focus_item(item_id)

    def go_to_field(self, path: FieldPath) -> None:
        """Show the part of the plan that holds the field at ``path`` and put the cursor in it."""
        head = str(path[0]) if path else "patient"
        part: dict[str, PartKey] = {"pain": ("pain",), "goals": ("goals",), "flare_plan": ("flare",), "follow_up": ("follow_up",)}
        key: PartKey = ("module", str(path[1])) if head == "modules" and len(path) > 1 else part.get(head, ("patient",))
        self.select(key)
        self.panel.focus_field(path)

    def remove_selected_module(self) -> None:
        key = self.current_key()
        if key and key[0] == "module":
            self.edits.remove_module(key[1])

    def move_selected_module(self, step: int) -> None:
        key = self.current_key()
        if not key or key[0] != "module":
            return
        ids = [m.id for m in self.edits.plan.modules]
        index = ids.index(key[1]) + step
        if 0 <= index < len(ids) and self.edits.move_module(key[1], index):
            self.select(key)
