"""Export or print refused: the critical findings to acknowledge first, each with "Go to"."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from careplan.domain.findings import Finding
from careplan.ui.icons import severity_icon
from careplan.ui.screen_fit import FittedDialog


class BlockedDialog(FittedDialog):
    """Lists the blocking findings; "Go to" closes it with ``chosen`` set to the finding to show."""

    def __init__(self, findings: list[Finding], what: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The verb goes into the sentences below ("before you export"), in the screen's language.
        what = {"export": QCoreApplication.translate("BlockedDialog", "export"), "print": QCoreApplication.translate("BlockedDialog", "print")}.get(what, what)
        self.setWindowTitle(QCoreApplication.translate("BlockedDialog", "Acknowledge critical findings before you {0}").format(what))
        self.setMinimumWidth(480)
        self.findings = findings
        self.chosen: Finding | None = None
        n = len(findings)
        intro = QLabel(QCoreApplication.translate("BlockedDialog", "<p><b>%n critical finding(s)</b> must be acknowledged with a reason before you {0}. Go to one to read it, change the plan, or acknowledge it.</p>", "", n).format(what))
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(QCoreApplication.translate("BlockedDialog", "Critical findings to acknowledge"))
        self.list.setWordWrap(True)
        for finding in findings:
            item = QListWidgetItem(severity_icon(finding.severity), finding.title)
            item.setToolTip(finding.detail)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.go_to = QPushButton(QCoreApplication.translate("BlockedDialog", "Go to finding"))
        self.go_to.setDefault(True)
        self.go_to.setToolTip(QCoreApplication.translate("BlockedDialog", "Show this finding in the Findings panel and the part of the plan it concerns"))
        buttons = QDialogButtonBox()
        buttons.addButton(self.go_to, QDialogButtonBox.ButtonRole.AcceptRole)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.clicked.connect(self.reject)
        self.go_to.clicked.connect(self._on_go_to)
        self.list.itemActivated.connect(lambda _item: self._on_go_to())
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_go_to(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.findings):
            self.chosen = self.findings[row]
            self.accept()
