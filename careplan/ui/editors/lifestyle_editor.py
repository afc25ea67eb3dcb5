"""Lifestyle targets (sleep, activity, weight, diet, smoking, alcohol), each a concrete target."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QWidget

from careplan.domain.catalog import CatalogIndex
from careplan.domain.codes import LIFESTYLE_AREAS
from careplan.domain.edits import FieldPath
from careplan.domain.plan import CarePlan, LifestyleGoal
from careplan.ui.code_words import code_word
from careplan.ui.edit_controller import EditController
from careplan.ui.editors.base import named
from careplan.ui.editors.module_base import ModuleEditor
from careplan.ui.editors.row_list import Row, RowList
from careplan.ui.editors.widgets import ComboBox
from careplan.ui.translations import QT_TRANSLATE_NOOP

AREAS = [(a.capitalize(), a) for a in LIFESTYLE_AREAS]


class TargetRow(Row):
    def __init__(self, controller: EditController, list_path: FieldPath, item_id: str) -> None:
        super().__init__(controller, list_path, item_id)
        row = QHBoxLayout(self)
        area = named(self.binder.combo(ComboBox(AREAS), self.path("area"), QCoreApplication.translate("TargetRow", "lifestyle area")), QCoreApplication.translate("TargetRow", "Area"))
        target = named(self.binder.line(QLineEdit(), self.path("target"), QCoreApplication.translate("TargetRow", "lifestyle target")), QCoreApplication.translate("TargetRow", "Target"))
        remove = named(QPushButton(QCoreApplication.translate("TargetRow", "Remove")), QCoreApplication.translate("TargetRow", "Remove this target"))
        remove.clicked.connect(lambda: controller.remove_item(list_path, item_id, QCoreApplication.translate("TargetRow", "lifestyle target")))
        row.addWidget(area)
        row.addWidget(target, 1)
        row.addWidget(remove)
        self.first_field = target


class LifestyleEditor(ModuleEditor):
    heading = QT_TRANSLATE_NOOP("LifestyleEditor", "Lifestyle")

    def __init__(self, controller: EditController, catalog: CatalogIndex, module_id: str, parent: QWidget | None = None) -> None:
        super().__init__(controller, catalog, module_id, parent)
        list_path = self.m("targets")
        self.rows = RowList(list_path, lambda item_id: TargetRow(controller, list_path, item_id),
                            QCoreApplication.translate("LifestyleEditor", "No targets yet. Pick a suggested one below."))
        _box, form = self.group(QCoreApplication.translate("LifestyleEditor", "Targets"))
        form.addRow(self.rows)
        self.suggestions = named(ComboBox([(f"{code_word(t.area.capitalize())}: {t.name}", t.id) for t in catalog.data.lifestyle_targets]),
                                 QCoreApplication.translate("LifestyleEditor", "Suggested target"))
        add = named(QPushButton(QCoreApplication.translate("LifestyleEditor", "Add target")), QCoreApplication.translate("LifestyleEditor", "Add target"))
        add.clicked.connect(self._on_add)
        pick = QHBoxLayout()
        pick.addWidget(self.suggestions, 1)
        pick.addWidget(add)
        form.addRow(pick)
        self.add_notes(QCoreApplication.translate("LifestyleEditor", "Lifestyle"))

    def _on_add(self) -> None:
        suggestion = self.catalog.lifestyle_targets[self.suggestions.currentData()]
        goal = LifestyleGoal(area=suggestion.area, target=suggestion.default_target, catalog_id=suggestion.id)
        if self.controller.add_item(self.m("targets"), goal, QCoreApplication.translate("LifestyleEditor", "lifestyle target")):
            self.rows.refresh(self.controller.plan)
            self.rows.focus_item(goal.id)

    def refresh(self, plan: CarePlan) -> None:
        super().refresh(plan)
        self.rows.refresh(plan)
