"""The screens' translations: lupdate finds no unfinished string, the committed .qm is compiled
from the .ts, and the Spanish screens (with Qt's own Spanish) load."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TS_FILES = sorted((ROOT / "resources" / "translations").glob("careplan_*.ts"))


def _tool(name: str) -> str:
    exe = Path(sys.executable).parent / name
    return str(exe) if exe.exists() else name


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.stem)
def test_lupdate_reports_no_unfinished_screen_string(ts: Path, tmp_path: Path) -> None:
    copy = tmp_path / ts.name
    shutil.copy(ts, copy)
    sources = sorted(str(p) for p in (ROOT / "careplan" / "ui").rglob("*.py"))
    subprocess.run([_tool("pyside6-lupdate"), *sources, "-no-obsolete", "-locations", "none", "-ts", str(copy)],
                   check=True, capture_output=True)
    messages = list(ET.parse(copy).getroot().iter("message"))
    assert messages, "lupdate found no screen string"
    unfinished = [m.findtext("source") for m in messages
                  if (t := m.find("translation")) is None or t.get("type") in ("unfinished", "vanished") or not t.text]
    assert not unfinished, f"{len(unfinished)} screen strings without a translation (scripts/i18n.py lupdate): {unfinished[:5]}"


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.stem)
def test_the_committed_qm_is_compiled_from_the_ts(ts: Path, tmp_path: Path) -> None:
    out = tmp_path / ts.with_suffix(".qm").name
    subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(out)], check=True, capture_output=True)
    assert out.read_bytes() == ts.with_suffix(".qm").read_bytes(), "run scripts/i18n.py lrelease"


def test_spanish_screens_and_qts_own_spanish_load(qapp: object) -> None:
    from PySide6.QtCore import QCoreApplication

    from careplan.ui.translations import install_translators

    installed = install_translators("es")
    try:
        assert len(installed) == 2, "the app's careplan_es.qm and Qt's qtbase_es.qm"
        assert QCoreApplication.translate("LanguagePage", "Languages") == "Idiomas"
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancelar"
    finally:
        for translator in installed:
            QCoreApplication.removeTranslator(translator)
    assert QCoreApplication.translate("LanguagePage", "Languages") == "Languages"


def test_english_needs_no_translation_file() -> None:
    from careplan.ui.translations import install_translators, screen_language

    assert install_translators("en") == []
    assert screen_language("es") == "es"
    assert screen_language("") in ("en", "es")
