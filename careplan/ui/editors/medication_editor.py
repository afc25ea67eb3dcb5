"""Medicines: one row per item (drug picker with completion, dose with unit, schedule, purpose)."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from careplan.domain.catalog import CatalogIndex
from careplan.domain.codes import ROUTES, UNITS
from careplan.domain.edits import FieldPath, get_field
from careplan.domain.plan import CarePlan, MedicationItem
from careplan.ui.catalog_choices import drug_choices, drug_label, find_drug, medicine_name, new_medication
from careplan.ui.edit_controller import EditController
from careplan.ui.editors.base import PartEditor, named
from careplan.ui.editors.row_list import Row, RowList
from careplan.ui.editors.widgets import ComboBox, DoubleSpinBox, SpinBox

SCHEDULES = [("Regularly", False), ("As needed (PRN)", True)]


def drug_completer(catalog: CatalogIndex, parent: QWidget) -> QCompleter:
    """Completion that matches anywhere in "Name (Brand, Brand)", case-insensitively."""
    completer = QCompleter([label for label, _id in drug_choices(catalog)], parent)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setMaxVisibleItems(12)
    return completer


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


class MedicationRow(Row):
    """One medicine's fields; the schedule spin box edits times a day or the PRN cap."""

    def __init__(self, controller: EditController, catalog: CatalogIndex, list_path: FieldPath, item_id: str) -> None:
        super().__init__(controller, list_path, item_id)
        self.catalog = catalog
        self.list_path = list_path
        grid = QGridLayout(self)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(3, 2)

        self.drug = named(ComboBox(), "Medicine", "Pick from the catalog or type any name")
        self.drug.setEditable(True)
        self.drug.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for label, drug_id in drug_choices(catalog):
            self.drug.addItem(label, drug_id)
        self.drug.setCompleter(drug_completer(catalog, self.drug))
        self.drug.activated.connect(self._on_drug_picked)
        line_edit = self.drug.lineEdit()
        assert line_edit is not None  # the combo box is editable
        line_edit.editingFinished.connect(self._on_drug_typed)
        self.first_field = self.drug
        self.remove = named(QPushButton("Remove"), "Remove this medicine")
        self.remove.clicked.connect(self._on_remove)

        self.dose = self.binder.spin(DoubleSpinBox(0.001, 100000), self.path("dose"), lambda: f"{self._name()} dose")
        named(self.dose, "Dose")
        self.unit = self.binder.combo(ComboBox([(u, u) for u in UNITS]), self.path("unit"), lambda: f"{self._name()} unit")
        named(self.unit, "Dose unit")
        self.schedule = named(ComboBox(SCHEDULES), "Schedule")
        # Two short fixed choices: always show them whole, even on a 1366-pixel screen.
        self.schedule.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.schedule.setMinimumWidth(self.schedule.sizeHint().width())
        self.schedule.currentIndexChanged.connect(self._on_schedule_changed)
        self.count = named(SpinBox(1, 24), "Doses a day")
        self.count.valueChanged.connect(self._on_count_changed)
        self.count_label = QLabel("times a day")
        self.route = self.binder.combo(ComboBox([(r.capitalize(), r) for r in ROUTES]), self.path("route"), lambda: f"{self._name()} route")
        named(self.route, "Route")
        self.otc = self.binder.check(QCheckBox("Bought over the counter"), self.path("otc"), lambda: f"{self._name()} OTC")
        named(self.otc, "Bought over the counter", "The over-the-counter daily limit applies")
        self.purpose = self.binder.line(QLineEdit(), self.path("purpose"), lambda: f"{self._name()} purpose")
        named(self.purpose, "Purpose", "What it is for, in the patient's words")
        self.purpose.setPlaceholderText("What it is for, e.g. back pain and stiffness")
        self.instructions = self.binder.line(QLineEdit(), self.path("instructions"), lambda: f"{self._name()} instructions")
        named(self.instructions, "Instructions")
        self.instructions.setPlaceholderText("e.g. take with food")

        grid.addWidget(QLabel("Medicine"), 0, 0)
        grid.addWidget(self.drug, 0, 1, 1, 3)
        grid.addWidget(self.remove, 0, 4)
        dose_box = QHBoxLayout()
        dose_box.addWidget(self.dose, 2)
        dose_box.addWidget(self.unit, 2)
        dose_box.addWidget(self.schedule, 3)
        dose_box.addWidget(self.count, 1)
        dose_box.addWidget(self.count_label)
        grid.addWidget(QLabel("Dose"), 1, 0)
        grid.addLayout(dose_box, 1, 1, 1, 4)
        grid.addWidget(QLabel("Route"), 2, 0)
        grid.addWidget(self.route, 2, 1)
        grid.addWidget(self.otc, 2, 2, 1, 3)
        grid.addWidget(QLabel("Purpose"), 3, 0)
        grid.addWidget(self.purpose, 3, 1, 1, 4)
        grid.addWidget(QLabel("Instructions"), 4, 0)
        grid.addWidget(self.instructions, 4, 1, 1, 4)
        for row, widget in enumerate((self.drug, self.dose, self.route, self.purpose, self.instructions)):
            item = grid.itemAtPosition(row, 0)
            caption = item.widget() if item is not None else None
            if isinstance(caption, QLabel):
                caption.setBuddy(widget)

    def _item(self) -> MedicationItem | None:
        try:
            item = get_field(self.controller.plan, self.item_path)
        except KeyError:
            return None
        return item if isinstance(item, MedicationItem) else None

    def _name(self) -> str:
        item = self._item()
        return medicine_name(self.catalog, item) if item else "medicine"

    def refresh(self, plan: CarePlan) -> None:
        super().refresh(plan)
        item = self._item()
        if item is None:
            return
        with QSignalBlocker(self.drug):
            drug = self.catalog.drugs.get(item.drug or "")
            text = drug_label(drug) if drug else (item.name or item.drug or "")
            if self.drug.currentText() != text:
                index = self.drug.findData(item.drug) if drug else -1
                self.drug.setCurrentIndex(index)
                self.drug.setEditText(text)
        with QSignalBlocker(self.schedule), QSignalBlocker(self.count):
            self.schedule.set_current_data(item.prn)
            self.count.setValue(item.max_per_day or item.times_per_day or 1)
        self.count_label.setText("doses a day at most" if item.prn else "times a day")

    def _on_drug_picked(self, index: int) -> None:
        drug_id = self.drug.itemData(index)
        if drug_id:
            self.controller.set_fields({self.path("drug"): drug_id, self.path("name"): None}, "medicine")

    def _on_drug_typed(self) -> None:
        text = self.drug.currentText().strip()
        item = self._item()
        if item is None or not text:
            return
        drug = find_drug(self.catalog, text)
        if drug is not None:
            if drug.id != item.drug:
                self.controller.set_fields({self.path("drug"): drug.id, self.path("name"): None}, "medicine")
        elif text != (item.name or ""):
            self.controller.set_fields({self.path("drug"): None, self.path("name"): text}, "medicine")

    def _on_schedule_changed(self, _index: int) -> None:
        prn = bool(self.schedule.currentData())
        count = self.count.value()
        changes = {self.path("prn"): prn, self.path("max_per_day"): count if prn else None,
                   self.path("times_per_day"): None if prn else count}
        self.controller.set_fields(changes, f"{self._name()} schedule")

    def _on_count_changed(self, value: int) -> None:
        item = self._item()
        if item is not None:
            field = "max_per_day" if item.prn else "times_per_day"
            self.controller.set_field(self.path(field), value, f"{self._name()} doses a day")

    def _on_remove(self) -> None:
        self.controller.remove_item(self.list_path, self.item_id, self._name())


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
