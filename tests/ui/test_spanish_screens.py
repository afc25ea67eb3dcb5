"""The main window in Spanish: with careplan_es.qm installed the menus, the editors and the dialogs
speak Spanish, every menu's accelerators stay unique, and no menu entry is left in English."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QMenu

from careplan.domain.catalog import CatalogIndex
from careplan.storage.preferences import Preferences
from careplan.ui.main_window import MainWindow
from careplan.ui.translations import install_translators

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "low-back-pain.careplan.json"


@pytest.fixture
def spanish() -> Iterator[None]:
    installed = install_translators("es")
    assert installed, "careplan_es.qm did not load"
    yield
    for translator in installed:
        QCoreApplication.removeTranslator(translator)


def menus(window: MainWindow) -> list[QMenu]:
    found: list[QMenu] = []

    def walk(menu: QMenu) -> None:
        found.append(menu)
        for action in menu.actions():
            if action.menu() is not None:
                walk(action.menu())

    for action in window.menuBar().actions():
        if action.menu() is not None:
            walk(action.menu())
    return found


def test_the_menus_speak_spanish_with_unique_accelerators(spanish: None, make_window: Callable[[], MainWindow]) -> None:
    window = make_window()
    assert window.workspace is not None and window.workspace.files.open_path(EXAMPLE, ask=False)
    bar = [a.text() for a in window.menuBar().actions()]
    assert bar[:6] == ["&Archivo", "&Edición", "&Plan", "&Ver", "E&xportar", "Ay&uda"]
    english = {"File", "Edit", "View", "Help", "Save", "Open", "Quit", "Preferences", "Export", "Remove", "Undo", "Redo"}
    for menu in menus(window):
        texts = [a.text() for a in menu.actions() if not a.isSeparator() and a.text()]
        keys = [m.group(1).lower() for t in texts if (m := re.search(r"&(\w)", t))]
        assert len(keys) == len(set(keys)), f"{menu.title()}: accelerators repeat: {texts}"
        words = {w for t in texts for w in re.findall(r"[A-Za-z]+", t.replace("&", ""))}
        # Module names and the product's name are the same; common English menu words must not be.
        assert not words & english, f"{menu.title()}: English left in {texts}"
    file_menu = menus(window)[0]
    assert "&Guardar" in [a.text() for a in file_menu.actions()]
    assert window.windowTitle().endswith("Careplan")
    # The part editors and the findings panel too.
    labels = {w.text() for w in window.findChildren(QLabel) if w.isVisible()}
    assert any("Esquema del plan" in t.replace("&", "") for t in labels), sorted(labels)[:20]


def test_preferences_and_export_dialogs_speak_spanish(spanish: None, catalog: CatalogIndex, tmp_path: Path) -> None:
    from careplan.ui.dialogs.preferences_dialog import PreferencesDialog
    from careplan.ui.exports.export_dialog import ExportDialog

    prefs = PreferencesDialog(Preferences(), catalog, tmp_path)
    assert prefs.windowTitle() == "Preferencias"
    texts = {w.text() for w in prefs.findChildren(QLabel)}
    assert "Los pacientes suelen vivir en" in texts and "Pantallas" in texts, sorted(texts)[:30]
    export = ExportDialog([("medication", "Medication", True)], large_print=False)
    assert export.windowTitle() == "Exportar"
    assert export.handout.text() == "Folleto para el paciente" and export.summary.text() == "Resumen clínico"
    assert export.large_print.text() == "Letra grande"
    prefs.deleteLater()
    export.deleteLater()


def test_every_field_has_its_tooltip_in_spanish(spanish: None, make_window: Callable[[], MainWindow]) -> None:
    """Field tips are looked up by the field's translated name: the two translations must agree."""
    from tests.ui.test_help import test_every_field_has_a_tooltip

    test_every_field_has_a_tooltip(make_window())
