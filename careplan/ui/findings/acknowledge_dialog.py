"""Acknowledge a finding: the clinician states why the plan stands as it is."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from careplan.domain.entry_checks import reason_problem
from careplan.domain.errors import with_label
from careplan.domain.findings import Finding
from careplan.ui.findings.findings_model import detail_markup, severity_word
from careplan.ui.screen_fit import FittedDialog


class AcknowledgeDialog(FittedDialog):
    def __init__(self, finding: Finding, by: str = "", reason: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("AcknowledgeDialog", "Acknowledge finding"))
        self.setMinimumWidth(520)
        # Rich text built here, with the finding's words escaped (they can quote the patient's record).
        title = QLabel(f"<b>{severity_word(finding.severity)}: {html.escape(finding.title)}</b>")
        title.setTextFormat(Qt.TextFormat.RichText)
        title.setWordWrap(True)
        detail = QLabel(detail_markup(finding.detail))
        detail.setTextFormat(Qt.TextFormat.RichText)
        detail.setWordWrap(True)
        self.reason_edit = QPlainTextEdit(reason)
        self.reason_edit.setAccessibleName(QCoreApplication.translate("AcknowledgeDialog", "Reason"))
        self.reason_edit.setPlaceholderText(QCoreApplication.translate("AcknowledgeDialog", "Why the plan stands as it is, e.g. short course, INR monitored weekly"))
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setMaximumHeight(100)
        self.by_edit = QLineEdit(by)
        self.by_edit.setAccessibleName(QCoreApplication.translate("AcknowledgeDialog", "Acknowledged by"))
        self.by_edit.setPlaceholderText(QCoreApplication.translate("AcknowledgeDialog", "Your name (set it once in Preferences)"))
        self.by_edit.setToolTip(QCoreApplication.translate("AcknowledgeDialog", "Who takes responsibility for this decision; printed in the clinician summary"))
        self.reason_edit.setToolTip(QCoreApplication.translate("AcknowledgeDialog", "Why the plan stands as it is; printed in the clinician summary"))
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setEnabled(False)
        form = QFormLayout()
        reason_label = QLabel(QCoreApplication.translate("AcknowledgeDialog", "&Reason"))
        reason_label.setBuddy(self.reason_edit)
        form.addRow(reason_label, self.reason_edit)
        by_label = QLabel(QCoreApplication.translate("AcknowledgeDialog", "&By"))
        by_label.setBuddy(self.by_edit)
        form.addRow(by_label, self.by_edit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(QCoreApplication.translate("AcknowledgeDialog", "Acknowledge"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(detail)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.reason_edit.textChanged.connect(self._on_reason_changed)
        self.by_edit.textChanged.connect(self._on_reason_changed)
        self._on_reason_changed()
        (self.reason_edit if self.by() else self.by_edit).setFocus()

    def reason(self) -> str:
        return self.reason_edit.toPlainText().strip()

    def by(self) -> str:
        return self.by_edit.text().strip()

    def _on_reason_changed(self) -> None:
        # A reason and a name are what make an acknowledgement worth anything: without both, no button.
        missing = [what for what, value in ((QCoreApplication.translate("AcknowledgeDialog", "a reason"), self.reason()), (QCoreApplication.translate("AcknowledgeDialog", "who acknowledges it"), self.by())) if not value]
        thin = reason_problem(self.reason()) if self.reason() else None
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not missing and thin is None)
        if missing:
            self.hint.setText(QCoreApplication.translate("AcknowledgeDialog", "Needs {0}.").format(QCoreApplication.translate("AcknowledgeDialog", " and ").join(missing)))
        else:
            self.hint.setText(with_label(QCoreApplication.translate("AcknowledgeDialog", "Reason"), thin) if thin else "")
