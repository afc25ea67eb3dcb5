"""Each listed country gets its own lines and words: emergency, poison and crisis numbers, the
generic-name convention, the words for places and people, spelling and date order, the kratom law
row in its own wording; an unknown country gets blank lines and a finding, never another's numbers."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

import pytest

from careplan.domain.catalog import CatalogIndex
from careplan.domain.plan import (
    CarePlan,
    Goal,
    KratomModule,
    MedicationItem,
    MedicationModule,
    MindfulnessModule,
    Pain,
    Patient,
    PhysiotherapyModule,
)
from careplan.domain.safety import check_plan
from careplan.export import render_handout

from .conftest import TODAY, options, pdf_text
from .consistency import Documents, check_country


@dataclass(frozen=True)
class Country:
    code: str
    lines: tuple[str, ...]
    words: tuple[str, ...]
    absent: tuple[str, ...]


ENGLISH_GB = ("For your family and carers", "Practise for 10 minutes a day", "physiotherapist", "Paracetamol",
              "1 March 2027")
ENGLISH_INT = (*ENGLISH_GB, "go to the emergency department")
COUNTRIES = [
    Country("US-TX", ("Call 911 now if:", "Poison Control (1-800-222-1222)", "the 988 Lifeline (call or text 988)"),
            ("For your family and caregivers", "Practice for 10 minutes a day", "physical therapist",
             "Acetaminophen (Tylenol)", "March 1, 2027", "go to the emergency room"),
            ("carers", "Practise", "physiotherapist", "paracetamol", "1 March 2027")),
    Country("CA", ("Call 911 now if:", "the Poison Centre (1-844-764-7669)", "the 988 crisis line (call or text 988)"),
            ("For your family and caregivers", "physiotherapist", "Acetaminophen", "March 1, 2027",
             "go to the emergency department"),
            ("carers", "paracetamol", "emergency room")),
    Country("GB", ("Call 999 now if:", "Urgent, but not an emergency: NHS 111", "Samaritans (116 123)",
                   "Call us. If we are closed, call NHS 111."),
            ENGLISH_GB, ("caregivers", "physical therapist", "emergency room", "acetaminophen", "March 1, 2027")),
    Country("IE", ("Call 112 or 999 now if:", "the Poisons Information Line (01 809 2166, 8am to 10pm)",
                   "Samaritans (116 123)"),
            (*ENGLISH_GB, "go to the emergency department"), ("caregivers", "physical therapist", "acetaminophen")),
    Country("AU", ("Call 000 now if:", "the Poisons Information Centre (13 11 26)", "Lifeline (13 11 14)"),
            (*ENGLISH_GB, "go to the emergency department"), ("caregivers", "physical therapist", "acetaminophen")),
    Country("NZ", ("Call 111 now if:", "the National Poisons Centre (0800 764 766)", "the 1737 helpline"),
            (*ENGLISH_GB, "go to the emergency department"), ("caregivers", "physical therapist", "acetaminophen")),
    Country("DE-BY", ("Call 112 now if:", "Poisoning: the Giftnotruf in Munich (089 19240)",
                      "TelefonSeelsorge (0800 111 0 111)"), ENGLISH_INT, ("A&E", "acetaminophen")),
    Country("FR", ("Call 112 now if:", "To talk to someone in a crisis: the 3114 suicide prevention line"), ENGLISH_INT, ("A&E",)),
    Country("ES", ("Call 112 now if:", "To talk to someone in a crisis: the 024 suicide prevention line"), ENGLISH_INT, ("A&E",)),
    Country("MX", ("Call 911 now if:", "the Línea de la Vida (800 911 2000)"),
            ("Paracetamol", "1 March 2027", "For your family and caregivers"), ("acetaminophen", "988")),
    Country("TH", ("Call 1669 now if:", "the Ramathibodi Poison Center (1367)", "the mental health hotline (1323)"),
            ENGLISH_INT, ("A&E", "acetaminophen")),
    Country("MY", ("Call 999 now if:", "Talian HEAL (15555, 8am to midnight)"), ENGLISH_INT,
            ("A&E", "acetaminophen", "NHS")),
]


def _plan(jurisdiction: str | None) -> CarePlan:
    """Everything that differs by country: acetaminophen (a generic name and the poison line),
    an opioid and naloxone (the emergency number, carers), exercises with sessions (the
    physiotherapist), mindfulness (practise), back pain (a same-day sign), a dated goal."""
    items = [MedicationItem(id="apap", drug="acetaminophen", dose=500, unit="mg", prn=True, max_per_day=6),
             MedicationItem(id="oxy", drug="oxycodone", dose=5, unit="mg", prn=True, max_per_day=3),
             MedicationItem(id="nlx", drug="naloxone", dose=4, unit="mg", route="nasal")]
    return CarePlan(
        patient=Patient(name="Test Person", age=40, sex="male", jurisdiction=jurisdiction, opioid_tolerant=True),
        pain=Pain(sites=["lower back"]),
        goals=[Goal(text="Walk to the shop", due=date(2027, 3, 1))],
        modules=[MedicationModule(items=items), PhysiotherapyModule(sessions_per_week=1),
                 MindfulnessModule(minutes_per_day=10)])


def _text(jurisdiction: str | None, catalog: CatalogIndex) -> str:
    plan = _plan(jurisdiction)
    return pdf_text(render_handout(plan, catalog, check_plan(plan, catalog, TODAY), options()))


@pytest.mark.parametrize("country", COUNTRIES, ids=[c.code for c in COUNTRIES])
def test_each_country_gets_its_own_lines_and_words(country: Country, catalog: CatalogIndex) -> None:
    text = _text(country.code, catalog)
    for expected in (*country.lines, *country.words):
        assert expected in text, expected
    for unwanted in country.absent:
        assert not re.search(rf"(?<![\w-]){re.escape(unwanted)}(?![\w-])", text), unwanted
    docs = Documents(plan=_plan(country.code), catalog=catalog, handout=text, summary_pages=[], today=TODAY)
    assert check_country(docs) == []


@pytest.mark.parametrize("jurisdiction", [None, "ZZ"])
def test_an_unknown_country_gets_blank_lines_and_a_finding(jurisdiction: str | None, catalog: CatalogIndex) -> None:
    text = _text(jurisdiction, catalog)
    for line in ("Write the numbers for where you live here:", "Emergency: ____", "Poison centre: ____",
                 "Crisis line: ____", "Call your local emergency number now if:"):
        assert line in text, line
    assert not re.search(r"\b(?:911|999|000|112|988)\b", text)
    assert any(f.rule == "JURISDICTION-UNKNOWN" for f in check_plan(_plan(jurisdiction), catalog, TODAY).findings)


def test_germany_without_a_land_gets_a_line_to_write_its_poison_centre(catalog: CatalogIndex) -> None:
    text = _text("DE", catalog)
    assert "Poison centre for your area: ____" in text and "TelefonSeelsorge (0800 111 0 111)" in text
    assert "19240" not in text


def _kratom_text(jurisdiction: str, catalog: CatalogIndex) -> str:
    plan = CarePlan(patient=Patient(name="K", age=40, jurisdiction=jurisdiction),
                    modules=[KratomModule(cautions_accepted=True, status="advised_against")])
    report = check_plan(plan, catalog, TODAY)
    from careplan.domain.plan import Acknowledgement

    acks = [Acknowledgement(rule=f.rule, items=list(f.items), reason="Counselled", by="Dr T") for f in report.blocking]
    plan = plan.model_copy(update={"acknowledgements": acks})
    return pdf_text(render_handout(plan, catalog, check_plan(plan, catalog, TODAY), options()))


@pytest.mark.parametrize("jurisdiction, own, absent", [
    ("GB", "it is against the law to sell, give, make or bring in kratom (Psychoactive Substances Act 2016)",
     "allowed only with limits"),
    ("US-TX", "Laws change, and states, cities and towns can make their own rules.", "Laws change. Check the law"),
    ("US-FL", "some strong \u201c7-OH\u201d kratom products are against the law here", "allowed only with limits"),
    ("AU", "kratom is against the law here.", "cities"),
    ("CA", "no kratom product is approved to eat, drink or swallow", "cities"),
    ("DE", "kratom is not an approved medicine", "cities"),
    ("TH", "You must be at least 18 to buy it.", "cities"),
])
def test_kratom_law_rows_read_in_their_own_words(jurisdiction: str, own: str, absent: str,
                                                 catalog: CatalogIndex) -> None:
    text = _kratom_text(jurisdiction, catalog)
    assert own in text
    assert absent not in text


def test_every_restricted_row_has_its_own_words(catalog: CatalogIndex) -> None:
    from careplan.export.text import EN

    restricted = [row.code for row in catalog.data.jurisdictions.entries if row.status == "restricted"]
    assert restricted and all(f"kratom_law_row_{code}" in EN for code in restricted), restricted
