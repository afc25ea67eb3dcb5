"""The screens' language: Qt Linguist translations (resources/translations/careplan_LANG.qm) and
Qt's own (qtbase_LANG.qm, the buttons of Qt's dialogs), installed once at start.

The language comes from Preferences (``ui_language``), else the system's; a change applies at the
next start. English is the source: its file holds only the plural forms.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from careplan.resources import resource_root

T = TypeVar("T")

SOURCE_LANGUAGE = "en"
# Languages the screens are translated into; Preferences offers these.
SCREEN_LANGUAGES: dict[str, str] = {"en": "English", "es": "Español"}
# Installed translators, kept alive for the application's life (Qt does not own them).
_INSTALLED: list[QTranslator] = []


def screen_language(preference: str) -> str:
    """The language to show: the preference, else the system's when the app has it, else English."""
    if preference in SCREEN_LANGUAGES:
        return preference
    system = QLocale.system().name().split("_", 1)[0]
    return system if system in SCREEN_LANGUAGES else SOURCE_LANGUAGE


def install_translators(language: str) -> list[QTranslator]:
    """Load and install the app's and Qt's translations for ``language``; the translators are
    returned so that the caller keeps them alive (Qt does not own them).

    English, the source, has a file too: careplan_en.qm holds only the plural forms ("%n step(s)"
    becomes "1 step", "5 steps"); Qt's own English needs none.
    """
    app = QCoreApplication.instance()
    if app is None:
        return []
    installed: list[QTranslator] = []
    own = QTranslator(app)
    if own.load(str(resource_root() / "translations" / f"careplan_{language}.qm")):
        app.installTranslator(own)
        installed.append(own)
    if language == SOURCE_LANGUAGE:
        _INSTALLED.extend(installed)
        return installed
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        installed.append(qt)
    _INSTALLED.extend(installed)
    return installed


def translated_choices(context: str, choices: Iterable[tuple[str, T]]) -> list[tuple[str, T]]:
    """(label, value) pairs with each label translated in ``context``; the labels were marked with
    QT_TRANSLATE_NOOP where they are defined (module constants are made before the translators)."""
    return [(QCoreApplication.translate(context, label), value) for label, value in choices]


def translated_text(context: str, text: str) -> str:
    """A text marked with QT_TRANSLATE_NOOP(context, ...) where it is defined, in the screen's language."""
    return QCoreApplication.translate(context, text)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for Qt Linguist in ``context`` without translating it now (module constants are
    made before the translators are installed); typed as str, unlike PySide6's own."""
    return text
