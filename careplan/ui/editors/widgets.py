"""Small form widgets: spin boxes that ignore the wheel unless focused and show units and "not set"."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QSpinBox, QWidget

from careplan.domain.numbers import number

NOT_SET = "not set"


class SpinBox(QSpinBox):
    """An int spin box; scrolling past it in a long form must not change a dose by accident."""

    def __init__(self, minimum: int, maximum: int, *, suffix: str = "", optional: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.optional = optional
        # An optional value uses one step below the minimum to mean "not set".
        self.setRange(minimum - 1 if optional else minimum, maximum)
        if optional:
            self.setSpecialValueText(NOT_SET)
        if suffix:
            self.setSuffix(f" {suffix}")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccelerated(True)
        # Typed digits are not a value until editing finishes: "65" must not store an age of 6.
        self.setKeyboardTracking(False)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()

    def optional_value(self) -> int | None:
        if self.optional and self.value() == self.minimum():
            return None
        return self.value()

    def set_optional_value(self, value: int | None) -> None:
        self.setValue(self.minimum() if value is None else int(value))


class DoubleSpinBox(QDoubleSpinBox):
    """A decimal spin box that shows 400 rather than 400.000, and 12.5 as 12.5."""

    def __init__(self, minimum: float, maximum: float, *, decimals: int = 3, suffix: str = "", optional: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.optional = optional
        self.setDecimals(decimals)
        step = 10 ** -decimals
        self.setRange(minimum - step if optional else minimum, maximum)
        if optional:
            self.setSpecialValueText(NOT_SET)
        if suffix:
            self.setSuffix(f" {suffix}")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccelerated(True)
        self.setKeyboardTracking(False)

    def textFromValue(self, value: float) -> str:
        # The app's one formatter; without separators, so that the spin box reads back what it shows.
        return number(round(value, self.decimals())).replace(",", "")

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()

    def optional_value(self) -> float | None:
        if self.optional and self.value() <= self.minimum():
            return None
        return self.value()

    def set_optional_value(self, value: float | None) -> None:
        self.setValue(self.minimum() if value is None else float(value))


class ComboBox(QComboBox):
    """A combo box of (label, value) choices that ignores the wheel unless focused."""

    def __init__(self, choices: Sequence[tuple[str, object]] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # Long entries (drug names with brands) must not force the whole form wider than the window.
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(6)
        for label, value in choices or []:
            self.addItem(label, value)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()

    def set_current_data(self, value: object) -> None:
        index = self.findData(value)
        if index < 0 and value is not None:
            # A value the list does not offer (e.g. from a newer file) is shown, not lost.
            self.addItem(str(value), value)
            index = self.count() - 1
        self.setCurrentIndex(index)
