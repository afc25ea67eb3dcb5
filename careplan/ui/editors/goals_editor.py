"""SMART goals: what, how it is measured, the target and when."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLineEdit, QPushButton, QWidget

from careplan.domain.catalog import CatalogIndex
from careplan.domain.plan import CarePlan, Goal
from careplan.ui.edit_controller import EditController
from careplan.ui.editors.base import PartEditor, add_row, named
from careplan.ui.editors.date_field import DateField
from careplan.ui.editors.row_list import Row, RowList
from careplan.ui.translations import QT_TRANSLATE_NOOP

LIST: tuple[str, ...] = ("goals",)


class GoalRow(Row):
    def __init__(self, controller: EditController, item_id: str) -> None:
        super().__init__(controller, LIST, item_id)
        form = QFormLayout(self)
        b = self.binder
        self.first_field = add_row(form, QCoreApplication.translate("GoalRow", "Goal"), b.line(QLineEdit(), self.path("text"), "goal"))
        measure = QWidget()
        row = QHBoxLayout(measure)
        row.setContentsMargins(0, 0, 0, 0)
        m = named(b.line(QLineEdit(), self.path("measure"), QCoreApplication.translate("GoalRow", "goal measure")), QCoreApplication.translate("GoalRow", "Measure"))
        m.setPlaceholderText(QCoreApplication.translate("GoalRow", "e.g. PEG, minutes walked"))
        t = named(b.line(QLineEdit(), self.path("target"), QCoreApplication.translate("GoalRow", "goal target")), QCoreApplication.translate("GoalRow", "Target"))
        t.setPlaceholderText(QCoreApplication.translate("GoalRow", "e.g. 4 or lower"))
        d = named(b.date(DateField(), self.path("due"), QCoreApplication.translate("GoalRow", "goal due date")), QCoreApplication.translate("GoalRow", "Due date"), QCoreApplication.translate("GoalRow", "When the goal should be reached"))
        remove = named(QPushButton(QCoreApplication.translate("GoalRow", "Remove")), QCoreApplication.translate("GoalRow", "Remove this goal"))
        remove.clicked.connect(lambda: controller.remove_item(LIST, item_id, "goal"))
        for widget in (m, t, d):
            row.addWidget(widget)
        row.addWidget(remove)
        form.addRow(QCoreApplication.translate("GoalRow", "Measure, target, due"), measure)


class GoalsEditor(PartEditor):
    heading = QT_TRANSLATE_NOOP("GoalsEditor", "Goals")

    def __init__(self, controller: EditController, catalog: CatalogIndex, parent: QWidget | None = None) -> None:
        super().__init__(controller, catalog, parent)
        self.rows = RowList(LIST, lambda item_id: GoalRow(controller, item_id), QCoreApplication.translate("GoalsEditor", "No goals yet. Add one the patient cares about."))
        _box, form = self.group(QCoreApplication.translate("GoalsEditor", "Goals (specific, measurable, with a date)"))
        form.addRow(self.rows)
        self.add = named(QPushButton(QCoreApplication.translate("GoalsEditor", "Add goal")), QCoreApplication.translate("GoalsEditor", "Add goal"))
        self.add.clicked.connect(self._on_add)
        form.addRow(self.add)
        self.layout_.addStretch(1)

    def _on_add(self) -> None:
        goal = Goal(text="New goal", measure=QCoreApplication.translate("GoalsEditor", "PEG"), target="")
        if self.controller.add_item(LIST, goal, "goal"):
            self.rows.refresh(self.controller.plan)
            self.rows.focus_item(goal.id)

    def refresh(self, plan: CarePlan) -> None:
        super().refresh(plan)
        self.rows.refresh(plan)

    def focus_item(self, item_id: str) -> None:
        self.rows.focus_item(item_id)
