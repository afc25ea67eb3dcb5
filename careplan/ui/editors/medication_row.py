"""One medicine in the editor: the drug, its strength and dose, how often, the course, and what for.

Laid out as a form whose rows wrap (a flow of small controls), so that every control stays
reachable in a narrow editor column. A rescue medicine (naloxone) shows who it is for instead
of a schedule. Every change goes through the edit controller as one undo step.
"""

from __future__ import annotations

from contextlib import ExitStack
from typing import Any

from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from careplan.domain import dose_changes
from careplan.domain.catalog import CatalogIndex
from careplan.domain.catalog_choices import drug_choices, drug_label, find_drug, medicine_name, new_medication
from careplan.domain.catalog_model import Drug
from careplan.domain.codes import ROUTES, SLOT_LABELS, SLOTS, STRENGTH_UNITS, UNITS, StrengthUnit
from careplan.domain.dosing import dose_slots, dose_words, frequency, timing_source
from careplan.domain.edits import FieldPath, get_field
from careplan.domain.errors import with_label
from careplan.domain.plan import CarePlan, MedicationItem
from careplan.ui.edit_controller import EditController
from careplan.ui.editors.base import named, with_message
from careplan.ui.editors.binding import INVALID_STYLE, attach_message, field_message
from careplan.ui.editors.date_field import DateField
from careplan.ui.editors.drug_completer import drug_completer
from careplan.ui.editors.row_list import Row
from careplan.ui.editors.widgets import ComboBox, DoubleSpinBox, SpinBox
from careplan.ui.flow_layout import FlowLayout

FREQUENCIES = [("Every day", "daily"), ("Every few days or hours", "interval"), ("Only when needed", "prn")]
UNIT_WORDS = {"tablet": "tablet(s)", "capsule": "capsule(s)", "patch": "patch(es)", "application": "application(s)"}
OTHER_STRENGTH = "__other__"
NO_STRENGTH = "__none__"


def flow(*widgets: QWidget) -> QWidget:
    """Widgets side by side that wrap onto a new line when the column is narrow."""
    holder = QWidget()
    layout = FlowLayout(holder)
    for widget in widgets:
        layout.addWidget(widget)
    return holder


def caption(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(False)
    return label


class MedicationRow(Row):
    """One medicine's fields; compound changes (strength, how often) are sent as one step."""

    def __init__(self, controller: EditController, catalog: CatalogIndex, list_path: FieldPath, item_id: str) -> None:
        super().__init__(controller, list_path, item_id)
        self.catalog = catalog
        self.list_path = list_path
        b = self.binder
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form = form

        # --- the medicine ----------------------------------------------------------------
        self.drug = named(ComboBox(), "Medicine", "Pick from the catalog (type part of a generic or brand name) or type any name")
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
        self.remove = named(QPushButton("Remove"), "Remove this medicine", "Remove this medicine from the list (Undo brings it back)")
        self.remove.clicked.connect(self._on_remove)
        top = QWidget()
        top_row = QHBoxLayout(top)
        top_row.setContentsMargins(0, 0, 0, 0)
        top_row.addWidget(self.drug, 1)
        top_row.addWidget(self.remove)
        form.addRow(self._caption("Medicine", self.drug), top)

        # --- strength and dose -----------------------------------------------------------
        self.strength = named(ComboBox(), "Strength", "The product: what one tablet, capsule or patch holds. "
                              "Choose \u201cOther strength\u201d to type one the list does not have")
        self.strength.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.strength.activated.connect(self._on_strength_picked)
        self.custom_amount = named(DoubleSpinBox(0.001, 100000, optional=True), "Strength amount",
                                   "How much one tablet, capsule or patch holds")
        self.custom_amount.valueChanged.connect(self._on_custom_strength)
        self.custom_unit = named(ComboBox([(u, u) for u in STRENGTH_UNITS]), "Strength unit", "mg, mcg, g, or mcg/h for a patch")
        self.custom_unit.activated.connect(lambda _i: self._on_custom_strength())
        form.addRow(self._caption("Strength", self.strength), flow(self.strength, self.custom_amount, self.custom_unit))

        self.dose = named(b.spin(DoubleSpinBox(0.001, 100000), self.path("dose"), lambda: f"{self._name()} dose"),
                          "Dose", "How much for one dose, in the unit beside it")
        self.unit = named(b.combo(ComboBox([(UNIT_WORDS.get(u, u), u) for u in UNITS]), self.path("unit"),
                                  lambda: f"{self._name()} unit"), "Dose unit", "What the dose is counted in")
        self.unit.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.dose_words = QLabel()
        self.dose_words.setEnabled(False)
        form.addRow(self._caption("Dose", self.dose), flow(self.dose, self.unit, self.dose_words))

        # --- how often (or who a rescue medicine is for) ----------------------------------
        self.how_often = named(ComboBox(FREQUENCIES), "How often", "Every day at set times; every few days or hours "
                               "(a patch every 3 days, a weekly dose); or only when needed, with a daily limit")
        self.how_often.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.how_often.activated.connect(self._on_frequency_picked)
        # One flowing line: the choice, then the controls of the chosen way (the others hidden).
        self.kind_widgets = {"daily": self._daily_widgets(), "interval": self._interval_widgets(), "prn": self._prn_widgets()}
        self.how_often_row = flow(self.how_often, *(w for ws in self.kind_widgets.values() for w in ws))
        form.addRow(self._caption("How often", self.how_often), self.how_often_row)
        self.rescue_note = QLabel()
        self.rescue_note.setWordWrap(True)
        form.addRow(QLabel("Who it is for"), self.rescue_note)

        # --- course --------------------------------------------------------------------
        self.start = named(b.date(DateField(), self.path("start"), lambda: f"{self._name()} start date"),
                           "Start date", "When the patient starts it (leave empty to start now)")
        self.stop = named(DateField(), "Stop date", "The last day; or give a course length instead")
        self.stop.committed.connect(self._on_stop)
        self.duration = named(SpinBox(1, 3650, suffix="days", optional=True), "Course length",
                              "How many days the course runs; leave \u201c\u2014\u201d for a medicine to keep taking")
        self.duration.setSpecialValueText("\u2014 days")
        self.duration.valueChanged.connect(self._on_duration)
        self.course = flow(caption("from"), self.start, caption("to"), self.stop, caption("or for"), self.duration)
        form.addRow(QLabel("Course"), with_message(self.course))
        # Start-date problems (binder) and stop-date problems (below) show under the course line.
        self.course_message = field_message(self.course)
        if self.course_message is not None:
            attach_message(self.start, self.course_message)

        # --- route, purpose ------------------------------------------------------------
        self.route = named(b.combo(ComboBox([(r.capitalize(), r) for r in ROUTES]), self.path("route"),
                                   lambda: f"{self._name()} route"), "Route", "How it is taken or applied")
        self.otc = named(b.check(QCheckBox("Bought over the counter"), self.path("otc"), lambda: f"{self._name()} OTC"),
                         "Bought over the counter", "The over-the-counter daily limit applies")
        form.addRow(self._caption("Route", self.route), flow(self.route, self.otc))
        self.purpose = named(b.line(QLineEdit(), self.path("purpose"), lambda: f"{self._name()} purpose"),
                             "Purpose", "What it is for, in the patient's words; printed on the handout")
        self.purpose.setPlaceholderText("e.g. back pain and stiffness")
        form.addRow(self._caption("Purpose", self.purpose), self.purpose)
        self.instructions = named(b.line(QLineEdit(), self.path("instructions"), lambda: f"{self._name()} instructions"),
                                  "Instructions", "Anything else the patient must know, printed on the handout")
        self.instructions.setPlaceholderText("e.g. take with food")
        form.addRow(self._caption("Instructions", self.instructions), self.instructions)

    @staticmethod
    def _caption(text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    # --- the three frequency pages ------------------------------------------------------

    def _daily_widgets(self) -> list[QWidget]:
        self.times = named(SpinBox(1, 24, suffix="times a day"), "Times a day", "How many doses each day")
        self.times.valueChanged.connect(self._on_times)
        self.slots: dict[str, QCheckBox] = {}
        for slot in SLOTS:
            box = named(QCheckBox(SLOT_LABELS[slot]), f"{SLOT_LABELS[slot]} dose",
                        "Tick the times of day of the doses; the number of doses a day follows")
            box.toggled.connect(lambda on, s=slot: self._on_slot(s, on))
            self.slots[slot] = box
        self.timing_note = QLabel()
        self.timing_note.setEnabled(False)
        # The times of day move to the next line together when the column is narrow.
        self.timing = QWidget()
        row = QHBoxLayout(self.timing)
        row.setContentsMargins(0, 0, 0, 0)
        for box in self.slots.values():
            row.addWidget(box)
        return [self.times, self.timing, self.timing_note]

    def _interval_widgets(self) -> list[QWidget]:
        self.every = named(SpinBox(1, 672), "Every", "How many days (or hours) between doses: a patch every 3 days")
        self.every.valueChanged.connect(self._on_interval)
        self.every_unit = named(ComboBox([("days", "days"), ("hours", "hours")]), "Interval unit", "Days or hours")
        self.every_unit.activated.connect(lambda _i: self._on_interval())
        self.interval_note = QLabel()
        self.interval_note.setEnabled(False)
        return [caption("every"), self.every, self.every_unit, self.interval_note]

    def _prn_widgets(self) -> list[QWidget]:
        self.max_per_day = named(SpinBox(1, 24, suffix="doses a day at most"), "Most doses a day",
                                 "The most doses the patient may take in one day")
        self.max_per_day.valueChanged.connect(
            lambda v: self.controller.set_field(self.path("max_per_day"), v, f"{self._name()} most doses a day"))
        self.gap = named(DoubleSpinBox(0.5, 72, decimals=1, suffix="hours apart at least", optional=True),
                         "Hours between doses", "The shortest time between two doses; printed on the handout")
        self.gap.setSpecialValueText("no minimum gap set")
        self.gap.valueChanged.connect(
            lambda _v: self.controller.set_field(self.path("min_hours_between"), self.gap.optional_value(),
                                                 f"{self._name()} hours between doses"))
        return [self.max_per_day, self.gap]

    # --- reading the item ----------------------------------------------------------------

    def _item(self) -> MedicationItem | None:
        try:
            item = get_field(self.controller.plan, self.item_path)
        except KeyError:
            return None
        return item if isinstance(item, MedicationItem) else None

    def _drug(self, item: MedicationItem | None = None) -> Drug | None:
        item = item or self._item()
        return self.catalog.drugs.get(item.drug) if item is not None and item.drug else None

    def _name(self) -> str:
        item = self._item()
        return medicine_name(self.catalog, item) if item else "medicine"

    def _change(self, changes: dict[str, Any], what: str, *, merge: bool = False) -> bool:
        """One undo step; ``merge`` for values typed or stepped in a spin box (one step per field)."""
        return self.controller.set_fields({self.path(k): v for k, v in changes.items()}, f"{self._name()} {what}",
                                          merge=merge)

    # --- showing the item ----------------------------------------------------------------

    def refresh(self, plan: CarePlan) -> None:
        super().refresh(plan)
        item = self._item()
        if item is None:
            return
        drug = self._drug(item)
        with QSignalBlocker(self.drug):
            text = drug_label(drug) if drug else (item.name or item.drug or "")
            if self.drug.currentText() != text:
                self.drug.setCurrentIndex(self.drug.findData(item.drug) if drug else -1)
                self.drug.setEditText(text)
                if (edit := self.drug.lineEdit()) is not None:
                    edit.setCursorPosition(0)  # a narrow field shows the name's start, not its end
        self._show_strength(item, drug)
        self.dose_words.setText(f"= {dose_words(item)}" if item.strength is not None else "")
        self._show_frequency(item, drug)
        self._show_course(item)

    def _show_strength(self, item: MedicationItem, drug: Drug | None) -> None:
        match = dose_changes.matching_strength(drug, item)
        with QSignalBlocker(self.strength):
            self.strength.clear()
            for index, strength in enumerate(drug.strengths if drug else ()):
                self.strength.addItem(strength.label(), index)
            if item.strength is None and (match is None):
                self.strength.addItem(f"None: dose written in {item.unit}", NO_STRENGTH)
            self.strength.addItem("Other strength\u2026", OTHER_STRENGTH)
            typed = item.strength is not None and match is None
            if match is not None:
                self.strength.setCurrentIndex(self.strength.findData(match))
            elif typed:
                self.strength.setCurrentIndex(self.strength.findData(OTHER_STRENGTH))
            else:
                self.strength.setCurrentIndex(self.strength.findData(NO_STRENGTH))
        show_custom = typed or self.strength.currentData() == OTHER_STRENGTH
        self.custom_amount.setVisible(show_custom)
        self.custom_unit.setVisible(show_custom)
        with QSignalBlocker(self.custom_amount), QSignalBlocker(self.custom_unit):
            self.custom_amount.set_optional_value(item.strength.amount if item.strength else None)
            self.custom_unit.set_current_data(item.strength.unit if item.strength else "mg")

    def _show_frequency(self, item: MedicationItem, drug: Drug | None) -> None:
        kind = frequency(item, drug)
        rescue = kind == "rescue"
        self.form.setRowVisible(self.how_often_row, not rescue)
        self.form.setRowVisible(self.rescue_note, rescue)
        if rescue:
            wording = drug.patient.get("en") if drug is not None else None
            what = wording.what_for if wording is not None else ""
            self.rescue_note.setText(
                "<b>Rescue medicine</b> for family, friends or carers to give in an emergency"
                + (f": {what}" if what else ".")
                + " It has no schedule, is not part of the daily totals, and the handout addresses it to them.")
            return
        shown = kind if kind in self.kind_widgets else "daily"
        with QSignalBlocker(self.how_often):
            self.how_often.set_current_data(shown)
        for name, widgets in self.kind_widgets.items():
            for widget in widgets:
                widget.setVisible(name == shown)
        with ExitStack() as blocked:
            for widget in (self.times, self.every, self.every_unit, self.max_per_day, self.gap, *self.slots.values()):
                blocked.enter_context(QSignalBlocker(widget))
            self.times.setValue(item.times_per_day or 1)
            slots = dose_slots(item, drug) or ()
            self.times.setSuffix(" time a day" if (item.times_per_day or 1) == 1 else " times a day")
            for slot, box in self.slots.items():
                box.setChecked(slot in slots)
                box.setVisible((item.times_per_day or 1) <= len(SLOTS))
            source = timing_source(item, drug)
            self.timing_note.setText({"catalog": f"(usual for {drug.name if drug else 'it'})", "usual": "(usual times)",
                                      "none": "(spread over the day)"}.get(source, ""))
            hours = item.interval_hours or dose_changes.DEFAULT_INTERVAL_HOURS
            value, per = dose_changes.interval_parts(hours)
            self.every_unit.set_current_data(per)
            if per == "days":
                self.every.setRange(1, 28)
            else:
                self.every.setRange(24, 672)
            self.every.setValue(value)
            self.interval_note.setText("(a new patch each time)" if item.unit == "patch" else "")
            self.max_per_day.setValue(item.max_per_day or dose_changes.DEFAULT_PRN_MAX)
            self.gap.set_optional_value(item.min_hours_between)

    def _show_course(self, item: MedicationItem) -> None:
        with QSignalBlocker(self.stop), QSignalBlocker(self.duration):
            self.stop.set_date(item.stop)
            self.duration.set_optional_value(item.duration_days)

    # --- changes -----------------------------------------------------------------------

    def _on_drug_picked(self, index: int) -> None:
        drug_id = self.drug.itemData(index)
        item = self._item()
        if drug_id and item is not None and drug_id != item.drug:
            self._switch_drug(self.catalog.drugs[drug_id])

    def _switch_drug(self, drug: Drug) -> None:
        fresh = new_medication(self.catalog, drug.id)
        self.controller.set_fields({self.path(k): v for k, v in dose_changes.drug_changes(fresh).items()}, "medicine")

    def _on_drug_typed(self) -> None:
        text = self.drug.currentText().strip()
        item = self._item()
        if item is None or not text:
            return
        drug = find_drug(self.catalog, text)
        if drug is not None:
            if drug.id != item.drug:
                self._switch_drug(drug)
        elif text != (item.name or ""):
            # A medicine outside the catalog: nothing the catalog knows about the old one applies.
            self.controller.set_fields({self.path("drug"): None, self.path("name"): text, self.path("strength"): None,
                                        self.path("release"): None}, "medicine")

    def _on_strength_picked(self, index: int) -> None:
        item, chosen = self._item(), self.strength.itemData(index)
        drug = self._drug(item)
        if item is None:
            return
        if chosen == OTHER_STRENGTH:
            self.custom_amount.show()
            self.custom_unit.show()
            self.custom_amount.setFocus()
        elif chosen == NO_STRENGTH:
            self._change({"strength": None}, "strength")
        elif isinstance(chosen, int) and drug is not None:
            self._change(dose_changes.strength_changes(item, drug, drug.strengths[chosen]), "strength")

    def _on_custom_strength(self) -> None:
        amount = self.custom_amount.optional_value()
        units: dict[str, StrengthUnit] = {"mg": "mg", "mcg": "mcg", "g": "g", "mcg/h": "mcg/h"}
        unit = units.get(str(self.custom_unit.currentData()), "mg")
        self._change(dose_changes.custom_strength_changes(amount, unit), "strength", merge=True)

    def _on_frequency_picked(self, _index: int) -> None:
        item = self._item()
        if item is not None:
            self._change(dose_changes.switch_frequency(item, self._drug(item), self.how_often.currentData()), "how often")

    def _on_times(self, value: int) -> None:
        item = self._item()
        if item is not None and value != item.times_per_day:
            self._change(dose_changes.times_changes(item, value), "times a day", merge=True)

    def _on_slot(self, slot: str, on: bool) -> None:
        item = self._item()
        if item is None:
            return
        changes = dose_changes.timing_changes(item, self._drug(item), slot, on)
        if changes is None:
            self.controller.edit_rejected.emit("A daily medicine needs at least one time of day.")
            self.refresh(self.controller.plan)
            return
        self._change(changes, "times of day")

    def _on_interval(self) -> None:
        value = self.every.value()
        if self.every_unit.currentData() == "days":
            changes = dose_changes.interval_changes(value, "days")
        else:
            changes = dose_changes.interval_changes(max(value, 24), "hours")  # shorter is "times a day"
        self._change(changes, "interval", merge=True)

    def _on_stop(self) -> None:
        label = f"{self._name()} stop date"
        try:
            stop = self.stop.date_value()
        except ValueError as exc:
            self._course_problem(with_label(label, str(exc)))
            return
        ok = self.controller.set_fields({self.path(k): v for k, v in dose_changes.stop_changes(stop).items()}, label,
                                        announce=False)
        self._course_problem(None if ok else self.controller.last_problem)

    def _on_duration(self, _value: int) -> None:
        self._change(dose_changes.duration_changes(self.duration.optional_value()), "course length", merge=True)

    def _course_problem(self, problem: str | None) -> None:
        """A stop date that cannot be used stays typed, with the reason under the course line."""
        if self.course_message is not None:
            self.course_message.setText(f"\u26a0 {problem}" if problem else "")
            self.course_message.setVisible(problem is not None)
        self.stop.edit.setStyleSheet(INVALID_STYLE if problem else "")

    def _on_remove(self) -> None:
        self.controller.remove_item(self.list_path, self.item_id, self._name())
