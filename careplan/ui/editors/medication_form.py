"""The widgets of one medicine, laid out compactly: layout only (MedicationRow decides what they do).

Four lines when the editor is wide: the medicine and its strength; the dose and how often; the
course and the route; what it is for. Each line is a flow that wraps in a narrow column, so
every control stays reachable without scrolling sideways.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from careplan.domain.codes import INDICATION_LABELS, ROUTES, SLOT_LABELS, SLOTS, STRENGTH_UNITS, UNITS
from careplan.ui.code_words import code_word
from careplan.ui.editors.base import MESSAGE_STYLE, named
from careplan.ui.editors.date_field import DateField
from careplan.ui.editors.widgets import ComboBox, DoubleSpinBox, SpinBox
from careplan.ui.flow_layout import FlowLayout
from careplan.ui.translations import QT_TRANSLATE_NOOP, translated_choices

FREQUENCIES = [(QT_TRANSLATE_NOOP("MedicationForm", "Every day"), "daily"), (QT_TRANSLATE_NOOP("MedicationForm", "Every few days or hours"), "interval"), (QT_TRANSLATE_NOOP("MedicationForm", "Only when needed"), "prn")]
NO_INDICATION = "none"  # the picker's key for "no indication" (a combo box holds None poorly)
UNIT_WORDS = {"tablet": QT_TRANSLATE_NOOP("MedicationForm", "tablet(s)"), "capsule": QT_TRANSLATE_NOOP("MedicationForm", "capsule(s)"), "patch": QT_TRANSLATE_NOOP("MedicationForm", "patch(es)"), "application": QT_TRANSLATE_NOOP("MedicationForm", "application(s)")}


def flow(*widgets: QWidget) -> QWidget:
    """Widgets side by side that wrap onto a new line when the column is narrow."""
    holder = QWidget()
    layout = FlowLayout(holder, spacing=6)
    for widget in widgets:
        layout.addWidget(widget)
    return holder


def caption(text: str, buddy: QWidget | None = None) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(False)
    if buddy is not None:
        label.setBuddy(buddy)
    return label


def labelled(text: str, widget: QWidget) -> QWidget:
    """A caption and its control that wrap to the next line together (never a caption left behind)."""
    holder = QWidget()
    row = QHBoxLayout(holder)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(4)
    row.addWidget(caption(text, widget))
    row.addWidget(widget)
    return holder


def hint_label() -> QLabel:
    """Grey words beside a control ("= 2 tablets × 5 mg"): dim, yet readable."""
    label = QLabel()
    label.setStyleSheet("color: palette(placeholder-text);")
    return label


class MedicationForm(QWidget):
    """The fields of one medicine. Built once per row; nothing here reads or writes the plan."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        form.setContentsMargins(0, 2, 0, 2)
        form.setVerticalSpacing(4)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form = form

        # --- the medicine and its strength --------------------------------------------------
        self.drug = named(ComboBox(), QCoreApplication.translate("MedicationForm", "Medicine"), QCoreApplication.translate("MedicationForm", "Pick from the catalog (type part of a generic or brand name), "
                          "or type any name and confirm it"))
        self.drug.setEditable(True)
        self.drug.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.drug.setMinimumContentsLength(22)
        self.strength = named(ComboBox(), QCoreApplication.translate("MedicationForm", "Strength"), QCoreApplication.translate("MedicationForm", "The product: what one tablet, capsule or patch holds. "
                              "Choose \u201cOther strength\u201d to type one the list does not have"))
        self.strength.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.custom_amount = named(DoubleSpinBox(0.001, 100000, optional=True), QCoreApplication.translate("MedicationForm", "Strength amount"),
                                   QCoreApplication.translate("MedicationForm", "How much one tablet, capsule or patch holds"))
        self.custom_unit = named(ComboBox([(u, u) for u in STRENGTH_UNITS]), QCoreApplication.translate("MedicationForm", "Strength unit"), QCoreApplication.translate("MedicationForm", "mg, mcg, g, or mcg/h for a patch"))
        form.addRow(caption(QCoreApplication.translate("MedicationForm", "Medicine"), self.drug), flow(self.drug, self.strength, self.custom_amount, self.custom_unit))

        # --- dose and how often (or who a rescue medicine is for) ---------------------------
        self.dose = named(DoubleSpinBox(0.001, 100000), QCoreApplication.translate("MedicationForm", "Dose"), QCoreApplication.translate("MedicationForm", "How much for one dose, in the unit beside it"))
        self.unit = named(ComboBox([(QCoreApplication.translate("MedicationForm", UNIT_WORDS[u]) if u in UNIT_WORDS else u, u) for u in UNITS]), QCoreApplication.translate("MedicationForm", "Dose unit"), QCoreApplication.translate("MedicationForm", "What the dose is counted in"))
        self.unit.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.dose_words = hint_label()
        self.how_often = named(ComboBox(translated_choices("MedicationForm", FREQUENCIES)), QCoreApplication.translate("MedicationForm", "How often"), QCoreApplication.translate("MedicationForm", "Every day at set times; every few days or hours "
                               "(a patch every 3 days, a weekly dose); or only when needed, with a daily limit"))
        self.how_often.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        # One flowing line: the dose, the choice, then the controls of the chosen way (the others hidden).
        self.kind_widgets = {"daily": self._daily_widgets(), "interval": self._interval_widgets(),
                             "prn": self._prn_widgets()}
        self.how_often_row = flow(self.dose, self.unit, self.dose_words, self.how_often,
                                  *(w for ws in self.kind_widgets.values() for w in ws))
        form.addRow(caption(QCoreApplication.translate("MedicationForm", "Dose"), self.dose), self.how_often_row)
        self.rescue_note = QLabel()
        self.rescue_note.setWordWrap(True)
        form.addRow(caption(QCoreApplication.translate("MedicationForm", "Who it is for")), self.rescue_note)

        # --- course and route ------------------------------------------------------------------
        self.start = named(DateField(), QCoreApplication.translate("MedicationForm", "Start date"), QCoreApplication.translate("MedicationForm", "When the patient starts it (leave empty to start now)"))
        self.stop = named(DateField(), QCoreApplication.translate("MedicationForm", "Stop date"), QCoreApplication.translate("MedicationForm", "The last day; or give a course length instead"))
        self.duration = named(SpinBox(1, 3650, suffix=QCoreApplication.translate("Units", "day"), plural_suffix=QCoreApplication.translate("Units", "days"), optional=True), QCoreApplication.translate("MedicationForm", "Course length"),
                              QCoreApplication.translate("MedicationForm", "How many days the course runs; leave \u201c\u2014\u201d for a medicine to keep taking"))
        self.duration.setSpecialValueText(QCoreApplication.translate("MedicationForm", "\u2014 days"))
        self.route = named(ComboBox([(code_word(r.capitalize()), r) for r in ROUTES]), QCoreApplication.translate("MedicationForm", "Route"), QCoreApplication.translate("MedicationForm", "How it is taken or applied"))
        self.otc = named(QCheckBox(QCoreApplication.translate("MedicationForm", "Over the counter")), QCoreApplication.translate("MedicationForm", "Bought over the counter"), QCoreApplication.translate("MedicationForm", "The over-the-counter daily limit applies"))
        # Why it is given, where that changes which rules count it (offered only for the medicines
        # an indication applies to; the row shows or hides it).
        self.indication = named(
            ComboBox([(QCoreApplication.translate("MedicationForm", "Pain"), NO_INDICATION),
                      *((code_word(label), key) for key, label in INDICATION_LABELS.items())]),
            QCoreApplication.translate("MedicationForm", "Given for"),
            QCoreApplication.translate("MedicationForm", "Treatment of opioid-use disorder (e.g. methadone, buprenorphine) "
                                       "is left out of the MME total and its thresholds; sedative, QT and interaction "
                                       "checks still count it"))
        self.indication_field = labelled(QCoreApplication.translate("MedicationForm", "Given for"), self.indication)
        self.course = flow(labelled("from", self.start), labelled("to", self.stop), labelled(QCoreApplication.translate("MedicationForm", "or for"), self.duration),
                           labelled(QCoreApplication.translate("MedicationForm", "Route"), self.route), self.otc,
                           self.indication_field)
        form.addRow(caption(QCoreApplication.translate("MedicationForm", "Course")), self.course)

        # --- what for --------------------------------------------------------------------------
        self.purpose = named(QLineEdit(), QCoreApplication.translate("MedicationForm", "Purpose"), QCoreApplication.translate("MedicationForm", "What it is for, in the patient's words; printed on the handout"))
        self.purpose.setPlaceholderText(QCoreApplication.translate("MedicationForm", "What for, e.g. back pain and stiffness"))
        self.instructions = named(QLineEdit(), QCoreApplication.translate("MedicationForm", "Instructions"), QCoreApplication.translate("MedicationForm", "Anything else the patient must know, printed on the handout"))
        self.instructions.setPlaceholderText(QCoreApplication.translate("MedicationForm", "Instructions, e.g. take with food"))
        words = QWidget()
        both = QHBoxLayout(words)
        both.setContentsMargins(0, 0, 0, 0)
        both.addWidget(self.purpose, 1)
        both.addWidget(self.instructions, 1)
        form.addRow(caption(QCoreApplication.translate("MedicationForm", "For"), self.purpose), words)

        # Problems with this medicine's numbers and dates, in words, under its fields.
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(MESSAGE_STYLE)
        self.message.setAccessibleName(QCoreApplication.translate("MedicationForm", "Problem with this medicine"))
        self.message.hide()
        form.addRow(self.message)

    def _daily_widgets(self) -> list[QWidget]:
        self.times = named(SpinBox(1, 24, suffix=QCoreApplication.translate("MedicationForm", "time a day"), plural_suffix=QCoreApplication.translate("MedicationForm", "times a day")), QCoreApplication.translate("MedicationForm", "Times a day"),
                           QCoreApplication.translate("MedicationForm", "How many doses each day"))
        self.slots: dict[str, QCheckBox] = {
            slot: named(QCheckBox(code_word(SLOT_LABELS[slot])), QCoreApplication.translate("MedicationForm", "{0} dose").format(code_word(SLOT_LABELS[slot])),
                        QCoreApplication.translate("MedicationForm", "Tick the times of day of the doses; the number of doses a day follows"))
            for slot in SLOTS}
        self.timing_note = hint_label()
        # The times of day move to the next line together when the column is narrow.
        self.timing = QWidget()
        row = QHBoxLayout(self.timing)
        row.setContentsMargins(0, 0, 0, 0)
        for box in self.slots.values():
            row.addWidget(box)
        return [self.times, self.timing, self.timing_note]

    def _interval_widgets(self) -> list[QWidget]:
        self.every = named(SpinBox(1, 672), QCoreApplication.translate("MedicationForm", "Every"), QCoreApplication.translate("MedicationForm", "How many days (or hours) between doses: a patch every 3 days"))
        self.every_unit = named(ComboBox([("days", "days"), ("hours", "hours")]), QCoreApplication.translate("MedicationForm", "Interval unit"), QCoreApplication.translate("MedicationForm", "Days or hours"))
        self.interval_note = hint_label()
        return [labelled("every", self.every), self.every_unit, self.interval_note]

    def _prn_widgets(self) -> list[QWidget]:
        self.max_per_day = named(SpinBox(1, 24, suffix=QCoreApplication.translate("MedicationForm", "dose a day at most"), plural_suffix=QCoreApplication.translate("MedicationForm", "doses a day at most")),
                                 QCoreApplication.translate("MedicationForm", "Most doses a day"), QCoreApplication.translate("MedicationForm", "The most doses the patient may take in one day"))
        self.gap = named(DoubleSpinBox(0.5, 72, decimals=1, suffix=QCoreApplication.translate("MedicationForm", "hour apart at least"), optional=True),
                         QCoreApplication.translate("MedicationForm", "Hours between doses"), QCoreApplication.translate("MedicationForm", "The shortest time between two doses; printed on the handout"))
        self.gap.setSuffix(QCoreApplication.translate("MedicationForm", "hour apart at least"), QCoreApplication.translate("MedicationForm", "hours apart at least"))
        self.gap.setSpecialValueText(QCoreApplication.translate("MedicationForm", "no minimum gap set"))
        return [self.max_per_day, self.gap]
