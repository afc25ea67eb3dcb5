"""Small helpers the care-over-time widgets share: accessible names and date entry."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TypeVar

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QSpinBox, QWidget

W = TypeVar("W", bound=QWidget)


def named(widget: W, name: str, tip: str) -> W:
    """The name a screen reader announces, and a tooltip that says what the control is for."""
    widget.setAccessibleName(name)
    widget.setToolTip(tip)
    return widget


def date_edit(name: str, tip: str) -> QDateEdit:
    """A date with a calendar, shown as YYYY-MM-DD (no day/month order to misread); today by default."""
    edit = named(QDateEdit(QDate.currentDate()), name, tip)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def picked_date(edit: QDateEdit) -> date:
    value = edit.date()
    return date(value.year(), value.month(), value.day())


def combo(choices: Sequence[tuple[str, object]]) -> QComboBox:
    """A combo box of (label, value) choices."""
    box = QComboBox()
    for label, value in choices:
        box.addItem(label, value)
    return box


def spin(minimum: int, maximum: int) -> QSpinBox:
    box = QSpinBox()
    box.setRange(minimum, maximum)
    return box
