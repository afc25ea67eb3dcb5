"""The status bar: MME a day, findings count and the plan's save state."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from careplan.ui.document import PlanDocument
from careplan.ui.findings.findings_view import checking_line, summary_line
from careplan.ui.findings.safety_monitor import SafetyMonitor


class PlanStatusBar(QStatusBar):
    def __init__(self, document: PlanDocument, monitor: SafetyMonitor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.monitor = monitor
        self.saved_at: datetime | None = None
        self.mme = QLabel()
        self.mme.setAccessibleName(QCoreApplication.translate("PlanStatusBar", "Morphine milligram equivalents a day"))
        self.findings = QLabel()
        self.save_state = QLabel()
        self.save_state.setAccessibleName(QCoreApplication.translate("PlanStatusBar", "Save state"))
        self.addPermanentWidget(self.mme)
        self.addPermanentWidget(self.findings)
        self.addPermanentWidget(self.save_state)
        monitor.report_changed.connect(self._on_report_changed)
        monitor.checking_changed.connect(self._on_checking_changed)
        document.modified_changed.connect(self._on_modified_changed)
        document.document_reset.connect(self._on_reset)
        document.saved.connect(self._on_saved)
        self._on_report_changed()
        self._on_modified_changed(document.is_modified)

    def set_plan_shown(self, shown: bool) -> None:
        """The figures describe the open plan: hidden while the start page shows instead."""
        for label in (self.mme, self.findings, self.save_state):
            label.setVisible(shown)

    def _on_report_changed(self) -> None:
        mme = self.monitor.report.mme
        if mme.complete:
            self.mme.setText(QCoreApplication.translate("PlanStatusBar", "MME {0:g}/day").format(mme.total))
            self.mme.setToolTip(mme.caveat)
        else:
            # Never a quiet number: when an opioid's amount could not be counted, the total is a floor.
            self.mme.setText(QCoreApplication.translate("PlanStatusBar", "MME at least {0:g}/day ⚠").format(mme.total))
            self.mme.setToolTip(QCoreApplication.translate("PlanStatusBar", "Not every opioid's amount a day could be worked out (see Findings), so the real total may be higher. {0}").format(mme.caveat))
        self.findings.setText(summary_line(self.monitor.report))

    def _on_checking_changed(self, checking: bool) -> None:
        # A very large plan is checked when the edits pause: until then the count would be old news.
        if checking:
            self.findings.setText(checking_line())
        else:
            self._on_report_changed()

    def _on_reset(self) -> None:
        self.saved_at = None
        self._on_modified_changed(self.document.is_modified)

    def _on_saved(self) -> None:
        self.saved_at = datetime.now()
        self._on_modified_changed(self.document.is_modified)

    def _on_modified_changed(self, modified: bool) -> None:
        if modified:
            text = QCoreApplication.translate("PlanStatusBar", "Unsaved changes")
        elif self.saved_at is not None:
            text = QCoreApplication.translate("PlanStatusBar", "Saved {0:%H:%M}").format(self.saved_at)
        else:
            text = QCoreApplication.translate("PlanStatusBar", "Not saved yet") if self.document.path is None else QCoreApplication.translate("PlanStatusBar", "No changes since opening")
        self.save_state.setText(text)
