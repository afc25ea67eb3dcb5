"""Re-checks the plan on every change and publishes the safety report (findings and MME)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from careplan.domain.catalog import CatalogIndex
from careplan.domain.findings import SafetyReport
from careplan.domain.safety import check_plan
from careplan.ui.document import PlanDocument


class SafetyMonitor(QObject):
    """The checks are pure and take a few milliseconds, so they run on the GUI thread, live."""

    report_changed = Signal()

    def __init__(self, document: PlanDocument, catalog: CatalogIndex, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.catalog = catalog
        self.report = SafetyReport()
        document.plan_changed.connect(self._on_plan_changed)
        self._on_plan_changed()

    def _on_plan_changed(self) -> None:
        report = check_plan(self.document.plan, self.catalog)
        if report != self.report:
            self.report = report
            self.report_changed.emit()

    def module_severity(self) -> dict[str, str]:
        """Each module's worst unacknowledged finding, for the outline's markers."""
        plan = self.document.plan
        owner: dict[str, str] = {}
        for module in plan.modules:
            owner[module.id] = module.id
            for list_name in ("items", "exercises", "targets"):
                for element in getattr(module, list_name, []):
                    owner[element.id] = module.id
        worst: dict[str, str] = {}
        rank = {"critical": 0, "warning": 1, "info": 2}
        for finding in self.report.findings:
            if finding.acknowledged:
                continue
            for item in finding.items:
                module_id = owner.get(item)
                if module_id and rank[finding.severity] < rank.get(worst.get(module_id, "none"), 9):
                    worst[module_id] = finding.severity
        return worst
