"""The dose of one medicine: strength, how often, course; what each control shows and what it changes.

Kept apart from the row's summary and medicine choice (medication_row): every decision here is
"which fields of the item change together" (careplan.domain.dose_changes) and "what the plan
holds, shown back". A number or date that cannot be used stays typed, with its reason on the
medicine's message line; nothing is corrected silently.
"""

from __future__ import annotations

from contextlib import ExitStack
from datetime import date
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QSignalBlocker

from careplan.domain import dose_changes
from careplan.domain.catalog_model import Drug
from careplan.domain.codes import SLOTS, StrengthUnit
from careplan.domain.dosing import dose_slots, frequency, timing_source
from careplan.domain.edits import FieldPath
from careplan.domain.entry_checks import entry_problem
from careplan.domain.errors import with_label
from careplan.domain.plan import CarePlan, MedicationItem
from careplan.ui.edit_controller import EditController
from careplan.ui.editors.medication_form import MedicationForm
from careplan.ui.editors.widgets import INVALID_STYLE, NumberBox


class DoseRow(Protocol):
    """What the dose controls need of the medicine row they sit in (MedicationRow)."""

    form: MedicationForm
    controller: EditController

    def path(self, *parts: str) -> FieldPath: ...
    def item(self) -> MedicationItem | None: ...
    def catalog_drug(self, item: MedicationItem | None = None) -> Drug | None: ...
    def name(self) -> str: ...
    def change(self, changes: dict[str, Any], what: str, *, merge: bool = False) -> bool: ...
    def show_problem(self, problem: str | None) -> None: ...
    def refresh(self, plan: CarePlan) -> None: ...

OTHER_STRENGTH = "__other__"
NO_STRENGTH = "__none__"


class DoseEdits:
    """Shows an item's dose in a row's form, and turns the form's edits into one undo step each."""

    def __init__(self, row: DoseRow) -> None:
        self.row = row
        self.form = form = row.form
        form.strength.activated.connect(self._on_strength_picked)
        # Each number field: a value set or stepped (valueChanged), and every finished entry, right
        # or wrong (committed: a wrong one shows its reason).
        form.custom_amount.committed.connect(self._on_custom_strength)
        form.custom_amount.valueChanged.connect(lambda _v: self._on_custom_strength())
        form.custom_unit.activated.connect(lambda _i: self._on_custom_strength())
        form.how_often.activated.connect(self._on_frequency_picked)
        form.times.committed.connect(self._on_times)
        form.times.valueChanged.connect(lambda _v: self._on_times())
        for slot, box in form.slots.items():
            box.toggled.connect(lambda on, s=slot: self._on_slot(s, on))
        form.every.committed.connect(self._on_interval)
        form.every.valueChanged.connect(lambda _v: self._on_interval())
        form.every_unit.activated.connect(lambda _i: self._on_interval())
        form.max_per_day.committed.connect(self._on_max_per_day)
        form.max_per_day.valueChanged.connect(lambda _v: self._on_max_per_day())
        form.gap.committed.connect(self._on_gap)
        form.gap.valueChanged.connect(lambda _v: self._on_gap())
        form.stop.committed.connect(self._on_stop)
        form.duration.committed.connect(self._on_duration)
        form.duration.valueChanged.connect(lambda _v: self._on_duration())

    def show(self, item: MedicationItem, drug: Drug | None) -> None:
        self._show_strength(item, drug)
        self._show_frequency(item, drug)
        self._show_course(item)

    # --- showing ------------------------------------------------------------------------

    def _show_strength(self, item: MedicationItem, drug: Drug | None) -> None:
        match = dose_changes.matching_strength(drug, item)
        with QSignalBlocker(self.form.strength):
            self.form.strength.clear()
            for index, strength in enumerate(drug.strengths if drug else ()):
                self.form.strength.addItem(strength.label(), index)
            if item.strength is None and (match is None):
                self.form.strength.addItem(QCoreApplication.translate("DoseEdits", "None: dose written in {0}").format(item.unit), NO_STRENGTH)
            self.form.strength.addItem(QCoreApplication.translate("DoseEdits", "Other strength\u2026"), OTHER_STRENGTH)
            typed = item.strength is not None and match is None
            if match is not None:
                self.form.strength.setCurrentIndex(self.form.strength.findData(match))
            elif typed:
                self.form.strength.setCurrentIndex(self.form.strength.findData(OTHER_STRENGTH))
            else:
                self.form.strength.setCurrentIndex(self.form.strength.findData(NO_STRENGTH))
        show_custom = typed or self.form.strength.currentData() == OTHER_STRENGTH
        self.form.custom_amount.setVisible(show_custom)
        self.form.custom_unit.setVisible(show_custom)
        if self.form.custom_amount.problem() is None:
            with QSignalBlocker(self.form.custom_amount), QSignalBlocker(self.form.custom_unit):
                self.form.custom_amount.set_optional_value(item.strength.amount if item.strength else None)
                self.form.custom_unit.set_current_data(item.strength.unit if item.strength else "mg")

    def _show_frequency(self, item: MedicationItem, drug: Drug | None) -> None:
        kind = frequency(item, drug)
        rescue = kind == "rescue"
        for widget in (self.form.how_often, *(w for ws in self.form.kind_widgets.values() for w in ws)):
            widget.setVisible(not rescue)
        self.form.form.setRowVisible(self.form.rescue_note, rescue)
        if rescue:
            wording = drug.patient.get("en") if drug is not None else None
            what = wording.what_for if wording is not None else ""
            self.form.rescue_note.setText(
                QCoreApplication.translate("DoseEdits", "<b>Rescue medicine</b> for family, friends or carers to give in an emergency")
                + (f": {what}" if what else ".")
                + QCoreApplication.translate("DoseEdits", " It has no schedule, is not part of the daily totals, and the handout addresses it to them."))
            return
        shown = kind if kind in self.form.kind_widgets else "daily"
        with QSignalBlocker(self.form.how_often):
            self.form.how_often.set_current_data(shown)
        for name, widgets in self.form.kind_widgets.items():
            for widget in widgets:
                widget.setVisible(name == shown)
        with ExitStack() as blocked:
            for widget in (self.form.times, self.form.every, self.form.every_unit, self.form.max_per_day, self.form.gap, *self.form.slots.values()):
                blocked.enter_context(QSignalBlocker(widget))
            self._show_number(self.form.times, item.times_per_day or 1)
            slots = dose_slots(item, drug) or ()
            for slot, box in self.form.slots.items():
                box.setChecked(slot in slots)
                box.setVisible((item.times_per_day or 1) <= len(SLOTS))
            source = timing_source(item, drug)
            self.form.timing_note.setText({"catalog": QCoreApplication.translate("DoseEdits", "(usual for {0})").format(drug.name if drug else QCoreApplication.translate("DoseEdits", "it")),
                                           "usual": QCoreApplication.translate("DoseEdits", "(usual times)"), "none": QCoreApplication.translate("DoseEdits", "(spread over the day)")}.get(source, ""))
            hours = item.interval_hours or dose_changes.DEFAULT_INTERVAL_HOURS
            value, per = dose_changes.interval_parts(hours)
            self.form.every_unit.set_current_data(per)
            if per == "days":
                self.form.every.setRange(1, 28)
            else:
                self.form.every.setRange(24, 672)
            self._show_number(self.form.every, value)
            self.form.interval_note.setText(QCoreApplication.translate("DoseEdits", "(a new patch each time)") if item.unit == "patch" else "")
            self._show_number(self.form.max_per_day, item.max_per_day or dose_changes.DEFAULT_PRN_MAX)
            self._show_number(self.form.gap, item.min_hours_between)

    @staticmethod
    def _show_number(field: NumberBox, value: float | None) -> None:
        """The plan's value, unless the field still shows a value it refused (kept with its reason)."""
        if field.problem() is None:
            field.set_optional_value(value)

    def _show_course(self, item: MedicationItem) -> None:
        with QSignalBlocker(self.form.stop), QSignalBlocker(self.form.duration):
            if not self.form.stop.edit.styleSheet():
                self.form.stop.set_date(item.stop)
            self._show_number(self.form.duration, item.duration_days)

    # --- changes -----------------------------------------------------------------------

    def _on_strength_picked(self, index: int) -> None:
        item, chosen = self.row.item(), self.form.strength.itemData(index)
        drug = self.row.catalog_drug(item)
        if item is None:
            return
        if chosen == OTHER_STRENGTH:
            self.form.custom_amount.show()
            self.form.custom_unit.show()
            self.form.custom_amount.setFocus()
        elif chosen == NO_STRENGTH:
            self.row.change({"strength": None}, "strength")
        elif isinstance(chosen, int) and drug is not None:
            self.row.change(dose_changes.strength_changes(item, drug, drug.strengths[chosen]), "strength")

    def _number(self, field: NumberBox, label: str) -> tuple[bool, float | None]:
        """The field's value, or (False, None) after showing why it cannot be used."""
        try:
            return True, field.optional_value()
        except ValueError as exc:
            self.row.show_problem(with_label(f"{self.row.name()} {label}", str(exc)))
            return False, None

    def _on_custom_strength(self) -> None:
        ok, amount = self._number(self.form.custom_amount, "strength")
        if not ok:
            return
        units: dict[str, StrengthUnit] = {"mg": "mg", "mcg": "mcg", "g": "g", "mcg/h": "mcg/h"}
        unit = units.get(str(self.form.custom_unit.currentData()), "mg")
        self.row.change(dose_changes.custom_strength_changes(amount, unit), "strength", merge=True)

    def _on_frequency_picked(self, _index: int) -> None:
        item = self.row.item()
        if item is not None:
            self.row.change(dose_changes.switch_frequency(item, self.row.catalog_drug(item), self.form.how_often.currentData()), QCoreApplication.translate("DoseEdits", "how often"))

    def _on_times(self) -> None:
        ok, value = self._number(self.form.times, QCoreApplication.translate("DoseEdits", "times a day"))
        item = self.row.item()
        if ok and item is not None and value is not None and value != item.times_per_day:
            self.row.change(dose_changes.times_changes(item, int(value)), QCoreApplication.translate("DoseEdits", "times a day"), merge=True)
        elif ok:
            self.row.show_problem(None)

    def _on_slot(self, slot: str, on: bool) -> None:
        item = self.row.item()
        if item is None:
            return
        changes = dose_changes.timing_changes(item, self.row.catalog_drug(item), slot, on)
        if changes is None:
            self.row.show_problem(QCoreApplication.translate("DoseEdits", "A daily medicine needs at least one time of day."))
            self.row.refresh(self.row.controller.plan)
            return
        self.row.change(changes, QCoreApplication.translate("DoseEdits", "times of day"))

    def _on_interval(self) -> None:
        ok, value = self._number(self.form.every, "interval")
        if not ok or value is None:
            return
        if self.form.every_unit.currentData() == "days":
            changes = dose_changes.interval_changes(int(value), "days")
        else:
            changes = dose_changes.interval_changes(max(int(value), 24), "hours")  # shorter is "times a day"
        self.row.change(changes, "interval", merge=True)

    def _on_max_per_day(self) -> None:
        ok, value = self._number(self.form.max_per_day, QCoreApplication.translate("DoseEdits", "most doses a day"))
        if ok:
            self.row.change({"max_per_day": value}, QCoreApplication.translate("DoseEdits", "most doses a day"), merge=True)

    def _on_gap(self) -> None:
        ok, value = self._number(self.form.gap, QCoreApplication.translate("DoseEdits", "hours between doses"))
        if ok:
            self.row.change({"min_hours_between": value}, QCoreApplication.translate("DoseEdits", "hours between doses"), merge=True)

    def _on_stop(self) -> None:
        label = QCoreApplication.translate("DoseEdits", "{0} stop date").format(self.row.name())
        try:
            stop = self.form.stop.date_value()
        except ValueError as exc:
            self._course_problem(with_label(label, str(exc)))
            return
        changes = dose_changes.stop_changes(stop)
        problem = entry_problem(self.row.controller.plan, self.row.path("stop"), stop, date.today())
        if problem is not None:
            self._course_problem(with_label(label, problem))
            return
        ok = self.row.controller.set_fields({self.row.path(k): v for k, v in changes.items()}, label, announce=False)
        self._course_problem(None if ok else self.row.controller.last_problem)

    def _on_duration(self) -> None:
        ok, days = self._number(self.form.duration, QCoreApplication.translate("DoseEdits", "course length"))
        if not ok:
            return
        problem = entry_problem(self.row.controller.plan, self.row.path("duration_days"), days, date.today())
        if problem is not None:
            self.row.show_problem(with_label(QCoreApplication.translate("DoseEdits", "{0} course length").format(self.row.name()), problem))
            return
        self.row.change(dose_changes.duration_changes(int(days) if days is not None else None), QCoreApplication.translate("DoseEdits", "course length"), merge=True)

    def _course_problem(self, problem: str | None) -> None:
        """A stop date that cannot be used stays typed, with the reason under the medicine."""
        self.row.show_problem(problem)
        self.form.stop.edit.setStyleSheet(INVALID_STYLE if problem else "")

