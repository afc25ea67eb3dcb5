"""Mindfulness: the practice (from the catalog), minutes a day, days a week, resources."""

from __future__ import annotations

from PySide6.QtWidgets import QPlainTextEdit, QWidget

from careplan.domain.catalog import CatalogIndex
from careplan.ui.edit_controller import EditController
from careplan.ui.editors.base import add_row
from careplan.ui.editors.module_base import ModuleEditor
from careplan.ui.editors.widgets import ComboBox, SpinBox


class MindfulnessEditor(ModuleEditor):
    heading = "Mindfulness"

    def __init__(self, controller: EditController, catalog: CatalogIndex, module_id: str, parent: QWidget | None = None) -> None:
        super().__init__(controller, catalog, module_id, parent)
        b = self.binder
        _box, form = self.group("Daily practice")
        practices = ComboBox([("Not chosen yet", None)] + [(p.name, p.id) for p in catalog.data.mindfulness_practices])
        add_row(form, "&Practice", b.combo(practices, self.m("practice"), "mindfulness practice"))
        add_row(form, "Minutes a day", b.spin(SpinBox(1, 180, suffix="min", optional=True), self.m("minutes_per_day"), "minutes a day"))
        add_row(form, "Days a week", b.spin(SpinBox(1, 7, optional=True), self.m("days_per_week"), "days a week"))
        resources = b.lines(QPlainTextEdit(), self.m("resources"), "mindfulness resources")
        resources.setPlaceholderText("One per line: apps, recordings, classes")
        resources.setMaximumHeight(90)
        add_row(form, "Resources", resources)
        self.add_notes("Mindfulness")
