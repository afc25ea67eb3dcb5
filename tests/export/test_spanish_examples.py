"""The example plans exported in Spanish for a patient in the US, Mexico and Spain, as a clinician
would after writing the plan's own text in Spanish: no English words, the same numbers as the
English handout of the same plan, dates in the Spanish long form, and the medicine's generic name
in lower case inside a sentence (taper calendar, withdrawal box)."""

from __future__ import annotations

import re
from collections import Counter
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from careplan.domain.catalog import load_catalog
from careplan.domain.plan import Acknowledgement, CarePlan, MedicationModule, PhysiotherapyModule
from careplan.domain.safety import check_plan
from careplan.export import PlanLanguageError, render_handout
from careplan.export.patient_messages import TEMPLATE_TEXT_FIELDS
from careplan.export.plan_language import reads_as_english
from careplan.storage.plan_files import load_plan

from .conftest import TODAY, options, pdf_text
from .test_spanish_handout import COUNTRIES, DECIMAL_POINT, GROUPED_DOSE, brand_names, english_hits, numbers

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = sorted((ROOT / "examples").glob("*.careplan.json"))
AT = datetime(2026, 11, 24, 10, 0, tzinfo=UTC)
# The clinician's own words, written in Spanish for this patient (the test stands in for them).
SPANISH = "Texto del equipo para usted"
_MONTHS = "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre"
# "11 de enero, 2027" is an English pattern with Spanish words; Spanish writes "11 de enero de 2027".
_COMMA_YEAR = re.compile(rf"\b\d{{1,2}}\s+de\s+({_MONTHS}),\s*\d{{4}}")
_BOX_TITLE = re.compile(r"(Call|Llame al) [\d ]+ (now if|ahora si):")
_NAME_IN_SENTENCE = re.compile(r"\b(Deje de tomar|ya no tomará|bajar su|dosis de) ([A-ZÁÉÍÓÚÑ][a-záéíóúñ]+)")


def _in_spanish(value: Any, key: str | None = None) -> Any:
    if isinstance(value, dict):
        return {k: _in_spanish(v, k) for k, v in value.items()}
    if isinstance(value, list):
        return [_in_spanish(v, key) for v in value]
    if isinstance(value, str) and (key in TEMPLATE_TEXT_FIELDS or key in ("note", "name")) and reads_as_english(value):
        return SPANISH
    return value


@cache
def plan_in(path: Path, jurisdiction: str, language: str | None) -> CarePlan:
    catalog = load_catalog()
    plan = load_plan(path)
    data = _in_spanish(plan.model_dump(mode="json", exclude={"acknowledgements"}))
    data["patient"] = {**data["patient"], "jurisdiction": jurisdiction, "language": language}
    plan = CarePlan.model_validate({**data, "acknowledgements": plan.model_dump(mode="json")["acknowledgements"]})
    acks = [Acknowledgement(rule=f.rule, items=list(f.items), reason="Hablado", by="Dr Test", at=AT)
            for f in check_plan(plan, catalog, TODAY).blocking]
    return plan.model_copy(update={"acknowledgements": [*plan.acknowledgements, *acks]})


@cache
def handout(path: Path, jurisdiction: str, language: str | None) -> str:
    catalog = load_catalog()
    plan = plan_in(path, jurisdiction, language)
    return pdf_text(render_handout(plan, catalog, check_plan(plan, catalog, TODAY), options()))


def _stewardship(path: Path) -> bool:
    plan = load_plan(path)
    return bool(plan.measures) or any(i.taper is not None for i in plan.all_medications())


def _ids(value: object) -> str:
    return value.stem.removesuffix(".careplan") if isinstance(value, Path) else str(value)


# The default run: the examples with a taper or measures, each in every country; the slow run: all.
DEFAULT = [(p, c) for p in EXAMPLES if _stewardship(p) for c in COUNTRIES]
FULL = [(p, c) for p in EXAMPLES for c in COUNTRIES]


def _check(path: Path, jurisdiction: str) -> None:
    spanish = handout(path, jurisdiction, "es")
    english = handout(path, jurisdiction, None)
    assert "Su plan de cuidados" in spanish
    hits = english_hits(spanish)
    assert not hits, f"English words in the Spanish handout: {Counter(hits).most_common(8)}"
    # A red box split across pages repeats its title ("Call 911 now if:"), in one language and not
    # the other as the text runs longer: titles go before the numbers are compared.
    assert (numbers(_BOX_TITLE.sub(" ", spanish), decimal_comma=jurisdiction == "ES")
            == numbers(_BOX_TITLE.sub(" ", english), decimal_comma=False))
    assert not _COMMA_YEAR.findall(spanish), "a date written '11 de enero, 2027'"
    # A dose is never grouped in Spanish ("4000 mg"): Spain would read "4,000 mg" as four.
    assert not GROUPED_DOSE.findall(spanish), f"grouped doses: {GROUPED_DOSE.findall(spanish)[:5]}"
    if jurisdiction == "ES":
        # Spain writes decimals with a comma: "7,3", never "7.3" (a point groups thousands).
        assert not DECIMAL_POINT.findall(spanish), f"decimal points in a handout for Spain: {DECIMAL_POINT.findall(spanish)[:5]}"
    # A generic name inside a sentence is lower case ("Deje de tomar morfina", "su morfina"); a
    # brand keeps its capital ("tomar Tylenol").
    brands = {b.split()[0] for b in brand_names()}
    capital = [m.group(0) for m in _NAME_IN_SENTENCE.finditer(spanish) if m.group(2) not in brands]
    assert not capital, f"a generic name with a capital inside a sentence: {capital[:5]}"


@pytest.mark.parametrize("path, jurisdiction", DEFAULT, ids=_ids)
def test_examples_with_a_taper_or_measures_in_spanish(path: Path, jurisdiction: str) -> None:
    _check(path, jurisdiction)


@pytest.mark.slow
@pytest.mark.parametrize("path, jurisdiction", FULL, ids=_ids)
def test_every_example_in_spanish_for_us_mx_and_es_patients(path: Path, jurisdiction: str) -> None:
    _check(path, jurisdiction)


def test_the_date_check_can_fail() -> None:
    assert _COMMA_YEAR.findall("lunes, 11 de enero, 2027") == ["enero"]
    assert not _COMMA_YEAR.findall("lunes, 11 de enero de 2027")


def test_the_name_check_can_fail() -> None:
    found = [m.group(2) for m in _NAME_IN_SENTENCE.finditer("Deje de tomar Morfina. Acordamos bajar su morfina.")]
    assert found == ["Morfina"]


@pytest.mark.parametrize("field, english", [
    ("note", "Agreed with the patient at this visit."),  # the taper's note prints under its calendar
    ("purpose", "opioid overdose emergency"),  # three words, no function word among them
])
def test_printed_english_in_a_spanish_handout_is_refused_naming_the_field(field: str, english: str) -> None:
    catalog = load_catalog()
    path = next(p for p in EXAMPLES if any(i.taper is not None for i in load_plan(p).all_medications()))
    plan = plan_in(path, "MX", "es")
    module = next(m for m in plan.modules if any(i.taper is not None for i in getattr(m, "items", [])))
    tapered = next(i for i in module.items if i.taper is not None)  # type: ignore[union-attr]
    item = (tapered.model_copy(update={"taper": tapered.taper.model_copy(update={"note": english})})  # type: ignore[union-attr]
            if field == "note" else tapered.model_copy(update={field: english}))
    items = [item if i is tapered else i for i in module.items]  # type: ignore[union-attr]
    modules = [module.model_copy(update={"items": items}) if m is module else m for m in plan.modules]
    changed = plan.model_copy(update={"modules": modules})
    with pytest.raises(PlanLanguageError, match=rf"items\[\d+\]\.(taper\.)?{field} reads as English"):
        render_handout(changed, catalog, check_plan(changed, catalog, TODAY), options())


def test_the_decimal_check_can_fail() -> None:
    assert DECIMAL_POINT.findall("1 de septiembre de 2026: 7.3 y 10.000 pasos, 4,7") == ["7.3"]


def test_a_typed_exercise_or_medicine_name_in_english_is_refused_but_a_catalog_drugs_is_not() -> None:
    """A name the catalog does not know prints as typed ("Graded walking"); the name field of a
    catalog medicine never prints (its local name does), so it is not held to the language."""
    catalog = load_catalog()
    path = next(p for p in EXAMPLES if any(i.taper is not None for i in load_plan(p).all_medications()))
    plan = plan_in(path, "ES", "es")
    physio = next(m for m in plan.modules if isinstance(m, PhysiotherapyModule) and m.exercises)
    exercises = [physio.exercises[0].model_copy(update={"name": "Graded walking"}), *physio.exercises[1:]]
    typed = plan.model_copy(update={"modules": [physio.model_copy(update={"exercises": exercises}) if m is physio else m
                                                for m in plan.modules]})
    with pytest.raises(PlanLanguageError, match=r"exercises\[0\]\.name reads as English"):
        render_handout(typed, catalog, check_plan(typed, catalog, TODAY), options())
    meds = next(m for m in plan.modules if isinstance(m, MedicationModule) and any(i.taper for i in m.items))
    for drug, refused in (("morphine", False), (None, True)):
        items = [i.model_copy(update={"name": "Slow release tablets", "drug": drug}) if i.taper is not None else i
                 for i in meds.items]
        named = plan.model_copy(update={"modules": [meds.model_copy(update={"items": items}) if m is meds else m
                                                    for m in plan.modules]})
        if refused:
            with pytest.raises(PlanLanguageError, match=r"items\[\d+\]\.name reads as English"):
                render_handout(named, catalog, check_plan(named, catalog, TODAY), options())
        else:
            assert "Su plan de cuidados" in pdf_text(render_handout(named, catalog, check_plan(named, catalog, TODAY), options()))


def test_a_limit_line_in_spanish_writes_its_amounts_ungrouped() -> None:
    path = next(p for p in EXAMPLES if "apap-daily-max" in p.name)
    assert GROUPED_DOSE.findall("el límite es 4,000 mg al día") == ["4,000 mg"]
    for jurisdiction in ("ES", "MX"):
        text = handout(path, jurisdiction, "es")
        assert "el límite es 4000 mg al día" in text and not GROUPED_DOSE.findall(text)
