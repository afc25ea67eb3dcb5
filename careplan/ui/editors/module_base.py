"""Base for module editors: the module's path, and a notes box at the end."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from careplan.domain.catalog import CatalogIndex
from careplan.domain.edits import FieldPath
from careplan.ui.edit_controller import EditController
from careplan.ui.editors.base import PartEditor, named


class ModuleEditor(PartEditor):
    def __init__(self, controller: EditController, catalog: CatalogIndex, module_id: str, parent: QWidget | None = None) -> None:
        super().__init__(controller, catalog, parent)
        self.module_id = module_id

    def m(self, *parts: str) -> FieldPath:
        return ("modules", self.module_id, *parts)

    def add_notes(self, what: str) -> None:
        _box, form = self.group(QCoreApplication.translate("ModuleEditor", "Notes"))
        name = QCoreApplication.translate("ModuleEditor", "{0} notes").format(what)
        notes = named(self.binder.text(QPlainTextEdit(), self.m("notes"), name), name,
                      QCoreApplication.translate("ModuleEditor", "Printed on the handout as a note from the care team"))
        notes.setMaximumHeight(70)
        form.addRow(notes)
        self.layout_.addStretch(1)
