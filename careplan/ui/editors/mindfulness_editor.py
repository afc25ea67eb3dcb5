"""Mindfulness: the practice (from the catalog), minutes a day, days a week, resources."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from careplan.domain.catalog import CatalogIndex
from careplan.ui.edit_controller import EditController
from careplan.ui.editors.base import add_row
from careplan.ui.editors.module_base import ModuleEditor
from careplan.ui.editors.widgets import ComboBox, SpinBox
from careplan.ui.translations import QT_TRANSLATE_NOOP


class MindfulnessEditor(ModuleEditor):
    heading = QT_TRANSLATE_NOOP("MindfulnessEditor", "Mindfulness")

    def __init__(self, controller: EditController, catalog: CatalogIndex, module_id: str, parent: QWidget | None = None) -> None:
        super().__init__(controller, catalog, module_id, parent)
        b = self.binder
        _box, form = self.group(QCoreApplication.translate("MindfulnessEditor", "Daily practice"))
        practices = ComboBox([(QCoreApplication.translate("MindfulnessEditor", "Not chosen yet"), None)] + [(p.name, p.id) for p in catalog.data.mindfulness_practices])
        add_row(form, QCoreApplication.translate("MindfulnessEditor", "&Practice"), b.combo(practices, self.m("practice"), QCoreApplication.translate("MindfulnessEditor", "mindfulness practice")))
        add_row(form, QCoreApplication.translate("MindfulnessEditor", "Minutes a day"), b.spin(SpinBox(1, 180, suffix=QCoreApplication.translate("Units", "min"), optional=True), self.m("minutes_per_day"), QCoreApplication.translate("MindfulnessEditor", "minutes a day")))
        add_row(form, QCoreApplication.translate("MindfulnessEditor", "Days a week"), b.spin(SpinBox(1, 7, optional=True), self.m("days_per_week"), QCoreApplication.translate("MindfulnessEditor", "days a week")))
        resources = b.lines(QPlainTextEdit(), self.m("resources"), QCoreApplication.translate("MindfulnessEditor", "mindfulness resources"))
        resources.setPlaceholderText(QCoreApplication.translate("MindfulnessEditor", "One per line: apps, recordings, classes"))
        resources.setMaximumHeight(90)
        add_row(form, QCoreApplication.translate("MindfulnessEditor", "Resources"), resources)
        self.add_notes(QCoreApplication.translate("MindfulnessEditor", "Mindfulness"))
