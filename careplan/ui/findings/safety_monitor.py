"""Re-checks the plan on every change and publishes the safety report (findings and MME).

A check is pure and takes 3-15 ms for a real plan (0.3 ms a medicine line), so it runs on the GUI
thread on every edit and the findings follow the plan as it is typed. The largest plan the model
allows (250 lines) takes ~90 ms a check (issue 25), which would make every keystroke lag: once a
check has cost more than LIVE_BUDGET_S (~150 lines), edits are coalesced and the check runs when they pause (SETTLE_MS), or at least
every MAX_STALE_S while they go on. Meanwhile ``checking`` is true and the status bar says so, and
anything that acts on the findings (export, print, sign) reads :attr:`SafetyMonitor.report`,
which checks first when a check is owed: never a stale report behind a decision.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, QTimer, Signal

from careplan.domain.catalog import CatalogIndex
from careplan.domain.findings import SafetyReport
from careplan.domain.safety import check_plan
from careplan.ui.document import PlanDocument

LIVE_BUDGET_S = 0.050
SETTLE_MS = 250
MAX_STALE_S = 1.0


class SafetyMonitor(QObject):
    """The plan's current safety report, checked live (or, for a very large plan, once edits pause)."""

    report_changed = Signal()
    checking_changed = Signal(bool)

    def __init__(self, document: PlanDocument, catalog: CatalogIndex, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.catalog = catalog
        self._report = SafetyReport()
        self._cost_s = 0.0
        self._owed_since: float | None = None
        self._new_document = False
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self._check)
        document.document_reset.connect(self._on_document_reset)
        document.plan_changed.connect(self._on_plan_changed)
        self._check()

    @property
    def report(self) -> SafetyReport:
        """The report for the plan as it is now (checked first if an edit is still owed one)."""
        if self._owed_since is not None:
            self._check()
        return self._report

    @property
    def checking(self) -> bool:
        """True while an edit waits for its check (a large plan being edited)."""
        return self._owed_since is not None

    def _on_document_reset(self) -> None:
        # Another plan was opened: the findings on screen are another patient's until it is checked,
        # so its first check runs at once, whatever the last plan's checks cost.
        self._new_document = True

    def _on_plan_changed(self) -> None:
        if self._new_document or self._cost_s <= LIVE_BUDGET_S:
            self._check()
            return
        now = time.monotonic()
        if self._owed_since is None:
            self._owed_since = now
            self.checking_changed.emit(True)
        elif now - self._owed_since >= MAX_STALE_S:
            self._check()  # edits that never pause still get findings this often
            return
        self._settle.start()  # (re)started: the check waits for a pause in the edits

    def _check(self) -> None:
        owed = self._owed_since is not None
        self._owed_since = None
        self._new_document = False
        self._settle.stop()
        started = time.perf_counter()
        report = check_plan(self.document.plan, self.catalog)
        self._cost_s = time.perf_counter() - started
        if report != self._report:
            self._report = report
            self.report_changed.emit()
        if owed:
            self.checking_changed.emit(False)

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
