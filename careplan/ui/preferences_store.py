"""Preferences as the app uses them: the typed model, its file, and what printing needs from it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal

from careplan.storage import paths
from careplan.storage.preferences import (
    Preferences,
    PreferencesError,
    read_preferences,
    save_preferences,
    set_aside_unusable,
)
from careplan.ui.print_settings import PrintSettings


class PreferencesStore(QObject):
    """Holds the current Preferences and saves every change; others listen to ``preferences_changed``."""

    preferences_changed = Signal()
    save_failed = Signal(str)  # a one-line reason; the preferences still apply until Careplan closes

    def __init__(self, path: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = path or paths.preferences_path()
        # A saved file that cannot be used: the defaults instead, the file kept under another name
        # (the next save must not overwrite it), and ``problem`` says so, once, at start.
        self.problem: tuple[str, str] | None = None
        try:
            self.preferences = read_preferences(self.path)
        except PreferencesError as exc:
            self.preferences = Preferences()
            self.problem = self._set_aside(exc.problems[0])

    def _set_aside(self, what: str) -> tuple[str, str]:
        """(what was wrong, what became of the file) for the message at start."""
        text = QCoreApplication.translate("PreferencesStore", "Your saved preferences ({0}) could not be used: {1}.").format(
            self.path, what)
        try:
            kept = set_aside_unusable(self.path)
        except OSError as exc:
            return text, QCoreApplication.translate(
                "PreferencesStore", "The file could not be set aside ({0}); Careplan uses its default settings for now "
                "and will write new ones over it when you change Preferences.").format(exc.strerror or exc)
        return text, QCoreApplication.translate(
            "PreferencesStore", "The file is kept as {0} in the same folder. Careplan uses its default settings "
            "(letterhead, clinician, template folders, clinic store) until you set them again in "
            "File \u25b8 Preferences.").format(kept.name)

    def update(self, preferences: Preferences) -> None:
        if preferences == self.preferences:
            return
        self.preferences = preferences
        try:
            save_preferences(preferences, self.path)
        except OSError as exc:
            # Used for this session all the same; the window says they were not saved.
            self.save_failed.emit(QCoreApplication.translate(
                "PreferencesStore", "Your preferences could not be saved in {0}: {1}.").format(
                    self.path.parent, exc.strerror or exc))
        self.preferences_changed.emit()

    def print_settings(self) -> PrintSettings:
        p = self.preferences
        from careplan.storage.exercise_photos import PhotoLibrary

        photos = tuple((exercise, str(path)) for exercise, path in PhotoLibrary().paths().items())
        reviews = tuple((r.language, r.catalog_version, r.reviewed_by, r.reviewed_on.isoformat())
                        for r in p.language_reviews)
        return PrintSettings(p.clinic_name, p.clinic_address, p.clinic_phone, p.clinic_logo_path, p.large_print, photos,
                             p.clinician_name, p.clinician_credentials, p.clinician_licence, reviews)

    def template_folders(self) -> list[Path]:
        p = self.preferences
        folders = [p.personal_templates_dir or paths.personal_templates_dir()]
        if p.shared_templates_dir is not None:
            folders.append(p.shared_templates_dir)
        return folders

    def personal_templates_dir(self) -> Path:
        return self.preferences.personal_templates_dir or paths.personal_templates_dir()
