"""New from template: search the library, preview what a template holds, pick one (or a blank plan)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from careplan.domain.plan import CarePlan
from careplan.storage.templates import TemplateEntry
from careplan.ui.files.template_browser import BLANK, TIERS, TemplateBrowser, template_html
from careplan.ui.screen_fit import FittedDialog

__all__ = ["BLANK", "TIERS", "TemplatePickerDialog", "template_html"]


class TemplatePickerDialog(FittedDialog):
    def __init__(self, entries: list[TemplateEntry], problems: list[str] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("TemplatePickerDialog", "New plan from a template"))
        self.resize(860, 520)
        self.browser = TemplateBrowser(entries)
        self.browser.splitter.setSizes([340, 520])
        # The browser's parts, as tests and callers address them.
        self.search, self.list, self.preview = self.browser.search, self.browser.list, self.browser.preview
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(QCoreApplication.translate("TemplatePickerDialog", "Create plan"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        if problems:
            note = QLabel(QCoreApplication.translate("TemplatePickerDialog", "Some template files could not be read: ") + "; ".join(problems[:3]))
            note.setWordWrap(True)
            layout.addWidget(note)
        layout.addWidget(self.buttons)
        self.browser.chosen.connect(self.accept)
        self.browser.selection_changed.connect(self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled)
        self.search.setFocus()

    @property
    def loaded(self) -> dict[str, CarePlan]:
        return self.browser.loaded

    def selected_id(self) -> str | None:
        """The chosen template id, or None for a blank plan."""
        return self.browser.selected_id()
