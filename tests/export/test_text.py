"""Escaping of user text, the phrase tables, and the reading grade of our own handout wording."""

from __future__ import annotations

import re

import pytest
import textstat

from careplan.export.options import HANDOUT_SECTIONS, ExportOptions
from careplan.export.text import EN, PHRASES, esc, phrase

# Single words and labels (months, days, units, column heads) are not prose; FK grade of a
# lone long word is meaningless. Everything else is checked.
_NOT_PROSE = ("month_", "day_", "unit_", "date_format", "col_", "area_", "cadence_", "law_", "part_", "and")
MAX_GRADE = 8.0


def _fill(template: str) -> str:
    return re.sub(r"\{[a-z_]+\}", "4", template)


def _prose(table: dict[str, str]) -> dict[str, str]:
    return {k: _fill(v) for k, v in table.items() if not k.startswith(_NOT_PROSE)}


def test_esc_makes_markup_literal() -> None:
    assert esc("<b>Smith & Sons</b>") == "&lt;b&gt;Smith &amp; Sons&lt;/b&gt;"
    assert esc('<font size=90>"x"') == "&lt;font size=90&gt;&quot;x&quot;"
    assert esc("O'Brien") == "O&#x27;Brien"


def test_esc_turns_newlines_into_breaks_and_drops_controls() -> None:
    assert esc("a\nb\r\nc\u2028d") == "a<br/>b<br/>c<br/>d"
    assert esc("bell\x07 nul\x00") == "bell nul"


def test_phrase_escapes_the_values_it_fills_in() -> None:
    assert phrase("en", "made_for", name="<i>Zoë</i>") == "Made for: &lt;i&gt;Zoë&lt;/i&gt;"


def test_every_language_has_every_english_key() -> None:
    for lang, table in PHRASES.items():
        assert set(table) == set(EN), lang
        for key, value in table.items():
            assert set(re.findall(r"\{(\w+)\}", value)) == set(re.findall(r"\{(\w+)\}", EN[key])), (lang, key)


@pytest.mark.parametrize("lang", sorted(PHRASES))
def test_fixed_handout_wording_reads_at_grade_8_or_lower(lang: str) -> None:
    prose = _prose(PHRASES[lang])
    assert len(prose) > 80  # the check covers the real wording, not an empty table
    whole = " ".join(v if v.rstrip().endswith((".", ":", "?", "!", "\u2026")) else v + "." for v in prose.values())
    assert textstat.flesch_kincaid_grade(whole) <= MAX_GRADE
    # Each sentence-length phrase on its own too, so one hard sentence cannot hide in the average.
    hard = {k: round(textstat.flesch_kincaid_grade(v), 1) for k, v in prose.items()
            if len(v.split()) >= 8 and textstat.flesch_kincaid_grade(v) > MAX_GRADE}
    assert hard == {}


def test_options_refuse_unknown_language_and_sections() -> None:
    with pytest.raises(ValueError, match="language"):
        ExportOptions(language="xx")
    with pytest.raises(ValueError, match="unknown handout sections"):
        ExportOptions(sections=frozenset({"goals", "horoscope"}))


def test_required_sections_print_even_when_not_selected() -> None:
    opts = ExportOptions(sections=frozenset({"goals"}))
    required = {s.id for s in HANDOUT_SECTIONS if s.required}
    assert required == {"care", "help", "kratom", "rescue", "taper"}
    assert all(opts.wants(s) for s in required)
    assert opts.wants("goals") and not opts.wants("tracker")
    assert ExportOptions().wants("tracker")


def test_a_paragraph_breaks_its_lines_again_only_for_a_new_width(monkeypatch: pytest.MonkeyPatch) -> None:
    # Counts, not times: a long table re-measures its rows on every page it splits across.
    from reportlab.platypus import Paragraph

    from careplan.export.flow import para
    from careplan.export.styles import make_styles

    calls: list[float] = []
    original = Paragraph.breakLines

    def counting(self: Paragraph, widths: list[float]) -> object:
        calls.append(widths[0])
        return original(self, widths)

    monkeypatch.setattr(Paragraph, "breakLines", counting)
    p = para("A sentence long enough to need two lines in a narrow cell of a table.", make_styles(False).body)
    first = p.wrap(120, 500)
    assert p.wrap(120, 400) == first and len(calls) == 1
    assert p.wrap(300, 500) != first and len(calls) == 2
    assert p.wrap(120, 500) == first and len(calls) == 3  # back to the first width: broken again
    parts = p.split(120, first[1] / 2)
    assert len(parts) == 2 and all(part.wrap(120, 500)[1] > 0 for part in parts)
