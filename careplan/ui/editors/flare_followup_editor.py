"""The flare plan (what to do on a bad day) and the follow-up schedule."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSignalBlocker
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from careplan.domain.catalog import CatalogIndex
from careplan.domain.catalog_choices import medicine_name
from careplan.domain.dosing import dose_words, frequency, schedule_words
from careplan.domain.plan import CarePlan
from careplan.ui.edit_controller import EditController
from careplan.ui.editors.base import PartEditor, add_row, named
from careplan.ui.editors.date_field import DateField
from careplan.ui.editors.flare_steps import FlareStepList
from careplan.ui.editors.widgets import SpinBox
from careplan.ui.translations import QT_TRANSLATE_NOOP


class FlarePlanEditor(PartEditor):
    heading = QT_TRANSLATE_NOOP("FlarePlanEditor", "Flare plan")

    def __init__(self, controller: EditController, catalog: CatalogIndex, parent: QWidget | None = None) -> None:
        super().__init__(controller, catalog, parent)
        b = self.binder
        _box, form = self.group(QCoreApplication.translate("FlarePlanEditor", "On a bad day"))
        # Each step with its kind of advice (heat, rest ...), which the safety checks read.
        self.steps = FlareStepList(controller)
        form.addRow(QLabel(QCoreApplication.translate("FlarePlanEditor", "Steps, in order (the kind of advice first)")))
        form.addRow(self.steps)
        self.medicines = QWidget()
        self.medicines_layout = QVBoxLayout(self.medicines)
        self.medicines_layout.setContentsMargins(0, 0, 0, 0)
        self.medicine_boxes: dict[str, QCheckBox] = {}
        self.medicine_details: dict[str, QLabel] = {}
        self.medicine_rows: list[QWidget] = []
        self.no_medicines = QLabel(QCoreApplication.translate("FlarePlanEditor", "The plan has no medicines to choose from yet."))
        self.no_medicines.setEnabled(False)
        self.medicines_layout.addWidget(self.no_medicines)
        caption = QLabel(QCoreApplication.translate("FlarePlanEditor", "May take"))
        caption.setToolTip(QCoreApplication.translate("FlarePlanEditor", "Medicines from this plan the patient may take on a bad day; the handout prints each "
                           "with its dose, daily limit and gap"))
        form.addRow(caption, self.medicines)
        may = add_row(form, QCoreApplication.translate("FlarePlanEditor", "Also (free text)"), b.line(QLineEdit(), ("flare_plan", "may_take"), QCoreApplication.translate("FlarePlanEditor", "flare-plan medicine")),
                      QCoreApplication.translate("FlarePlanEditor", "Anything else the patient may do or take, in addition to the medicines ticked above"))
        may.setPlaceholderText(QCoreApplication.translate("FlarePlanEditor", "e.g. anything else they may take, in plain words"))  # type: ignore[attr-defined]
        call = add_row(form, QCoreApplication.translate("FlarePlanEditor", "Call us if"), b.line(QLineEdit(), ("flare_plan", "call_if"), QCoreApplication.translate("FlarePlanEditor", "when to call")))
        call.setPlaceholderText(QCoreApplication.translate("FlarePlanEditor", "e.g. pain is 9/10 or more for over a day"))  # type: ignore[attr-defined]
        self.layout_.addStretch(1)

    def refresh(self, plan: CarePlan) -> None:
        super().refresh(plan)
        self.steps.refresh(plan)
        choices = flare_choices(plan, self.catalog)
        chosen = plan.flare_plan.may_take_items
        # Ids chosen earlier whose medicine was since removed: shown so they can be unticked.
        for item_id in chosen:
            if item_id not in choices:
                choices[item_id] = (QCoreApplication.translate("FlarePlanEditor", "A medicine no longer in the plan"), QCoreApplication.translate("FlarePlanEditor", "untick to remove it"))
        if list(choices) != list(self.medicine_boxes):
            for row in self.medicine_rows:
                row.deleteLater()
            self.medicine_boxes, self.medicine_details, self.medicine_rows = {}, {}, []
            for item_id, (name, _details) in choices.items():
                # The name in the tick box, the dose and limits in a label beside it that wraps.
                row = QWidget()
                line = QHBoxLayout(row)
                line.setContentsMargins(0, 0, 0, 0)
                box = named(QCheckBox(name), name, QCoreApplication.translate("FlarePlanEditor", "Tick to let the patient take it on a bad day, within its limits"))
                box.toggled.connect(lambda _on: self._on_toggled())
                details = QLabel()
                details.setWordWrap(True)
                line.addWidget(box)
                line.addWidget(details, 1)
                self.medicine_boxes[item_id], self.medicine_details[item_id] = box, details
                self.medicine_rows.append(row)
                self.medicines_layout.addWidget(row)
        for item_id, box in self.medicine_boxes.items():
            with QSignalBlocker(box):
                box.setChecked(item_id in chosen)
            box.setText(choices[item_id][0])
            self.medicine_details[item_id].setText(choices[item_id][1])
        self.no_medicines.setVisible(not self.medicine_boxes)

    def _on_toggled(self) -> None:
        ticked = [item_id for item_id, box in self.medicine_boxes.items() if box.isChecked()]
        self.controller.set_field(("flare_plan", "may_take_items"), ticked, QCoreApplication.translate("FlarePlanEditor", "flare-plan medicines"), merge=False)


def flare_choices(plan: CarePlan, catalog: CatalogIndex) -> dict[str, tuple[str, str]]:
    """Medicines the flare plan may name (planned, then current) as (name and dose, how often) in
    clinician words; rescue medicines are for emergencies, not bad days."""
    out: dict[str, tuple[str, str]] = {}
    current = {m.id for m in plan.patient_or_empty.current_medications}
    for item in plan.all_medications():
        drug = catalog.drugs.get(item.drug) if item.drug else None
        if frequency(item, drug) == "rescue":
            continue
        details = schedule_words(item, drug) + (QCoreApplication.translate("FlareFollowupEditor", " (already taking)") if item.id in current else "")
        out[item.id] = (f"{medicine_name(catalog, item)} {dose_words(item)}", details)
    return out


class FollowUpEditor(PartEditor):
    heading = QT_TRANSLATE_NOOP("FollowUpEditor", "Follow-up")

    def __init__(self, controller: EditController, catalog: CatalogIndex, parent: QWidget | None = None) -> None:
        super().__init__(controller, catalog, parent)
        b = self.binder
        _box, form = self.group(QCoreApplication.translate("FollowUpEditor", "Follow-up"))
        interval = SpinBox(1, 104, suffix=QCoreApplication.translate("Units", "weeks"), optional=True)
        add_row(form, QCoreApplication.translate("FollowUpEditor", "&Review every"), b.spin(interval, ("follow_up", "interval_weeks"), QCoreApplication.translate("FollowUpEditor", "follow-up interval")))
        add_row(form, QCoreApplication.translate("FollowUpEditor", "Next visit"), b.date(DateField(), ("follow_up", "next_visit"), QCoreApplication.translate("FollowUpEditor", "next visit")), QCoreApplication.translate("FollowUpEditor", "The date of the next review, printed on the handout"))
        monitoring = b.lines(QPlainTextEdit(), ("follow_up", "monitoring"), "monitoring")
        monitoring.setPlaceholderText(QCoreApplication.translate("FollowUpEditor", "One per line, e.g.\nPEG-3\nliver function tests"))
        monitoring.setMaximumHeight(110)
        add_row(form, QCoreApplication.translate("FollowUpEditor", "Monitoring"), monitoring)
        self.layout_.addStretch(1)
