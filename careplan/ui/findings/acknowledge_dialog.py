"""Acknowledge a finding: the clinician states why the plan stands as it is."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from careplan.domain.findings import Finding
from careplan.ui.findings.findings_model import SEVERITY_WORDS


class AcknowledgeDialog(QDialog):
    def __init__(self, finding: Finding, by: str = "", reason: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Acknowledge finding")
        self.setMinimumWidth(520)
        title = QLabel(f"<b>{SEVERITY_WORDS[finding.severity]}: {finding.title}</b>")
        title.setWordWrap(True)
        detail = QLabel(finding.detail)
        detail.setWordWrap(True)
        self.reason_edit = QPlainTextEdit(reason)
        self.reason_edit.setAccessibleName("Reason")
        self.reason_edit.setPlaceholderText("Why the plan stands as it is, e.g. short course, INR monitored weekly")
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setMaximumHeight(100)
        self.by_edit = QLineEdit(by)
        self.by_edit.setAccessibleName("Acknowledged by")
        form = QFormLayout()
        reason_label = QLabel("&Reason")
        reason_label.setBuddy(self.reason_edit)
        form.addRow(reason_label, self.reason_edit)
        by_label = QLabel("&By")
        by_label.setBuddy(self.by_edit)
        form.addRow(by_label, self.by_edit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Acknowledge")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(detail)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.reason_edit.textChanged.connect(self._on_reason_changed)
        self._on_reason_changed()
        self.reason_edit.setFocus()

    def reason(self) -> str:
        return self.reason_edit.toPlainText().strip()

    def by(self) -> str:
        return self.by_edit.text().strip()

    def _on_reason_changed(self) -> None:
        # A reason is what makes an acknowledgement worth anything: no reason, no button.
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.reason()))
