"""Each instrument is scored by its published rule (Kroenke 2001, Spitzer 2006, Krebs 2009), with
its bands, LOINC codes and licence recorded; trends name how much a fall in pain matters."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import ValidationError

from careplan.domain.instruments import instrument, load_instruments
from careplan.domain.measures import instruments_used, score, series, trend
from careplan.domain.plan import CarePlan
from careplan.domain.plan_stewardship import MeasureEntry


def entry(name: str, answers: list[int], day: str = "2026-11-20") -> MeasureEntry:
    return MeasureEntry.model_validate({"instrument": name, "date": day, "answers": answers})


def spread(total: int, items: int, top: int = 3) -> list[int]:
    """Answers adding up to ``total`` (each 0..top)."""
    answers = []
    for _ in range(items):
        answers.append(min(top, total))
        total -= answers[-1]
    assert total == 0
    return answers


@pytest.mark.parametrize(("total", "band"), [
    (0, "minimal"), (4, "minimal"), (5, "mild"), (9, "mild"), (10, "moderate"), (14, "moderate"),
    (15, "moderately severe"), (19, "moderately severe"), (20, "severe"), (27, "severe"),
])
def test_phq9_is_the_sum_of_nine_items_with_kroenkes_bands(total: int, band: str) -> None:
    s = score(entry("PHQ-9", spread(total, 9)))
    assert s.value == total and s.band == band and s.shown() == str(total)


@pytest.mark.parametrize(("total", "band"), [
    (0, "minimal"), (4, "minimal"), (5, "mild"), (9, "mild"), (10, "moderate"), (14, "moderate"), (15, "severe"), (21, "severe"),
])
def test_gad7_is_the_sum_of_seven_items_with_spitzers_bands(total: int, band: str) -> None:
    s = score(entry("GAD-7", spread(total, 7)))
    assert s.value == total and s.band == band


def test_peg_is_the_mean_of_three_items_without_bands() -> None:
    s = score(entry("PEG", [7, 6, 6]))
    assert s.value == pytest.approx(19 / 3) and s.shown() == "6.3" and s.band is None
    assert score(entry("NRS", [8])).value == 8


@pytest.mark.parametrize(("name", "answers", "words"), [
    ("PHQ-9", [1] * 8, "PHQ-9 has 9 item(s); got 8"),
    ("PHQ-9", [1] * 8 + [4], "item 9 is scored 0 to 3 (got 4)"),
    ("GAD-7", [0] * 6 + [-1], "item 7 is scored 0 to 3"),
    ("PEG", [11, 0, 0], "item 1 is scored 0 to 10"),
    ("NRS", [3, 4], "NRS has 1 item(s)"),
])
def test_answers_that_cannot_be_scored_are_refused(name: str, answers: list[int], words: str) -> None:
    with pytest.raises(ValidationError, match=words.replace("(", r"\(").replace(")", r"\)")):
        entry(name, answers)


def test_an_unknown_instrument_is_refused() -> None:
    with pytest.raises(ValidationError):
        entry("BDI", [1])


def test_each_instrument_records_its_licence_loinc_codes_and_sources() -> None:
    table = {i.id: i for i in load_instruments().instruments}
    assert set(table) == {"PEG", "PHQ-9", "GAD-7", "NRS"}
    assert table["PHQ-9"].licence.free_to_reproduce and "Pfizer" in table["PHQ-9"].licence.terms
    assert table["GAD-7"].licence.free_to_reproduce
    assert table["PEG"].licence.free_to_reproduce is None  # no terms found: said, not assumed
    assert (table["PHQ-9"].loinc.panel, table["PHQ-9"].loinc.score) == ("44249-1", "44261-6")
    assert table["PHQ-9"].loinc.items[8] == "44260-8" and table["PHQ-9"].safety_item == 9
    assert (table["GAD-7"].loinc.panel, table["GAD-7"].loinc.score) == ("69737-5", "70274-6")
    assert table["NRS"].loinc.score == "72514-3"
    for definition in table.values():
        assert definition.sources and definition.reviewed and definition.loinc.sources and definition.licence.sources


def test_trend_names_how_much_a_fall_in_pain_matters() -> None:
    # facts.md T25: PEG 7.0 -> 4.7 is a third lower, a moderately important change (IMMPACT).
    plan = CarePlan(measures=[entry("PEG", [7, 7, 7], "2026-09-01"), entry("PHQ-9", [1] * 9, "2026-09-01"),
                              entry("PEG", [5, 5, 5], "2026-10-01"), entry("PEG", [5, 5, 4], "2026-11-20")])
    t = trend(plan, "PEG")
    assert t is not None and t.visits == 3
    assert t.first.value == 7 and round(t.last.value, 1) == 4.7
    assert round(t.percent_lower or 0) == 33 and t.importance == "moderately important"
    assert trend(plan, "PHQ-9") is None  # one visit: no trend
    assert [s.entry.date.isoformat() for s in series(plan, "PEG")] == ["2026-09-01", "2026-10-01", "2026-11-20"]
    assert instruments_used(plan) == ["PEG", "PHQ-9"]


@pytest.mark.parametrize(("before", "after", "importance"), [
    ([10], [9], "minimally important"), ([10], [8], "minimally important"), ([10], [7], "moderately important"),
    ([10], [5], "substantial"), ([10], [10], None), ([5], [6], None),
])
def test_change_bands_at_their_edges(before: list[int], after: list[int], importance: Any) -> None:
    plan = CarePlan(measures=[entry("NRS", before, "2026-09-01"), entry("NRS", after, "2026-10-01")])
    t = trend(plan, "NRS")
    assert t is not None and t.importance == importance


def test_phq9_and_gad7_changes_are_not_given_pain_bands() -> None:
    plan = CarePlan(measures=[entry("GAD-7", [3] * 7, "2026-09-01"), entry("GAD-7", [0] * 7, "2026-10-01")])
    t = trend(plan, "GAD-7")
    assert t is not None and t.percent_lower == 100 and t.importance is None
    assert instrument("GAD-7").score_max == 21


def test_a_template_carries_no_measures_or_monitoring() -> None:
    with pytest.raises(ValidationError, match="must not carry a patient's measures"):
        CarePlan.model_validate({"format": "careplan-template", "measures": [
            {"instrument": "NRS", "date": "2026-11-20", "answers": [5]}]})


def test_every_stewardship_model_error_has_plain_words() -> None:
    import re
    from pathlib import Path

    import careplan.domain.plan_stewardship as module
    from careplan.domain.errors import PLAN_RULES

    source = Path(module.__file__).read_text(encoding="utf-8")
    codes = set(re.findall(r'plan_error\(\s*"(\w+)"', source))
    assert len(codes) >= 9
    assert {f"careplan_{c}" for c in codes} <= set(PLAN_RULES)
