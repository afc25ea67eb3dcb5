"""The "Monitoring and measures" part of the plan: monitoring with due dates, and measures per
visit with their scores and trend."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from careplan.domain.catalog import CatalogIndex
from careplan.domain.plan import CarePlan
from careplan.ui.edit_controller import EditController
from careplan.ui.editors.base import PartEditor
from careplan.ui.stewardship.measures_panel import MeasuresPanel
from careplan.ui.stewardship.monitoring_panel import MonitoringPanel
from careplan.ui.translations import QT_TRANSLATE_NOOP


class OverTimeEditor(PartEditor):
    heading = QT_TRANSLATE_NOOP("OverTimeEditor", "Monitoring and measures")

    def __init__(self, controller: EditController, catalog: CatalogIndex, parent: QWidget | None = None) -> None:
        super().__init__(controller, catalog, parent)
        intro = QLabel(QCoreApplication.translate("OverTimeEditor", "Record monitoring as it is done and the patient's answers at each visit. Due dates follow "
                       "the sourced intervals for the plan's medicines; scores follow each measure's published rule."))
        intro.setWordWrap(True)
        self.layout_.addWidget(intro)
        self.monitoring = MonitoringPanel(controller, catalog)
        self.measures = MeasuresPanel(controller)
        for title, panel in ((QCoreApplication.translate("OverTimeEditor", "Monitoring"), self.monitoring), (QCoreApplication.translate("OverTimeEditor", "Measures by visit"), self.measures)):
            box = QGroupBox(title)
            inner = QVBoxLayout(box)
            inner.addWidget(panel)
            self.layout_.addWidget(box)
        self.layout_.addStretch(1)

    def refresh(self, plan: CarePlan) -> None:
        super().refresh(plan)
        self.monitoring.refresh(plan)
        self.measures.refresh(plan)
