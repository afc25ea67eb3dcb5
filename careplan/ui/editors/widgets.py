"""Small form widgets: number fields that never correct a value silently, and combo boxes of choices.

A QSpinBox corrects what it cannot take: "11" in a 0-10 field stays "1", "0" where the least is 1
becomes 1, letters vanish. A clinician would not see that the plan holds something other than
what they typed. The number fields here keep the text as typed and say what is wrong instead
(``problem``); arrows and the Up/Down keys still step within the range.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QSizePolicy, QWidget

from careplan.domain.numbers import number, parse_number
from careplan.ui.translations import QT_TRANSLATE_NOOP

NOT_SET = QT_TRANSLATE_NOOP("Widgets", "not set")
INVALID_STYLE = "border: 1px solid #d32f2f;"


class NumberBox(QAbstractSpinBox):
    """A number field with arrows; ``optional`` fields may be empty ("not set").

    ``valueChanged`` is emitted when the value changes (typed, stepped or set). ``committed`` is
    emitted whenever the clinician finishes an entry, right or wrong: ``problem()`` then says
    what is wrong (None when the text is a value in range), and the text stays as typed.
    """

    valueChanged = Signal(object)  # QSpinBox's name, so that callers read the same
    committed = Signal()

    def __init__(self, minimum: float, maximum: float, *, whole: bool, step: float = 1, suffix: str = "",
                 plural_suffix: str = "", optional: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._min, self._max, self._whole, self._step = minimum, maximum, whole, step
        self.optional = optional
        self._suffix = suffix
        self._plural_suffix = plural_suffix or suffix
        self._special = QCoreApplication.translate("Widgets", NOT_SET)
        self._value: float | None = None if optional else minimum
        self._problem: str | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccelerated(True)
        self.setKeyboardTracking(False)
        # Room for "4 doses a day at most" when there is room; down to the number in a narrow column.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.editingFinished.connect(self._on_finished)
        self._show()

    # --- QSpinBox-like API ----------------------------------------------------------------

    def value(self) -> float | None:
        return self._value

    def setValue(self, value: float | None) -> None:
        if value is not None and self._whole:
            value = int(value)
        changed = value != self._value
        self._value = value
        self._set_problem(None)
        self._show()
        if changed:
            self.valueChanged.emit(value)

    def minimum(self) -> float:
        return self._min

    def maximum(self) -> float:
        return self._max

    def setRange(self, minimum: float, maximum: float) -> None:
        self._min, self._max = minimum, maximum

    def setSuffix(self, suffix: str, plural: str = "") -> None:
        self._suffix, self._plural_suffix = suffix.strip(), (plural or suffix).strip()
        self._show()

    def setSpecialValueText(self, text: str) -> None:
        self._special = text
        self._show()

    def optional_value(self) -> float | None:
        """The value, or None when not set; ValueError (plain words) while the text is not a value."""
        if self._problem is not None:
            raise ValueError(self._problem)
        return self._value

    def set_optional_value(self, value: float | None) -> None:
        self.setValue(value if value is not None or self.optional else self._min)

    def problem(self) -> str | None:
        return self._problem

    # --- text --------------------------------------------------------------------------------

    def _suffix_for(self, value: float | None) -> str:
        return self._suffix if value == 1 else self._plural_suffix

    def _text_of(self, value: float | None) -> str:
        if value is None:
            return self._special
        suffix = self._suffix_for(value)
        return f"{number(value)} {suffix}" if suffix else number(value)

    def _show(self) -> None:
        edit = self.lineEdit()
        if edit is not None and edit.text() != self._text_of(self._value):
            edit.setText(self._text_of(self._value))
        self.updateGeometry()

    def _read(self) -> float | None:
        text = self.lineEdit().text() if self.lineEdit() is not None else ""
        if text.strip().lower() == self._special.lower():
            text = ""
        amount = parse_number(text, self._min, self._max, whole=self._whole,
                              suffixes=tuple({self._suffix, self._plural_suffix} - {""}))
        if amount is None and not self.optional:
            raise ValueError(QCoreApplication.translate("NumberBox", "cannot be left empty; give a number from {0} to {1}.").format(number(self._min), number(self._max)))
        return (int(amount) if self._whole else amount) if amount is not None else None

    def _on_finished(self) -> None:
        try:
            value = self._read()
        except ValueError as exc:
            self._set_problem(str(exc))
        else:
            self._set_problem(None)
            if value != self._value:
                self._value = value
                self.valueChanged.emit(value)
            self._show()  # shown back in one form: "4 doses a day at most"
        self.committed.emit()

    def _set_problem(self, problem: str | None) -> None:
        self._problem = problem
        # A red border on the field itself; the form shows the reason beside it.
        self.setStyleSheet(INVALID_STYLE if problem else "")

    # --- stepping ------------------------------------------------------------------------------

    def stepEnabled(self) -> QAbstractSpinBox.StepEnabledFlag:
        if self.isReadOnly():
            return QAbstractSpinBox.StepEnabledFlag.StepNone
        flags = QAbstractSpinBox.StepEnabledFlag.StepNone
        if self._value is None or self._value < self._max:
            flags |= QAbstractSpinBox.StepEnabledFlag.StepUpEnabled
        if self._value is not None and (self._value > self._min or self.optional):
            flags |= QAbstractSpinBox.StepEnabledFlag.StepDownEnabled
        return flags

    def stepBy(self, steps: int) -> None:
        if self._value is None:
            value: float | None = self._min if steps > 0 else None
        else:
            value = self._value + steps * self._step
            if value < self._min:
                value = None if self.optional else self._min
            value = min(value, self._max) if value is not None else None
        self.setValue(value)
        self.committed.emit()

    def wheelEvent(self, event: QWheelEvent) -> None:
        # Scrolling past a field in a long form must not change a dose by accident.
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        texts = [self._text_of(self._max), self._text_of(self._min), self._special if self.optional else ""]
        width = max(self.fontMetrics().horizontalAdvance(text) for text in texts)
        return QSize(max(hint.width(), width + 48), hint.height())

    def minimumSizeHint(self) -> QSize:
        # In a narrow column the field may show less than its unit words, never less than a number.
        hint = super().minimumSizeHint()
        number_width = self.fontMetrics().horizontalAdvance(number(self._max)) + 36
        return QSize(max(hint.width(), number_width), hint.height())


class SpinBox(NumberBox):
    """A whole-number field."""

    def __init__(self, minimum: int, maximum: int, *, suffix: str = "", plural_suffix: str = "", optional: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(minimum, maximum, whole=True, suffix=suffix, plural_suffix=plural_suffix, optional=optional,
                         parent=parent)


class DoubleSpinBox(NumberBox):
    """A decimal field that shows 400 rather than 400.000, and 12.5 as 12.5."""

    def __init__(self, minimum: float, maximum: float, *, decimals: int = 3, suffix: str = "", optional: bool = False,
                 parent: QWidget | None = None) -> None:
        # The arrows step by 1 (or by 0.5 for a field with one decimal, such as hours between doses).
        super().__init__(minimum, maximum, whole=False, step=1 if decimals != 1 else 0.5, suffix=suffix,
                         optional=optional, parent=parent)


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
