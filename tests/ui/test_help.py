"""F1 opens the bundled offline guide at the topic in hand; every field explains itself in a tooltip."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSpinBox, QCheckBox, QComboBox, QLineEdit, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from careplan.resources import help_dir
from careplan.ui.help.help_window import TOPICS, HelpWindow, topic_text
from careplan.ui.main_window import MainWindow
from tests.ui.test_screen_sizes import full_plan

ROOT = Path(__file__).resolve().parents[2]


def help_window(window: MainWindow) -> HelpWindow:
    shown = window.workspace.help_window
    assert shown is not None and shown.isVisible()
    return shown


def test_f1_opens_the_guide(window: MainWindow, qtbot: QtBot) -> None:
    window.open_at_start(None)
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F1)
    guide = help_window(window)
    assert guide.current_topic == "index.md"
    assert "Careplan user guide" in guide.page.toPlainText()


def test_f1_opens_the_topic_in_hand(window: MainWindow) -> None:
    ws = window.workspace
    ws.document.reset(full_plan(window), None)
    ws.tabs.setCurrentWidget(ws.findings)
    ws.findings.list.setFocus()
    window.actions_.help.trigger()
    assert help_window(window).current_topic == "findings.md"
    meds = next(m for m in ws.document.plan.modules if m.kind == "medication")
    ws.outline_controller.select(("module", meds.id))
    ws.outline.setFocus()  # as clicking the medication module in the outline leaves it
    window.actions_.help.trigger()
    assert help_window(window).current_topic == "medicines.md"


def test_guide_covers_what_the_issue_asks_and_links_resolve() -> None:
    names = [name for name, _title in TOPICS]
    for name in names:
        assert (help_dir() / name).is_file(), name
    text = {name: (help_dir() / name).read_text(encoding="utf-8") for name in names}
    for name, body in text.items():
        for link in re.findall(r"\]\(([^)]+)\)", body):
            assert link in names, (name, link)  # offline: links only between topics
    assert "Acknowledg" in text["findings.md"] and "reason" in text["findings.md"]
    assert "off by" in text["kratom.md"] and "Preferences" in text["kratom.md"] and "never suggests a dose" in text["kratom.md"]
    assert "Print to file" in text["exports.md"] and "Letter" in text["exports.md"]
    assert "Save as template" in text["templates.md"]
    assert "start page" in text["building-a-plan.md"]


def test_shortcut_page_is_written_from_the_menus(window: MainWindow) -> None:
    window.actions_.help.trigger()
    guide = help_window(window)
    guide.show_topic("shortcuts.md")
    page = guide.page.toPlainText()
    for action in (window.actions_.export_handout, window.actions_.save, window.actions_.help, window.actions_.move_up):
        keys = action.shortcut().toString()
        assert keys and keys in page, action.text()
    assert "filled in by Careplan" not in topic_text("shortcuts.md", guide.actions_list)


def test_help_files_ship_in_the_wheel() -> None:
    data = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"]["setuptools"]["package-data"]["careplan.data"]
    assert "help/*.md" in data


INPUTS = (QLineEdit, QPlainTextEdit, QAbstractSpinBox, QComboBox, QCheckBox)


def test_every_field_has_a_tooltip(window: MainWindow) -> None:
    ws = window.workspace
    ws.document.reset(full_plan(window), None)
    keys: list[tuple[str, ...]] = [("patient",), ("pain",), ("goals",), ("flare",), ("follow_up",)]
    keys += [("module", m.id) for m in ws.document.plan.modules]
    ws.edits.add_item(("goals",), __import__("careplan.domain.plan", fromlist=["Goal"]).Goal(text="Walk"), "goal")
    missing: list[str] = []
    for key in keys:
        ws.outline_controller.select(key)
        editor = ws.editor_panel.editor
        assert editor is not None
        for widget in editor.findChildren(QWidget):
            if not isinstance(widget, INPUTS) or not widget.isVisibleTo(editor):
                continue
            if isinstance(widget.parentWidget(), INPUTS):
                continue  # the line edit inside a spin box or combo box
            if not (widget.toolTip() or widget.property("normal_tooltip")):
                missing.append(f"{key[0]}: {widget.accessibleName() or type(widget).__name__}")
    assert missing == [], '\n'.join(missing)
