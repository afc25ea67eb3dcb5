"""Physiotherapy: exercises picked from the library with sets, reps and hold, pacing and walking."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QCompleter, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from careplan.domain.catalog import CatalogIndex
from careplan.domain.catalog_choices import exercise_choices, exercise_matches, find_exercise, new_exercise
from careplan.domain.edits import FieldPath, get_field
from careplan.domain.plan import CarePlan, ExercisePrescription
from careplan.ui.edit_controller import EditController
from careplan.ui.editors.base import add_row, named
from careplan.ui.editors.catalog_picker import resolve_typed
from careplan.ui.editors.exercise_figure import ExercisePicture
from careplan.ui.editors.module_base import ModuleEditor
from careplan.ui.editors.row_list import Row, RowList
from careplan.ui.editors.widgets import SpinBox
from careplan.ui.translations import QT_TRANSLATE_NOOP


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
        remove = named(QPushButton(QCoreApplication.translate("ExerciseRow", "Remove")), QCoreApplication.translate("ExerciseRow", "Remove this exercise"))
        remove.clicked.connect(lambda: controller.remove_item(list_path, item_id, self._name()))
        # Five columns, Remove above the last: a sixth column only for it made the row too wide
        # for the editor at 150 % on a laptop (it scrolled sideways).
        grid.addWidget(self.title, 0, 0, 1, 4)
        grid.addWidget(remove, 0, 4, Qt.AlignmentFlag.AlignRight)
        spins = [
            (QCoreApplication.translate("ExerciseRow", "Sets"), "sets", SpinBox(1, 10, optional=True)),
            (QCoreApplication.translate("ExerciseRow", "Reps"), "reps", SpinBox(1, 100, optional=True)),
            (QCoreApplication.translate("ExerciseRow", "Hold"), "hold_seconds", SpinBox(1, 600, suffix=QCoreApplication.translate("Units", "s"), optional=True)),
            (QCoreApplication.translate("ExerciseRow", "Minutes"), "minutes", SpinBox(1, 180, optional=True)),
            (QCoreApplication.translate("ExerciseRow", "Days a week"), "days_per_week", SpinBox(1, 7)),
        ]
        for col, (label, field, spin) in enumerate(spins):
            caption = QLabel(label)
            caption.setBuddy(spin)
            grid.addWidget(caption, 1, col)
            grid.addWidget(named(b.spin(spin, self.path(field), self._label_for(label)), label), 2, col)
        self.first_field = spins[0][2]
        progression = named(b.line(QLineEdit(), self.path("progression"), lambda: QCoreApplication.translate("ExerciseRow", "{0} progression").format(self._name())), QCoreApplication.translate("ExerciseRow", "Progression"))
        progression.setPlaceholderText(QCoreApplication.translate("ExerciseRow", "How to progress (leave empty for the library's advice)"))
        grid.addWidget(progression, 3, 0, 1, 5)
        # The exercise's start and end drawing (or the clinic's photo), as the handout prints it.
        self.picture = ExercisePicture(catalog)
        grid.addWidget(self.picture, 4, 0, 1, 5)

    def _label_for(self, what: str) -> Callable[[], str]:
        return lambda: f"{self._name()} {what.lower()}"

    def _name(self) -> str:
        try:
            item = get_field(self.controller.plan, self.item_path)
        except KeyError:
            return QCoreApplication.translate("ExerciseRow", "exercise")
        if item.exercise and item.exercise in self.catalog.exercises:
            return str(self.catalog.exercises[item.exercise].name)
        return str(item.name or QCoreApplication.translate("ExerciseRow", "exercise"))

    def refresh(self, plan: CarePlan) -> None:
        super().refresh(plan)
        self.title.setText(self._name())
        try:
            self.picture.show_exercise(get_field(plan, self.item_path).exercise)
        except KeyError:
            self.picture.show_exercise(None)


class PhysiotherapyEditor(ModuleEditor):
    heading = QT_TRANSLATE_NOOP("PhysiotherapyEditor", "Physiotherapy")

    def __init__(self, controller: EditController, catalog: CatalogIndex, module_id: str, parent: QWidget | None = None) -> None:
        super().__init__(controller, catalog, module_id, parent)
        b = self.binder
        _box, form = self.group(QCoreApplication.translate("PhysiotherapyEditor", "Programme"))
        add_row(form, QCoreApplication.translate("PhysiotherapyEditor", "Sessions a week"), b.spin(SpinBox(0, 14, optional=True), self.m("sessions_per_week"), QCoreApplication.translate("PhysiotherapyEditor", "sessions a week")),
                QCoreApplication.translate("PhysiotherapyEditor", "Supervised physiotherapy sessions"))
        pacing = add_row(form, QCoreApplication.translate("PhysiotherapyEditor", "Activity pacing"), b.line(QLineEdit(), self.m("pacing"), QCoreApplication.translate("PhysiotherapyEditor", "activity pacing")))
        pacing.setPlaceholderText(QCoreApplication.translate("PhysiotherapyEditor", "e.g. break tasks into 20-minute blocks with rests"))  # type: ignore[attr-defined]
        walk = QWidget()
        row = QHBoxLayout(walk)
        row.setContentsMargins(0, 0, 0, 0)
        start = named(b.spin(SpinBox(1, 180, suffix=QCoreApplication.translate("Units", "min"), optional=True), self.m("walking_start_minutes"), QCoreApplication.translate("PhysiotherapyEditor", "walking start")), QCoreApplication.translate("PhysiotherapyEditor", "Walking: start at"))
        target = named(b.spin(SpinBox(1, 300, suffix=QCoreApplication.translate("Units", "min"), optional=True), self.m("walking_target_minutes"), QCoreApplication.translate("PhysiotherapyEditor", "walking target")), QCoreApplication.translate("PhysiotherapyEditor", "Walking: build up to"))
        row.addWidget(start)
        row.addWidget(QLabel(QCoreApplication.translate("PhysiotherapyEditor", "building up to")))
        row.addWidget(target)
        row.addStretch(1)
        form.addRow(QCoreApplication.translate("PhysiotherapyEditor", "Graded walking, start at"), walk)

        list_path = self.m("exercises")
        self.rows = RowList(list_path, lambda item_id: ExerciseRow(controller, catalog, list_path, item_id),
                            QCoreApplication.translate("PhysiotherapyEditor", "No exercises yet. Pick one from the library below."))
        _box, ex_form = self.group(QCoreApplication.translate("PhysiotherapyEditor", "Exercises"))
        ex_form.addRow(self.rows)
        self.picker = named(QLineEdit(), QCoreApplication.translate("PhysiotherapyEditor", "Add an exercise"), QCoreApplication.translate("PhysiotherapyEditor", "Type to search the exercise library, then press Enter"))
        self.picker.setPlaceholderText(QCoreApplication.translate("PhysiotherapyEditor", "Type an exercise to add, e.g. pelvic tilt"))
        completer = QCompleter([label for label, _ in exercise_choices(catalog)], self.picker)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.picker.setCompleter(completer)
        self.picker.returnPressed.connect(self._on_add)
        self.picker.setProperty("edit_only", True)  # hidden on a signed plan
        add = named(QPushButton(QCoreApplication.translate("PhysiotherapyEditor", "Add exercise")), QCoreApplication.translate("PhysiotherapyEditor", "Add exercise"))
        add.clicked.connect(self._on_add)
        pick_row = QHBoxLayout()
        pick_row.addWidget(self.picker, 1)
        pick_row.addWidget(add)
        ex_form.addRow(pick_row)
        # The library's picture of the exercise the picker points at, before it is added.
        self.preview = ExercisePicture(catalog)
        self.preview.show_exercise(None)
        ex_form.addRow(self.preview)
        completer.highlighted.connect(self._on_preview)
        self.picker.textChanged.connect(self._on_preview)
        self.add_notes(QCoreApplication.translate("PhysiotherapyEditor", "Physiotherapy"))

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
            self.preview.show_exercise(None)
            self.rows.refresh(self.controller.plan)
            self.rows.focus_item(item.id)

    def _on_preview(self, text: str) -> None:
        found = find_exercise(self.catalog, text)
        self.preview.show_exercise(found.id if found is not None else None)

    def refresh(self, plan: CarePlan) -> None:
        super().refresh(plan)
        self.rows.refresh(plan)

    def focus_item(self, item_id: str) -> None:
        self.rows.focus_item(item_id)
