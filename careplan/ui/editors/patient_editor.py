"""The patient header: identity, jurisdiction, conditions, allergies and current medicines."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QGridLayout, QLineEdit, QPlainTextEdit, QWidget

from careplan.domain.catalog import CatalogIndex
from careplan.domain.codes import CONDITION_LABELS
from careplan.domain.plan import CarePlan
from careplan.ui.edit_controller import EditController
from careplan.ui.editors.base import PartEditor, add_row, named
from careplan.ui.editors.date_field import DateField
from careplan.ui.editors.jurisdiction_field import JurisdictionEdit
from careplan.ui.editors.medication_editor import MedicationList
from careplan.ui.editors.widgets import ComboBox, DoubleSpinBox, SpinBox

SEXES = [("Not recorded", "unknown"), ("Female", "female"), ("Male", "male"), ("Other", "other")]


class PatientEditor(PartEditor):
    heading = "Patient"

    def __init__(self, controller: EditController, catalog: CatalogIndex, parent: QWidget | None = None) -> None:
        super().__init__(controller, catalog, parent)
        b = self.binder
        _box, plan_form = self.group("Plan")
        add_row(plan_form, "Plan &title", b.line(QLineEdit(), ("title",), "plan title"))
        add_row(plan_form, "Clinician", b.line(QLineEdit(), ("clinician", "name"), "clinician name"))
        add_row(plan_form, "Credentials", b.line(QLineEdit(), ("clinician", "credentials"), "clinician credentials"))

        _box, form = self.group("Patient")
        self.name = add_row(form, "&Name", b.line(QLineEdit(), ("patient", "name"), "patient name"))
        self.dob = add_row(form, "Date of birth", b.date(DateField(), ("patient", "date_of_birth"), "date of birth"),
                           "Type it or pick it from the calendar; the age is worked out from it")
        add_row(form, "Record number", b.line(QLineEdit(), ("patient", "record_number"), "record number"))
        age = SpinBox(0, 130, suffix="years", optional=True)
        add_row(form, "Age", b.spin(age, ("patient", "age"), "age"), "Leave 'not set' to work it out from the date of birth")
        add_row(form, "Sex", b.combo(ComboBox(SEXES), ("patient", "sex"), "sex"))
        self.jurisdiction = add_row(form, "Where they live", b.jurisdiction(JurisdictionEdit(catalog), ("patient", "jurisdiction"), "where they live"),
                                    "Start typing the country or state and pick it from the list: emergency numbers and legal-status checks use it")
        alcohol = DoubleSpinBox(0, 500, decimals=1, suffix="drinks a week", optional=True)
        add_row(form, "Alcohol", b.spin(alcohol, ("patient", "alcohol_drinks_per_week"), "alcohol use"))

        box, _form = self.group("Conditions")
        grid = QGridLayout()
        box.layout().addRow(grid)  # type: ignore[union-attr]
        self.conditions: dict[str, QCheckBox] = {}
        for i, (code, label) in enumerate(CONDITION_LABELS.items()):
            check = named(QCheckBox(label), label)
            self.conditions[code] = check
            grid.addWidget(check, i // 3, i % 3)
        b.check_group(self.conditions, ("patient", "conditions"), "conditions")
        pregnancy = SpinBox(0, 45, suffix="weeks", optional=True)
        add_row(_form, "Weeks pregnant", b.spin(pregnancy, ("patient", "pregnancy_weeks"), "pregnancy weeks"))

        _box, allergy_form = self.group("Allergies")
        allergies = b.csv_line(QLineEdit(), ("patient", "allergies"), "allergies")
        allergies.setPlaceholderText("Medicines or classes, separated by commas, e.g. codeine, nsaid")
        add_row(allergy_form, "Allergies", allergies, "Catalog medicine names or classes such as nsaid, opioid")

        _box, meds_form = self.group("Medicines the patient already takes")
        self.current = MedicationList(controller, catalog, ("patient", "current_medications"),
                                      "None recorded. They count in every interaction check.")
        meds_form.addRow(self.current)
        _box, notes_form = self.group("Plan notes")
        notes = named(b.text(QPlainTextEdit(), ("notes",), "plan notes"), "Plan notes")
        notes.setMaximumHeight(70)
        notes_form.addRow(notes)
        self.layout_.addStretch(1)

    def refresh(self, plan: CarePlan) -> None:
        super().refresh(plan)
        self.current.refresh(plan)

    def focus_item(self, item_id: str) -> None:
        self.current.rows.focus_item(item_id)
