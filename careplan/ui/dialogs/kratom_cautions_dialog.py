"""The kratom cautions, shown when the module is enabled and again each time one is added."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from careplan.domain.catalog import CatalogIndex
from careplan.ui.screen_fit import FittedDialog
from careplan.ui.translations import QT_TRANSLATE_NOOP

INTRO = (
    QT_TRANSLATE_NOOP("KratomCautionsDialog", "Kratom is not an approved medicine. Research has not established a safe dose, products vary "
    "widely in strength, and it may be illegal where the patient lives. Careplan records reported "
    "use and your counselling; it never suggests a dose or a product.")
)


def cautions_html(catalog: CatalogIndex) -> str:
    items = "".join(
        f"<li><b>{html.escape(c.title)}</b><br>{html.escape(c.clinician_text)}</li>" for c in catalog.data.kratom_cautions
    )
    note = html.escape(catalog.data.jurisdictions.verify_note)
    return f"<p>{html.escape(QCoreApplication.translate('KratomCautionsDialog', INTRO))}</p><ul>{items}</ul><p><i>{note}</i></p>"


class KratomCautionsDialog(FittedDialog):
    def __init__(self, catalog: CatalogIndex, by: str = "", *, purpose: str = "add", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("KratomCautionsDialog", "Kratom: cautions to accept"))
        self.resize(640, 560)
        lead = QCoreApplication.translate("KratomCautionsDialog", "Enable the kratom module") if purpose == "enable" else QCoreApplication.translate("KratomCautionsDialog", "Add a kratom module to this plan")
        heading = QLabel(QCoreApplication.translate("KratomCautionsDialog", "<b>{0}</b>: read and accept these cautions first.").format(lead))
        heading.setWordWrap(True)
        self.text = text = QTextBrowser()
        text.setAccessibleName(QCoreApplication.translate("KratomCautionsDialog", "Kratom cautions"))
        text.setHtml(cautions_html(catalog))
        self.accept_box = QCheckBox(QCoreApplication.translate("KratomCautionsDialog", "I have read these cautions and will go through them with the patient"))
        self.accept_box.setAccessibleName(QCoreApplication.translate("KratomCautionsDialog", "Accept the kratom cautions"))
        self.by_edit = QLineEdit(by)
        self.by_edit.setAccessibleName(QCoreApplication.translate("KratomCautionsDialog", "Accepted by"))
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("KratomCautionsDialog", "Accepted by"), self.by_edit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(QCoreApplication.translate("KratomCautionsDialog", "Accept"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(text, 1)
        layout.addWidget(self.accept_box)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.accept_box.toggled.connect(self._on_toggled)
        self._on_toggled(False)

    def _on_toggled(self, checked: bool) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(checked)

    def accepted_by(self) -> str:
        return self.by_edit.text().strip()
