"""New from template parses each template file once: indexed off the GUI thread, the chosen one not again.

Counts only, and only of this test's own template files (another test's background indexing may
still be running); the picker's open time with 1,000 templates is measured by ``python -m benchmarks``.
"""

from __future__ import annotations

import json
import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

import careplan.storage.template_index as template_index
import careplan.storage.templates as templates
import careplan.ui.files.template_browser as picker_module
from careplan.resources import templates_dir
from careplan.storage import paths
from careplan.ui.files.template_picker_dialog import TemplatePickerDialog
from careplan.ui.main_window import MainWindow
from tests.ui.conftest import stub_dialog


def test_each_template_file_is_parsed_once_and_the_index_is_built_off_the_gui_thread(
        window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    own = paths.personal_templates_dir()
    own.mkdir(parents=True)
    source = sorted(templates_dir().glob("*.careplan.json"))[0]
    for n in range(30):
        data = json.loads(source.read_text(encoding="utf-8"))
        data["id"], data["title"] = f"own-{n:02d}", f"Own template {n:02d}"
        (own / f"own-{n:02d}.careplan.json").write_text(json.dumps(data), encoding="utf-8")
    parsed: list[tuple[str, bool]] = []  # (file name, parsed on the GUI thread) for this test's files
    lock = threading.Lock()

    def counting(original: Any) -> Any:
        def load(path: Path, *args: Any, **kwargs: Any) -> Any:
            if Path(path).parent == own:
                with lock:
                    parsed.append((Path(path).name, threading.current_thread() is threading.main_thread()))
            return original(path, *args, **kwargs)
        return load

    for module in (template_index, templates, picker_module):
        monkeypatch.setattr(module, "load_plan", counting(module.load_plan))
    files = window.workspace.files
    files.warm_library()
    qtbot.waitUntil(lambda: len(parsed) >= 30, timeout=30000)
    qtbot.waitUntil(lambda: not any(t.name == "careplan-template-index" for t in threading.enumerate()), timeout=30000)
    assert sorted(name for name, _ in parsed) == [f"own-{n:02d}.careplan.json" for n in range(30)]  # each once
    assert not any(on_gui for _name, on_gui in parsed)  # on the worker thread

    def choose(dialog: TemplatePickerDialog) -> bool:
        assert dialog.list.count() >= 31  # the blank plan, the built-in templates and 30 own
        for row in range(dialog.list.count()):
            if dialog.list.item(row).data(Qt.ItemDataRole.UserRole) == "own-17":
                dialog.list.setCurrentRow(row)
        return True

    parsed.clear()
    stub_dialog(monkeypatch, TemplatePickerDialog, choose)
    assert files.new_from_template()
    assert window.workspace.document.plan.title == "Own template 17"
    # Opening the picker parsed none of these files; previewing own-17 parsed it once, and creating
    # the plan reused that preview.
    assert parsed == [("own-17.careplan.json", True)]
