"""The flare plan (what to do on a bad day) and the follow-up schedule."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from careplan.domain.catalog import CatalogIndex
from careplan.ui.edit_controller import EditController
from careplan.ui.editors.base import PartEditor, add_row
from careplan.ui.editors.date_field import DateField
from careplan.ui.editors.widgets import SpinBox


class FlarePlanEditor(PartEditor):
    heading = "Flare plan"

    def __init__(self, controller: EditController, catalog: CatalogIndex, parent: QWidget | None = None) -> None:
        super().__init__(controller, catalog, parent)
        b = self.binder
        _box, form = self.group("On a bad day")
        steps = b.lines(QPlainTextEdit(), ("flare_plan", "steps"), "flare-plan steps")
        steps.setPlaceholderText("One step per line, in order, e.g.\nRest 20 minutes, then walk gently for 5\nHeat pack 15 minutes")
        add_row(form, "&Steps", steps, "One step per line, in the order the patient should take them")
        may = add_row(form, "May take", b.line(QLineEdit(), ("flare_plan", "may_take"), "flare-plan medicine"))
        may.setPlaceholderText("e.g. an extra paracetamol dose, up to the daily limit")  # type: ignore[attr-defined]
        call = add_row(form, "Call us if", b.line(QLineEdit(), ("flare_plan", "call_if"), "when to call"))
        call.setPlaceholderText("e.g. pain is 9/10 or more for over a day")  # type: ignore[attr-defined]
        self.layout_.addStretch(1)


class FollowUpEditor(PartEditor):
    heading = "Follow-up"

    def __init__(self, controller: EditController, catalog: CatalogIndex, parent: QWidget | None = None) -> None:
        super().__init__(controller, catalog, parent)
        b = self.binder
        _box, form = self.group("Follow-up")
        interval = SpinBox(1, 104, suffix="weeks", optional=True)
        add_row(form, "&Review every", b.spin(interval, ("follow_up", "interval_weeks"), "follow-up interval"))
        add_row(form, "Next visit", b.date(DateField(), ("follow_up", "next_visit"), "next visit"), "The date of the next review, printed on the handout")
        monitoring = b.lines(QPlainTextEdit(), ("follow_up", "monitoring"), "monitoring")
        monitoring.setPlaceholderText("One per line, e.g.\nPEG-3\nliver function tests")
        monitoring.setMaximumHeight(110)
        add_row(form, "Monitoring", monitoring)
        self.layout_.addStretch(1)
