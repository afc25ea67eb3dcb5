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
from careplan.ui.translations import QT_TRANSLATE_NOOP

W = TypeVar("W", bound=QWidget)


# What a field is for, where it prints or which check reads it: the tooltip of every field whose
# editor does not give its own. A test walks every editor and fails on a field without one.
FIELD_TIPS: dict[str, str] = {
    QT_TRANSLATE_NOOP("FieldTips", "Plan title"): QT_TRANSLATE_NOOP("FieldTips", "A short name for this plan, shown in the window title and on the summary"),
    QT_TRANSLATE_NOOP("FieldTips", "Clinician"): QT_TRANSLATE_NOOP("FieldTips", "The clinician responsible for the plan, printed on the handout and summary"),
    QT_TRANSLATE_NOOP("FieldTips", "Credentials"): QT_TRANSLATE_NOOP("FieldTips", "e.g. MD, FRCP, DPT: printed after the clinician's name"),
    QT_TRANSLATE_NOOP("FieldTips", "Name"): QT_TRANSLATE_NOOP("FieldTips", "The patient's name as it should print on the handout"),
    QT_TRANSLATE_NOOP("FieldTips", "Record number"): QT_TRANSLATE_NOOP("FieldTips", "The clinic's record number for the patient (optional), printed on the summary"),
    QT_TRANSLATE_NOOP("FieldTips", "Sex"): QT_TRANSLATE_NOOP("FieldTips", "Recorded for the summary; some checks (pregnancy, breastfeeding) use the conditions instead"),
    QT_TRANSLATE_NOOP("FieldTips", "Plan notes"): QT_TRANSLATE_NOOP("FieldTips", "Notes for the clinical record, printed in the clinician summary (not on the handout)"),
    QT_TRANSLATE_NOOP("FieldTips", "Sites"): QT_TRANSLATE_NOOP("FieldTips", "Where it hurts, separated by commas; some sites add specific warning signs to the handout"),
    QT_TRANSLATE_NOOP("FieldTips", "Causes"): QT_TRANSLATE_NOOP("FieldTips", "What causes the pain, separated by commas, e.g. arthritis, nerve damage"),
    QT_TRANSLATE_NOOP("FieldTips", "Duration"): QT_TRANSLATE_NOOP("FieldTips", "How long the pain has lasted, in months"),
    QT_TRANSLATE_NOOP("FieldTips", "Pain now (NRS 0\u201310)"): QT_TRANSLATE_NOOP("FieldTips", "Pain now on a 0 to 10 scale (numeric rating scale), a baseline to compare with later"),
    QT_TRANSLATE_NOOP("FieldTips", "Goal"): QT_TRANSLATE_NOOP("FieldTips", "What the patient wants to be able to do, in their words"),
    QT_TRANSLATE_NOOP("FieldTips", "Measure"): QT_TRANSLATE_NOOP("FieldTips", "How progress is measured, e.g. PEG-3 or minutes walked"),
    QT_TRANSLATE_NOOP("FieldTips", "Target"): QT_TRANSLATE_NOOP("FieldTips", "The value that means the goal is reached, e.g. 4 or lower"),
    QT_TRANSLATE_NOOP("FieldTips", "Steps"): QT_TRANSLATE_NOOP("FieldTips", "What to do on a bad day, one step per line, in order"),
    QT_TRANSLATE_NOOP("FieldTips", "May take"): QT_TRANSLATE_NOOP("FieldTips", "Medicines the patient may take on a bad day, with their limit; printed in the flare plan"),
    QT_TRANSLATE_NOOP("FieldTips", "Call us if"): QT_TRANSLATE_NOOP("FieldTips", "When to contact the care team, printed in the flare plan"),
    QT_TRANSLATE_NOOP("FieldTips", "Review every"): QT_TRANSLATE_NOOP("FieldTips", "How often the plan is reviewed; opioids and kratom need a review within 4 weeks"),
    QT_TRANSLATE_NOOP("FieldTips", "Monitoring"): QT_TRANSLATE_NOOP("FieldTips", "What is checked at review, one per line, e.g. PEG-3 or liver tests"),
    QT_TRANSLATE_NOOP("FieldTips", "Number of sessions"): QT_TRANSLATE_NOOP("FieldTips", "How many CBT sessions are planned"),
    QT_TRANSLATE_NOOP("FieldTips", "How often"): QT_TRANSLATE_NOOP("FieldTips", "How often the sessions take place"),
    QT_TRANSLATE_NOOP("FieldTips", "Session length"): QT_TRANSLATE_NOOP("FieldTips", "Minutes per session"),
    QT_TRANSLATE_NOOP("FieldTips", "Provider"): QT_TRANSLATE_NOOP("FieldTips", "Who delivers the sessions (a name, service or programme)"),
    QT_TRANSLATE_NOOP("FieldTips", "Homework"): QT_TRANSLATE_NOOP("FieldTips", "What the patient practises between sessions, printed on the handout"),
    QT_TRANSLATE_NOOP("FieldTips", "Practice"): QT_TRANSLATE_NOOP("FieldTips", "The practice from the catalog, with its own instructions on the handout"),
    QT_TRANSLATE_NOOP("FieldTips", "Minutes a day"): QT_TRANSLATE_NOOP("FieldTips", "How long to practise each day"),
    QT_TRANSLATE_NOOP("FieldTips", "Days a week"): QT_TRANSLATE_NOOP("FieldTips", "How many days a week"),
    QT_TRANSLATE_NOOP("FieldTips", "Resources"): QT_TRANSLATE_NOOP("FieldTips", "Apps, recordings or classes, one per line, printed on the handout"),
    QT_TRANSLATE_NOOP("FieldTips", "Sessions a week"): QT_TRANSLATE_NOOP("FieldTips", "Supervised physiotherapy sessions a week"),
    QT_TRANSLATE_NOOP("FieldTips", "Activity pacing"): QT_TRANSLATE_NOOP("FieldTips", "How the patient paces activity (e.g. break tasks into 20-minute blocks)"),
    QT_TRANSLATE_NOOP("FieldTips", "Walking: start at"): QT_TRANSLATE_NOOP("FieldTips", "Minutes of walking a day to start with"),
    QT_TRANSLATE_NOOP("FieldTips", "Walking: build up to"): QT_TRANSLATE_NOOP("FieldTips", "Minutes of walking a day to build up to"),
    QT_TRANSLATE_NOOP("FieldTips", "Sets"): QT_TRANSLATE_NOOP("FieldTips", "Sets of the exercise"), QT_TRANSLATE_NOOP("FieldTips", "Reps"): QT_TRANSLATE_NOOP("FieldTips", "Repetitions in each set"), QT_TRANSLATE_NOOP("FieldTips", "Hold"): QT_TRANSLATE_NOOP("FieldTips", "Seconds to hold each repetition"),
    QT_TRANSLATE_NOOP("FieldTips", "Minutes"): QT_TRANSLATE_NOOP("FieldTips", "Minutes of the exercise"), QT_TRANSLATE_NOOP("FieldTips", "Progression"): QT_TRANSLATE_NOOP("FieldTips", "How to make the exercise harder as it gets easier"),
    QT_TRANSLATE_NOOP("FieldTips", "Area"): QT_TRANSLATE_NOOP("FieldTips", "The part of lifestyle this target is about"),
    QT_TRANSLATE_NOOP("FieldTips", "Suggested target"): QT_TRANSLATE_NOOP("FieldTips", "A target from the catalog with its usual wording; edit it after adding"),
    QT_TRANSLATE_NOOP("FieldTips", "Status"): QT_TRANSLATE_NOOP("FieldTips", "Where the patient stands with kratom"),
    QT_TRANSLATE_NOOP("FieldTips", "Product form"): QT_TRANSLATE_NOOP("FieldTips", "What the patient uses; concentrated extracts and 7-OH products raise a warning"),
    QT_TRANSLATE_NOOP("FieldTips", "How often (as reported)"): QT_TRANSLATE_NOOP("FieldTips", "How often the patient says they take it, in their words"),
    QT_TRANSLATE_NOOP("FieldTips", "For how long"): QT_TRANSLATE_NOOP("FieldTips", "How long the patient has used it, in months"),
    QT_TRANSLATE_NOOP("FieldTips", "Where they get it"): QT_TRANSLATE_NOOP("FieldTips", "Where the patient buys it (shop, online, ...), in their words"),
    QT_TRANSLATE_NOOP("FieldTips", "Withdrawal symptoms"): QT_TRANSLATE_NOOP("FieldTips", "Symptoms the patient reports when they stop or cut down"),
    QT_TRANSLATE_NOOP("FieldTips", "Review in"): QT_TRANSLATE_NOOP("FieldTips", "When to review kratom use, in weeks"),
}


def _field_tips() -> dict[str, str]:
    """FIELD_TIPS keyed by the field names as the screens show them (named() gets them translated)."""
    return {QCoreApplication.translate("FieldTips", name): QCoreApplication.translate("FieldTips", tip)
            for name, tip in FIELD_TIPS.items()}


def named(widget: W, name: str, tip: str = "") -> W:
    """Give a control the name a screen reader announces and a tooltip (from FIELD_TIPS if none given)."""
    widget.setAccessibleName(name)
    tip = tip or _field_tips().get(name, "")
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
