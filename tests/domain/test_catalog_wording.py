"""What the catalog tells patients and clinicians: no country's numbers or brands in shared
wording, placeholders that fill for every country, citations without working notes."""

from __future__ import annotations

import re

import pytest

from careplan.domain.catalog import CatalogIndex
from careplan.domain.catalog_model import PLACEHOLDER, Source
from tests.domain.test_catalog import _all_sourced

# Working notes and internal names that must never reach a reader of a citation.
WORKING_NOTES = re.compile(
    r"facts\.md|resources/|\.json\b|DESIGN\.md|re-read|not read directly|read verbatim|read only in|"
    r"existing catalog|catalog source|Careplan clinical facts|recorded in|this entry|this review|staging|"
    r"\bTODO\b|\bFIXME\b|\bcommit [0-9a-f]{7}|lead's\b|"
    r"\.csv\b|\.py\b|github|machine extraction|public repositor|not read on|third-party site",
    re.IGNORECASE,
)


def _sources(catalog: CatalogIndex) -> list[Source]:
    return [s for fact in _all_sourced(catalog.data) for s in fact.sources]


def _patient_texts(catalog: CatalogIndex) -> list[str]:
    data = catalog.data
    texts = [t for d in data.drugs for w in d.patient.values() for t in w.texts()]
    texts += [t for f in data.red_flags for t in f.patient.values()]
    texts += [t for c in data.kratom_cautions for t in c.patient.values()]
    texts += [t for x in data.lifestyle_targets for t in x.patient.values()]
    texts += [t for x in data.cbt_components for t in x.patient.values()]
    texts += [t for x in data.mindfulness_practices for t in x.patient.values()]
    texts += [t for x in data.exercises for field in (x.instructions, x.progression, x.stop_if) for t in field.values()]
    return [t for t in texts if t]


def test_every_citation_reads_as_a_citation(catalog: CatalogIndex) -> None:
    sources = _sources(catalog)
    assert len(sources) > 300
    notes = sorted({s.citation for s in sources if WORKING_NOTES.search(s.citation)})
    assert notes == []


def test_working_note_patterns_catch_what_they_should() -> None:
    for note in ("(facts.md 1b: label V)", "(label not re-read for this entry)", "resources/catalog/x.json",
                 "(existing catalog source, red_flags.json)", "(tables not read verbatim in this review)",
                 "read as a machine extraction (someone/repo data/roles.csv)", "as packaged in x/canvas_sdk/allergy.py",
                 "(label text quoted in public repositories; not read on DailyMed itself)"):
        assert WORKING_NOTES.search(note), note


def test_patient_wording_holds_no_country_numbers_or_brands(catalog: CatalogIndex) -> None:
    numbers = {line.number for row in catalog.data.emergency_lines.countries for line in row.lines}
    brands = {b for d in catalog.data.drugs for b in d.brands} | {
        n for row in catalog.data.brands.entries for n in row.names}
    texts = _patient_texts(catalog)
    assert len(texts) > 200
    for text in texts:
        plain = PLACEHOLDER.sub("", text)
        for number in numbers:
            assert not re.search(rf"(?<![\d-]){re.escape(number)}(?![\d-])", plain), (number, text)
        for brand in brands:
            assert not re.search(rf"\b{re.escape(brand)}\b", plain), (brand, text)


@pytest.mark.parametrize("jurisdiction", ["US-TX", "GB", "AU", "DE", "TH", "MY", "JP", None])
def test_every_placeholder_fills_for_every_country(catalog: CatalogIndex, jurisdiction: str | None) -> None:
    from careplan.export.local import Local

    local = Local(catalog, jurisdiction, "en")
    for text in _patient_texts(catalog):
        filled = local.fill_plain(text)
        assert "{" not in filled and "}" not in filled, text


def test_emergency_and_brand_rows_are_sourced_and_dated(catalog: CatalogIndex) -> None:
    rows = [line for row in catalog.data.emergency_lines.countries for line in row.lines]
    rows += list(catalog.data.brands.entries)  # type: ignore[arg-type]
    for row in rows:
        assert row.sources and all(s.citation.strip() for s in row.sources)
        assert row.reviewed.year >= 2026
