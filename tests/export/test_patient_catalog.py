"""The patient wording catalogs: every English message translated, placeholders kept, compiled
files current, Spanish plain enough (Fernández-Huerta), and the lookups that refuse to fall back."""

from __future__ import annotations

import io
import re
from collections import defaultdict
from pathlib import Path

import pytest
import textstat
from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from careplan.domain.catalog import CatalogIndex
from careplan.domain.handout_catalog import load_handout_facts
from careplan.export.locale_format import conjunction, format_number, long_date, weekday_date
from careplan.export.patient_catalog import MissingPhrase, Translator, available_languages, catalog_version
from careplan.export.patient_messages import Message, all_messages, placeholders
from careplan.export.text import EN
from careplan.export.text_translated import TranslatedTable

ROOT = Path(__file__).resolve().parents[2]
LOCALE = ROOT / "resources" / "locale"
PO_FILES = sorted(LOCALE.glob("*/LC_MESSAGES/patient.po"))
# Names are not prose: the reading-ease score is for sentences (CLDR and catalog names aside).
NAME_DOMAINS = frozenset({"medicine-name", "exercise-name", "cbt-name", "mindfulness-name", "place", "line",
                          "medicine-class"})


def _read(path: Path) -> Catalog:
    with path.open("rb") as fh:
        return read_po(fh, locale=path.parent.parent.name)


@pytest.fixture(scope="module")
def messages(catalog: CatalogIndex) -> list[Message]:
    return all_messages(catalog, load_handout_facts())


def test_spanish_is_an_available_handout_language() -> None:
    assert {"en", "es"} <= available_languages()


@pytest.mark.parametrize("tag", ["es", "es-MX", "es-US", "es-ES"])
def test_every_msgid_is_translated(tag: str, messages: list[Message]) -> None:
    tr = Translator(tag)
    missing: list[str] = []
    for m in messages:
        try:
            if m.plural is not None:
                for n in (1, 2, 5):
                    assert tr.plural(m.context, m.msgid, m.plural, n)
            else:
                assert tr.text(m.context, m.msgid)
        except MissingPhrase as exc:
            missing.append(str(exc))
    assert not missing, f"{len(missing)} untranslated, first: {missing[:3]}"


def test_the_catalog_holds_no_entry_the_sources_no_longer_have(messages: list[Message]) -> None:
    source = {(m.context, m.msgid) for m in messages}
    spanish = {(m.context, m.id if isinstance(m.id, str) else m.id[0]) for m in _read(LOCALE / "es" / "LC_MESSAGES"
                                                                                       / "patient.po") if m.id}
    assert spanish == source, f"run scripts/i18n.py extract && update: extra {sorted(spanish - source)[:3]}"


@pytest.mark.parametrize("po", PO_FILES, ids=lambda p: p.parent.parent.name)
def test_placeholders_are_identical_in_source_and_translation(po: Path) -> None:
    problems = []
    for m in _read(po):
        if not m.id:
            continue
        assert not m.fuzzy, f"fuzzy entry {m.context}: {m.id}"
        if isinstance(m.id, tuple):
            singular, plural = m.id
            forms = list(m.string)
            expected = [placeholders(singular)] + [placeholders(plural)] * (len(forms) - 1)
            got = [placeholders(f) for f in forms]
        else:
            expected, got = [placeholders(m.id)], [placeholders(m.string)]
        if got != expected:
            problems.append(f"{m.context}: {m.id!r} has {expected}, translation has {got}")
    assert not problems, problems[:5]


@pytest.mark.parametrize("po", PO_FILES, ids=lambda p: p.parent.parent.name)
def test_the_committed_mo_is_compiled_from_the_po(po: Path) -> None:
    buffer = io.BytesIO()
    write_mo(buffer, _read(po), use_fuzzy=False)
    assert po.with_suffix(".mo").read_bytes() == buffer.getvalue(), "run scripts/i18n.py compile"


OVERLAYS = sorted(p for p in LOCALE.glob("*_*/LC_MESSAGES/patient.po"))


@pytest.mark.parametrize("po", OVERLAYS, ids=lambda p: p.parent.parent.name)
def test_a_regional_overlay_only_words_what_its_country_says_differently(po: Path) -> None:
    language = po.parent.parent.name.split("_")[0]
    base = {(m.context, m.id): m.string for m in _read(LOCALE / language / "LC_MESSAGES" / "patient.po") if m.id}
    for m in _read(po):
        if m.id:
            assert (m.context, m.id) in base and base[(m.context, m.id)] != m.string, m.id


def test_spain_reads_its_own_words_and_mexico_the_shared_ones() -> None:
    drive = "Do not drive until you know how it affects you."
    assert Translator("es-ES").text("medicine", drive).startswith("No conduzca")
    assert Translator("es-MX").text("medicine", drive).startswith("No maneje")
    assert Translator("es-ES").text("handout:word_ed", EN["word_ed"]) == "urgencias"
    # Mexico says "urgencias" too; a US Spanish reader knows "la sala de emergencias".
    assert Translator("es-MX").text("handout:word_ed", EN["word_ed"]) == "urgencias"
    assert Translator("es-US").text("handout:word_ed", EN["word_ed"]) == "la sala de emergencias"


def _prose(texts: list[str]) -> str:
    return " ".join(t if t.rstrip().endswith((".", "?", "!", ":", "\u2026")) else t + "." for t in texts)


def test_spanish_reading_ease_is_70_or_more_for_our_own_text() -> None:
    """Fernández-Huerta (1959; textstat, Spanish syllables): 70 and up reads as 'fairly easy' or
    easier (the scale of legible.es, which textstat cites). Each domain of prose is held to it."""
    assert hasattr(textstat, "fernandez_huerta")
    by_domain: dict[str, list[str]] = defaultdict(list)
    for m in _read(LOCALE / "es" / "LC_MESSAGES" / "patient.po"):
        if m.id and m.context.split(":")[0] not in NAME_DOMAINS:
            text = m.string if isinstance(m.string, str) else m.string[-1]
            by_domain[m.context.split(":")[0]].append(re.sub(r"\{[^}]+\}", "eso", text))
    textstat.set_lang("es")
    try:
        scores = {domain: textstat.fernandez_huerta(_prose(texts)) for domain, texts in by_domain.items()}
    finally:
        textstat.set_lang("en_US")
    low = {d: s for d, s in scores.items() if s < 70}
    assert not low, f"Spanish reading ease below 70: {low}"
    assert len(scores) >= 10


def test_the_scale_reads_hard_text_as_hard() -> None:
    """The score can fail: dense legal prose scores well under 70."""
    textstat.set_lang("es")
    try:
        hard = ("La administración concomitante de fármacos depresores del sistema nervioso central incrementa "
                "significativamente la probabilidad de insuficiencia respiratoria potencialmente irreversible, "
                "particularmente en pacientes con comorbilidades cardiopulmonares preexistentes.")
        assert textstat.fernandez_huerta(hard) < 70
    finally:
        textstat.set_lang("en_US")


def test_a_missing_phrase_names_itself_instead_of_falling_back_to_english() -> None:
    with pytest.raises(MissingPhrase, match=r"\[medicine\] .*Glows in the dark"):
        Translator("es-MX").text("medicine", "Glows in the dark.")
    table = TranslatedTable({**EN, "new_phrase": "A phrase no catalog has yet."}, Translator("es"))
    with pytest.raises(MissingPhrase, match="handout:new_phrase"):
        table["new_phrase"]
    assert Translator("en").text("medicine", "Glows in the dark.") == "Glows in the dark."


def test_plural_forms_follow_the_count() -> None:
    table = TranslatedTable(EN, Translator("es"))
    assert table.counted("cbt_sessions", 1) == "Tendrá 1 sesión."
    assert table.counted("cbt_sessions", 6).format(n=6) == "Tendrá 6 sesiones."
    assert table["unit_tablet"] == "pastilla" and table["unit_tablet_many"] == "pastillas"


def test_dates_and_numbers_follow_the_patients_locale() -> None:
    from datetime import date

    day = date(2027, 2, 1)
    assert long_date(day, "es-MX") == long_date(day, "es-ES") == "1 de febrero de 2027"
    assert weekday_date(day, "es-US").startswith("lunes")
    assert format_number(2.5, "es-MX") == "2.5" and format_number(2.5, "es-ES") == "2,5"
    assert format_number(1000, "es-MX") == "1000" and format_number(0.125, "es-ES") == "0,125"


@pytest.mark.parametrize("word, following, expected", [("y", "ibuprofeno", "e"), ("y", "hielo", "y"),
                                                         ("y", "naproxeno", "y"), ("o", "oxicodona", "u")])
def test_spanish_conjunctions_before_an_i_or_o_sound(word: str, following: str, expected: str) -> None:
    assert conjunction(word, following, "es") == expected
    assert conjunction(word, following, "en") == word


def test_the_catalog_version_changes_with_the_wording() -> None:
    version = catalog_version("es")
    assert version.startswith("es-") and version == catalog_version("es-MX")
    assert catalog_version("en") == "source"
