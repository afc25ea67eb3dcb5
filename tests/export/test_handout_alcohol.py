"""A heavy drinker's medicines that do not mix with alcohol: the handout's "take extra care" box
says so in the patient's language, beside (not instead of) the medicine's own warnings."""

from __future__ import annotations

import re

import pytest

from careplan.domain.catalog import CatalogIndex
from careplan.domain.safety import check_plan
from careplan.export import render_handout
from tests.domain.plan_factory import med, plan

from .conftest import options, pdf_text


@pytest.mark.parametrize(("language", "phrase", "risk"), [
    ("en", "alcohol adds to the side effects and can be dangerous", "The less you drink, the lower the risk."),
    ("es", "el alcohol aumenta los efectos secundarios y puede ser peligroso", "Cuanto menos beba, menor es el riesgo."),
])
def test_a_heavy_drinker_is_told_in_the_handout(catalog: CatalogIndex, language: str, phrase: str, risk: str) -> None:
    # Baclofen: a muscle relaxant no other handout test names (its group's row, not its own).
    drinking = plan(med("baclofen", 10, times=3), goals=False, alcohol_drinks_per_week=21, language=language)
    report = check_plan(drinking, catalog)
    assert [f.rule for f in report.findings if f.rule == "ALCOHOL-INTERACTION"] == ["ALCOHOL-INTERACTION"]
    text = pdf_text(render_handout(drinking, catalog, report, options()))
    assert text.count(phrase) == 1 and risk in text
    assert re.search(rf"Baclofen[o]?: {phrase}", text)


def test_moderate_drinking_prints_no_alcohol_caution(catalog: CatalogIndex) -> None:
    moderate = plan(med("baclofen", 10, times=3), alcohol_drinks_per_week=7)
    report = check_plan(moderate, catalog)
    assert "ALCOHOL-INTERACTION" not in {f.rule for f in report.findings}
    assert "alcohol adds to the side effects" not in pdf_text(render_handout(moderate, catalog, report, options()))
