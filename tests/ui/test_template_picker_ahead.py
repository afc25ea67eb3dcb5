"""The template picker is built ahead of its first use and shown again each time, always current.

Built once the library's index is warm (hidden, no template parsed); each open checks the files
again, so a template added, removed or changed since shows as it is now. No timing here: the
open time is measured by ``python -m benchmarks --only templates``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from careplan.resources import templates_dir
from careplan.storage import paths
from careplan.ui.files.template_picker_dialog import TemplatePickerDialog
from careplan.ui.main_window import MainWindow
from tests.ui.conftest import stub_dialog


def _write(folder: Path, n: int, title: str, goal: str | None = None) -> Path:
    source = sorted(templates_dir().glob("*.careplan.json"))[0]
    data = json.loads(source.read_text(encoding="utf-8"))
    data["id"], data["title"] = f"ahead-{n}", title
    if goal is not None:
        data["goals"] = [{**data["goals"][0], "text": goal}]
    path = folder / f"ahead-{n}.careplan.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def _rows(dialog: TemplatePickerDialog) -> list[str]:
    return [dialog.list.item(r).text() for r in range(dialog.list.count())]


def test_the_picker_is_built_ahead_and_each_open_shows_the_library_as_it_is_now(
        window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    own = paths.personal_templates_dir()
    own.mkdir(parents=True)
    _write(own, 1, "Ahead one")
    files = window.workspace.files
    files.warm_library()
    qtbot.waitUntil(lambda: files._picker is not None, timeout=30000)
    prepared = files._picker
    assert prepared is not None and not prepared.isVisible() and prepared.loaded == {}  # nothing parsed yet
    seen: list[tuple[Any, list[str], str]] = []

    def look(dialog: TemplatePickerDialog) -> bool:
        seen.append((dialog, _rows(dialog), dialog.search.text()))
        return False  # cancelled

    stub_dialog(monkeypatch, TemplatePickerDialog, look)
    assert not files.new_from_template()
    assert seen[-1][0] is prepared and "Ahead one (yours)" in seen[-1][1]
    prepared.search.setText("one")  # left typed in when it was cancelled
    _write(own, 2, "Ahead two")  # added, and the first one removed, while the picker was closed
    (own / "ahead-1.careplan.json").unlink()
    assert not files.new_from_template()
    dialog, rows, search = seen[-1]
    assert dialog is prepared and search == ""
    assert "Ahead two (yours)" in rows and "Ahead one (yours)" not in rows


def test_a_template_changed_since_the_last_open_is_previewed_and_used_as_it_is_now(
        window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    own = paths.personal_templates_dir()
    own.mkdir(parents=True)
    _write(own, 3, "Ahead three", goal="Walk to the shop")
    files = window.workspace.files
    files.warm_library()
    qtbot.waitUntil(lambda: files._picker is not None, timeout=30000)
    previews: list[str] = []

    def pick(dialog: TemplatePickerDialog) -> bool:
        for row in range(dialog.list.count()):
            if dialog.list.item(row).data(Qt.ItemDataRole.UserRole) == "ahead-3":
                dialog.list.setCurrentRow(row)
        previews.append(dialog.preview.toPlainText())
        return True

    stub_dialog(monkeypatch, TemplatePickerDialog, pick)
    assert files.new_from_template()
    assert "Walk to the shop" in previews[-1]
    window.workspace.document.undo_stack.setClean()
    _write(own, 3, "Ahead three", goal="Swim twice a week")  # same id, title and file name: only the goal differs
    assert files.new_from_template()
    assert "Swim twice a week" in previews[-1] and "Walk to the shop" not in previews[-1]
    assert [g.text for g in window.workspace.document.plan.goals] == ["Swim twice a week"]
