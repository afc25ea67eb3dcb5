"""Where the patient lives decides the phone lines and the medicine names on the handout."""

from __future__ import annotations

import re

import pytest

from careplan.domain.catalog import CatalogIndex
from careplan.domain.plan import CarePlan, MedicationItem, MedicationModule, Patient
from careplan.domain.safety import check_plan
from careplan.export import Letterhead, render_handout

from .conftest import TODAY, options, pdf_text

US_ONLY = [r"\b911\b", r"\b988\b", r"1-800-222-1222", r"Poison Control", r"Tylenol", r"\bAdvil\b", r"\bNarcan\b"]
# Every number the emergency table holds, so an unknown country can be checked against all of them.
ANY_NUMBER = [r"\b911\b", r"\b988\b", r"\b999\b", r"\b000\b", r"\b112\b", r"\b111\b", r"116 123", r"13 11",
              r"1-800", r"1-844", r"\b1737\b", r"\b1669\b", r"\b15555\b"]


def _plan(jurisdiction: str | None) -> CarePlan:
    """A plan that brings every kind of line into play: an opioid with naloxone (emergency),
    acetaminophen (poison), sertraline (crisis line), ibuprofen (a brand name in the US)."""
    items = [
        MedicationItem(id="apap", drug="acetaminophen", dose=500, unit="mg", prn=True, max_per_day=6),
        MedicationItem(id="oxy", drug="oxycodone", dose=5, unit="mg", prn=True, max_per_day=3, min_hours_between=6),
        MedicationItem(id="ibu", drug="ibuprofen", dose=200, unit="mg", times_per_day=2),
        MedicationItem(id="nlx", drug="naloxone", dose=4, unit="mg", route="nasal"),
    ]
    current = [MedicationItem(id="sert", drug="sertraline", dose=50, unit="mg", times_per_day=1)]
    return CarePlan(patient=Patient(name="Test Person", age=40, sex="male", jurisdiction=jurisdiction,
                                    current_medications=current),
                    modules=[MedicationModule(items=items)])


def _text(jurisdiction: str | None, catalog: CatalogIndex) -> str:
    plan = _plan(jurisdiction)
    return pdf_text(render_handout(plan, catalog, check_plan(plan, catalog, TODAY),
                                   options(letterhead=Letterhead(name="Clinic"))))


def _absent(patterns: list[str], text: str) -> list[str]:
    return [p for p in patterns if re.search(p, text)]


def test_united_kingdom_gets_its_own_lines_and_names(catalog: CatalogIndex) -> None:
    text = _text("GB", catalog)
    for expected in ("Need help fast? Call 999.", "In an emergency, call 999.", "Urgent, but not an emergency: NHS 111",
                     "Samaritans (116 123)", "Paracetamol (Panadol)", "You can also call NHS 111 for advice",
                     "You took more paracetamol (Panadol) than your plan says"):
        assert expected in text, expected
    assert _absent(US_ONLY, text) == []
    assert "acetaminophen" not in text.lower()


def test_australia_gets_its_own_lines(catalog: CatalogIndex) -> None:
    text = _text("AU", catalog)
    for expected in ("Need help fast? Call 000.", "Poisoning: the Poisons Information Centre (13 11 26)",
                     "Lifeline (13 11 14)", "Paracetamol (Panadol)"):
        assert expected in text, expected
    assert _absent(US_ONLY, text) == []


@pytest.mark.parametrize("jurisdiction", [None, "JP", "ZZ-Q1"])
def test_unknown_country_gets_no_numbers_at_all(catalog: CatalogIndex, jurisdiction: str | None) -> None:
    text = _text(jurisdiction, catalog)
    assert "Need help fast? Call your local emergency number." in text
    assert "In an emergency, call your local emergency number." in text
    assert "contact a crisis line." in text
    assert "Write the numbers for where you live here:" in text and "Emergency: ____" in text
    assert _absent(ANY_NUMBER, text) == []
    # No brand names either: the catalog knows no brands for an unknown country.
    assert _absent([r"Tylenol", r"Panadol", r"\bAdvil\b", r"\bNarcan\b", r"Zoloft"], text) == []
    assert "Paracetamol" in text  # international generic names where the country is not known


def test_eu_member_gets_112(catalog: CatalogIndex) -> None:
    text = _text("DE", catalog)
    assert "Need help fast? Call 112." in text
    assert _absent(US_ONLY, text) == []


def test_us_state_uses_the_us_lines(catalog: CatalogIndex) -> None:
    text = _text("US-TX", catalog)
    for expected in ("Need help fast? Call 911.", "Poison Control (1-800-222-1222)",
                     "the 988 Lifeline (call or text 988)", "Acetaminophen (Tylenol)", "Ibuprofen (Advil)"):
        assert expected in text, expected


def test_every_required_country_and_eu_member_is_in_the_table(catalog: CatalogIndex) -> None:
    eu = {"AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU",
          "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE"}
    for country in {"US", "CA", "GB", "IE", "AU", "NZ", "TH", "MY"} | eu:
        row = catalog.emergency_lines(country)
        assert row is not None and row.of("emergency"), country
        if country in eu:
            assert "112" in {line.number for line in row.of("emergency")}, country
    assert catalog.emergency_lines("US-TX") is catalog.emergency_lines("US")
    assert catalog.emergency_lines("JP") is None and catalog.emergency_lines(None) is None
