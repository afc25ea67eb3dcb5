"""Preferences: letterhead, clinician, default jurisdiction, print size, template folders, clinic store, kratom."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from careplan.domain.catalog import CatalogIndex
from careplan.domain.plan import utc_now
from careplan.storage.preferences import Preferences
from careplan.ui.dialogs.kratom_cautions_dialog import KratomCautionsDialog
from careplan.ui.dialogs.language_page import LanguagePage
from careplan.ui.editors.jurisdiction_field import JurisdictionEdit
from careplan.ui.screen_fit import FittedDialog
from careplan.ui.store.store_page import StorePage


class PathField(QWidget):
    """A path with a Browse button (a folder or an image file)."""

    def __init__(self, value: Path | None, *, folder: bool, name: str, placeholder: str = "") -> None:
        super().__init__()
        self.folder = folder
        self.edit = QLineEdit(str(value) if value else "")
        self.edit.setAccessibleName(name)
        self.edit.setPlaceholderText(placeholder)
        browse = QPushButton(QCoreApplication.translate("PathField", "Browse\u2026"))
        browse.setAccessibleName(QCoreApplication.translate("PathField", "Choose {0}").format(name.lower()))
        browse.clicked.connect(self._on_browse)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(browse)
        self.setFocusProxy(self.edit)

    def _on_browse(self) -> None:
        if self.folder:
            chosen = QFileDialog.getExistingDirectory(self, QCoreApplication.translate("PathField", "Choose a folder"), self.edit.text())
        else:
            chosen, _ = QFileDialog.getOpenFileName(self, QCoreApplication.translate("PathField", "Choose the clinic logo"), self.edit.text(), QCoreApplication.translate("PathField", "Images (*.png *.jpg *.jpeg)"))
        if chosen:
            self.edit.setText(chosen)

    def value(self) -> Path | None:
        text = self.edit.text().strip()
        return Path(text) if text else None


class PreferencesDialog(FittedDialog):
    def __init__(self, preferences: Preferences, catalog: CatalogIndex, default_personal: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("PreferencesDialog", "Preferences"))
        self.setMinimumWidth(600)
        self.original = preferences
        self.catalog = catalog
        self._kratom_accepted_at = preferences.kratom_cautions_accepted_at

        letterhead = QGroupBox(QCoreApplication.translate("PreferencesDialog", "Clinic letterhead (printed at the top of every handout)"))
        lform = QFormLayout(letterhead)
        self.clinic_name = self._line(lform, QCoreApplication.translate("PreferencesDialog", "Clinic &name"), preferences.clinic_name, QCoreApplication.translate("PreferencesDialog", "e.g. Riverside Pain Clinic"))
        self.clinic_address = QPlainTextEdit(preferences.clinic_address)
        self.clinic_address.setAccessibleName(QCoreApplication.translate("PreferencesDialog", "Clinic address"))
        self.clinic_address.setTabChangesFocus(True)
        self.clinic_address.setMaximumHeight(64)
        lform.addRow(QCoreApplication.translate("PreferencesDialog", "Address"), self.clinic_address)
        self.clinic_phone = self._line(lform, QCoreApplication.translate("PreferencesDialog", "Phone"), preferences.clinic_phone, "")
        self.logo = PathField(preferences.clinic_logo_path, folder=False, name=QCoreApplication.translate("PreferencesDialog", "Logo"), placeholder=QCoreApplication.translate("PreferencesDialog", "Optional PNG or JPEG"))
        lform.addRow(QCoreApplication.translate("PreferencesDialog", "Logo"), self.logo)

        you = QGroupBox(QCoreApplication.translate("PreferencesDialog", "You"))
        yform = QFormLayout(you)
        self.clinician_name = self._line(yform, QCoreApplication.translate("PreferencesDialog", "Your name"), preferences.clinician_name, QCoreApplication.translate("PreferencesDialog", "Recorded with acknowledgements"))
        self.clinician_credentials = self._line(yform, QCoreApplication.translate("PreferencesDialog", "Credentials"), preferences.clinician_credentials, QCoreApplication.translate("PreferencesDialog", "e.g. MD, FRCP"))
        self.clinician_licence = self._line(yform, QCoreApplication.translate("PreferencesDialog", "Licence number"), preferences.clinician_licence,
                                            QCoreApplication.translate("PreferencesDialog", "Printed with your name on the clinician summary's signature block"))

        plans = QGroupBox(QCoreApplication.translate("PreferencesDialog", "New plans and printing"))
        pform = QFormLayout(plans)
        self.jurisdiction = JurisdictionEdit(catalog)
        self.jurisdiction.setAccessibleName(QCoreApplication.translate("PreferencesDialog", "Default jurisdiction"))
        self.jurisdiction.setToolTip(QCoreApplication.translate("PreferencesDialog", "Filled in for every new plan; start typing a country or state and pick it"))
        self.jurisdiction.set_code(preferences.default_jurisdiction or None)
        self.jurisdiction_problem = QLabel()
        self.jurisdiction_problem.setWordWrap(True)
        self.jurisdiction_problem.setStyleSheet("color: #b71c1c;")
        self.jurisdiction_problem.hide()
        pform.addRow(QCoreApplication.translate("PreferencesDialog", "Patients usually live in"), self.jurisdiction)
        pform.addRow("", self.jurisdiction_problem)
        self.large_print = QCheckBox(QCoreApplication.translate("PreferencesDialog", "Print handouts in large print by default"))
        self.large_print.setChecked(preferences.large_print)
        pform.addRow(self.large_print)

        folders = QGroupBox(QCoreApplication.translate("PreferencesDialog", "Template folders"))
        fform = QFormLayout(folders)
        self.personal = PathField(preferences.personal_templates_dir, folder=True, name=QCoreApplication.translate("PreferencesDialog", "Your templates folder"),
                                  placeholder=str(default_personal))
        fform.addRow(QCoreApplication.translate("PreferencesDialog", "Your templates"), self.personal)
        self.shared = PathField(preferences.shared_templates_dir, folder=True, name=QCoreApplication.translate("PreferencesDialog", "Shared clinic templates folder"),
                                placeholder=QCoreApplication.translate("PreferencesDialog", "Optional, e.g. a network folder"))
        fform.addRow(QCoreApplication.translate("PreferencesDialog", "Shared clinic templates"), self.shared)

        self.store = StorePage(preferences)
        self.languages = LanguagePage(preferences, preferences.clinician_name)

        optional = QGroupBox(QCoreApplication.translate("PreferencesDialog", "Optional modules"))
        oform = QVBoxLayout(optional)
        self.kratom = QCheckBox(QCoreApplication.translate("PreferencesDialog", "Enable the kratom counselling module"))
        self.kratom.setAccessibleName(QCoreApplication.translate("PreferencesDialog", "Enable the kratom module"))
        self.kratom.setChecked(preferences.kratom_enabled)
        note = QLabel(QCoreApplication.translate("PreferencesDialog", "Off by default. Turning it on shows the cautions to accept; each plan that adds it records them again."))
        note.setWordWrap(True)
        oform.addWidget(self.kratom)
        oform.addWidget(note)
        self.kratom.toggled.connect(self._on_kratom_toggled)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        # The settings scroll, the buttons stay: at 150 % on a 1366x768 laptop the dialog is taller than the screen.
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        for box in (letterhead, you, plans, self.languages, folders, self.store, optional):
            body_layout.addWidget(box)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        height = body.sizeHint().height() + buttons.sizeHint().height() + 40
        if (screen := self.screen()) is not None:  # leave room for the title bar: the body scrolls instead
            height = min(height, int(screen.availableGeometry().height() * 0.9))
        self.resize(max(600, body.sizeHint().width() + 40), height)

    @staticmethod
    def _line(form: QFormLayout, label: str, value: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit(value)
        edit.setAccessibleName(label.replace("&", ""))
        edit.setPlaceholderText(placeholder)
        caption = QLabel(label)
        caption.setBuddy(edit)
        form.addRow(caption, edit)
        return edit

    def accept(self) -> None:
        try:
            self.jurisdiction.code()
        except ValueError as exc:
            self.jurisdiction_problem.setText(f"\u26a0 {exc}")
            self.jurisdiction_problem.show()
            self.jurisdiction.setFocus()
            return
        store_problem = self.store.problem()
        if store_problem is not None:
            self.store.show_problem(store_problem)
            self.store.url.setFocus()
            return
        super().accept()

    def _on_kratom_toggled(self, checked: bool) -> None:
        if not checked:
            return
        dialog = KratomCautionsDialog(self.catalog, self.clinician_name.text(), purpose="enable", parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._kratom_accepted_at = utc_now()
        else:
            self.kratom.blockSignals(True)
            self.kratom.setChecked(False)
            self.kratom.blockSignals(False)

    def preferences(self) -> Preferences:
        """The preferences as edited (every other field keeps its previous value)."""
        return self.original.model_copy(update={
            "clinic_name": self.clinic_name.text().strip(),
            "clinic_address": self.clinic_address.toPlainText().strip(),
            "clinic_phone": self.clinic_phone.text().strip(),
            "clinic_logo_path": self.logo.value(),
            "clinician_name": self.clinician_name.text().strip(),
            "clinician_credentials": self.clinician_credentials.text().strip(),
            "clinician_licence": self.clinician_licence.text().strip(),
            "default_jurisdiction": self.jurisdiction.code() or "",
            "large_print": self.large_print.isChecked(),
            "personal_templates_dir": self.personal.value(),
            "shared_templates_dir": self.shared.value(),
            "store_url": self.store.values()[0],
            "store_clinic_id": self.store.values()[1],
            "kratom_enabled": self.kratom.isChecked(),
            "kratom_cautions_accepted_at": self._kratom_accepted_at if self.kratom.isChecked() else self.original.kratom_cautions_accepted_at,
            **self.languages.values(),
        })
