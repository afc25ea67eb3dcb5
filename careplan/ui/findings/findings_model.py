"""The safety report's findings as a Qt list model (a thin adapter; the report is the data)."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from careplan.domain.findings import CLAUSES_INLINE, Finding, detail_clauses
from careplan.ui.findings.safety_monitor import SafetyMonitor
from careplan.ui.icons import severity_icon
from careplan.ui.translations import QT_TRANSLATE_NOOP

SEVERITY_WORDS = {"critical": QT_TRANSLATE_NOOP("FindingsModel", "Critical"), "warning": QT_TRANSLATE_NOOP("FindingsModel", "Warning"), "info": QT_TRANSLATE_NOOP("FindingsModel", "Note")}
FINDING_ROLE = Qt.ItemDataRole.UserRole + 1


def severity_word(severity: str) -> str:
    """Critical, Warning or Note in the screen's language."""
    return QCoreApplication.translate("FindingsModel", SEVERITY_WORDS[severity])


def detail_markup(detail: str) -> str:
    """A finding's detail as rich text (user words escaped): each clause once with its count, as
    the summary prints it (a plan that repeats a medicine line would otherwise list the same words
    again and again), many clauses one a line."""
    clauses = [html.escape(c) if n == 1 else
               QCoreApplication.translate("FindingsView", "{0} ({1} entries)").format(html.escape(c), n)
               for c, n in detail_clauses(detail)]
    return ("; " if len(clauses) <= CLAUSES_INLINE else ";<br>").join(clauses)


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
