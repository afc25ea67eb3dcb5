"""Medicines: a list of medicine rows (see medication_row) and a picker to add one by name."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from careplan.domain.catalog import CatalogIndex
from careplan.domain.catalog_choices import drug_matches, find_drug, medicine_name, new_medication
from careplan.domain.edits import FieldPath
from careplan.domain.plan import CarePlan, MedicationItem
from careplan.ui.edit_controller import EditController
from careplan.ui.editors.base import PartEditor, named
from careplan.ui.editors.catalog_picker import resolve_typed
from careplan.ui.editors.drug_completer import drug_completer
from careplan.ui.editors.medication_row import MedicationRow
from careplan.ui.editors.row_list import RowList
from careplan.ui.translations import QT_TRANSLATE_NOOP


class DrugPicker(QWidget):
    """Type a medicine (completion from the catalog, or any name once confirmed) and press Enter to add it."""

    def __init__(self, catalog: CatalogIndex, on_pick: Callable[[MedicationItem], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self._on_pick = on_pick
        self.jurisdiction: str | None = None
        self.edit = named(QLineEdit(), QCoreApplication.translate("DrugPicker", "Add a medicine"), QCoreApplication.translate("DrugPicker", "Type a medicine name or brand, then press Enter"))
        self.edit.setPlaceholderText(QCoreApplication.translate("DrugPicker", "Type a medicine to add, e.g. ibuprofen"))
        self.edit.setCompleter(drug_completer(catalog, self.edit))
        self.edit.returnPressed.connect(self._on_add)
        self.button = named(QPushButton(QCoreApplication.translate("DrugPicker", "Add medicine")), QCoreApplication.translate("DrugPicker", "Add medicine"))
        self.button.clicked.connect(self._on_add)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.button)

    def set_jurisdiction(self, jurisdiction: str | None) -> None:
        """Offer the brand names of the patient's country."""
        if jurisdiction != self.jurisdiction:
            self.jurisdiction = jurisdiction
            self.edit.setCompleter(drug_completer(self.catalog, self.edit, jurisdiction))

    def _on_add(self) -> None:
        text = self.edit.text().strip()
        if not text:
            self.edit.setFocus()
            return
        outcome, drug = resolve_typed(text, lambda t: find_drug(self.catalog, t, self.jurisdiction),
                                      lambda t: drug_matches(self.catalog, t, self.jurisdiction),
                                      self.edit.completer(), self, "medicine")
        if outcome == "catalog" and drug is not None:
            self._on_pick(new_medication(self.catalog, drug.id))
        elif outcome == "unlisted":
            self._on_pick(new_medication(self.catalog, text))
        else:
            return  # several match (the list is open), or the clinician went back to it
        self.edit.clear()


# More medicines than this in one list start as one-line summaries; the one being edited opens.
OPEN_ROWS = 2


class MedicationList(QWidget):
    """The medicines of one list (a medication module, or the patient's current medicines)."""

    def __init__(self, controller: EditController, catalog: CatalogIndex, list_path: FieldPath, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.list_path = list_path
        self.rows = RowList(list_path, lambda item_id: MedicationRow(controller, catalog, list_path, item_id), empty_text)
        self.picker = DrugPicker(catalog, self._on_pick)
        self.picker.setProperty("edit_only", True)  # hidden on a signed plan
        self._seen: set[str] = set()
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
        self.picker.set_jurisdiction(plan.patient.jurisdiction if plan.patient is not None else None)
        # A short list is open; a long one shows summaries (a new medicine opens when added).
        fresh = [i for i in self.rows.rows if i not in self._seen]
        if fresh:
            many = len(self.rows.rows) > OPEN_ROWS
            for item_id in fresh:
                row = self.rows.rows[item_id]
                if isinstance(row, MedicationRow):
                    row.set_expanded(not many or bool(self._seen))
            self._seen.update(fresh)

    def expand_all(self, expanded: bool) -> None:
        for row in self.rows.rows.values():
            if isinstance(row, MedicationRow):
                row.set_expanded(expanded)


class MedicationEditor(PartEditor):
    heading = QT_TRANSLATE_NOOP("MedicationEditor", "Medication")

    def __init__(self, controller: EditController, catalog: CatalogIndex, module_id: str, parent: QWidget | None = None) -> None:
        super().__init__(controller, catalog, parent)
        self.module_id = module_id
        self.medicines = MedicationList(
            controller, catalog, ("modules", module_id, "items"),
            QCoreApplication.translate("MedicationEditor", "No medicines yet. Type one below and press Enter."),
        )
        _box, form = self.group(QCoreApplication.translate("MedicationEditor", "Medicines in this plan"))
        form.addRow(self.medicines)
        _notes_box, notes_form = self.group(QCoreApplication.translate("MedicationEditor", "Notes for this module"))
        self.notes = named(self.binder.text(QPlainTextEdit(), ("modules", module_id, "notes"), QCoreApplication.translate("MedicationEditor", "medication notes")), QCoreApplication.translate("MedicationEditor", "Medication notes"),
                           QCoreApplication.translate("ModuleEditor", "Printed on the handout as a note from the care team"))
        self.notes.setMaximumHeight(70)
        notes_form.addRow(self.notes)
        self.layout_.addStretch(1)

    def refresh(self, plan: CarePlan) -> None:
        super().refresh(plan)
        self.medicines.refresh(plan)

    def focus_item(self, item_id: str) -> None:
        self.medicines.rows.focus_item(item_id)
