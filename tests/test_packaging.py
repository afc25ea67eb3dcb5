"""The installable app's recipe stays true to the code: nothing the app loads is trimmed away.

The build itself (scripts/build-linux.sh) and the smoke test of the built folder
(scripts/smoke-installed.sh) run in .ci/run; these tests check, without building, that the
PyInstaller trim lists and the app's imports agree, and that `careplan about` reports what the
smoke test reads.
"""

from __future__ import annotations

import ast
import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _trim() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bundle_trim", ROOT / "packaging" / "pyinstaller" / "bundle_trim.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _imported_modules() -> set[str]:
    """Every module name careplan's source imports (top-level and lazy imports alike)."""
    names: set[str] = set()
    for path in (ROOT / "careplan").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names.add(node.module)
                names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def test_no_qt_module_the_app_imports_is_excluded_from_the_bundle() -> None:
    qt_used = {name.split(".")[1] for name in _imported_modules() if name.startswith("PySide6.Qt")}
    assert {"QtCore", "QtGui", "QtWidgets", "QtPdf"} <= qt_used  # the scan sees the app's imports
    assert qt_used.isdisjoint(_trim().EXCLUDED_QT_MODULES), qt_used & set(_trim().EXCLUDED_QT_MODULES)


def test_no_package_the_app_imports_is_excluded_from_the_bundle() -> None:
    tops = {name.split(".")[0] for name in _imported_modules()}
    assert "reportlab" in tops and "pydantic" in tops
    assert tops.isdisjoint(_trim().EXCLUDED_PYTHON), tops & set(_trim().EXCLUDED_PYTHON)


@pytest.mark.parametrize(
    ("dest", "source", "kept"),
    [
        # Qt parts only excluded modules use go; what the app uses stays.
        ("PySide6/Qt/lib/libQt6Quick.so.6", "/venv/site-packages/PySide6/Qt/lib/libQt6Quick.so.6", False),
        ("PySide6/Qt/plugins/sqldrivers/libqsqlite.so", "/venv/site-packages/PySide6/Qt/plugins/sqldrivers/x", False),
        ("PySide6/Qt/lib/libQt6Pdf.so.6", "/venv/site-packages/PySide6/Qt/lib/libQt6Pdf.so.6", True),
        ("PySide6/Qt/lib/libQt6Network.so.6", "/venv/site-packages/PySide6/Qt/lib/libQt6Network.so.6", True),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/venv/site-packages/PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", "/venv/site-packages/PySide6/Qt/plugins/platforms/x", True),
        ("PySide6/Qt/plugins/imageformats/libqsvg.so", "/venv/site-packages/PySide6/Qt/plugins/imageformats/x", True),
        # The desktop's own libraries are the system's; what Python's modules link travels.
        ("libX11.so.6", "/usr/lib/x86_64-linux-gnu/libX11.so.6", False),
        ("libgtk-3.so.0", "/lib/x86_64-linux-gnu/libgtk-3.so.0", False),
        ("libfontconfig.so.1", "/usr/lib/x86_64-linux-gnu/libfontconfig.so.1", False),
        ("libssl.so.3", "/usr/lib/x86_64-linux-gnu/libssl.so.3", True),
        ("libsqlite3.so.0", "/usr/lib/x86_64-linux-gnu/libsqlite3.so.0", True),
        # The interpreter, when the build's Python is the distribution's (Debian's python3).
        ("libpython3.11.so.1.0", "/lib/x86_64-linux-gnu/libpython3.11.so.1.0", True),
        ("libpython3.12.so.1.0", "/usr/lib/x86_64-linux-gnu/libpython3.12.so.1.0", True),
        # ... and that Python's standard-library extension modules.
        ("python3.11/lib-dynload/_contextvars.cpython-311-x86_64-linux-gnu.so",
         "/usr/lib/python3.11/lib-dynload/_contextvars.cpython-311-x86_64-linux-gnu.so", True),
        ("python3.11/lib-dynload/_decimal.cpython-311-x86_64-linux-gnu.so",
         "/usr/lib/python3.11/lib-dynload/_decimal.cpython-311-x86_64-linux-gnu.so", True),
        # Qt's own translations only for the app's languages.
        ("PySide6/Qt/translations/qtbase_es.qm", "/venv/site-packages/PySide6/Qt/translations/qtbase_es.qm", True),
        ("PySide6/Qt/translations/qtbase_ja.qm", "/venv/site-packages/PySide6/Qt/translations/qtbase_ja.qm", False),
        # Babel's locale data only for the handout's languages, each country's variant, and the root.
        ("babel/locale-data/es_MX.dat", "/venv/site-packages/babel/locale-data/es_MX.dat", True),
        ("babel/locale-data/en_NZ.dat", "/venv/site-packages/babel/locale-data/en_NZ.dat", True),
        ("babel/locale-data/en.dat", "/venv/site-packages/babel/locale-data/en.dat", True),
        ("babel/locale-data/root.dat", "/venv/site-packages/babel/locale-data/root.dat", True),
        ("babel/global.dat", "/venv/site-packages/babel/global.dat", True),
        ("babel/locale-data/de_DE.dat", "/venv/site-packages/babel/locale-data/de_DE.dat", False),
        ("babel/locale-data/eo.dat", "/venv/site-packages/babel/locale-data/eo.dat", False),
    ],
)
def test_the_trim_keeps_what_the_app_loads(dest: str, source: str, kept: bool) -> None:
    assert _trim().keep(dest, source) is kept


def test_every_subcommand_module_is_a_careplan_submodule_the_build_collects() -> None:
    from careplan.cli import COMMAND_MODULES

    # The spec collects every careplan submodule (collect_submodules), because the command line
    # imports each subcommand's module by name; each must exist as a file to be collected.
    spec_text = (ROOT / "packaging" / "pyinstaller" / "careplan.spec").read_text(encoding="utf-8")
    assert 'collect_submodules("careplan")' in spec_text
    # ...and records the model modules' source hashes where the frozen app looks for them.
    assert "source_manifest(ROOT)" in spec_text and '"careplan/data")' in spec_text
    for module in set(COMMAND_MODULES.values()):
        assert (ROOT / "careplan" / "cli" / f"{module}.py").is_file(), module


def test_about_reports_the_interpreter_and_the_none_guard() -> None:
    out = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "about", "--json"], capture_output=True, text=True, timeout=60, check=True
    ).stdout
    info = json.loads(out)
    assert info["frozen"] is False  # a source run; the smoke test checks True in the bundle
    assert Path(info["resources"], "catalog").is_dir()
    # PySide6 6.12 on Python 3.11 leaks None (careplan/ui/qt_guard.py): the guard must be active
    # here; on an interpreter without the leak it reports that it is not needed.
    expected = "protected" if sys.version_info < (3, 12) else "not needed"
    assert info["none_guard"] == expected


def test_the_bundle_keeps_babel_data_for_every_handout_language() -> None:
    from careplan.export.patient_catalog import available_languages

    assert {tag.split("-")[0].split("_")[0] for tag in available_languages()} <= set(_trim().HANDOUT_LANGUAGES)
