"""Preferences as the app uses them: the typed model, its file, and what printing needs from it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal

from careplan.storage import paths
from careplan.storage.preferences import Preferences, load_preferences, save_preferences
from careplan.ui.print_settings import PrintSettings


class PreferencesStore(QObject):
    """Holds the current Preferences and saves every change; others listen to ``preferences_changed``."""

    preferences_changed = Signal()

    def __init__(self, path: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = path or paths.preferences_path()
        self.preferences = load_preferences(self.path)

    def update(self, preferences: Preferences) -> None:
        if preferences == self.preferences:
            return
        self.preferences = preferences
        save_preferences(preferences, self.path)
        self.preferences_changed.emit()

    def print_settings(self) -> PrintSettings:
        p = self.preferences
        return PrintSettings(p.clinic_name, p.clinic_address, p.clinic_phone, p.clinic_logo_path, p.large_print,
                             p.clinician_name, p.clinician_credentials, p.clinician_licence)

    def template_folders(self) -> list[Path]:
        p = self.preferences
        folders = [p.personal_templates_dir or paths.personal_templates_dir()]
        if p.shared_templates_dir is not None:
            folders.append(p.shared_templates_dir)
        return folders

    def personal_templates_dir(self) -> Path:
        return self.preferences.personal_templates_dir or paths.personal_templates_dir()
