"""Sign-off dialog: who signs (name, credentials) and what they are signing."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from careplan.domain.findings import SafetyReport
from careplan.domain.plan import CarePlan
from careplan.ui.screen_fit import FittedDialog


class SignOffDialog(FittedDialog):
    """Asks for the signer; the plan becomes final and read-only when accepted."""

    def __init__(self, plan: CarePlan, report: SafetyReport, name: str, credentials: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("SignOffDialog", "Sign off the plan"))
        acknowledged = sum(1 for f in report.findings if f.acknowledged)
        title = escape(plan.title or QCoreApplication.translate("SignOffDialog", "Care plan"))
        counts = (QCoreApplication.translate("SignOffDialog", "%n critical finding(s), all acknowledged", "", report.count("critical"))
                  + "; " + QCoreApplication.translate("SignOffDialog", "%n warning(s)", "", report.count("warning"))
                  + "; " + QCoreApplication.translate("SignOffDialog", "%n acknowledgement(s) recorded", "", acknowledged))
        summary = QLabel(
            QCoreApplication.translate("SignOffDialog", "<p><b>{0}</b>, revision {1}.</p>").format(title, plan.revision)
            + "<p>" + counts + ". "
            + QCoreApplication.translate("SignOffDialog", "MME {0:.0f}/day.").format(report.mme.total) + "</p>"
            + QCoreApplication.translate("SignOffDialog", "<p>Once signed, this revision is read-only. To change it later, start a new revision: "
                                         "this one stays as it was signed.</p>"))
        summary.setWordWrap(True)
        self.name = QLineEdit(name)
        self.name.setAccessibleName(QCoreApplication.translate("SignOffDialog", "Signed by (name)"))
        self.credentials = QLineEdit(credentials)
        self.credentials.setAccessibleName(QCoreApplication.translate("SignOffDialog", "Credentials"))
        self.credentials.setPlaceholderText(QCoreApplication.translate("SignOffDialog", "e.g. MD, DO, NP, FRCA"))
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("SignOffDialog", "Signed by:"), self.name)
        form.addRow(QCoreApplication.translate("SignOffDialog", "Credentials:"), self.credentials)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.sign_button = self.buttons.addButton(QCoreApplication.translate("SignOffDialog", "Sign off"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.name.textChanged.connect(self._on_name_changed)
        self._on_name_changed(self.name.text())
        self.resize(460, self.sizeHint().height())

    def _on_name_changed(self, text: str) -> None:
        self.sign_button.setEnabled(bool(text.strip()))

    def signer(self) -> tuple[str, str]:
        return self.name.text().strip(), self.credentials.text().strip()
