"""New from template parses each template file once: indexed off the GUI thread, the chosen one not again.

Counts only; the picker's open time with 1,000 templates is measured by ``python -m benchmarks``.
"""

from __future__ import annotations

import json
import threading

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

import careplan.storage.plan_files as plan_files
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
    parsed: list[tuple[str, bool]] = []
    original = plan_files.parse_document

    def counting(*args: object, **kwargs: object) -> object:
        parsed.append((threading.current_thread().name, threading.current_thread() is threading.main_thread()))
        return original(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(plan_files, "parse_document", counting)
    files = window.workspace.files
    files.warm_library()
    total = len(list(templates_dir().glob("*.careplan.json"))) + 30  # built-in + 30 own
    qtbot.waitUntil(lambda: len(parsed) >= total, timeout=20000)
    qtbot.waitUntil(lambda: not any(t.name == "careplan-template-index" for t in threading.enumerate()), timeout=20000)
    assert len(parsed) == total and not any(on_gui for _name, on_gui in parsed)  # parsed on the worker

    def choose(dialog: TemplatePickerDialog) -> bool:
        assert dialog.list.count() == total + 1  # the blank plan and every template
        for row in range(dialog.list.count()):
            if dialog.list.item(row).data(Qt.ItemDataRole.UserRole) == "own-17":
                dialog.list.setCurrentRow(row)
        return True

    parsed.clear()
    stub_dialog(monkeypatch, TemplatePickerDialog, choose)
    assert files.new_from_template()
    assert window.workspace.document.plan.title == "Own template 17"
    # Opening the picker parsed nothing; previewing the first row and then own-17 parsed those two
    # files once each, and creating the plan reused the previewed own-17.
    assert len(parsed) == 2
