"""The handout facts (advice conflicts, medicine advice, red flags, locales): sourced, dated, in plain
words that hold no country's number, brand or spelling, and complete for every required country."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import textstat

from careplan.domain.catalog import CatalogError, CatalogIndex
from careplan.domain.catalog_model import PLACEHOLDER
from careplan.domain.handout_catalog import HANDOUT_FILES, load_handout_facts, read_handout_catalog
from careplan.domain.handout_model import EXTRA_PLACEHOLDER, HandoutCatalog, Locale
from careplan.resources import catalog_dir
from tests.domain.test_catalog_wording import WORKING_NOTES

REQUIRED = ("US", "CA", "GB", "IE", "AU", "NZ", "DE", "FR", "ES", "MX", "TH", "MY")
# Words spelt differently in US and Commonwealth English: shared wording uses neither.
REGIONAL_SPELLINGS = re.compile(
    r"\b(?:colou?r\w*|cent(?:re|er)s?|behaviou?r\w*|favou?r\w*|practise[sd]?|programmes?|apno?ea|an(?:a)?emi\w*|"
    r"carers?|caregivers?|offen[cs]es?|gr[ae]y|metres?|meters?|litres?|liters?|organi[sz]\w*|realis\w*|"
    r"physiotherapist|physical therapist|A&E|emergency room)\b",
    re.IGNORECASE)


def _facts() -> HandoutCatalog:
    return load_handout_facts().data


def _patient_texts() -> list[str]:
    data = _facts()
    rows = [*data.advice_conflicts, *data.medicine_advice, *data.red_flags]
    return [t for row in rows for t in row.patient.values()]


def _sourced() -> list[object]:
    data = _facts()
    rows: list[object] = [*data.advice_conflicts, *data.medicine_advice, *data.red_flags, *data.generic_names]
    rows += [n for loc in data.locales for n in loc.not_sold]
    rows += [line for loc in data.locales for lines in loc.regional_lines.values() for line in lines]
    return rows


def test_every_file_loads_and_every_fact_is_sourced_and_dated() -> None:
    rows = _sourced()
    assert len(rows) > 40
    for row in rows:
        sources = row.sources  # type: ignore[attr-defined]
        assert sources and all(len(s.citation) > 20 for s in sources), row
        assert row.reviewed.year >= 2026  # type: ignore[attr-defined]
    notes = sorted({s.citation for row in rows for s in row.sources if WORKING_NOTES.search(s.citation)})  # type: ignore[attr-defined]
    assert notes == []


def test_patient_wording_is_plain_and_holds_no_number_brand_or_regional_spelling(catalog: CatalogIndex) -> None:
    numbers = {line.number for row in catalog.data.emergency_lines.countries for line in row.lines}
    brands = {b for d in catalog.data.drugs for b in d.brands}
    for text in _patient_texts():
        plain = EXTRA_PLACEHOLDER.sub("", PLACEHOLDER.sub("", text))
        assert not [n for n in numbers if re.search(rf"(?<![\d-]){re.escape(n)}(?![\d-])", plain)], text
        assert not [b for b in brands if re.search(rf"\b{re.escape(b)}\b", plain)], text
        assert not REGIONAL_SPELLINGS.search(plain), text
        assert textstat.flesch_kincaid_grade(plain) <= 8.0, text


def test_every_required_country_has_a_locale_and_its_lines(catalog: CatalogIndex) -> None:
    facts = load_handout_facts()
    for country in REQUIRED:
        locale = facts.locale(country)
        assert isinstance(locale, Locale), country
        assert catalog.emergency_lines(country) is not None, country
    # Every country with phone lines has a locale row, so no known country is "unknown".
    for row in catalog.data.emergency_lines.countries:
        assert facts.locale(row.country) is not None, row.country
    assert facts.locale("US").date_order == "mdy" and facts.locale("GB").date_order == "dmy"
    assert facts.locale("US").generic_names == "usan" and facts.locale("IE").generic_names == "inn"


def test_germany_has_a_poison_centre_for_every_land_and_a_crisis_line(catalog: CatalogIndex) -> None:
    locale = load_handout_facts().locale("DE")
    assert locale is not None
    lands = {"BW", "BY", "BE", "BB", "HB", "HH", "HE", "MV", "NI", "NW", "RP", "SL", "SN", "ST", "SH", "TH"}
    assert {code.split("-")[1] for code in locale.regional_lines} == lands
    assert all(line.kind == "poison" for lines in locale.regional_lines.values() for line in lines)
    de = catalog.emergency_lines("DE")
    assert de is not None and [x.number for x in de.of("crisis")] == ["0800 111 0 111"]


def test_the_uk_does_not_sell_hydrocodone_or_us_paracetamol_codeine() -> None:
    gb = load_handout_facts().locale("GB")
    assert gb is not None
    not_sold = {n.drug for n in gb.not_sold}
    assert {"hydrocodone", "acetaminophen-codeine-300-30"} <= not_sold
    assert load_handout_facts().locale("US").not_sold == ()  # type: ignore[union-attr]


def test_cauda_equina_and_every_medicine_flag_are_emergencies() -> None:
    flags = {f.id: f for f in _facts().red_flags}
    assert flags["cauda-equina"].urgency == "emergency"
    assert flags["headache-sudden"].urgency == "emergency"
    assert flags["anaphylaxis"].urgency == "emergency" and flags["anaphylaxis"].when.allergy
    for site in ("head", "neck", "wound", "foot", "knee", "chest"):
        assert any(site in f.when.sites for f in flags.values()), site


def test_a_handout_fact_naming_an_unknown_drug_fails_loudly(tmp_path: Path, catalog: CatalogIndex) -> None:
    for stem in HANDOUT_FILES:
        (tmp_path / f"{stem}.json").write_text((catalog_dir() / f"{stem}.json").read_text(encoding="utf-8"),
                                               encoding="utf-8")
    rows = json.loads((tmp_path / "advice_conflicts.json").read_text(encoding="utf-8"))
    rows[0]["when"]["drugs"] = ["no-such-drug"]
    (tmp_path / "advice_conflicts.json").write_text(json.dumps(rows), encoding="utf-8")
    with pytest.raises(CatalogError, match="no-such-drug"):
        read_handout_catalog(tmp_path, catalog)


def test_a_stray_placeholder_is_refused() -> None:
    from careplan.domain.handout_model import check_text

    assert check_text("Take {names} with {drug:ibuprofen} and call {emergency}.")
    with pytest.raises(ValueError):
        check_text("Call {clinic} now.")
