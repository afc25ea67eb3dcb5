"""Every built-in template exported in Spanish for a patient in the US, Mexico and Spain: no
English words, the same doses, numbers and dates as the English handout of the same plan, the
summary in English stating the language and its review, and the refusals that keep a handout in
one language."""

from __future__ import annotations

import re
from collections import Counter
from datetime import UTC, date, datetime
from functools import cache
from pathlib import Path

import pytest

from careplan.domain.catalog import CatalogIndex, load_catalog
from careplan.domain.languages import LanguageReview
from careplan.domain.plan import Acknowledgement, CarePlan, Goal, Patient
from careplan.domain.safety import check_plan
from careplan.export import PlanLanguageError, render_handout, render_summary
from careplan.export.patient_catalog import catalog_version
from careplan.storage.plan_files import load_plan
from careplan.storage.templates import plan_from_template

from .conftest import LETTERHEAD, TODAY, options, pdf_text

ROOT = Path(__file__).resolve().parents[2]
TEMPLATES = sorted((ROOT / "resources" / "templates").glob("*.json"))
COUNTRIES = ("US-CA", "MX", "ES")
AT = datetime(2026, 11, 24, 10, 0, tzinfo=UTC)

# Common English words that are not Spanish words. A hit in a Spanish handout is English text.
_ENGLISH_WORDS = """
the and with your you for this that when then what which while take takes day days week weeks
walk walking minutes hours every each only if not does don't is are be been have has from into
over after before until about out up down off of to at by on in it its pain back neck knee hip
sleep heat pack ice rest gently keep stop call us more less most than some any all other
should would could will can medicine medicines tablet tablets patch daily doctor nurse
pharmacist emergency help now today get goal goals visit next page phone number breathing
exercise exercises practice tracker done morning evening bedtime midday week monday tuesday
"""
ENGLISH = frozenset(_ENGLISH_WORDS.split())
# Names a Spanish handout may print as they are: brands, official line names, the scale's name.
ALLOWED = frozenset({"poison", "control", "lifeline", "tylenol", "advil", "motrin", "aleve", "voltaren", "lyrica",
                     "neurontin", "cymbalta", "lidoderm", "zostrix", "narcan", "peg", "nrs", "mbsr", "fda"})
_WORD = re.compile(r"[A-Za-z\u00c0-\u024f']+")
# Numbers as a handout prints them: "2.5", "2,5", "1-800-222-1222" (split at the hyphens).
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
GROUPED_DOSE = re.compile(r"\d[.,\u00a0\u202f]\d{3}(?!\d)\s*(?:mg|mcg|g|mL|ml)\b")
# A decimal point in a number of one or two decimals ("7.3"; "10.000" is a thousands group).
DECIMAL_POINT = re.compile(r"(?<![\d.])\d+\.\d{1,2}(?![\d.])")


@cache
def plan_in(path: Path, jurisdiction: str, language: str | None) -> CarePlan:
    catalog = load_catalog()
    patient = Patient(name="Alex Sample", age=58, sex="female", jurisdiction=jurisdiction, language=language)
    plan = plan_from_template(load_plan(path), patient, kratom_accepted_by="Dr Test")
    blocking = check_plan(plan, catalog, TODAY).blocking
    acks = [Acknowledgement(rule=f.rule, items=list(f.items), reason="Discussed", by="Dr Test", at=AT)
            for f in blocking]
    return plan.model_copy(update={"acknowledgements": [*plan.acknowledgements, *acks]})


@cache
def handout(path: Path, jurisdiction: str, language: str | None) -> str:
    catalog = load_catalog()
    plan = plan_in(path, jurisdiction, language)
    return pdf_text(render_handout(plan, catalog, check_plan(plan, catalog, TODAY), options()))


@cache
def brand_names() -> tuple[str, ...]:
    """Every brand name the catalog knows, longest first ("Voltaren Arthritis Pain")."""
    catalog = load_catalog()
    names = {b for d in catalog.drugs.values() for b in d.brands}
    names |= {n for row in catalog.data.brands.entries for n in row.names}
    return tuple(sorted(names, key=len, reverse=True))


def english_hits(text: str) -> list[str]:
    # The clinic's own letterhead is the clinic's text, brands are names: neither is our wording.
    for line in (LETTERHEAD.name, *LETTERHEAD.address.splitlines(), *brand_names()):
        text = text.replace(line, " ")
    return [w for w in (m.group(0).lower() for m in _WORD.finditer(text)) if w in ENGLISH and w not in ALLOWED]


# Page footers differ in number as the translation runs longer or shorter.
_FOOTER = re.compile(r"(Page \d+ of \d+|Página \d+ de \d+)")


def numbers(text: str, decimal_comma: bool) -> Counter[str]:
    # Thousands are grouped as each language writes them (English 1,000; Spanish 1000 or 10.000):
    # the grouping mark goes before the digits are compared.
    group = r"[.\u00a0\u202f]" if decimal_comma else r"[,\u00a0\u202f]"
    ungrouped = re.sub(rf"(?<=\d){group}(?=\d{{3}}(?!\d))", "", _FOOTER.sub(" ", text))
    found = _NUMBER.findall(ungrouped)
    return Counter(n.replace(",", ".") if decimal_comma else n for n in found)


# The default run: each template in one of the three countries (rotating); the slow run: all three.
DEFAULT = [(t, COUNTRIES[n % len(COUNTRIES)]) for n, t in enumerate(TEMPLATES)]
FULL = [(t, c) for t in TEMPLATES for c in COUNTRIES]


def _check(path: Path, jurisdiction: str) -> None:
    spanish = handout(path, jurisdiction, "es")
    english = handout(path, jurisdiction, None)
    assert "Su plan de cuidados" in spanish
    hits = english_hits(spanish)
    assert not hits, f"English words in the Spanish handout: {Counter(hits).most_common(8)}"
    # Doses, counts, dates and phone numbers: the same numbers, as many times, in both languages.
    assert numbers(spanish, decimal_comma=jurisdiction == "ES") == numbers(english, decimal_comma=False)
    # A dose is never grouped in Spanish ("4000 mg"): Spain would read "4,000 mg" as four.
    assert not GROUPED_DOSE.findall(spanish), f"grouped doses: {GROUPED_DOSE.findall(spanish)[:5]}"
    if jurisdiction == "ES":
        # Spain writes decimals with a comma: "7,3", never "7.3" (a point groups thousands).
        assert not DECIMAL_POINT.findall(spanish), f"decimal points in a handout for Spain: {DECIMAL_POINT.findall(spanish)[:5]}"


@pytest.mark.parametrize("path, jurisdiction", DEFAULT, ids=lambda v: v.stem.removesuffix(".careplan") if isinstance(v, Path) else v)
def test_every_template_in_spanish_reads_spanish_with_the_english_numbers(path: Path, jurisdiction: str) -> None:
    _check(path, jurisdiction)


@pytest.mark.slow
@pytest.mark.parametrize("path, jurisdiction", FULL, ids=lambda v: v.stem.removesuffix(".careplan") if isinstance(v, Path) else v)
def test_every_template_in_spanish_for_us_mx_and_es_patients(path: Path, jurisdiction: str) -> None:
    _check(path, jurisdiction)


def test_the_english_word_check_can_fail() -> None:
    assert english_hits("Tome 400 mg with food every day") == ["with", "every", "day"]
    assert english_hits("Llame al 911. Tylenol (acetaminofén).") == []


def test_local_generic_names_by_country() -> None:
    path = ROOT / "resources" / "templates" / "chronic-low-back-pain.careplan.json"
    us, mx, es = (handout(path, c, "es") for c in COUNTRIES)
    if "cetaminof" in us or "aracetamol" in mx:
        assert "aracetamol" not in us.replace("paracetamol o acetaminofén", "")
        assert "cetaminof" not in mx and "cetaminof" not in es


def test_spain_gets_decimal_commas_and_its_emergency_number() -> None:
    path = ROOT / "resources" / "templates" / "knee-osteoarthritis.careplan.json"
    text = handout(path, "ES", "es")
    assert "112" in text and "911" not in text


def test_the_summary_stays_english_and_states_the_language_and_its_review(catalog) -> None:  # type: ignore[no-untyped-def]
    plan = plan_in(TEMPLATES[0], "US-CA", "es-MX")
    report = check_plan(plan, catalog, TODAY)
    text = pdf_text(render_summary(plan, catalog, report, options()))
    assert "Clinician summary" in text and "Su plan" not in text
    assert "Spanish (es-MX)" in text and "not yet reviewed by this clinic" in text
    review = LanguageReview(language="es", catalog_version=catalog_version("es"), reviewed_by="Dr R. Revisor",
                            reviewed_on=date(2026, 12, 2))
    text = pdf_text(render_summary(plan, catalog, report, options(language_reviews=(review,))))
    assert "reviewed by Dr R. Revisor on 2026-12-02" in text
    old = review.model_copy(update={"catalog_version": "es-0000000000"})
    text = pdf_text(render_summary(plan, catalog, report, options(language_reviews=(old,))))
    assert "not yet reviewed" in text


def test_english_plan_text_in_a_spanish_handout_is_refused_naming_the_field(catalog) -> None:  # type: ignore[no-untyped-def]
    plan = plan_in(TEMPLATES[0], "MX", "es")
    plan = plan.model_copy(update={"goals": [*plan.goals, Goal(text="Walk the dog every day")]})
    with pytest.raises(PlanLanguageError, match=r"goals\[\d+\]\.text reads as English"):
        render_handout(plan, catalog, check_plan(plan, catalog, TODAY), options())
    spanish = plan.model_copy(update={"goals": [*plan.goals[:-1], Goal(text="Pasear al perro todos los días")]})
    assert "Pasear al perro" in pdf_text(render_handout(spanish, catalog, check_plan(spanish, catalog, TODAY), options()))


@pytest.mark.parametrize("path, jurisdiction", DEFAULT, ids=lambda v: v.stem.removesuffix(".careplan") if isinstance(v, Path) else v)
def test_english_working_notes_never_block_a_spanish_handout_but_printed_notes_do(
        catalog: CatalogIndex, path: Path, jurisdiction: str) -> None:
    """Plan-level notes print on the clinician summary only: English there is the clinician's own
    business. A module's notes print on the handout, so the same English there is refused."""
    note = "Discussed the plan with the patient and their daughter; review the diary at the next visit."
    plan = plan_in(path, jurisdiction, "es")
    noted = plan.model_copy(update={"notes": note})
    report = check_plan(noted, catalog, TODAY)
    assert "daughter" not in pdf_text(render_handout(noted.model_copy(update={"patient": noted.patient_or_empty.model_copy(
        update={"language": None})}), catalog, report, options()))
    assert "Su plan de cuidados" in pdf_text(render_handout(noted, catalog, report, options()))
    module = plan.modules[0].model_copy(update={"notes": note})
    printed = plan.model_copy(update={"modules": [module, *plan.modules[1:]]})
    with pytest.raises(PlanLanguageError, match=r"modules\[0\]\.notes reads as English"):
        render_handout(printed, catalog, check_plan(printed, catalog, TODAY), options())


def test_export_language_overrides_the_patients(catalog) -> None:  # type: ignore[no-untyped-def]
    plan = plan_in(TEMPLATES[0], "US-CA", "es")
    report = check_plan(plan, catalog, TODAY)
    assert "Your care plan" in pdf_text(render_handout(plan, catalog, report, options(language="en")))
    assert "Su plan de cuidados" in pdf_text(render_handout(plan, catalog, report, options()))


@pytest.mark.parametrize("path, jurisdiction", DEFAULT, ids=lambda v: v.stem.removesuffix(".careplan") if isinstance(v, Path) else v)
def test_every_template_in_spanish_large_print_lays_out(path: Path, jurisdiction: str) -> None:
    # Spanish column heads are longer ("Al acostarse"): four of them in large print once left the
    # medicine column a negative width and the export failed with an internal error.
    catalog = load_catalog()
    plan = plan_in(path, jurisdiction, "es")
    text = pdf_text(render_handout(plan, catalog, check_plan(plan, catalog, TODAY), options(large_print=True)))
    assert "Su plan de cuidados" in text
    if "Mediodía" in text:  # the daily table: its heads wrap between words, never inside one
        assert "acostarse" in text.split()


def test_the_knee_example_in_spanish_large_print_lays_out(catalog: CatalogIndex) -> None:
    plan = load_plan(ROOT / "examples" / "knee-oa.careplan.json")
    report = check_plan(plan, catalog, TODAY)
    text = pdf_text(render_handout(plan, catalog, report, options(large_print=True, language="es")))
    assert "Medicina" in text and "acostarse" in text.split()
