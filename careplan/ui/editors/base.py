"""What every part editor shares: a binder, a heading, form helpers and accessible labels."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QCheckBox, QFormLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from careplan.domain.catalog import CatalogIndex
from careplan.domain.plan import CarePlan
from careplan.ui.edit_controller import EditController
from careplan.ui.editors.binding import FormBinder, attach_message
from careplan.ui.flow_layout import FlowLayout

W = TypeVar("W", bound=QWidget)


# What a field is for, where it prints or which check reads it: the tooltip of every field whose
# editor does not give its own. A test walks every editor and fails on a field without one.
FIELD_TIPS: dict[str, str] = {
    "Plan title": "A short name for this plan, shown in the window title and on the summary",
    "Clinician": "The clinician responsible for the plan, printed on the handout and summary",
    "Credentials": "e.g. MD, FRCP, DPT: printed after the clinician's name",
    "Name": "The patient's name as it should print on the handout",
    "Record number": "The clinic's record number for the patient (optional), printed on the summary",
    "Sex": "Recorded for the summary; some checks (pregnancy, breastfeeding) use the conditions instead",
    "Plan notes": "Notes for the clinical record, printed in the clinician summary (not on the handout)",
    "Sites": "Where it hurts, separated by commas; some sites add specific warning signs to the handout",
    "Causes": "What causes the pain, separated by commas, e.g. arthritis, nerve damage",
    "Duration": "How long the pain has lasted, in months",
    "Pain now (NRS 0\u201310)": "Pain now on a 0 to 10 scale (numeric rating scale), a baseline to compare with later",
    "Goal": "What the patient wants to be able to do, in their words",
    "Measure": "How progress is measured, e.g. PEG-3 or minutes walked",
    "Target": "The value that means the goal is reached, e.g. 4 or lower",
    "Steps": "What to do on a bad day, one step per line, in order",
    "May take": "Medicines the patient may take on a bad day, with their limit; printed in the flare plan",
    "Call us if": "When to contact the care team, printed in the flare plan",
    "Review every": "How often the plan is reviewed; opioids and kratom need a review within 4 weeks",
    "Monitoring": "What is checked at review, one per line, e.g. PEG-3 or liver tests",
    "Number of sessions": "How many CBT sessions are planned",
    "How often": "How often the sessions take place",
    "Session length": "Minutes per session",
    "Provider": "Who delivers the sessions (a name, service or programme)",
    "Homework": "What the patient practises between sessions, printed on the handout",
    "Practice": "The practice from the catalog, with its own instructions on the handout",
    "Minutes a day": "How long to practise each day",
    "Days a week": "How many days a week",
    "Resources": "Apps, recordings or classes, one per line, printed on the handout",
    "Sessions a week": "Supervised physiotherapy sessions a week",
    "Activity pacing": "How the patient paces activity (e.g. break tasks into 20-minute blocks)",
    "Walking: start at": "Minutes of walking a day to start with",
    "Walking: build up to": "Minutes of walking a day to build up to",
    "Sets": "Sets of the exercise", "Reps": "Repetitions in each set", "Hold": "Seconds to hold each repetition",
    "Minutes": "Minutes of the exercise", "Progression": "How to make the exercise harder as it gets easier",
    "Area": "The part of lifestyle this target is about",
    "Suggested target": "A target from the catalog with its usual wording; edit it after adding",
    "Status": "Where the patient stands with kratom",
    "Product form": "What the patient uses; concentrated extracts and 7-OH products raise a warning",
    "How often (as reported)": "How often the patient says they take it, in their words",
    "For how long": "How long the patient has used it, in months",
    "Where they get it": "Where the patient buys it (shop, online, ...), in their words",
    "Withdrawal symptoms": "Symptoms the patient reports when they stop or cut down",
    "Review in": "When to review kratom use, in weeks",
}


def named(widget: W, name: str, tip: str = "") -> W:
    """Give a control the name a screen reader announces and a tooltip (from FIELD_TIPS if none given)."""
    widget.setAccessibleName(name)
    tip = tip or FIELD_TIPS.get(name, "") or (
        QCoreApplication.translate("Base", "Printed on the handout as a note from the care team") if name.endswith(" notes") else "")
    if tip:
        for target in (widget, getattr(widget, "edit", None)):  # a composite field's line edit too
            if isinstance(target, QWidget):
                target.setToolTip(tip)
                target.setProperty("normal_tooltip", tip)
    return widget


def form_layout() -> QFormLayout:
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    # A narrow column puts a long label above its field rather than squeezing or clipping it.
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    return form


MESSAGE_STYLE = "color: #b71c1c;"


def check_box_flow(boxes: Iterable[QCheckBox]) -> QWidget:
    """Check boxes of equal width in a flow: aligned columns when wide, fewer columns when narrow."""
    holder = QWidget()
    flow = FlowLayout(holder, spacing=4)
    listed = list(boxes)
    width = max((box.sizeHint().width() for box in listed), default=0)
    for box in listed:
        box.setFixedWidth(width)
        flow.addWidget(box)
    return holder


def with_message(widget: QWidget) -> QWidget:
    """The widget with a line below it where its validation message appears (hidden until needed)."""
    holder = QWidget()
    column = QVBoxLayout(holder)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    column.addWidget(widget)
    message = QLabel()
    message.setWordWrap(True)
    message.setStyleSheet(MESSAGE_STYLE)
    message.setAccessibleName(QCoreApplication.translate("Base", "Problem with {0}").format(widget.accessibleName() or 'this field'))
    message.hide()
    column.addWidget(message)
    attach_message(widget, message)
    return holder


def add_row(form: QFormLayout, label: str, widget: QWidget, tip: str = "") -> QWidget:
    """A labelled form row whose label is the control's buddy (Alt+letter) and accessible name.

    A line for the field's validation message sits below it, so a value that was not accepted
    stays on screen with its reason next to it.
    """
    text = label.replace("&", "")
    caption = QLabel(label)
    caption.setBuddy(widget)
    named(widget, text, tip)
    form.addRow(caption, with_message(widget))
    return widget


class PartEditor(QWidget):
    """Base for the editor of one part of the plan (patient, pain, a module...)."""

    heading = ""

    def __init__(self, controller: EditController, catalog: CatalogIndex, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.catalog = catalog
        self.binder = FormBinder(controller)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)

    def group(self, title: str) -> tuple[QGroupBox, QFormLayout]:
        box = QGroupBox(title)
        form = form_layout()
        box.setLayout(form)
        self.layout_.addWidget(box)
        return box, form

    def refresh(self, plan: CarePlan) -> None:
        """Show the plan's current values (called on every plan change)."""
        self.binder.refresh(plan)

    def focus_item(self, item_id: str) -> None:
        """Bring the given item (a medicine, an exercise...) into view and focus it."""
