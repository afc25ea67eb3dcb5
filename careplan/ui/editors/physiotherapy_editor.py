"""Physiotherapy: exercises picked from the library with sets, reps and hold, pacing and walking."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCompleter, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from careplan.domain.catalog import CatalogIndex
from careplan.domain.catalog_choices import exercise_choices, exercise_matches, find_exercise, new_exercise
from careplan.domain.edits import FieldPath, get_field
from careplan.domain.plan import CarePlan, ExercisePrescription
from careplan.ui.edit_controller import EditController
from careplan.ui.editors.base import add_row, named
from careplan.ui.editors.catalog_picker import resolve_typed
from careplan.ui.editors.module_base import ModuleEditor
from careplan.ui.editors.row_list import Row, RowList
from careplan.ui.editors.widgets import SpinBox


class ExerciseRow(Row):
    def __init__(self, controller: EditController, catalog: CatalogIndex, list_path: FieldPath, item_id: str) -> None:
        super().__init__(controller, list_path, item_id)
        self.catalog = catalog
        b = self.binder
        grid = QGridLayout(self)
        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        remove = named(QPushButton("Remove"), "Remove this exercise")
        remove.clicked.connect(lambda: controller.remove_item(list_path, item_id, self._name()))
        grid.addWidget(self.title, 0, 0, 1, 5)
        grid.addWidget(remove, 0, 5)
        spins = [
            ("Sets", "sets", SpinBox(1, 10, optional=True)),
            ("Reps", "reps", SpinBox(1, 100, optional=True)),
            ("Hold", "hold_seconds", SpinBox(1, 600, suffix="s", optional=True)),
            ("Minutes", "minutes", SpinBox(1, 180, optional=True)),
            ("Days a week", "days_per_week", SpinBox(1, 7)),
        ]
        for col, (label, field, spin) in enumerate(spins):
            caption = QLabel(label)
            caption.setBuddy(spin)
            grid.addWidget(caption, 1, col)
            grid.addWidget(named(b.spin(spin, self.path(field), self._label_for(label)), label), 2, col)
        self.first_field = spins[0][2]
        progression = named(b.line(QLineEdit(), self.path("progression"), lambda: f"{self._name()} progression"), "Progression")
        progression.setPlaceholderText("How to progress (leave empty for the library's advice)")
        grid.addWidget(progression, 3, 0, 1, 6)

    def _label_for(self, what: str) -> Callable[[], str]:
        return lambda: f"{self._name()} {what.lower()}"

    def _name(self) -> str:
        try:
            item = get_field(self.controller.plan, self.item_path)
        except KeyError:
            return "exercise"
        if item.exercise and item.exercise in self.catalog.exercises:
            return str(self.catalog.exercises[item.exercise].name)
        return str(item.name or "exercise")

    def refresh(self, plan: CarePlan) -> None:
        super().refresh(plan)
        self.title.setText(self._name())


class PhysiotherapyEditor(ModuleEditor):
    heading = "Physiotherapy"

    def __init__(self, controller: EditController, catalog: CatalogIndex, module_id: str, parent: QWidget | None = None) -> None:
        super().__init__(controller, catalog, module_id, parent)
        b = self.binder
        _box, form = self.group("Programme")
        add_row(form, "Sessions a week", b.spin(SpinBox(0, 14, optional=True), self.m("sessions_per_week"), "sessions a week"),
                "Supervised physiotherapy sessions")
        pacing = add_row(form, "Activity pacing", b.line(QLineEdit(), self.m("pacing"), "activity pacing"))
        pacing.setPlaceholderText("e.g. break tasks into 20-minute blocks with rests")  # type: ignore[attr-defined]
        walk = QWidget()
        row = QHBoxLayout(walk)
        row.setContentsMargins(0, 0, 0, 0)
        start = named(b.spin(SpinBox(1, 180, suffix="min", optional=True), self.m("walking_start_minutes"), "walking start"), "Walking: start at")
        target = named(b.spin(SpinBox(1, 300, suffix="min", optional=True), self.m("walking_target_minutes"), "walking target"), "Walking: build up to")
        row.addWidget(start)
        row.addWidget(QLabel("building up to"))
        row.addWidget(target)
        row.addStretch(1)
        form.addRow("Graded walking, start at", walk)

        list_path = self.m("exercises")
        self.rows = RowList(list_path, lambda item_id: ExerciseRow(controller, catalog, list_path, item_id),
                            "No exercises yet. Pick one from the library below.")
        _box, ex_form = self.group("Exercises")
        ex_form.addRow(self.rows)
        self.picker = named(QLineEdit(), "Add an exercise", "Type to search the exercise library, then press Enter")
        self.picker.setPlaceholderText("Type an exercise to add, e.g. pelvic tilt")
        completer = QCompleter([label for label, _ in exercise_choices(catalog)], self.picker)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.picker.setCompleter(completer)
        self.picker.returnPressed.connect(self._on_add)
        self.picker.setProperty("edit_only", True)  # hidden on a signed plan
        add = named(QPushButton("Add exercise"), "Add exercise")
        add.clicked.connect(self._on_add)
        pick_row = QHBoxLayout()
        pick_row.addWidget(self.picker, 1)
        pick_row.addWidget(add)
        ex_form.addRow(pick_row)
        self.add_notes("Physiotherapy")

    def _on_add(self) -> None:
        text = self.picker.text().strip()
        if not text:
            return
        # Enter takes the only (or highlighted) match; a name the library lacks is added when confirmed.
        outcome, exercise = resolve_typed(text, lambda t: find_exercise(self.catalog, t),
                                          lambda t: exercise_matches(self.catalog, t), self.picker.completer(), self,
                                          "exercise")
        if outcome not in ("catalog", "unlisted"):
            return
        item: ExercisePrescription = new_exercise(self.catalog, exercise.id if exercise is not None else text)
        if self.controller.add_item(self.m("exercises"), item, "exercise"):
            self.picker.clear()
            self.rows.refresh(self.controller.plan)
            self.rows.focus_item(item.id)

    def refresh(self, plan: CarePlan) -> None:
        super().refresh(plan)
        self.rows.refresh(plan)

    def focus_item(self, item_id: str) -> None:
        self.rows.focus_item(item_id)
