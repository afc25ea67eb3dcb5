"""The patient header: identity, jurisdiction, conditions, allergies and current medicines."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QFormLayout, QGroupBox, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QWidget

from careplan.domain.catalog import CatalogIndex
from careplan.domain.codes import CONDITION_LABELS
from careplan.domain.plan import CarePlan
from careplan.ui.edit_controller import EditController
from careplan.ui.editors.base import PartEditor, add_row, check_box_flow, named
from careplan.ui.editors.date_field import DateField
from careplan.ui.editors.jurisdiction_field import JurisdictionEdit
from careplan.ui.editors.medication_editor import MedicationList
from careplan.ui.editors.widgets import ComboBox, DoubleSpinBox, SpinBox

SEXES = [("Not recorded", "unknown"), ("Female", "female"), ("Male", "male"), ("Other", "other")]
TOLERANCE = [("Not known", "unknown"), ("Yes: opioid tolerant", "yes"), ("No: not opioid tolerant", "no")]
TOLERANCE_VALUES: dict[str, bool | None] = {"unknown": None, "yes": True, "no": False}

# What ticking a condition means, and (where a safety rule reads it) which checks it changes.
CONDITION_TIPS = {
    "ckd": "Chronic kidney disease: NSAID and kidney-dose checks use it; record CrCl or eGFR below too",
    "liver_disease": "Liver disease: lowers the acetaminophen limit; a caution with kratom",
    "pregnancy": "Pregnant now: give the weeks below; NSAID and kratom checks use it",
    "breastfeeding": "Breastfeeding now: codeine, tramadol and kratom checks use it",
    "gi_bleed_history": "A past gastrointestinal bleed: NSAID checks use it",
    "peptic_ulcer": "A stomach or duodenal ulcer, now or before: NSAID checks use it",
    "heart_failure": "Heart failure: NSAID checks use it",
    "cardiovascular_disease": "Heart or blood-vessel disease (angina, heart attack, stroke): NSAID checks use it",
    "hypertension": "High blood pressure: NSAID checks use it",
    "sleep_apnea": "Sleep apnoea: naloxone advice with opioids",
    "copd": "Chronic obstructive pulmonary disease",
    "substance_use_disorder": "A substance-use disorder, now or in remission: opioid and kratom checks use it",
    "opioid_use_disorder": "An opioid-use disorder, now or in remission: opioid and kratom checks use it",
    "seizure_disorder": "Epilepsy or another seizure disorder: kratom checks use it",
    "arrhythmia": "A heart-rhythm problem: kratom checks use it",
    "depression": "Depression",
    "anxiety": "An anxiety disorder",
    "overdose_history": "A past overdose of opioids or other drugs: naloxone advice with opioids",
    "qt_prolongation": "QT prolongation on an ECG: checked against medicines that prolong QT",
    "falls_history": "Falls in the past year",
}


def checks_reading(plan: CarePlan, catalog: CatalogIndex) -> str:
    """ "Kidney checks use CrCl 42 mL/min. Opioid tolerance: current opioids 75 MME/day (≥ 60)." """
    from careplan.domain.safety.context import SafetyContext
    from careplan.domain.safety.tolerance import opioid_tolerance

    ctx = SafetyContext.build(plan, catalog)
    kidney = ctx.kidney
    if kidney is None:
        kidney_text = "Kidney checks: no CrCl or eGFR recorded"
    else:
        value, measure = kidney
        unit = "mL/min" if measure == "CrCl" else "mL/min/1.73 m\u00b2"
        kidney_text = f"Kidney checks use {measure} {value:g} {unit}" + (" (no CrCl recorded)" if measure == "eGFR" else "")
    tolerant, why, _sources = opioid_tolerance(ctx)
    verdict = {True: "treated as tolerant", False: "treated as not tolerant", None: "unknown"}[tolerant]
    return f"{kidney_text}. Opioid tolerance: {verdict} ({why})."


class PatientEditor(PartEditor):
    heading = "Patient"
    patient_plan_requested = Signal()

    def __init__(self, controller: EditController, catalog: CatalogIndex, parent: QWidget | None = None) -> None:
        self.patient_boxes: list[QGroupBox] = []
        super().__init__(controller, catalog, parent)
        b = self.binder
        # A template holds no patient: say so, and offer a patient plan made from it.
        self.template_note = QLabel("This file is a <b>template</b>: it holds no patient details, so the patient "
                                    "fields are hidden. To write a plan for a patient, start one from this template "
                                    "(the template file stays as it is).")
        self.template_note.setWordWrap(True)
        self.start_plan = named(QPushButton("Start a patient plan from this template"), "Start a patient plan from this template",
                                "A new, unsaved plan with this template's modules, goals and follow-up")
        self.start_plan.clicked.connect(self.patient_plan_requested)
        self.layout_.addWidget(self.template_note)
        self.layout_.addWidget(self.start_plan)
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
        add_row(form, "Alcohol", b.spin(alcohol, ("patient", "alcohol_drinks_per_week"), "alcohol use"),
                "Standard drinks a week; heavy use lowers the acetaminophen limit")

        _box, clinical = self.group("Kidney function and opioid tolerance")
        crcl = DoubleSpinBox(1, 250, decimals=0, suffix="mL/min", optional=True)
        add_row(clinical, "CrCl", b.spin(crcl, ("patient", "crcl"), "creatinine clearance"),
                "Creatinine clearance (Cockcroft\u2013Gault), mL/min. Kidney-dose checks use it first, then eGFR")
        egfr = DoubleSpinBox(1, 250, decimals=0, suffix="mL/min/1.73 m\u00b2", optional=True)
        add_row(clinical, "eGFR", b.spin(egfr, ("patient", "egfr"), "eGFR"),
                "Estimated glomerular filtration rate, mL/min/1.73 m\u00b2; used when CrCl is not recorded")
        self.tolerance = add_row(clinical, "Opioid tolerant", b.mapped_combo(ComboBox(TOLERANCE), ("patient", "opioid_tolerant"),
                                                                             "opioid tolerance", TOLERANCE_VALUES),
                                 "Whether the patient is opioid tolerant. When not known, current opioids of at least "
                                 "60 MME a day count as tolerant. Long-acting opioids and fentanyl patches are checked against it")
        # What the safety checks make of these figures, so nothing is inferred behind the clinician's back.
        self.checks_read = QLabel()
        self.checks_read.setWordWrap(True)
        self.checks_read.setEnabled(False)
        self.checks_read.setAccessibleName("How the safety checks read these")
        clinical.addRow(self.checks_read)

        box, _form = self.group("Conditions")
        self.conditions: dict[str, QCheckBox] = {
            code: named(QCheckBox(label), label, CONDITION_TIPS.get(code, label)) for code, label in CONDITION_LABELS.items()
        }
        box.layout().addRow(check_box_flow(self.conditions.values()))  # type: ignore[union-attr]
        b.check_group(self.conditions, ("patient", "conditions"), "conditions")
        pregnancy = SpinBox(0, 45, suffix="weeks", optional=True)
        add_row(_form, "Weeks pregnant", b.spin(pregnancy, ("patient", "pregnancy_weeks"), "pregnancy weeks"),
                "Weeks of pregnancy now; NSAID checks differ from 20 weeks")

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

    def group(self, title: str) -> tuple[QGroupBox, QFormLayout]:
        box, form = super().group(title)
        if title not in ("Plan", "Plan notes"):
            self.patient_boxes.append(box)
        return box, form

    def refresh(self, plan: CarePlan) -> None:
        super().refresh(plan)
        template = plan.patient is None
        self.template_note.setVisible(template)
        self.start_plan.setVisible(template)
        for box in self.patient_boxes:
            box.setVisible(not template)
        if not template:
            self.checks_read.setText(checks_reading(plan, self.catalog))
        self.current.refresh(plan)

    def focus_item(self, item_id: str) -> None:
        self.current.rows.focus_item(item_id)
