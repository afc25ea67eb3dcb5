"""Small helpers the care-over-time widgets share: accessible names and date entry."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TypeVar

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QSpinBox, QTableView, QWidget

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


def fit_rows(view: QTableView, most: int) -> None:
    """A table as tall as its rows (at most ``most``, then it scrolls), so a short list takes
    little room on a laptop screen."""
    rows = max(1, min(view.model().rowCount() if view.model() is not None else 0, most))
    height = view.horizontalHeader().sizeHint().height() + view.verticalHeader().defaultSectionSize() * rows
    # Room for a horizontal scroll bar, which a narrow column (150 % scale) needs.
    height += view.horizontalScrollBar().sizeHint().height()
    view.setFixedHeight(height + 2 * view.frameWidth() + 2)
