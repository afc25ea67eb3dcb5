"""The safety report's findings as a Qt list model (a thin adapter; the report is the data)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from careplan.domain.findings import Finding
from careplan.ui.findings.safety_monitor import SafetyMonitor
from careplan.ui.icons import severity_icon
from careplan.ui.translations import QT_TRANSLATE_NOOP

SEVERITY_WORDS = {"critical": QT_TRANSLATE_NOOP("FindingsModel", "Critical"), "warning": QT_TRANSLATE_NOOP("FindingsModel", "Warning"), "info": QT_TRANSLATE_NOOP("FindingsModel", "Note")}
FINDING_ROLE = Qt.ItemDataRole.UserRole + 1


def severity_word(severity: str) -> str:
    """Critical, Warning or Note in the screen's language."""
    return QCoreApplication.translate("FindingsModel", SEVERITY_WORDS[severity])


def finding_text(finding: Finding) -> str:
    if finding.acknowledged:
        suffix = QCoreApplication.translate("FindingsModel", " \u2013 acknowledged")
    elif finding.acknowledgement_lapsed:
        suffix = QCoreApplication.translate("FindingsModel", " \u2013 acknowledgement no longer covers it")
    else:
        suffix = ""
    return f"{severity_word(finding.severity)}: {finding.title}{suffix}"


class FindingsModel(QAbstractListModel):
    def __init__(self, monitor: SafetyMonitor, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._monitor = monitor
        self._findings = monitor.report.findings
        monitor.report_changed.connect(self._on_report_changed)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._findings)

    def finding(self, row: int) -> Finding | None:
        return self._findings[row] if 0 <= row < len(self._findings) else None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._findings):
            return None
        finding = self._findings[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return finding_text(finding)
        if role == Qt.ItemDataRole.DecorationRole:
            return severity_icon(finding.severity, finding.acknowledged)
        if role == Qt.ItemDataRole.ToolTipRole:
            return finding.detail
        if role == FINDING_ROLE:
            return finding.rule
        return None

    def _on_report_changed(self) -> None:
        self.beginResetModel()
        self._findings = self._monitor.report.findings
        self.endResetModel()
