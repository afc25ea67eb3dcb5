"""Choose what to export: the handout (which sections, large print) or the clinician summary."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from careplan.ui.screen_fit import FittedDialog


class ExportDialog(FittedDialog):
    def __init__(self, sections: list[tuple[str, str, bool]], large_print: bool, kind: str = "handout", parent: QWidget | None = None,
                 clinic_phone: str = "") -> None:
        """``sections`` holds (id, label, required) as the export module lists them; without a
        ``clinic_phone`` the dialog says that the handout prints a blank phone line."""
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("ExportDialog", "Export"))
        self.handout = QRadioButton(QCoreApplication.translate("ExportDialog", "Patient handout"))
        self.summary = QRadioButton(QCoreApplication.translate("ExportDialog", "Clinician summary"))
        (self.handout if kind == "handout" else self.summary).setChecked(True)
        what = QGroupBox(QCoreApplication.translate("ExportDialog", "What to export"))
        what_layout = QVBoxLayout(what)
        what_layout.addWidget(self.handout)
        what_layout.addWidget(self.summary)
        self.sections_box = QGroupBox(QCoreApplication.translate("ExportDialog", "Handout sections"))
        # Two columns, the clinician's choices beside the safety boxes that always print: one
        # long column of twelve was taller than a 1366x768 laptop at 150 %.
        sections_layout = QGridLayout(self.sections_box)
        sections_layout.addWidget(QLabel(QCoreApplication.translate("ExportDialog", "<b>Your choice</b>")), 0, 0)
        sections_layout.addWidget(QLabel(QCoreApplication.translate("ExportDialog", "<b>Always printed, for safety</b>")), 0, 1)
        self.section_checks: dict[str, QCheckBox] = {}
        rows = [1, 1]
        for section_id, label, required in sections:
            check = QCheckBox(label)
            check.setChecked(True)
            check.setEnabled(not required)
            check.setAccessibleName(label + (QCoreApplication.translate("ExportDialog", " (always printed, for safety)")
                                             if required else ""))
            self.section_checks[section_id] = check
            column = int(required)
            sections_layout.addWidget(check, rows[column], column)
            rows[column] += 1
        sections_layout.setRowStretch(max(rows), 1)
        self.large_print = QCheckBox(QCoreApplication.translate("ExportDialog", "Large print"))
        self.large_print.setChecked(large_print)
        self.large_print.setAccessibleName(QCoreApplication.translate("ExportDialog", "Large print"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(QCoreApplication.translate("ExportDialog", "Export\u2026"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(what)
        layout.addWidget(self.sections_box)
        layout.addWidget(self.large_print)
        self.phone_note: QLabel | None = None
        if not clinic_phone.strip():
            self.phone_note = QLabel(
                QCoreApplication.translate("ExportDialog", "No clinic phone number is set (Preferences). The handout will print a blank "
                "\u201cPhone: ______\u201d line for you to fill in by hand."))
            self.phone_note.setWordWrap(True)
            self.phone_note.setAccessibleName(QCoreApplication.translate("ExportDialog", "No clinic phone number"))
            layout.addWidget(self.phone_note)
        layout.addWidget(buttons)
        self.handout.toggled.connect(self.sections_box.setEnabled)
        self.sections_box.setEnabled(self.handout.isChecked())
        if self.phone_note is not None:
            # Only the handout prints the clinic's phone: greyed with the handout's sections when
            # the summary is chosen (greyed, not hidden, so the dialog does not jump in size).
            self.handout.toggled.connect(self.phone_note.setEnabled)
            self.phone_note.setEnabled(self.handout.isChecked())

    def kind(self) -> str:
        return "handout" if self.handout.isChecked() else "summary"

    def sections(self) -> frozenset[str] | None:
        chosen = frozenset(sid for sid, check in self.section_checks.items() if check.isChecked())
        return None if len(chosen) == len(self.section_checks) else chosen
