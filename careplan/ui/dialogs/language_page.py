"""Preferences, Languages: the screens' language (from the next start) and the clinic's review of
each translated handout language's wording (recorded per catalog version)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QLineEdit, QPushButton, QWidget

from careplan.domain.languages import LanguageReview, language_name
from careplan.export.language_review import review_statement
from careplan.export.patient_catalog import SOURCE_LANGUAGE, available_languages, catalog_version
from careplan.storage.preferences import Preferences
from careplan.ui.translations import SCREEN_LANGUAGES


class LanguagePage(QGroupBox):
    """The language settings: a screen-language picker and one review row per handout language."""

    def __init__(self, preferences: Preferences, reviewer: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Languages"), parent)
        self.reviews: list[LanguageReview] = list(preferences.language_reviews)
        form = QFormLayout(self)
        self.screen_language = QComboBox()
        self.screen_language.setAccessibleName(self.tr("Language of the screens"))
        self.screen_language.addItem(self.tr("As the system"), "")
        for code, name in SCREEN_LANGUAGES.items():
            self.screen_language.addItem(name, code)
        self.screen_language.setCurrentIndex(max(0, self.screen_language.findData(preferences.ui_language)))
        form.addRow(self.tr("Screens"), self.screen_language)
        note = QLabel(self.tr("A new screen language applies the next time you start Careplan. "
                              "Handouts follow each patient's language; the clinician summary stays in English."))
        note.setWordWrap(True)
        form.addRow("", note)
        self.reviewer = QLineEdit(reviewer)
        self.reviewer.setAccessibleName(self.tr("Reviewed by"))
        self.reviewer.setPlaceholderText(self.tr("Who reviewed the handout wording"))
        form.addRow(self.tr("Reviewed by"), self.reviewer)
        self.rows: dict[str, tuple[QLabel, QPushButton]] = {}
        for language in sorted(available_languages() - {SOURCE_LANGUAGE}):
            status = QLabel()
            status.setWordWrap(True)
            button = QPushButton(self.tr("Record review of the %1 handout wording").replace("%1", language_name(language)))
            button.clicked.connect(lambda _checked=False, lang=language: self._on_record(lang))
            form.addRow(language_name(language), status)
            form.addRow("", button)
            self.rows[language] = (status, button)
        self._refresh()

    def _refresh(self) -> None:
        for language, (status, _) in self.rows.items():
            status.setText(review_statement(language, self.reviews))

    def _on_record(self, language: str) -> None:
        who = self.reviewer.text().strip()
        if not who:
            self.reviewer.setPlaceholderText(self.tr("Type who reviewed the wording first"))
            self.reviewer.setFocus()
            return
        self.reviews.append(LanguageReview(language=language, catalog_version=catalog_version(language),
                                           reviewed_by=who, reviewed_on=date.today()))
        self._refresh()

    def values(self) -> dict[str, object]:
        """The preferences this page edits."""
        return {"ui_language": self.screen_language.currentData() or "", "language_reviews": list(self.reviews)}
