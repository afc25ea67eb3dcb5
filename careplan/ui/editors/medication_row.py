"""One medicine in the editor: a one-line summary that opens to its fields (MedicationForm).

Six medicines fit on a laptop screen as six summary lines; the one being edited is open. A
rescue medicine (naloxone) shows who it is for instead of a schedule. Every change goes through
the edit controller as one undo step, and a value that cannot be used stays typed with its reason.
"""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QToolButton, QVBoxLayout, QWidget

from careplan.domain import dose_changes
from careplan.domain.catalog import CatalogIndex
from careplan.domain.catalog_choices import (
    drug_choices,
    drug_label,
    drug_matches,
    find_drug,
    medicine_name,
    new_medication,
)
from careplan.domain.catalog_model import Drug
from careplan.domain.codes import INDICATION_CLASSES, INDICATION_LABELS
from careplan.domain.dosing import course_words, dose_words, schedule_words
from careplan.domain.edits import FieldPath, get_field
from careplan.domain.handout_catalog import drug_classes
from careplan.domain.plan import CarePlan, MedicationItem
from careplan.ui.code_words import code_word
from careplan.ui.edit_controller import EditController
from careplan.ui.editors.base import named
from careplan.ui.editors.binding import attach_message
from careplan.ui.editors.catalog_picker import resolve_typed
from careplan.ui.editors.drug_completer import drug_completer
from careplan.ui.editors.medication_dose import DoseEdits
from careplan.ui.editors.medication_form import NO_INDICATION, MedicationForm
from careplan.ui.editors.row_list import Row
from careplan.ui.stewardship.taper_button import TaperButton, taper_summary


class RowHeader(QWidget):
    """The summary line: a click anywhere on it opens or closes the medicine."""

    clicked = Signal()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mousePressEvent(event)


class MedicationRow(Row):
    """One medicine's summary and fields; compound changes (strength, how often) are sent as one step."""

    def __init__(self, controller: EditController, catalog: CatalogIndex, list_path: FieldPath, item_id: str) -> None:
        super().__init__(controller, list_path, item_id)
        self.catalog = catalog
        self.list_path = list_path
        self._jurisdiction: str | None = None
        self.form = form = MedicationForm()
        # The form's widgets, by the names the rest of the editor (and its tests) use.
        self.drug, self.strength, self.custom_amount, self.custom_unit = form.drug, form.strength, form.custom_amount, form.custom_unit
        self.dose, self.unit, self.dose_words, self.how_often = form.dose, form.unit, form.dose_words, form.how_often
        self.kind_widgets, self.how_often_row, self.rescue_note = form.kind_widgets, form.how_often_row, form.rescue_note
        self.times, self.slots, self.timing_note, self.timing = form.times, form.slots, form.timing_note, form.timing
        self.every, self.every_unit, self.interval_note = form.every, form.every_unit, form.interval_note
        self.max_per_day, self.gap = form.max_per_day, form.gap
        self.start, self.stop, self.duration, self.course = form.start, form.stop, form.duration, form.course
        self.route, self.otc, self.purpose, self.instructions = form.route, form.otc, form.purpose, form.instructions
        self.course_message = form.message
        self.first_field = self.drug

        self.toggle = QToolButton()
        self.toggle.setAutoRaise(True)
        self.toggle.setCheckable(True)
        self.toggle.setProperty("disclosure", True)  # stays usable on a signed plan (read-only)
        self.toggle.setAccessibleName(QCoreApplication.translate("MedicationRow", "Show or hide this medicine's details"))
        self.toggle.toggled.connect(self.set_expanded)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.remove = named(QPushButton(QCoreApplication.translate("MedicationRow", "Remove")), QCoreApplication.translate("MedicationRow", "Remove this medicine"),
                            QCoreApplication.translate("MedicationRow", "Remove this medicine from the list (Undo brings it back)"))
        self.remove.clicked.connect(self._on_remove)
        self.taper = TaperButton(controller, catalog, self.item_path)
        self.header = RowHeader()
        top = QHBoxLayout(self.header)
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.toggle)
        top.addWidget(self.summary, 1)
        top.addWidget(self.taper)
        top.addWidget(self.remove)
        self.header.clicked.connect(self.toggle.toggle)
        column = QVBoxLayout(self)
        column.setContentsMargins(6, 2, 6, 2)
        column.setSpacing(2)
        column.addWidget(self.header)
        column.addWidget(form)
        self._bind()
        self._connect()
        self.set_expanded(True)

    def _bind(self) -> None:
        b, form = self.binder, self.form
        b.spin(form.dose, self.path("dose"), lambda: QCoreApplication.translate("MedicationRow", "{0} dose").format(self.name()))
        b.combo(form.unit, self.path("unit"), lambda: QCoreApplication.translate("MedicationRow", "{0} unit").format(self.name()))
        b.date(form.start, self.path("start"), lambda: QCoreApplication.translate("MedicationRow", "{0} start date").format(self.name()))
        b.combo(form.route, self.path("route"), lambda: QCoreApplication.translate("MedicationRow", "{0} route").format(self.name()))
        b.check(form.otc, self.path("otc"), lambda: QCoreApplication.translate("MedicationRow", "{0} OTC").format(self.name()))
        b.mapped_combo(form.indication, self.path("indication"),
                       lambda: QCoreApplication.translate("MedicationRow", "{0} given for").format(self.name()),
                       {NO_INDICATION: None, **{key: key for key in INDICATION_LABELS}})
        b.line(form.purpose, self.path("purpose"), lambda: QCoreApplication.translate("MedicationRow", "{0} purpose").format(self.name()))
        b.line(form.instructions, self.path("instructions"), lambda: QCoreApplication.translate("MedicationRow", "{0} instructions").format(self.name()))
        for widget in (form.dose, form.start):
            attach_message(widget, form.message)  # their problems show on the medicine's message line

    def _connect(self) -> None:
        self.drug.setCompleter(drug_completer(self.catalog, self.drug))
        self.drug.activated.connect(self._on_drug_picked)
        line_edit = self.drug.lineEdit()
        assert line_edit is not None  # the combo box is editable
        line_edit.editingFinished.connect(self._on_drug_typed)
        self.dose_edits = DoseEdits(self)

    # --- open or closed ----------------------------------------------------------------------

    @property
    def expanded(self) -> bool:
        return self.form.isVisibleTo(self)

    def set_expanded(self, expanded: bool) -> None:
        with QSignalBlocker(self.toggle):
            self.toggle.setChecked(expanded)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if expanded else Qt.ArrowType.RightArrow)
        self.form.setVisible(expanded)
        self.toggle.setToolTip(QCoreApplication.translate("MedicationRow", "Hide the details") if expanded else QCoreApplication.translate("MedicationRow", "Show the details to edit them"))

    def focus_first(self) -> None:
        self.set_expanded(True)
        super().focus_first()

    # --- reading the item ----------------------------------------------------------------

    def item(self) -> MedicationItem | None:
        try:
            item = get_field(self.controller.plan, self.item_path)
        except KeyError:
            return None
        return item if isinstance(item, MedicationItem) else None

    def catalog_drug(self, item: MedicationItem | None = None) -> Drug | None:
        item = item or self.item()
        return self.catalog.drugs.get(item.drug) if item is not None and item.drug else None

    def name(self) -> str:
        item = self.item()
        return medicine_name(self.catalog, item) if item else QCoreApplication.translate("MedicationRow", "medicine")

    def change(self, changes: dict[str, Any], what: str, *, merge: bool = False) -> bool:
        """One undo step; ``merge`` for values typed or stepped in a number field (one step per field)."""
        ok = self.controller.set_fields({self.path(k): v for k, v in changes.items()}, f"{self.name()} {what}",
                                        merge=merge, announce=False)
        self.show_problem(None if ok else self.controller.last_problem)
        return ok

    # --- showing the item ----------------------------------------------------------------

    def refresh(self, plan: CarePlan) -> None:
        super().refresh(plan)
        item = self.item()
        if item is None:
            return
        jurisdiction = plan.patient.jurisdiction if plan.patient is not None else None
        if jurisdiction != self._jurisdiction or not self.drug.count():
            self._fill_drugs(jurisdiction)
        drug = self.catalog_drug(item)
        with QSignalBlocker(self.drug):
            text = drug_label(drug, self.catalog, jurisdiction) if drug else (item.name or item.drug or "")
            if self.drug.currentText() != text:
                self.drug.setCurrentIndex(self.drug.findData(item.drug) if drug else -1)
                self.drug.setEditText(text)
                if (edit := self.drug.lineEdit()) is not None:
                    edit.setCursorPosition(0)  # a narrow field shows the name's start, not its end
        self.dose_edits.show(item, drug)
        self.dose_words.setText(f"= {dose_words(item)}" if item.strength is not None else "")
        self._show_summary(item, drug)

    def _fill_drugs(self, jurisdiction: str | None) -> None:
        """The catalog's medicines named as they are where the patient lives (UK brands for a UK patient)."""
        self._jurisdiction = jurisdiction
        with QSignalBlocker(self.drug):
            self.drug.clear()
            for label, drug_id in drug_choices(self.catalog, jurisdiction):
                self.drug.addItem(label, drug_id)
        self.drug.setCompleter(drug_completer(self.catalog, self.drug, jurisdiction))

    def _show_summary(self, item: MedicationItem, drug: Drug | None) -> None:
        name = medicine_name(self.catalog, item) if drug is None else drug.name
        parts = [f"<b>{escape(name)}</b> {escape(dose_words(item))}", escape(schedule_words(item, drug))]
        if course := course_words(item):
            parts.append(escape(course))
        if item.purpose:
            parts.append(f"<i>{escape(item.purpose)}</i>")
        if drug is None:
            parts.append(QCoreApplication.translate("MedicationRow", "not in the catalog: not checked"))
        if item.indication is not None:
            parts.append(escape(code_word(INDICATION_LABELS.get(item.indication, item.indication)).lower()))
        if tapering := taper_summary(item, self.catalog):
            parts.append(escape(tapering))
        self.summary.setText(" \u00b7 ".join(parts))
        classes = drug_classes(drug, self.catalog) if drug is not None else frozenset()
        self.form.indication_field.setVisible(item.indication is not None or
                                              any(c in classes for c in INDICATION_CLASSES.values()))
        self.taper.show_for(item, name)

    # --- changes -----------------------------------------------------------------------

    def _on_drug_picked(self, index: int) -> None:
        drug_id = self.drug.itemData(index)
        item = self.item()
        if drug_id and item is not None and drug_id != item.drug:
            self._switch_drug(self.catalog.drugs[drug_id])

    def _switch_drug(self, drug: Drug) -> None:
        fresh = new_medication(self.catalog, drug.id)
        self.controller.set_fields({self.path(k): v for k, v in dose_changes.drug_changes(fresh).items()}, "medicine")

    def _on_drug_typed(self) -> None:
        text = self.drug.currentText().strip()
        item = self.item()
        if item is None or not text:
            return
        known = self.catalog_drug(item)
        current = drug_label(known, self.catalog, self._jurisdiction) if known is not None else (item.name or "")
        if text == current:
            return
        outcome, drug = resolve_typed(text, lambda t: find_drug(self.catalog, t, self._jurisdiction),
                                      lambda t: drug_matches(self.catalog, t, self._jurisdiction),
                                      self.drug.completer(), self, "medicine")
        if outcome == "catalog" and drug is not None:
            if drug.id != item.drug:
                self._switch_drug(drug)
            else:
                self.refresh(self.controller.plan)
        elif outcome == "unlisted":
            # A medicine outside the catalog: nothing the catalog knows about the old one applies.
            self.controller.set_fields({self.path("drug"): None, self.path("name"): text, self.path("strength"): None,
                                        self.path("release"): None}, "medicine")
        elif outcome == "cancel":
            self.refresh(self.controller.plan)  # back to the medicine it was

    def show_problem(self, problem: str | None) -> None:
        message = self.course_message
        message.setText(f"\u26a0 {problem}" if problem else "")
        message.setVisible(problem is not None)
        if problem is not None:
            self.set_expanded(True)

    def _on_remove(self) -> None:
        self.controller.remove_item(self.list_path, self.item_id, self.name())
