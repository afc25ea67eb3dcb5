"""CBT for pain: sessions, cadence, focus areas from the catalog, homework and provider."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QLineEdit, QPlainTextEdit, QWidget

from careplan.domain.catalog import CatalogIndex
from careplan.ui.edit_controller import EditController
from careplan.ui.editors.base import add_row, check_box_flow, named
from careplan.ui.editors.module_base import ModuleEditor
from careplan.ui.editors.widgets import ComboBox, SpinBox
from careplan.ui.translations import QT_TRANSLATE_NOOP, translated_choices

CADENCES = [(QT_TRANSLATE_NOOP("CbtEditor", "Weekly"), "weekly"), (QT_TRANSLATE_NOOP("CbtEditor", "Every two weeks"), "fortnightly"), (QT_TRANSLATE_NOOP("CbtEditor", "Monthly"), "monthly")]


class CbtEditor(ModuleEditor):
    heading = QT_TRANSLATE_NOOP("CbtEditor", "CBT for pain")

    def __init__(self, controller: EditController, catalog: CatalogIndex, module_id: str, parent: QWidget | None = None) -> None:
        super().__init__(controller, catalog, module_id, parent)
        b = self.binder
        _box, form = self.group(QCoreApplication.translate("CbtEditor", "Sessions"))
        add_row(form, QCoreApplication.translate("CbtEditor", "&Number of sessions"), b.spin(SpinBox(1, 52, optional=True), self.m("sessions"), QCoreApplication.translate("CbtEditor", "number of sessions")))
        add_row(form, QCoreApplication.translate("CbtEditor", "How often"), b.combo(ComboBox(translated_choices("CbtEditor", CADENCES)), self.m("cadence"), QCoreApplication.translate("CbtEditor", "session cadence")))
        add_row(form, QCoreApplication.translate("CbtEditor", "Session length"), b.spin(SpinBox(10, 180, suffix=QCoreApplication.translate("Units", "min"), optional=True), self.m("session_minutes"), QCoreApplication.translate("CbtEditor", "session length")))
        add_row(form, QCoreApplication.translate("CbtEditor", "Provider"), b.line(QLineEdit(), self.m("provider"), QCoreApplication.translate("CbtEditor", "CBT provider")))
        box, _form = self.group(QCoreApplication.translate("CbtEditor", "Focus areas"))
        self.focus = {c.id: named(QCheckBox(c.name), c.name, c.clinician_text) for c in catalog.data.cbt_components}
        box.layout().addRow(check_box_flow(self.focus.values()))  # type: ignore[union-attr]
        b.check_group(self.focus, self.m("focus_areas"), QCoreApplication.translate("CbtEditor", "CBT focus areas"))
        _box, hw = self.group(QCoreApplication.translate("CbtEditor", "Homework"))
        homework = named(b.text(QPlainTextEdit(), self.m("homework"), QCoreApplication.translate("CbtEditor", "CBT homework")), QCoreApplication.translate("CbtEditor", "Homework"))
        homework.setMaximumHeight(80)
        hw.addRow(homework)
        self.add_notes(QCoreApplication.translate("CbtEditor", "CBT"))
