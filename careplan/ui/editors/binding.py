"""Binds form widgets to paths in the plan: user edits go to the controller, plan changes come back."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import QCheckBox, QLineEdit, QPlainTextEdit, QWidget

from careplan.domain.edits import FieldPath, get_field
from careplan.domain.plan import CarePlan
from careplan.ui.edit_controller import EditController
from careplan.ui.editors.jurisdiction_field import JurisdictionEdit
from careplan.ui.editors.widgets import ComboBox, DoubleSpinBox, SpinBox

Label = str | Callable[[], str]
INVALID_STYLE = "border: 1px solid #d32f2f;"


@dataclass
class Binding:
    widget: QWidget
    path: FieldPath
    label: Label
    read: Callable[[], Any]
    write: Callable[[Any], None]


def split_list(text: str, separator: str = ",") -> list[str]:
    return [part.strip() for part in text.split(separator) if part.strip()]


def parse_date(text: str) -> date | None:
    """``YYYY-MM-DD`` -> date; empty -> None; anything else raises ValueError."""
    text = text.strip()
    return date.fromisoformat(text) if text else None


class FormBinder:
    """Keeps a set of widgets and the plan in step, without a copy of any value of its own."""

    def __init__(self, controller: EditController) -> None:
        self.controller = controller
        self.bindings: list[Binding] = []

    def _add(self, widget: QWidget, path: FieldPath, label: Label, read: Callable[[], Any], write: Callable[[Any], None]) -> Binding:
        binding = Binding(widget, path, label, read, write)
        self.bindings.append(binding)
        return binding

    def commit(self, binding: Binding) -> None:
        try:
            value = binding.read()
        except ValueError as exc:
            self._mark(binding.widget, str(exc) or "not a valid value")
            return
        label = binding.label() if callable(binding.label) else binding.label
        ok = self.controller.set_field(binding.path, value, label)
        self._mark(binding.widget, None if ok else "Not accepted: see the message below the form")

    def mark(self, widget: QWidget, problem: str | None) -> None:
        """Show (or clear) a problem on one widget: a red border, and the reason as its tooltip."""
        self._mark(widget, problem)

    @staticmethod
    def _mark(widget: QWidget, problem: str | None) -> None:
        # A red border on the one widget that is wrong (a style sheet on that widget only: an
        # application-wide sheet would slow every widget down); the tooltip says why.
        if bool(widget.property("invalid")) == (problem is not None):
            return
        widget.setProperty("invalid", problem is not None)
        widget.setToolTip(problem or widget.property("normal_tooltip") or "")
        widget.setStyleSheet(INVALID_STYLE if problem is not None else "")

    def refresh(self, plan: CarePlan) -> None:
        """Show the plan's values; a widget already showing the same value is left alone (cursor kept)."""
        for binding in self.bindings:
            try:
                value = get_field(plan, binding.path)
            except KeyError:
                continue
            try:
                current = binding.read()
            except ValueError:
                current = object()
            if current != value and not (binding.widget.hasFocus() and binding.widget.property("invalid")):
                with QSignalBlocker(binding.widget):
                    binding.write(value)
            if current == value or not binding.widget.hasFocus():
                self._mark(binding.widget, None)

    # --- one method per kind of widget -------------------------------------------------------

    def jurisdiction(self, widget: JurisdictionEdit, path: FieldPath, label: Label) -> JurisdictionEdit:
        binding = self._add(widget, path, label, widget.code, lambda v: widget.setText(v or ""))
        widget.textEdited.connect(lambda _text: self.commit(binding))
        widget.completer().activated.connect(lambda _text: self.commit(binding))
        return widget

    def line(self, widget: QLineEdit, path: FieldPath, label: Label, *, optional: bool = False) -> QLineEdit:
        def read() -> Any:
            text = widget.text().strip()
            return (text or None) if optional else text

        binding = self._add(widget, path, label, read, lambda v: widget.setText("" if v is None else str(v)))
        widget.textEdited.connect(lambda _text: self.commit(binding))
        return widget

    def csv_line(self, widget: QLineEdit, path: FieldPath, label: Label) -> QLineEdit:
        binding = self._add(widget, path, label, lambda: split_list(widget.text()), lambda v: widget.setText(", ".join(v)))
        widget.textEdited.connect(lambda _text: self.commit(binding))
        return widget

    def date_line(self, widget: QLineEdit, path: FieldPath, label: Label) -> QLineEdit:
        widget.setPlaceholderText("YYYY-MM-DD")
        binding = self._add(
            widget, path, label, lambda: parse_date(widget.text()), lambda v: widget.setText(v.isoformat() if v else "")
        )
        widget.textEdited.connect(lambda _text: self.commit(binding))
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

    def spin(self, widget: SpinBox | DoubleSpinBox, path: FieldPath, label: Label) -> SpinBox | DoubleSpinBox:
        binding = self._add(widget, path, label, widget.optional_value, widget.set_optional_value)
        widget.valueChanged.connect(lambda _value: self.commit(binding))
        return widget

    def combo(self, widget: ComboBox, path: FieldPath, label: Label) -> ComboBox:
        binding = self._add(widget, path, label, widget.currentData, widget.set_current_data)
        widget.currentIndexChanged.connect(lambda _index: self.commit(binding))
        return widget

    def check(self, widget: QCheckBox, path: FieldPath, label: Label) -> QCheckBox:
        binding = self._add(widget, path, label, widget.isChecked, lambda v: widget.setChecked(bool(v)))
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

        binding = self._add(container, path, label, read, write)
        for box in boxes.values():
            box.toggled.connect(lambda _on: self.commit(binding))
