"""The screens' translations: lupdate finds no unfinished screen string, every string lupdate finds
in careplan/ui is in the committed careplan_es.ts with a translation, the committed .qm files are
compiled from the .ts, and the Spanish screens (with Qt's own Spanish) load."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
TS_FILES = sorted(TRANSLATIONS.glob("careplan_*.ts"))
SPANISH = TRANSLATIONS / "careplan_es.ts"
UI_SOURCES = sorted(str(p) for p in (ROOT / "careplan" / "ui").rglob("*.py"))
PLACEHOLDER = re.compile(r"\{\d+(?::[^}]*)?\}|%n|%\d")


def _tool(name: str) -> str:
    exe = Path(sys.executable).parent / name
    return str(exe) if exe.exists() else name


def _lupdate(ts: Path, *options: str) -> None:
    subprocess.run([_tool("pyside6-lupdate"), *UI_SOURCES, "-no-obsolete", "-locations", "none", *options, "-ts", str(ts)],
                   check=True, capture_output=True)


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    """(context, source) -> the <translation> element."""
    out: dict[tuple[str, str], ET.Element] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            out[(name, message.findtext("source") or "")] = translation
    return out


def _finished(translation: ET.Element) -> bool:
    if translation.get("type") in ("unfinished", "vanished", "obsolete"):
        return False
    forms = translation.findall("numerusform")
    return all(f.text for f in forms) if forms else bool(translation.text)


def _options(ts: Path) -> tuple[str, ...]:
    # English is the source language: its file carries only the plural forms.
    return ("-pluralonly",) if ts.stem == "careplan_en" else ()


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.stem)
def test_lupdate_reports_no_unfinished_screen_string(ts: Path, tmp_path: Path) -> None:
    copy = tmp_path / ts.name
    shutil.copy(ts, copy)
    _lupdate(copy, *_options(ts))
    messages = _messages(copy)
    assert messages, "lupdate found no screen string"
    unfinished = [source for (_, source), t in messages.items() if not _finished(t)]
    assert not unfinished, f"{len(unfinished)} screen strings without a translation (scripts/i18n.py lupdate): {unfinished[:5]}"
    assert copy.read_bytes() == ts.read_bytes(), f"{ts.name} is not what lupdate makes of careplan/ui: run scripts/i18n.py lupdate"


def test_every_screen_string_is_in_the_committed_spanish_catalog(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh_es.ts"
    _lupdate(fresh, "-target-language", "es")
    found = _messages(fresh)
    committed = _messages(SPANISH)
    assert len(found) > 1000, "lupdate should find the screens' strings (over a thousand)"
    missing = [key for key in found if key not in committed]
    assert not missing, f"{len(missing)} screen strings missing from careplan_es.ts: {missing[:5]}"
    untranslated = [key for key, t in committed.items() if not _finished(t)]
    assert not untranslated, f"untranslated in careplan_es.ts: {untranslated[:5]}"


def test_spanish_keeps_every_placeholder_and_accelerator() -> None:
    for (context, source), translation in _messages(SPANISH).items():
        texts = [f.text or "" for f in translation.findall("numerusform")] or [translation.text or ""]
        for text in texts:
            # The date format inside a placeholder may follow Spanish order; the numbers must stay.
            assert sorted(re.sub(r":[^}]*", "", p) for p in PLACEHOLDER.findall(text)) == \
                   sorted(re.sub(r":[^}]*", "", p) for p in PLACEHOLDER.findall(source)), (context, source, text)
            assert ("&" in source.replace("&nbsp;", "")) == ("&" in text.replace("&nbsp;", "")), (context, source, text)


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
        assert QCoreApplication.translate("TaperButton", "taper: %n step(s)", "", 3) == "reducción: 3 pasos"
    finally:
        for translator in installed:
            QCoreApplication.removeTranslator(translator)
    assert QCoreApplication.translate("LanguagePage", "Languages") == "Languages"


def test_english_carries_only_its_plural_forms(qapp: object) -> None:
    from PySide6.QtCore import QCoreApplication

    from careplan.ui.translations import install_translators, screen_language

    installed = install_translators("en")
    try:
        assert len(installed) == 1, "careplan_en.qm (plural forms), and nothing of Qt's"
        assert QCoreApplication.translate("TaperButton", "taper: %n step(s)", "", 1) == "taper: 1 step"
        assert QCoreApplication.translate("TaperButton", "taper: %n step(s)", "", 5) == "taper: 5 steps"
        assert all(m.findall("numerusform") for m in _messages(TRANSLATIONS / "careplan_en.ts").values())
    finally:
        for translator in installed:
            QCoreApplication.removeTranslator(translator)
    assert screen_language("es") == "es"
    assert screen_language("") in ("en", "es")


def test_every_domain_label_shown_on_screen_is_marked_for_translation() -> None:
    """The domain's display words (no Qt below ui) reach the screens through code_words.py."""
    import careplan.domain.codes as codes
    from careplan.domain.advice import ADVICE_KIND_LABELS
    from careplan.domain.plan_stewardship import MONITORING_LABELS
    from careplan.export.options import HANDOUT_SECTIONS
    from careplan.ui.code_words import CODE_WORDS

    labels = {v for name in dir(codes) if name.endswith("_LABELS") for v in getattr(codes, name).values()}
    labels |= set(ADVICE_KIND_LABELS.values()) | set(MONITORING_LABELS.values())
    labels |= {c.capitalize() for c in (*codes.ROUTES, *codes.PAIN_TYPES, *codes.LIFESTYLE_AREAS)}
    labels |= {section.label for section in HANDOUT_SECTIONS}
    assert labels - set(CODE_WORDS) == set(), "add the new labels to careplan/ui/code_words.py"
    spanish = {source for (context, source) in _messages(SPANISH) if context == "Codes"}
    assert labels <= spanish
