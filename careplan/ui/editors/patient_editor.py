"""The patient header: identity, jurisdiction, conditions, allergies and current medicines."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QCheckBox, QFormLayout, QGroupBox, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QWidget

from careplan.domain.catalog import CatalogIndex
from careplan.domain.codes import CONDITION_LABELS, HEPATIC_LABELS
from careplan.domain.plan import CarePlan
from careplan.ui.code_words import code_word
from careplan.ui.edit_controller import EditController
from careplan.ui.editors.base import PartEditor, add_row, check_box_flow, named
from careplan.ui.editors.date_field import DateField
from careplan.ui.editors.jurisdiction_field import JurisdictionEdit
from careplan.ui.editors.medication_editor import MedicationList
from careplan.ui.editors.widgets import ComboBox, DoubleSpinBox, SpinBox
from careplan.ui.translations import QT_TRANSLATE_NOOP, translated_choices

SEXES = [(QT_TRANSLATE_NOOP("PatientEditor", "Not recorded"), "unknown"), (QT_TRANSLATE_NOOP("PatientEditor", "Female"), "female"), (QT_TRANSLATE_NOOP("PatientEditor", "Male"), "male"), (QT_TRANSLATE_NOOP("PatientEditor", "Other"), "other")]
TOLERANCE = [(QT_TRANSLATE_NOOP("PatientEditor", "Not known"), "unknown"), (QT_TRANSLATE_NOOP("PatientEditor", "Yes: opioid tolerant"), "yes"), (QT_TRANSLATE_NOOP("PatientEditor", "No: not opioid tolerant"), "no")]
TOLERANCE_VALUES: dict[str, bool | None] = {"unknown": None, "yes": True, "no": False}
# The handout's language (BCP 47); Spanish by region where the words differ (Spain: "conducir").
LANGUAGES = [(QT_TRANSLATE_NOOP("PatientEditor", "Not recorded (English handout)"), "none"), (QT_TRANSLATE_NOOP("PatientEditor", "English"), "en"), (QT_TRANSLATE_NOOP("PatientEditor", "Spanish"), "es"),
             (QT_TRANSLATE_NOOP("PatientEditor", "Spanish (Mexico)"), "es-MX"), (QT_TRANSLATE_NOOP("PatientEditor", "Spanish (United States)"), "es-US"), (QT_TRANSLATE_NOOP("PatientEditor", "Spanish (Spain)"), "es-ES")]
LANGUAGE_VALUES: dict[str, str | None] = {"none": None, **{code: code for _, code in LANGUAGES[1:]}}
HEPATIC = [(QT_TRANSLATE_NOOP("Codes", "None or not known"), "none"), *((label, code) for code, label in HEPATIC_LABELS.items())]
HEPATIC_VALUES: dict[str, str | None] = {"none": None, **{code: code for code in HEPATIC_LABELS}}

# What ticking a condition means, and (where a safety rule reads it) which checks it changes.
CONDITION_TIPS = {
    "ckd": QT_TRANSLATE_NOOP("PatientEditor", "Chronic kidney disease: NSAID and kidney-dose checks use it; record CrCl or eGFR below too "
                             "(a figure under 60 counts as kidney disease without this tick)"),
    "liver_disease": QT_TRANSLATE_NOOP("PatientEditor", "Liver disease: lowers the acetaminophen limit; record the hepatic impairment (Child-Pugh) "
                                       "for the labels' liver limits; a caution with kratom"),
    "pregnancy": QT_TRANSLATE_NOOP("PatientEditor", "Pregnant now: give the weeks below; the labels' pregnancy facts (NSAIDs by week, opioids) use it"),
    "breastfeeding": QT_TRANSLATE_NOOP("PatientEditor", "Breastfeeding now: codeine, tramadol and kratom checks use it"),
    "gi_bleed_history": QT_TRANSLATE_NOOP("PatientEditor", "A past gastrointestinal bleed: NSAID checks use it"),
    "peptic_ulcer": QT_TRANSLATE_NOOP("PatientEditor", "A stomach or duodenal ulcer, now or before: NSAID checks use it"),
    "heart_failure": QT_TRANSLATE_NOOP("PatientEditor", "Heart failure: NSAID checks use it"),
    "cardiovascular_disease": QT_TRANSLATE_NOOP("PatientEditor", "Heart or blood-vessel disease (angina, heart attack, stroke): NSAID checks use it"),
    "hypertension": QT_TRANSLATE_NOOP("PatientEditor", "High blood pressure: NSAID checks use it"),
    "sleep_apnea": QT_TRANSLATE_NOOP("PatientEditor", "Sleep apnoea: breathing checks and naloxone advice with opioids"),
    "copd": QT_TRANSLATE_NOOP("PatientEditor", "Chronic obstructive pulmonary disease: breathing checks with opioids and gabapentinoids"),
    "substance_use_disorder": QT_TRANSLATE_NOOP("PatientEditor", "A substance-use disorder, now or in remission: opioid and kratom checks use it"),
    "opioid_use_disorder": QT_TRANSLATE_NOOP("PatientEditor", "An opioid-use disorder, now or in remission: opioid and kratom checks use it"),
    "seizure_disorder": QT_TRANSLATE_NOOP("PatientEditor", "Epilepsy or another seizure disorder: seizure-threshold and kratom checks use it"),
    "arrhythmia": QT_TRANSLATE_NOOP("PatientEditor", "A heart-rhythm problem: QT and kratom checks use it"),
    "depression": QT_TRANSLATE_NOOP("PatientEditor", "Depression: naloxone advice with opioids"),
    "anxiety": QT_TRANSLATE_NOOP("PatientEditor", "An anxiety disorder: naloxone advice with opioids"),
    "overdose_history": QT_TRANSLATE_NOOP("PatientEditor", "A past overdose of opioids or other drugs: naloxone advice with opioids"),
    "qt_prolongation": QT_TRANSLATE_NOOP("PatientEditor", "QT prolongation on an ECG: checked against medicines that prolong QT"),
    "falls_history": QT_TRANSLATE_NOOP("PatientEditor", "Falls in the past year: from 65, the Beers falls criterion uses it"),
}


def checks_reading(plan: CarePlan, catalog: CatalogIndex) -> str:
    """ "Kidney checks use CrCl 42 mL/min. Opioid tolerance: current opioids 75 MME/day (≥ 60)." """
    from careplan.domain.safety.context import SafetyContext
    from careplan.domain.safety.tolerance import opioid_tolerance

    ctx = SafetyContext.build(plan, catalog)
    kidney = ctx.kidney
    if kidney is None:
        kidney_text = QCoreApplication.translate("PatientEditor", "Kidney checks: no CrCl or eGFR recorded")
    else:
        value, measure = kidney
        unit = QCoreApplication.translate("PatientEditor", "mL/min") if measure == "CrCl" else "mL/min/1.73 m\u00b2"
        kidney_text = QCoreApplication.translate("PatientEditor", "Kidney checks use {0} {1:g} {2}").format(measure, value, unit) + (QCoreApplication.translate("PatientEditor", " (no CrCl recorded)") if measure == "eGFR" else "")
        if "ckd" in ctx.conditions and "ckd" not in plan.patient_or_empty.conditions:
            kidney_text += QCoreApplication.translate("PatientEditor", ", counted as kidney disease")
    tolerant, why, _sources = opioid_tolerance(ctx)
    verdict = {True: QCoreApplication.translate("PatientEditor", "treated as tolerant"), False: QCoreApplication.translate("PatientEditor", "treated as not tolerant"),
               None: QCoreApplication.translate("PatientEditor", "unknown")}[tolerant]
    return QCoreApplication.translate("PatientEditor", "{0}. Opioid tolerance: {1} ({2}).").format(kidney_text, verdict, why)


class PatientEditor(PartEditor):
    heading = QT_TRANSLATE_NOOP("PatientEditor", "Patient")
    patient_plan_requested = Signal()

    def __init__(self, controller: EditController, catalog: CatalogIndex, parent: QWidget | None = None) -> None:
        self.patient_boxes: list[QGroupBox] = []
        super().__init__(controller, catalog, parent)
        b = self.binder
        # A template holds no patient: say so, and offer a patient plan made from it.
        self.template_note = QLabel(QCoreApplication.translate("PatientEditor", "This file is a <b>template</b>: it holds no patient details, so the patient "
                                    "fields are hidden. To write a plan for a patient, start one from this template "
                                    "(the template file stays as it is)."))
        self.template_note.setWordWrap(True)
        self.start_plan = named(QPushButton(QCoreApplication.translate("PatientEditor", "Start a patient plan from this template")), QCoreApplication.translate("PatientEditor", "Start a patient plan from this template"),
                                QCoreApplication.translate("PatientEditor", "A new, unsaved plan with this template's modules, goals and follow-up"))
        self.start_plan.clicked.connect(self.patient_plan_requested)
        self.layout_.addWidget(self.template_note)
        self.layout_.addWidget(self.start_plan)
        _box, plan_form = self.group(QCoreApplication.translate("PatientEditor", "Plan"))
        add_row(plan_form, QCoreApplication.translate("PatientEditor", "Plan &title"), b.line(QLineEdit(), ("title",), QCoreApplication.translate("PatientEditor", "plan title")))
        add_row(plan_form, QCoreApplication.translate("PatientEditor", "Clinician"), b.line(QLineEdit(), ("clinician", "name"), QCoreApplication.translate("PatientEditor", "clinician name")))
        add_row(plan_form, QCoreApplication.translate("PatientEditor", "Credentials"), b.line(QLineEdit(), ("clinician", "credentials"), QCoreApplication.translate("PatientEditor", "clinician credentials")))

        _box, form = self.group(QCoreApplication.translate("PatientEditor", "Patient"))
        self.name = add_row(form, QCoreApplication.translate("PatientEditor", "&Name"), b.line(QLineEdit(), ("patient", "name"), QCoreApplication.translate("PatientEditor", "patient name")))
        self.dob = add_row(form, QCoreApplication.translate("PatientEditor", "Date of birth"), b.date(DateField(), ("patient", "date_of_birth"), QCoreApplication.translate("PatientEditor", "date of birth")),
                           QCoreApplication.translate("PatientEditor", "Type it or pick it from the calendar; the age is worked out from it"))
        add_row(form, QCoreApplication.translate("PatientEditor", "Record number"), b.line(QLineEdit(), ("patient", "record_number"), QCoreApplication.translate("PatientEditor", "record number")))
        age = SpinBox(0, 130, suffix=QCoreApplication.translate("Units", "years"), optional=True)
        add_row(form, QCoreApplication.translate("PatientEditor", "Age"), b.spin(age, ("patient", "age"), "age"), QCoreApplication.translate("PatientEditor", "Leave 'not set' to work it out from the date of birth"))
        add_row(form, QCoreApplication.translate("PatientEditor", "Sex"), b.combo(ComboBox(translated_choices("PatientEditor", SEXES)), ("patient", "sex"), "sex"))
        self.jurisdiction = add_row(form, QCoreApplication.translate("PatientEditor", "Where they live"), b.jurisdiction(JurisdictionEdit(catalog), ("patient", "jurisdiction"), QCoreApplication.translate("PatientEditor", "where they live")),
                                    QCoreApplication.translate("PatientEditor", "Start typing the country or state and pick it from the list: emergency numbers and legal-status checks use it"))
        self.language = add_row(form, QCoreApplication.translate("PatientEditor", "Reads"), b.mapped_combo(ComboBox(translated_choices("PatientEditor", LANGUAGES)), ("patient", "language"),
                                                              "language", LANGUAGE_VALUES),
                                QCoreApplication.translate("PatientEditor", "The language the patient reads: the handout is printed in it (the summary stays in English)"))
        alcohol = DoubleSpinBox(0, 500, decimals=1, suffix=QCoreApplication.translate("PatientEditor", "drinks a week"), optional=True)
        add_row(form, QCoreApplication.translate("PatientEditor", "Alcohol"), b.spin(alcohol, ("patient", "alcohol_drinks_per_week"), QCoreApplication.translate("PatientEditor", "alcohol use")),
                QCoreApplication.translate("PatientEditor", "Standard drinks a week; heavy use (over 14 for men, 7 otherwise) lowers the acetaminophen limit and "
                "adds to opioid sedation"))
        weight = DoubleSpinBox(0.5, 400, decimals=1, suffix="kg", optional=True)
        self.weight = add_row(form, QCoreApplication.translate("PatientEditor", "Weight"), b.spin(weight, ("patient", "weight_kg"), "weight"),
                              QCoreApplication.translate("PatientEditor", "Body weight in kg: the labels' per-kilogram limits (acetaminophen in children and light "
                              "adults) use it"))

        _box, clinical = self.group(QCoreApplication.translate("PatientEditor", "Kidney, liver and opioid tolerance"))
        crcl = DoubleSpinBox(1, 250, decimals=0, suffix=QCoreApplication.translate("PatientEditor", "mL/min"), optional=True)
        add_row(clinical, QCoreApplication.translate("PatientEditor", "CrCl"), b.spin(crcl, ("patient", "crcl"), QCoreApplication.translate("PatientEditor", "creatinine clearance")),
                QCoreApplication.translate("PatientEditor", "Creatinine clearance (Cockcroft\u2013Gault), mL/min. Kidney-dose checks use it first, then eGFR"))
        egfr = DoubleSpinBox(1, 250, decimals=0, suffix="mL/min/1.73 m\u00b2", optional=True)
        add_row(clinical, QCoreApplication.translate("PatientEditor", "eGFR"), b.spin(egfr, ("patient", "egfr"), QCoreApplication.translate("PatientEditor", "eGFR")),
                QCoreApplication.translate("PatientEditor", "Estimated glomerular filtration rate, mL/min/1.73 m\u00b2; used when CrCl is not recorded"))
        self.hepatic = add_row(clinical, QCoreApplication.translate("PatientEditor", "Hepatic impairment"),
                               b.mapped_combo(ComboBox([(code_word(label), value) for label, value in HEPATIC]), ("patient", "hepatic_impairment"), QCoreApplication.translate("PatientEditor", "hepatic impairment"),
                                              HEPATIC_VALUES),
                               QCoreApplication.translate("PatientEditor", "Child-Pugh class of hepatic impairment: the labels' liver limits use it (recording it also "
                               "counts as liver disease)"))
        self.tolerance = add_row(clinical, QCoreApplication.translate("PatientEditor", "Opioid tolerant"), b.mapped_combo(ComboBox(translated_choices("PatientEditor", TOLERANCE)), ("patient", "opioid_tolerant"),
                                                                             QCoreApplication.translate("PatientEditor", "opioid tolerance"), TOLERANCE_VALUES),
                                 QCoreApplication.translate("PatientEditor", "Whether the patient is opioid tolerant. When not known, current opioids at the labels' "
                                 "tolerance level (e.g. oxycodone 30 mg, morphine 60 mg a day) count as tolerant, below it "
                                 "as not tolerant. Long-acting opioids and fentanyl patches are checked against it"))
        # What the safety checks make of these figures, so nothing is inferred behind the clinician's back.
        self.checks_read = QLabel()
        self.checks_read.setWordWrap(True)
        self.checks_read.setEnabled(False)
        self.checks_read.setAccessibleName(QCoreApplication.translate("PatientEditor", "How the safety checks read these"))
        clinical.addRow(self.checks_read)

        box, _form = self.group(QCoreApplication.translate("PatientEditor", "Conditions"))
        self.conditions: dict[str, QCheckBox] = {
            code: named(QCheckBox(code_word(label)), code_word(label), QCoreApplication.translate("PatientEditor", CONDITION_TIPS.get(code, label))) for code, label in CONDITION_LABELS.items()
        }
        box.layout().addRow(check_box_flow(self.conditions.values()))  # type: ignore[union-attr]
        b.check_group(self.conditions, ("patient", "conditions"), "conditions")
        pregnancy = SpinBox(0, 45, suffix=QCoreApplication.translate("Units", "weeks"), optional=True)
        add_row(_form, QCoreApplication.translate("PatientEditor", "Weeks pregnant"), b.spin(pregnancy, ("patient", "pregnancy_weeks"), QCoreApplication.translate("PatientEditor", "pregnancy weeks")),
                QCoreApplication.translate("PatientEditor", "Weeks of pregnancy now; NSAID checks differ from 20 weeks"))

        _box, allergy_form = self.group(QCoreApplication.translate("PatientEditor", "Allergies"))
        allergies = b.csv_line(QLineEdit(), ("patient", "allergies"), "allergies")
        allergies.setPlaceholderText(QCoreApplication.translate("PatientEditor", "Medicines or classes, separated by commas, e.g. codeine, nsaid"))
        add_row(allergy_form, QCoreApplication.translate("PatientEditor", "Allergies"), allergies, QCoreApplication.translate("PatientEditor", "Catalog medicine names or classes such as nsaid, opioid"))

        _box, meds_form = self.group(QCoreApplication.translate("PatientEditor", "Medicines the patient already takes"))
        self.current = MedicationList(controller, catalog, ("patient", "current_medications"),
                                      QCoreApplication.translate("PatientEditor", "None recorded. They count in every interaction check."))
        meds_form.addRow(self.current)
        _box, notes_form = self.group(QCoreApplication.translate("PatientEditor", "Plan notes"))
        notes = named(b.text(QPlainTextEdit(), ("notes",), QCoreApplication.translate("PatientEditor", "plan notes")), QCoreApplication.translate("PatientEditor", "Plan notes"))
        notes.setMaximumHeight(70)
        notes_form.addRow(notes)
        self.layout_.addStretch(1)

    def group(self, title: str) -> tuple[QGroupBox, QFormLayout]:
        box, form = super().group(title)
        if title not in (QCoreApplication.translate("PatientEditor", "Plan"), QCoreApplication.translate("PatientEditor", "Plan notes")):
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
