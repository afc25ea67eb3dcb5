"""Medicines: a list of medicine rows (see medication_row) and a picker to add one by name."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from careplan.domain.catalog import CatalogIndex
from careplan.domain.catalog_choices import medicine_name, new_medication
from careplan.domain.edits import FieldPath
from careplan.domain.plan import CarePlan, MedicationItem
from careplan.ui.edit_controller import EditController
from careplan.ui.editors.base import PartEditor, named
from careplan.ui.editors.drug_completer import drug_completer
from careplan.ui.editors.medication_row import MedicationRow
from careplan.ui.editors.row_list import RowList


class DrugPicker(QWidget):
    """Type a medicine (completion from the catalog, or any name) and press Enter to add it."""

    def __init__(self, catalog: CatalogIndex, on_pick: object, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self._on_pick = on_pick
        self.edit = named(QLineEdit(), "Add a medicine", "Type a medicine name or brand, then press Enter")
        self.edit.setPlaceholderText("Type a medicine to add, e.g. ibuprofen")
        self.edit.setCompleter(drug_completer(catalog, self.edit))
        self.edit.returnPressed.connect(self._on_add)
        self.button = named(QPushButton("Add medicine"), "Add medicine")
        self.button.clicked.connect(self._on_add)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.button)

    def _on_add(self) -> None:
        text = self.edit.text().strip()
        if not text:
            self.edit.setFocus()
            return
        self._on_pick(new_medication(self.catalog, text))  # type: ignore[operator]
        self.edit.clear()


class MedicationList(QWidget):
    """The medicines of one list (a medication module, or the patient's current medicines)."""

    def __init__(self, controller: EditController, catalog: CatalogIndex, list_path: FieldPath, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.list_path = list_path
        self.rows = RowList(list_path, lambda item_id: MedicationRow(controller, catalog, list_path, item_id), empty_text)
        self.picker = DrugPicker(catalog, self._on_pick)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.rows)
        layout.addWidget(self.picker)

    def _on_pick(self, item: MedicationItem) -> None:
        name = medicine_name(self.picker.catalog, item)
        if self.controller.add_item(self.list_path, item, name):
            self.rows.refresh(self.controller.plan)
            self.rows.focus_item(item.id)

    def refresh(self, plan: CarePlan) -> None:
        self.rows.refresh(plan)


class MedicationEditor(PartEditor):
    heading = "Medication"

    def __init__(self, controller: EditController, catalog: CatalogIndex, module_id: str, parent: QWidget | None = None) -> None:
        super().__init__(controller, catalog, parent)
        self.module_id = module_id
        self.medicines = MedicationList(
            controller, catalog, ("modules", module_id, "items"),
            "No medicines yet. Type one below and press Enter.",
        )
        _box, form = self.group("Medicines in this plan")
        form.addRow(self.medicines)
        _notes_box, notes_form = self.group("Notes for this module")
        self.notes = named(self.binder.text(QPlainTextEdit(), ("modules", module_id, "notes"), "medication notes"), "Medication notes")
        self.notes.setMaximumHeight(70)
        notes_form.addRow(self.notes)
        self.layout_.addStretch(1)

    def refresh(self, plan: CarePlan) -> None:
        super().refresh(plan)
        self.medicines.refresh(plan)

    def focus_item(self, item_id: str) -> None:
        self.medicines.rows.focus_item(item_id)
