"""Save as template: a title, description, tags and level of care; patient details are removed."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from careplan.domain.plan import TemplateInfo
from careplan.ui.editors.widgets import ComboBox
from careplan.ui.screen_fit import FittedDialog

TIER_CHOICES = [("1 \u2013 Primary care", 1), ("2 \u2013 Specialist", 2), ("3 \u2013 Interdisciplinary", 3)]


class SaveTemplateDialog(FittedDialog):
    def __init__(self, title: str, author: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Save as template")
        self.setMinimumWidth(480)
        note = QLabel("The template keeps the plan's modules, goals and follow-up. The patient's details, "
                      "dates and acknowledgements are removed.")
        note.setWordWrap(True)
        self.title_edit = QLineEdit(title)
        self.title_edit.setAccessibleName("Template title")
        self.description = QLineEdit()
        self.description.setAccessibleName("Description")
        self.description.setPlaceholderText("Who it suits, in one sentence")
        self.tags = QLineEdit()
        self.tags.setAccessibleName("Tags")
        self.tags.setPlaceholderText("e.g. back pain, primary care")
        self.tier = ComboBox(TIER_CHOICES)
        self.tier.setAccessibleName("Level of care")
        self.author = QLineEdit(author)
        self.author.setAccessibleName("Author")
        form = QFormLayout()
        form.addRow("Title", self.title_edit)
        form.addRow("Description", self.description)
        form.addRow("Tags", self.tags)
        form.addRow("Level of care", self.tier)
        form.addRow("Author", self.author)
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
