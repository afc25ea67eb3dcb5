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
    def __init__(self, entries: list[TemplateEntry], problems: list[str] | None = None, parent: QWidget | None = None,
                 *, ahead: bool = False) -> None:
        """``ahead``: built before it is needed (hidden, no template parsed); ``reopen`` shows it."""
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("TemplatePickerDialog", "New plan from a template"))
        self.resize(860, 520)
        self.browser = TemplateBrowser([])
        self.browser.previewing = not ahead
        self.browser.set_entries(entries)
        self.browser.splitter.setSizes([340, 520])
        # The browser's parts, as tests and callers address them.
        self.search, self.list, self.preview = self.browser.search, self.browser.list, self.browser.preview
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(QCoreApplication.translate("TemplatePickerDialog", "Create plan"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        self.note = QLabel()
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self._show_problems(problems or [])
        layout.addWidget(self.buttons)
        self.browser.chosen.connect(self.accept)
        self.browser.selection_changed.connect(self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled)
        self.search.setFocus()

    def _show_problems(self, problems: list[str]) -> None:
        self.note.setText(QCoreApplication.translate("TemplatePickerDialog", "Some template files could not be read: ") + "; ".join(problems[:3]))
        self.note.setVisible(bool(problems))

    def reopen(self, entries: list[TemplateEntry], problems: list[str]) -> None:
        """Ready to show again with the library as listed now: the list rebuilt only if it
        changed, the search cleared, the first template selected and previewed afresh."""
        if entries != self.browser.listed:
            self.browser.set_entries(entries)
        self._show_problems(problems)
        self.browser.start_over()
        self.search.setFocus()

    def release(self) -> None:
        """After use: forget the templates read for the preview (they may be large, and stale later)."""
        self.browser.loaded = {}

    @property
    def loaded(self) -> dict[str, CarePlan]:
        return self.browser.loaded

    def selected_id(self) -> str | None:
        """The chosen template id, or None for a blank plan."""
        return self.browser.selected_id()
