"""The desktop app opens no network socket while a plan is opened, checked, previewed and exported."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from careplan.domain.catalog import CatalogIndex
from careplan.ui.exports.export_dialog import ExportDialog
from careplan.ui.main_window import MainWindow
from tests.network_guard import inet_sockets_open, no_network
from tests.ui.conftest import EXAMPLES, stub_dialog


def test_the_gui_uses_no_network(qtbot: QtBot, catalog: CatalogIndex, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    with no_network(monkeypatch) as attempts:
        window = MainWindow(catalog)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        assert window.workspace is not None
        assert window.workspace.files.open_path(EXAMPLES / "low-back-pain.careplan.json", ask=False)
        assert window.workspace.monitor.report.findings  # the safety check ran
        window.workspace.tabs.setCurrentWidget(window.workspace.preview_view)
        preview = window.workspace.preview
        qtbot.waitUntil(lambda: preview.latest is not None, timeout=30_000)
        stub_dialog(monkeypatch, ExportDialog, lambda d: True)
        out = tmp_path / "handout.pdf"
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), "PDF (*.pdf)"))
        if window.workspace.monitor.report.blocking:
            pytest.fail("the example plan should export without acknowledgements")
        assert window.workspace.exports.export("handout") == out and out.read_bytes().startswith(b"%PDF-")
        window.workspace.preview.shut_down()
    assert attempts == []
    assert inet_sockets_open() == []
    assert "PySide6.QtNetwork" not in sys.modules  # Qt's network module is never even loaded
