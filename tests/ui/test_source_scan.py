"""PySide6's per-import source scan, given a test that keeps nothing (see careplan/ui/source_scan.py)."""

from __future__ import annotations

import importlib
import json
import linecache
import sys
import zipfile
from pathlib import Path

import PySide6.QtCore  # noqa: F401 (loads shiboken's feature module, as the app does)
import pytest

import careplan.domain.plan
import careplan.ui.app
from careplan.ui import source_scan

feature = sys.modules[source_scan.FEATURE_MODULE]
PYSIDE_OWN = getattr(feature, source_scan.HOOK)
# Taken before anything in this process installed the replacement, or the comparisons below prove nothing.
assert PYSIDE_OWN is not source_scan.uses_pyside


@pytest.fixture
def scan_installed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(feature, source_scan.HOOK, getattr(feature, source_scan.HOOK))  # restored after the test
    assert source_scan.install()


def _fresh_module(folder: Path, name: str, text: str, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = folder / f"{name}.py"
    path.write_text(text, encoding="utf-8")
    monkeypatch.syspath_prepend(str(folder))
    monkeypatch.delitem(sys.modules, name, raising=False)
    return path


@pytest.mark.parametrize("module", [careplan.ui.app, careplan.domain.plan, sys, json, importlib, source_scan])
def test_same_answer_as_pysides_own_test(module: object) -> None:
    # careplan.ui.app names PySide6, the others do not; sys has no file at all.
    assert source_scan.uses_pyside(module) == PYSIDE_OWN(module)  # type: ignore[arg-type]


def test_a_module_naming_pyside_is_still_found(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _fresh_module(tmp_path, "cp_scan_uses", "import PySide6\n", monkeypatch)
    module = importlib.import_module("cp_scan_uses")
    assert source_scan.uses_pyside(module) is True


def test_a_module_from_a_zip_is_read_through_its_loader(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    archive = tmp_path / "mods.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.writestr("cp_zip_uses.py", "import PySide6.QtCore\n")
        zipped.writestr("cp_zip_plain.py", "VALUE = 3\n")
    monkeypatch.syspath_prepend(str(archive))
    for name in ("cp_zip_uses", "cp_zip_plain"):
        monkeypatch.delitem(sys.modules, name, raising=False)
    uses, plain = importlib.import_module("cp_zip_uses"), importlib.import_module("cp_zip_plain")
    assert (source_scan.uses_pyside(uses), source_scan.uses_pyside(plain)) == (True, False)
    assert (PYSIDE_OWN(uses), PYSIDE_OWN(plain)) == (True, False)


def test_modules_imported_after_it_leave_no_source_in_memory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                              scan_installed: None) -> None:
    path = _fresh_module(tmp_path, "cp_scan_plain", "VALUE = 1\n" * 2000, monkeypatch)
    module = __import__("cp_scan_plain")  # the import statement's way in, which shiboken's hook watches
    assert module.VALUE == 1
    assert str(path) not in linecache.cache
    assert feature.pyside_feature_dict["cp_scan_plain"] == -1  # scanned, and found not to use PySide


def test_pysides_own_test_keeps_the_source(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # What install() is for: the scan PySide6 ships caches every module's lines.
    path = _fresh_module(tmp_path, "cp_scan_kept", "VALUE = 2\n", monkeypatch)
    module = importlib.import_module("cp_scan_kept")
    linecache.clearcache()
    assert PYSIDE_OWN(module) is False
    assert str(path) in linecache.cache
    linecache.clearcache()


def test_install_without_the_hook_changes_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delitem(sys.modules, source_scan.FEATURE_MODULE)
    assert source_scan.install() is False


def test_the_app_installs_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(feature, source_scan.HOOK, PYSIDE_OWN)
    careplan.ui.app.create_application()
    assert getattr(feature, source_scan.HOOK) is source_scan.uses_pyside
