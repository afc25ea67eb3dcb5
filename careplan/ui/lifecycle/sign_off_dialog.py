"""Sign-off dialog: who signs (name, credentials) and what they are signing."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from careplan.domain.findings import SafetyReport
from careplan.domain.plan import CarePlan
from careplan.ui.screen_fit import FittedDialog


class SignOffDialog(FittedDialog):
    """Asks for the signer; the plan becomes final and read-only when accepted."""

    def __init__(self, plan: CarePlan, report: SafetyReport, name: str, credentials: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Sign off the plan")
        acknowledged = sum(1 for f in report.findings if f.acknowledged)
        summary = QLabel(
            f"<p><b>{escape(plan.title or 'Care plan')}</b>, revision {plan.revision}.</p>"
            f"<p>{report.count('critical')} critical finding(s), all acknowledged; {report.count('warning')} warning(s); "
            f"{acknowledged} acknowledgement(s) recorded. MME {report.mme.total:.0f}/day.</p>"
            "<p>Once signed, this revision is read-only. To change it later, start a new revision: "
            "this one stays as it was signed.</p>")
        summary.setWordWrap(True)
        self.name = QLineEdit(name)
        self.name.setAccessibleName("Signed by (name)")
        self.credentials = QLineEdit(credentials)
        self.credentials.setAccessibleName("Credentials")
        self.credentials.setPlaceholderText("e.g. MD, DO, NP, FRCA")
        form = QFormLayout()
        form.addRow("Signed by:", self.name)
        form.addRow("Credentials:", self.credentials)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.sign_button = self.buttons.addButton("Sign off", QDialogButtonBox.ButtonRole.AcceptRole)
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
