"""The findings panel: severity-marked list, the selected finding's detail, and its actions."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QModelIndex, QSize, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListView,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from careplan.domain.findings import Finding, SafetyReport
from careplan.ui.findings.findings_model import FindingsModel, detail_markup, severity_word
from careplan.ui.findings.safety_monitor import SafetyMonitor
from careplan.ui.flow_layout import FlowLayout
from careplan.ui.translations import QT_TRANSLATE_NOOP

FindingKey = tuple[str, tuple[str, ...], str]


def finding_key(finding: Finding) -> FindingKey:
    return (finding.rule, finding.items, finding.title)


def _counted(severity: str, n: int, *, plural_critical: bool) -> str:
    """ "2 warnings", "1 critical", in the screen's language (Qt's %n plural forms)."""
    if severity == "critical":
        if plural_critical:
            return QCoreApplication.translate("FindingsView", "%n critical(s)", "", n)
        return QCoreApplication.translate("FindingsView", "%n critical", "", n)
    if severity == "warning":
        return QCoreApplication.translate("FindingsView", "%n warning(s)", "", n)
    return QCoreApplication.translate("FindingsView", "%n note(s)", "", n)


def summary_line(report: SafetyReport) -> str:
    if not report.findings:
        return QCoreApplication.translate("FindingsView", "No findings: nothing in this plan needs attention.")
    parts = []
    for severity in ("critical", "warning", "info"):
        n = report.count(severity)
        if n:
            parts.append(_counted(severity, n, plural_critical=True))
    blocking = len(report.blocking)
    if blocking:
        parts.append(QCoreApplication.translate("FindingsView", "{0} to acknowledge before export").format(blocking))
    return " \u00b7 ".join(parts)


def checking_line() -> str:
    """In place of the summary while a very large plan's edits wait for their check."""
    return QCoreApplication.translate("FindingsView", "Checking the changes…")


def highest_open(report: SafetyReport) -> str | None:
    """The most severe finding not yet acknowledged ("critical", "warning", "info"), or None."""
    for severity in ("critical", "warning", "info"):
        if any(f.severity == severity and not f.acknowledged for f in report.findings):
            return severity
    return None


def open_summary(report: SafetyReport) -> str:
    """For the tab's tooltip: "1 critical and 2 warnings open, 1 acknowledged"."""
    open_counts = []
    for severity in ("critical", "warning", "info"):
        n = sum(1 for f in report.findings if f.severity == severity and not f.acknowledged)
        if n:
            open_counts.append(_counted(severity, n, plural_critical=False))
    acknowledged = sum(1 for f in report.findings if f.acknowledged)
    text = QCoreApplication.translate("FindingsView", "{0} open").format(', '.join(open_counts)) if open_counts else QCoreApplication.translate("FindingsView", "Nothing open")
    return text + (QCoreApplication.translate("FindingsView", "; {0} acknowledged").format(acknowledged) if acknowledged else "")


GONE = QT_TRANSLATE_NOOP("FindingsView", "a medicine or item no longer in this plan")


def detail_html(finding: Finding, item_names: dict[str, str]) -> str:
    """The finding as the clinician reads it: what, why, which items, sources, acknowledgement."""
    out = [f"<p><b>{severity_word(finding.severity)}: {html.escape(finding.title)}</b></p>",
           f"<p>{detail_markup(finding.detail)}</p>"]
    if finding.items:
        # Two items of one medicine read as one name (dict keeps the first-seen order). An id the
        # plan no longer holds (a medicine removed, still named by the flare plan) is said so, never
        # shown as its internal id ("i-ibu").
        names = ", ".join(html.escape(n) for n in dict.fromkeys(item_names.get(i, QCoreApplication.translate("FindingsView", GONE)) for i in finding.items))
        out.append(QCoreApplication.translate("FindingsView", "<p><b>Concerns:</b> {0}</p>").format(names))
    ack = finding.acknowledgement
    if ack is not None:
        who = f" by {html.escape(ack.by)}" if ack.by else ""
        out.append(QCoreApplication.translate("FindingsView", "<p><b>Acknowledged</b>{0} on {1:%d %b %Y %H:%M}: {2}</p>").format(who, ack.at, html.escape(ack.reason)))
    elif finding.severity == "critical":
        out.append(QCoreApplication.translate("FindingsView", "<p><i>Acknowledge this with a reason before exporting the handout.</i></p>"))
    if finding.sources:
        items = "".join(f"<li>{html.escape(s.citation)}</li>" for s in finding.sources)
        out.append(QCoreApplication.translate("FindingsView", "<p><b>Sources</b></p><ul>{0}</ul>").format(items))
    # The rule id is for support and for reading plan files, not for the decision: last, small, grey.
    out.append(QCoreApplication.translate("FindingsView", "<p style='color:gray'><small>Details: safety rule {0}</small></p>").format(html.escape(finding.rule)))
    return "".join(out)


class FindingsView(QWidget):
    """Lays out the panel; FindingsController decides what its buttons do."""

    finding_selected = Signal()

    def __init__(self, monitor: SafetyMonitor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.monitor = monitor
        self.model = FindingsModel(monitor, self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.list = QListView()
        self.list.setAccessibleName(QCoreApplication.translate("FindingsView", "Findings"))
        self.list.setModel(self.model)
        self.list.setWordWrap(True)
        self.list.setIconSize(QSize(18, 18))
        self.list.setUniformItemSizes(False)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.detail = QTextBrowser()
        self.detail.setAccessibleName(QCoreApplication.translate("FindingsView", "Finding detail"))
        self.detail.setOpenExternalLinks(True)
        self.go_to = QPushButton(QCoreApplication.translate("FindingsView", "Go to item"))
        self.go_to.setAccessibleName(QCoreApplication.translate("FindingsView", "Go to the item this finding concerns"))
        self.acknowledge = QPushButton(QCoreApplication.translate("FindingsView", "Acknowledge\u2026"))
        self.acknowledge.setAccessibleName(QCoreApplication.translate("FindingsView", "Acknowledge this finding with a reason"))
        self.withdraw = QPushButton(QCoreApplication.translate("FindingsView", "Withdraw"))
        self.withdraw.setAccessibleName(QCoreApplication.translate("FindingsView", "Withdraw this acknowledgement"))
        self.withdraw.setToolTip(QCoreApplication.translate("FindingsView", "Withdraw the acknowledgement: the finding counts as open again"))
        # The buttons wrap onto a second line in a narrow findings pane (150 % scaling) instead
        # of being cut off.
        button_row = QWidget()
        buttons = FlowLayout(button_row)
        for button in (self.go_to, self.acknowledge, self.withdraw):
            buttons.addWidget(button)
        splitter = QSplitter()
        splitter.setOrientation(splitter.orientation().Vertical)
        splitter.addWidget(self.list)
        holder = QWidget()
        holder_layout = QVBoxLayout(holder)
        holder_layout.setContentsMargins(0, 0, 0, 0)
        holder_layout.addWidget(self.detail)
        holder_layout.addWidget(button_row)
        splitter.addWidget(holder)
        # List and detail share the height (2:3): enough rows to see every severity at a glance
        # on a short screen, and room for the explanation.
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        self._selected_key: FindingKey | None = None
        self.model.modelAboutToBeReset.connect(self._on_about_to_reset)
        self.model.modelReset.connect(self._on_reset)
        self.list.selectionModel().currentChanged.connect(self._on_current_changed)
        monitor.checking_changed.connect(self._on_checking_changed)
        self._on_reset()

    def current_finding(self) -> Finding | None:
        index = self.list.currentIndex()
        return self.model.finding(index.row()) if index.isValid() else None

    def select_finding(self, finding: Finding) -> bool:
        """Select the finding with the same rule, items and title (reports are rebuilt on each edit)."""
        wanted = finding_key(finding)
        for row, candidate in enumerate(self.monitor.report.findings):
            if finding_key(candidate) == wanted:
                self.select_row(row)
                self.list.setFocus()
                return True
        return False

    def select_row(self, row: int) -> None:
        self.list.setCurrentIndex(self.model.index(row, 0))

    def _on_about_to_reset(self) -> None:
        finding = self.current_finding()
        self._selected_key = finding_key(finding) if finding else None

    def _on_reset(self) -> None:
        self.summary.setText(summary_line(self.monitor.report))
        # Keep the same finding selected while the plan is edited (the list is rebuilt each time).
        for row, finding in enumerate(self.monitor.report.findings):
            if self._selected_key is not None and finding_key(finding) == self._selected_key:
                self.list.setCurrentIndex(self.model.index(row, 0))
                break
        else:
            if self.model.rowCount():
                self.list.setCurrentIndex(self.model.index(0, 0))
        self._on_current_changed(self.list.currentIndex(), QModelIndex())

    def _on_checking_changed(self, checking: bool) -> None:
        if checking:
            # The list is the last check's until the edits pause: nothing is acknowledged from it.
            self.summary.setText(checking_line())
            self.acknowledge.setEnabled(False)
            self.withdraw.setEnabled(False)
        else:
            self._on_reset()

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        finding = self.model.finding(current.row()) if current.isValid() else None
        self.go_to.setEnabled(bool(finding and finding.items))
        settled = not self.monitor.checking  # (a large plan's edits waiting for their check: see above)
        self.acknowledge.setEnabled(finding is not None and settled)
        self.withdraw.setEnabled(settled)
        self.acknowledge.setText(QCoreApplication.translate("FindingsView", "Change reason\u2026") if finding and finding.acknowledged else QCoreApplication.translate("FindingsView", "Acknowledge\u2026"))
        self.withdraw.setVisible(bool(finding and finding.acknowledged))
        if finding is None:
            self.detail.setHtml(QCoreApplication.translate("FindingsView", "<p>Select a finding to read more.</p>") if self.model.rowCount() else "")
        self.finding_selected.emit()

    def show_detail(self, text: str) -> None:
        self.detail.setHtml(text)
