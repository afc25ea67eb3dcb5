"""The start page: new blank or from a template (search, preview), open, recent plans, first hints."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from careplan.ui.dialogs.preferences_dialog import PreferencesDialog
from careplan.ui.main_window import MainWindow
from tests.ui.conftest import EXAMPLES, stub_dialog, type_text

EXAMPLE = EXAMPLES / "knee-oa.careplan.json"


@pytest.fixture
def started(window: MainWindow) -> MainWindow:
    window.open_at_start(None)  # what launching Careplan without a file does
    assert window.workspace.start_showing
    return window


def test_new_from_template_with_search_and_preview(started: MainWindow, qtbot: QtBot) -> None:
    page = started.workspace.start_page
    browser = page.templates
    assert browser.list.count() >= 5  # the built-in templates
    type_text(browser.search, "knee")
    visible = [browser.list.item(r).text() for r in range(browser.list.count()) if not browser.list.item(r).isHidden()]
    assert visible and all("knee" in text.lower() for text in visible)
    assert "Modules" in browser.preview.toPlainText()
    page.create_plan.click()
    ws = started.workspace
    assert not ws.start_showing
    plan = ws.document.plan
    assert not plan.is_template and plan.patient is not None and plan.modules
    assert "knee" in plan.title.lower()


def test_blank_plan_and_back_to_start(started: MainWindow) -> None:
    ws = started.workspace
    assert not ws.start_page.back.isVisibleTo(started)
    assert not started.actions_.save.isEnabled() and not started.actions_.print.isEnabled()
    assert not ws.status.mme.isVisibleTo(started)  # no plan figures under the start page
    ws.start_page.new_blank.click()
    assert not ws.start_showing and started.actions_.save.isEnabled()
    started.actions_.start_page.trigger()
    assert ws.start_showing and ws.start_page.back.isVisibleTo(started)
    ws.start_page.back.click()
    assert not ws.start_showing


def test_recent_plans_open_from_the_start_page(window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    target = tmp_path / "rosa.careplan.json"
    assert window.workspace.files.open_path(EXAMPLE)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.actions_.save_as.trigger()
    window.actions_.close.trigger()
    ws = window.workspace
    assert ws.start_showing and not ws.start_page.back.isVisibleTo(window)
    recent = ws.start_page.recent
    names = [recent.topLevelItem(i).text(0) for i in range(recent.topLevelItemCount())]
    assert names[0] == "rosa"
    recent.setCurrentItem(recent.topLevelItem(0))
    ws.start_page.open_recent.click()
    assert not ws.start_showing and ws.document.path == target


def test_open_from_the_start_page(started: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(EXAMPLE), ""))
    started.workspace.start_page.open.click()
    assert not started.workspace.start_showing and started.workspace.document.path == EXAMPLE


def test_first_run_hints_say_where_things_are(started: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    hints = started.workspace.start_page.hints.text()
    for words in ("Add a module", "Findings", "acknowledged with a", "Kratom", "Preferences", "F1"):
        assert words in hints, words
    shown = stub_dialog(monkeypatch, PreferencesDialog, lambda d: False)
    started.workspace.start_page.hints.linkActivated.emit("preferences")
    assert len(shown) == 1


def test_start_page_keyboard_enter_creates_from_template(started: MainWindow, qtbot: QtBot) -> None:
    browser = started.workspace.start_page.templates
    browser.search.setFocus()
    type_text(browser.search, "back")
    qtbot.keyClick(browser.search, Qt.Key.Key_Return)
    assert not started.workspace.start_showing
    assert "back" in started.workspace.document.plan.title.lower()


def test_a_signed_plan_stays_read_only_after_the_start_page(window: MainWindow) -> None:
    from careplan.domain.lifecycle import sign
    from careplan.storage.plan_files import load_plan

    plan = load_plan(EXAMPLES / "low-back-pain.careplan.json")
    signed = sign(plan, "Dr A. Example", "MD", catalog=window.workspace.catalog)
    window.workspace.document.reset(signed, None)
    assert not window.actions_.save.isEnabled()  # the lifecycle controller locks a signed plan
    window.actions_.start_page.trigger()
    window.workspace.start_page.back.click()
    assert not window.actions_.save.isEnabled() and not window.actions_.add_module.menuAction().isEnabled()
    assert window.actions_.export_handout.isEnabled()  # a signed plan still prints
