"""What every part editor shares: a binder, a heading, form helpers and accessible labels."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QFormLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from careplan.domain.catalog import CatalogIndex
from careplan.domain.plan import CarePlan
from careplan.ui.edit_controller import EditController
from careplan.ui.editors.binding import FormBinder, attach_message
from careplan.ui.editors.flow_layout import FlowLayout

W = TypeVar("W", bound=QWidget)


def named(widget: W, name: str, tip: str = "") -> W:
    """Give a control the name a screen reader announces (and a tooltip when there is more to say)."""
    widget.setAccessibleName(name)
    if tip:
        widget.setToolTip(tip)
        widget.setProperty("normal_tooltip", tip)
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
    message.setAccessibleName(f"Problem with {widget.accessibleName() or 'this field'}")
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
