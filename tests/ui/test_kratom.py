"""The kratom module stays hidden until enabled, and both enabling and adding it need its cautions."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from careplan.domain.plan import CarePlan, KratomModule
from careplan.ui.dialogs.kratom_cautions_dialog import KratomCautionsDialog
from careplan.ui.dialogs.preferences_dialog import PreferencesDialog
from careplan.ui.main_window import MainWindow
from careplan.ui.outline.palette_model import PaletteModel
from tests.ui.conftest import stub_dialog


def palette_kinds(window: MainWindow) -> list[str]:
    return window.workspace.palette_model.kinds()


def add_menu_labels(window: MainWindow) -> list[str]:
    return [a.text() for a in window.actions_.add_module.actions()]


def test_kratom_hidden_until_enabled_and_gated_by_cautions(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    assert not window.workspace.preferences.preferences.kratom_enabled
    assert "kratom" not in palette_kinds(window)
    # Not offered as a module, but both the palette and the menu say where it is turned on.
    assert add_menu_labels(window)[-1] == "Kratom counselling: turn on in Preferences\u2026"
    assert window.workspace.palette.kratom_hint.isVisibleTo(window)
    # Even asked directly, the app refuses while the module is off.
    assert not window.workspace.edits.add_module("kratom")
    assert window.workspace.document.plan.kratom_module() is None

    # Turning it on in Preferences shows the cautions; declining leaves it off.
    cautions = stub_dialog(monkeypatch, KratomCautionsDialog, lambda d: False)
    stub_dialog(monkeypatch, PreferencesDialog, lambda d: (d.kratom.setChecked(True), True)[1])
    window.workspace.edit_preferences()
    assert len(cautions) == 1
    assert not window.workspace.preferences.preferences.kratom_enabled
    assert "kratom" not in palette_kinds(window)

    def accept(dialog: KratomCautionsDialog) -> bool:
        dialog.accept_box.setChecked(True)
        dialog.by_edit.setText("Dr A. Example")
        return True

    cautions = stub_dialog(monkeypatch, KratomCautionsDialog, accept)
    window.workspace.edit_preferences()
    assert len(cautions) == 1
    prefs = window.workspace.preferences.preferences
    assert prefs.kratom_enabled and prefs.kratom_cautions_accepted_at is not None
    assert "kratom" in palette_kinds(window)
    assert "Kratom (counselling)" in add_menu_labels(window) and not any("Preferences" in t for t in add_menu_labels(window))
    assert not window.workspace.palette.kratom_hint.isVisibleTo(window)

    # Adding one to a plan shows the cautions again: declined -> nothing added.
    cautions = stub_dialog(monkeypatch, KratomCautionsDialog, lambda d: False)
    window.workspace.palette.module_chosen.emit("kratom")
    assert len(cautions) == 1 and window.workspace.document.plan.kratom_module() is None

    cautions = stub_dialog(monkeypatch, KratomCautionsDialog, accept)
    window.workspace.palette.module_chosen.emit("kratom")
    assert len(cautions) == 1
    module = window.workspace.document.plan.kratom_module()
    assert module is not None
    assert module.cautions_accepted and module.cautions_accepted_by == "Dr A. Example"
    assert module.cautions_accepted_at is not None
    assert window.workspace.outline_controller.current_key() == ("module", module.id)
    assert window.workspace.document.undo_stack.undoText() == "Add Kratom (counselling) module"


def test_accept_button_needs_the_checkbox(window: MainWindow) -> None:
    dialog = KratomCautionsDialog(window.workspace.catalog, "Dr B")
    ok = dialog.buttons.buttons()[0]
    assert not ok.isEnabled()
    dialog.accept_box.setChecked(True)
    assert ok.isEnabled()
    text = dialog.text.toPlainText()
    assert "not an approved medicine" in text
    assert all(c.title in text for c in window.workspace.catalog.data.kratom_cautions)


def test_model_refuses_kratom_without_acceptance() -> None:
    with pytest.raises(ValidationError, match="cautions accepted"):
        CarePlan(modules=[KratomModule(cautions_accepted=False)])


def test_palette_model(qtmodeltester: object) -> None:
    model = PaletteModel(kratom_enabled=True)
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    model.set_kratom_enabled(False)
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert "kratom" not in model.kinds()
