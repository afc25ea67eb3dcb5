"""Binds form widgets to paths in the plan: user edits go to the controller, plan changes come back."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QPlainTextEdit, QWidget

from careplan.domain.edits import FieldPath, get_field
from careplan.domain.entry_checks import entry_problem
from careplan.domain.errors import FALLBACK, with_label
from careplan.domain.plan import CarePlan
from careplan.ui.edit_controller import EditController
from careplan.ui.editors.date_field import DateField
from careplan.ui.editors.jurisdiction_field import JurisdictionEdit
from careplan.ui.editors.widgets import INVALID_STYLE, ComboBox, NumberBox

Label = str | Callable[[], str]


@dataclass
class Binding:
    widget: QWidget
    path: FieldPath
    label: Label
    read: Callable[[], Any]
    write: Callable[[Any], None]
    # The plan value the widget was found wrong against: while the plan still holds it, the
    # widget keeps the clinician's text and the reason on screen (it is never silently reset).
    problem: str | None = None
    kept_against: Any = None
    # Typing merges into one undo step; a pick from a list or a tick does not.
    merge: bool = True

    def label_text(self) -> str:
        return self.label() if callable(self.label) else self.label


def split_list(text: str, separator: str = ",") -> list[str]:
    return [part.strip() for part in text.split(separator) if part.strip()]


def attach_message(widget: QWidget, message: QLabel) -> None:
    """Show this widget's validation messages in ``message`` (a label beside or below it)."""
    widget.field_message_label = message  # type: ignore[attr-defined]


def field_message(widget: QWidget) -> QLabel | None:
    label = getattr(widget, "field_message_label", None)
    return label if isinstance(label, QLabel) else None


def _frame(widget: QWidget) -> QWidget:
    """The part that gets the red border: a composite field's line edit, else the widget."""
    inner = getattr(widget, "edit", None)
    return inner if isinstance(inner, QWidget) else widget


class FormBinder:
    """Keeps a set of widgets and the plan in step, without a copy of any value of its own."""

    def __init__(self, controller: EditController) -> None:
        self.controller = controller
        self.bindings: list[Binding] = []

    def _add(self, widget: QWidget, path: FieldPath, label: Label, read: Callable[[], Any], write: Callable[[Any], None],
             *, merge: bool = True) -> Binding:
        binding = Binding(widget, path, label, read, write, merge=merge)
        self.bindings.append(binding)
        return binding

    def commit(self, binding: Binding) -> None:
        label = binding.label_text()
        try:
            value = binding.read()
        except ValueError as exc:
            # The widget could not read a value (a half-typed date, an unknown place): nothing
            # is stored, and the text stays with the reason until it is fixed.
            self._mark(binding, with_label(label, str(exc) or FALLBACK))
            return
        # An entry that cannot be meant (a birth date in the future, a course that ended) is
        # refused here, with the reason, before the plan sees it.
        if (problem := entry_problem(self.controller.plan, binding.path, value, date.today())) is not None:
            self._mark(binding, with_label(label, problem))
            return
        ok = self.controller.set_field(binding.path, value, label, announce=False, merge=binding.merge)
        self._mark(binding, None if ok else self.controller.last_problem)

    def mark(self, widget: QWidget, problem: str | None) -> None:
        """Show (or clear) a problem on one widget (e.g. a patient identifier found in its text)."""
        binding = next((b for b in self.bindings if b.widget is widget), None)
        if binding is not None:
            self._mark(binding, problem)
        else:
            _frame(widget).setStyleSheet(INVALID_STYLE if problem is not None else "")
            widget.setToolTip(problem or widget.property("normal_tooltip") or "")

    def _mark(self, binding: Binding, problem: str | None) -> None:
        widget = binding.widget
        was = binding.problem
        binding.problem = problem
        if problem is not None:
            try:
                binding.kept_against = get_field(self.controller.plan, binding.path)
            except KeyError:
                binding.kept_against = None
        frame = _frame(widget)
        # A red border on the one widget that is wrong (a style sheet on that widget only: an
        # application-wide sheet would slow every widget down); the message says why.
        frame.setProperty("invalid", problem is not None)
        frame.setStyleSheet(INVALID_STYLE if problem is not None else "")
        widget.setToolTip(problem or widget.property("normal_tooltip") or "")
        message = field_message(widget)
        if message is not None:
            message.setText(f"\u26a0 {problem}" if problem else "")
            message.setVisible(problem is not None)
        elif problem is not None and problem != was:
            self.controller.edit_rejected.emit(problem)

    def refresh(self, plan: CarePlan) -> None:
        """Show the plan's values; a widget already showing the same value is left alone (cursor kept)."""
        for binding in self.bindings:
            try:
                value = get_field(plan, binding.path)
            except KeyError:
                continue
            if binding.problem is not None and value == binding.kept_against:
                continue  # still wrong against the same plan value: keep the text and the reason
            try:
                current = binding.read()
            except ValueError:
                current = object()
            if current != value:
                with QSignalBlocker(binding.widget):
                    binding.write(value)
            if binding.problem is not None:
                self._mark(binding, None)

    def problems(self) -> list[str]:
        """The reasons shown beside fields right now (for tests and the editor's summary)."""
        return [b.problem for b in self.bindings if b.problem is not None]

    # --- one method per kind of widget -------------------------------------------------------

    def jurisdiction(self, widget: JurisdictionEdit, path: FieldPath, label: Label) -> JurisdictionEdit:
        """Committed when editing finishes: typing "Texas" never stores "TE" on the way."""
        binding = self._add(widget, path, label, widget.code, widget.set_code, merge=False)
        widget.committed.connect(lambda: self.commit(binding))
        return widget

    def line(self, widget: QLineEdit, path: FieldPath, label: Label, *, optional: bool = False) -> QLineEdit:
        def read() -> Any:
            text = widget.text().strip()
            return (text or None) if optional else text

        def write(value: Any) -> None:
            widget.setText("" if value is None else str(value))
            widget.setCursorPosition(0)  # a long text in a narrow field shows its start, not its end

        binding = self._add(widget, path, label, read, write)
        widget.textEdited.connect(lambda _text: self.commit(binding))
        return widget

    def csv_line(self, widget: QLineEdit, path: FieldPath, label: Label) -> QLineEdit:
        binding = self._add(widget, path, label, lambda: split_list(widget.text()), lambda v: widget.setText(", ".join(v)))
        widget.textEdited.connect(lambda _text: self.commit(binding))
        return widget

    def date(self, widget: DateField, path: FieldPath, label: Label) -> DateField:
        """Committed when editing finishes or a day is picked, never half typed."""
        binding = self._add(widget, path, label, widget.date_value, widget.set_date, merge=False)
        widget.committed.connect(lambda: self.commit(binding))
        return widget

    def text(self, widget: QPlainTextEdit, path: FieldPath, label: Label) -> QPlainTextEdit:
        binding = self._add(widget, path, label, lambda: widget.toPlainText().strip(), lambda v: widget.setPlainText(v or ""))
        widget.textChanged.connect(lambda: self.commit(binding))
        return widget

    def lines(self, widget: QPlainTextEdit, path: FieldPath, label: Label) -> QPlainTextEdit:
        """A list of strings, one per line (flare-plan steps, monitoring)."""
        binding = self._add(
            widget, path, label, lambda: split_list(widget.toPlainText(), "\n"), lambda v: widget.setPlainText("\n".join(v))
        )
        widget.textChanged.connect(lambda: self.commit(binding))
        return widget

    def spin(self, widget: NumberBox, path: FieldPath, label: Label) -> NumberBox:
        """A number: committed when typed and finished (a wrong one stays with its reason) or stepped."""
        binding = self._add(widget, path, label, widget.optional_value, widget.set_optional_value)
        widget.valueChanged.connect(lambda _value: self.commit(binding))
        widget.committed.connect(lambda: self.commit(binding))
        return widget

    def combo(self, widget: ComboBox, path: FieldPath, label: Label) -> ComboBox:
        binding = self._add(widget, path, label, widget.currentData, widget.set_current_data, merge=False)
        widget.currentIndexChanged.connect(lambda _index: self.commit(binding))
        return widget

    def mapped_combo(self, widget: ComboBox, path: FieldPath, label: Label, values: dict[str, Any]) -> ComboBox:
        """A combo of keys standing for values a combo cannot hold well (None, True, False)."""
        keys = {repr(v): k for k, v in values.items()}

        def write(value: Any) -> None:
            widget.set_current_data(keys.get(repr(value)))

        binding = self._add(widget, path, label, lambda: values.get(str(widget.currentData())), write, merge=False)
        widget.currentIndexChanged.connect(lambda _index: self.commit(binding))
        return widget

    def check(self, widget: QCheckBox, path: FieldPath, label: Label) -> QCheckBox:
        binding = self._add(widget, path, label, widget.isChecked, lambda v: widget.setChecked(bool(v)), merge=False)
        widget.toggled.connect(lambda _on: self.commit(binding))
        return widget

    def check_group(self, boxes: dict[str, QCheckBox], path: FieldPath, label: Label) -> None:
        """A list of codes shown as one check box per code, in the given order."""
        container = next(iter(boxes.values())).parentWidget() or next(iter(boxes.values()))

        def read() -> list[str]:
            return [code for code, box in boxes.items() if box.isChecked()]

        def write(values: list[str]) -> None:
            for code, box in boxes.items():
                with QSignalBlocker(box):
                    box.setChecked(code in values)

        binding = self._add(container, path, label, read, write, merge=False)
        for box in boxes.values():
            box.toggled.connect(lambda _on: self.commit(binding))
