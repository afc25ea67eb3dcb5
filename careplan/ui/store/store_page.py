"""Preferences ▸ Clinic store: the store's URL (never a password), the clinic id, and Test connection."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from careplan.storage.preferences import Preferences
from careplan.ui.store.store_worker import run_in_background

OK_STYLE = "color: #1b5e20;"
PROBLEM_STYLE = "color: #b71c1c;"


class StorePage(QGroupBox):
    """The Clinic store group of the Preferences dialog; ``problem()`` is checked before it closes."""

    def __init__(self, preferences: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("StorePage", "Clinic store (optional: shared templates and signed versions on a clinic server)"), parent)
        self.url = QLineEdit(preferences.store_url)
        self.url.setAccessibleName(QCoreApplication.translate("StorePage", "Clinic store URL"))
        self.url.setPlaceholderText("postgresql://you@clinic-server/careplan?sslmode=verify-full")
        self.url.setToolTip(QCoreApplication.translate("StorePage", "Empty: plan files only. sqlite:///PATH for one computer. The password comes from "
                            "PGPASSWORD or a pgpass file, never from here."))
        self.clinic = QLineEdit(preferences.store_clinic_id)
        self.clinic.setAccessibleName(QCoreApplication.translate("StorePage", "Clinic id in the store"))
        self.clinic.setPlaceholderText("default")  # the clinic id used when empty, the same in every language
        self.test_button = QPushButton(QCoreApplication.translate("StorePage", "Test connection"))
        self.test_button.setAccessibleName(QCoreApplication.translate("StorePage", "Test the clinic store connection"))
        self.status = QLabel(QCoreApplication.translate("StorePage", "Plan files stay the record on this computer; the store gets a copy of each signed plan."))
        self.status.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.clinic, 1)
        row.addWidget(self.test_button)
        form = QFormLayout(self)
        caption = QLabel(QCoreApplication.translate("StorePage", "Store &URL"))
        caption.setBuddy(self.url)
        form.addRow(caption, self.url)
        form.addRow(QCoreApplication.translate("StorePage", "Clinic id"), row)
        form.addRow("", self.status)
        self.test_button.clicked.connect(self.test_connection)
        self._job: object | None = None

    def values(self) -> tuple[str, str]:
        return self.url.text().strip(), self.clinic.text().strip()

    def problem(self) -> str | None:
        """Why these settings cannot be saved (shown at the field), or None."""
        url, clinic = self.values()
        if not url:
            return None
        from careplan.storage.store.engine import has_password, parse_store_url
        from careplan.storage.store.errors import StoreError
        from careplan.storage.store.identity import check_clinic_id

        if has_password(url):
            return (QCoreApplication.translate("StorePage", "Leave the password out of the URL: Careplan never stores it. Set PGPASSWORD or use a pgpass file "
                    "(see docs/clinic-store.md)."))
        try:
            parse_store_url(url)
            if clinic:
                check_clinic_id(clinic)
        except StoreError as exc:
            return str(exc)[0].upper() + str(exc)[1:] + "."
        return None

    def show_problem(self, text: str) -> None:
        self.status.setStyleSheet(PROBLEM_STYLE)
        self.status.setText(f"\u26a0 {text}")

    def test_connection(self) -> None:
        """Connect off the GUI thread and say what the store holds for this clinic (or why it cannot be used)."""
        problem = self.problem()
        url, clinic = self.values()
        if problem is not None or not url:
            self.show_problem(problem or QCoreApplication.translate("StorePage", "Enter the store's URL first."))
            return
        from careplan.storage.store.library import describe_connection

        self.test_button.setEnabled(False)
        self.status.setStyleSheet("")
        self.status.setText(QCoreApplication.translate("StorePage", "Testing the connection\u2026"))
        self._job = run_in_background(self, lambda: describe_connection(url, clinic or "default"),
                                      self._on_tested, self._on_failed)

    def _on_tested(self, text: object) -> None:
        self.test_button.setEnabled(True)
        self.status.setStyleSheet(OK_STYLE)
        self.status.setText(f"\u2714 {text}")

    def _on_failed(self, message: str) -> None:
        self.test_button.setEnabled(True)
        self.show_problem(message[0].upper() + message[1:])
