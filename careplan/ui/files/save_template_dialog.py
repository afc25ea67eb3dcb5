"""Save as template: a title, description, tags and level of care; patient details are removed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from careplan.domain.plan import TemplateInfo
from careplan.ui.editors.widgets import ComboBox
from careplan.ui.screen_fit import FittedDialog
from careplan.ui.translations import QT_TRANSLATE_NOOP, translated_choices

TIER_CHOICES = [(QT_TRANSLATE_NOOP("SaveTemplateDialog", "1 \u2013 Primary care"), 1), (QT_TRANSLATE_NOOP("SaveTemplateDialog", "2 \u2013 Specialist"), 2), (QT_TRANSLATE_NOOP("SaveTemplateDialog", "3 \u2013 Interdisciplinary"), 3)]


class SaveTemplateDialog(FittedDialog):
    def __init__(self, title: str, author: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("SaveTemplateDialog", "Save as template"))
        self.setMinimumWidth(480)
        note = QLabel(QCoreApplication.translate("SaveTemplateDialog", "The template keeps the plan's modules, goals and follow-up. The patient's details, "
                      "dates and acknowledgements are removed."))
        note.setWordWrap(True)
        self.title_edit = QLineEdit(title)
        self.title_edit.setAccessibleName(QCoreApplication.translate("SaveTemplateDialog", "Template title"))
        self.description = QLineEdit()
        self.description.setAccessibleName(QCoreApplication.translate("SaveTemplateDialog", "Description"))
        self.description.setPlaceholderText(QCoreApplication.translate("SaveTemplateDialog", "Who it suits, in one sentence"))
        self.tags = QLineEdit()
        self.tags.setAccessibleName(QCoreApplication.translate("SaveTemplateDialog", "Tags"))
        self.tags.setPlaceholderText(QCoreApplication.translate("SaveTemplateDialog", "e.g. back pain, primary care"))
        self.tier = ComboBox(translated_choices("SaveTemplateDialog", TIER_CHOICES))
        self.tier.setAccessibleName(QCoreApplication.translate("SaveTemplateDialog", "Level of care"))
        self.author = QLineEdit(author)
        self.author.setAccessibleName(QCoreApplication.translate("SaveTemplateDialog", "Author"))
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("SaveTemplateDialog", "Title"), self.title_edit)
        form.addRow(QCoreApplication.translate("SaveTemplateDialog", "Description"), self.description)
        form.addRow(QCoreApplication.translate("SaveTemplateDialog", "Tags"), self.tags)
        form.addRow(QCoreApplication.translate("SaveTemplateDialog", "Level of care"), self.tier)
        form.addRow(QCoreApplication.translate("SaveTemplateDialog", "Author"), self.author)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.title_edit.textChanged.connect(
            lambda text: self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(bool(text.strip()))
        )

    def title(self) -> str:
        return self.title_edit.text().strip()

    def info(self) -> TemplateInfo:
        tags = [t.strip() for t in self.tags.text().split(",") if t.strip()]
        return TemplateInfo(description=self.description.text().strip(), tags=tags, tier=self.tier.currentData(),
                            author=self.author.text().strip())
