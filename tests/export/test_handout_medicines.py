"""Each shape of medicine says the right thing in the right place of the handout (text from the PDF).

Daily with a time of day, a patch changed every 3 days, as needed with a gap, a rescue medicine,
a course with a stop date, a tablet with its strength, a combination product.
"""

from __future__ import annotations

from datetime import date

import pytest

from careplan.domain.catalog import CatalogIndex
from careplan.domain.plan import CarePlan, MedicationItem, MedicationModule, Patient, Strength
from careplan.domain.safety import check_plan
from careplan.export import render_handout

from .conftest import TODAY, options, pdf_text
from .pdf_tables import page_texts, schedule_rows, tables


def _plan(*items: MedicationItem, jurisdiction: str = "US-TX", current: tuple[MedicationItem, ...] = ()) -> CarePlan:
    return CarePlan(patient=Patient(name="Test Person", age=50, sex="female", jurisdiction=jurisdiction,
                                    current_medications=list(current)),
                    modules=[MedicationModule(items=list(items))])


def _render(plan: CarePlan, catalog: CatalogIndex) -> bytes:
    return render_handout(plan, catalog, check_plan(plan, catalog, TODAY), options())


def _row(rows: list[dict[str, str]], name: str) -> dict[str, str]:
    found = [r for r in rows if r["Medicine"].startswith(name)]
    assert len(found) == 1, (name, rows)
    return found[0]


def _slots(row: dict[str, str]) -> dict[str, str]:
    return {k: v for k, v in row.items() if k != "Medicine" and v}


def test_daily_medicine_at_its_catalog_time_sits_in_the_bedtime_column(catalog: CatalogIndex) -> None:
    ami = MedicationItem(id="ami", drug="amitriptyline", dose=10, unit="mg", times_per_day=1)
    data = _render(_plan(ami), catalog)
    assert _slots(_row(schedule_rows(data), "Amitriptyline (Elavil)")) == {"Bedtime": "10 mg (1 tablet)"}


def test_the_items_own_time_wins_and_the_catalogs_time_sentence_gives_way(catalog: CatalogIndex) -> None:
    ami = MedicationItem(id="ami", drug="amitriptyline", dose=10, unit="mg", times_per_day=1, timing=["evening"])
    data = _render(_plan(ami), catalog)
    assert _slots(_row(schedule_rows(data), "Amitriptyline")) == {"Evening": "10 mg (1 tablet)"}
    evening = next(p.text for p in catalog.drugs["amitriptyline"].patient["en"].warning if p.about == "timing")
    assert evening not in pdf_text(data)  # the table says when; no second, different time


def test_patch_every_72_hours_is_never_in_the_daily_table_and_names_its_change_days(catalog: CatalogIndex) -> None:
    patch = MedicationItem(id="fen", drug="fentanyl-transdermal", dose=1, unit="patch", route="transdermal",
                           strength=Strength(amount=25, unit="mcg/h"), interval_hours=72)
    ibu = MedicationItem(id="ibu", drug="ibuprofen", dose=400, unit="mg", times_per_day=3)
    data = _render(_plan(patch, ibu), catalog)
    rows = schedule_rows(data)
    assert [r["Medicine"] for r in rows] == ["Ibuprofen (Advil)"]  # the patch is in no column
    text = pdf_text(data)
    assert "Fentanyl transdermal patch (Duragesic): Put on 1 patch (25 mcg/h) every 3 days." in text
    assert "Change it on day 1, day 4, day 7, day 10, and so on." in text
    tracker = [t.rows for t in tables(data) if t.rows[0][0].startswith("Fentanyl")]
    assert tracker == [[["Fentanyl transdermal patch (Duragesic)", "Day 1", "Day 4", "Day 7", "Day 10", "Day 13",
                         "Day 16", "Day 19"], ["Done", *["\u2610"] * 7]]]


def test_patch_with_a_start_date_names_the_dates(catalog: CatalogIndex) -> None:
    patch = MedicationItem(id="fen", drug="fentanyl-transdermal", dose=25, unit="mcg/h", route="transdermal",
                           interval_hours=72, start=date(2026, 12, 1))
    data = _render(_plan(patch), catalog)
    text = pdf_text(data)
    # A US patient: month first, and no comma inside a date of a list of dates.
    assert ("Change it on Tuesday December 1, Friday December 4, Monday December 7, Thursday December 10, "
            "and so on.") in text
    assert "Start on December 1, 2026." in text
    head = next(t.rows[0] for t in tables(data) if t.rows[0][0].startswith("Fentanyl"))
    assert head[1:4] == ["Tue Dec 1", "Fri Dec 4", "Mon Dec 7"]
    assert schedule_rows(data) == []


def test_as_needed_medicine_prints_its_cap_and_gap(catalog: CatalogIndex) -> None:
    oxy = MedicationItem(id="oxy", drug="oxycodone", dose=5, unit="mg", prn=True, max_per_day=4, min_hours_between=4)
    data = _render(_plan(oxy), catalog)
    assert ("Oxycodone (Roxicodone): Take 5 mg (1 tablet) only when you need it. Take it no more than 4 times a day. "
            "Wait at least 4 hours between doses.") in pdf_text(data)
    assert schedule_rows(data) == []


@pytest.mark.parametrize("frequency", [{}, {"times_per_day": 1}, {"prn": True, "max_per_day": 1}])
def test_rescue_medicine_is_for_family_never_a_daily_or_as_needed_one(catalog: CatalogIndex,
                                                                      frequency: dict[str, object]) -> None:
    # However the item is written, naloxone is a rescue medicine (the catalog says so).
    oxy = MedicationItem(id="oxy", drug="oxycodone", dose=5, unit="mg", times_per_day=2)
    nlx = MedicationItem.model_validate({"id": "nlx", "drug": "naloxone", "dose": 4, "unit": "mg", "route": "nasal",
                                         **frequency})
    data = _render(_plan(oxy, nlx), catalog)
    text = pdf_text(data)
    assert not any("Naloxone" in r["Medicine"] for r in schedule_rows(data))
    assert "Only when needed" not in text
    assert "once a day" not in text and "no more than 1" not in text
    # The box speaks to family and carers, and stays whole on one page.
    pages = page_texts(data)
    box_pages = [n for n, page in enumerate(pages) if "For your family and caregivers" in page]
    assert len(box_pages) == 1
    page = pages[box_pages[0]]
    assert "Naloxone (Narcan) Dose: 4 mg, sprayed into the nose." in page
    assert "Give a second dose if they do not wake in 2 to 3 minutes." in page
    assert "In an emergency, call 911." in page


def test_course_has_its_own_table_and_says_when_to_stop(catalog: CatalogIndex) -> None:
    ibu = MedicationItem(id="ibu", drug="ibuprofen", dose=400, unit="mg", times_per_day=3, duration_days=7,
                         start=date(2026, 11, 25))
    gaba = MedicationItem(id="gaba", drug="gabapentin", dose=300, unit="mg", times_per_day=3)
    data = _render(_plan(ibu, gaba), catalog)
    text = pdf_text(data)
    row = _row(schedule_rows(data), "Ibuprofen (Advil)")
    assert row["Medicine"].endswith("Start on November 25, 2026. Take it for 7 days, then stop. Your last day is "
                                    "December 1, 2026.")
    assert _slots(row) == {"Morning": "400 mg", "Midday": "400 mg", "Evening": "400 mg"}
    # The course is not among the medicines to keep taking "even on good days".
    keep = text.index("even on good days")
    course = text.index("For a set time only")
    assert keep < text.index("Gabapentin (Neurontin)") < course < text.index("Ibuprofen (Advil) Start on")


def test_course_with_a_stop_date_and_no_ongoing_medicine(catalog: CatalogIndex) -> None:
    ibu = MedicationItem(id="ibu", drug="ibuprofen", dose=400, unit="mg", times_per_day=2, stop=date(2026, 12, 31))
    text = pdf_text(_render(_plan(ibu), catalog))
    assert "Take it until December 31, 2026, then stop." in text
    assert "even on good days" not in text


def test_tablets_print_with_their_strength(catalog: CatalogIndex) -> None:
    oxy = MedicationItem(id="oxy", drug="oxycodone", dose=2, unit="tablet", strength=Strength(amount=15, unit="mg"),
                         times_per_day=2)
    data = _render(_plan(oxy), catalog)
    assert _slots(_row(schedule_rows(data), "Oxycodone")) == {"Morning": "2 tablets (15 mg each)",
                                                            "Evening": "2 tablets (15 mg each)"}
    assert "Oxycodone (Roxicodone) \u2013 2 tablets (15 mg each)" in pdf_text(data)


def test_combination_product_prints_its_name_and_tablets(catalog: CatalogIndex) -> None:
    norco = MedicationItem(id="norco", drug="hydrocodone-acetaminophen-5-325", dose=1, unit="tablet", times_per_day=3)
    data = _render(_plan(norco), catalog)
    row = _row(schedule_rows(data), "Hydrocodone/acetaminophen 5/325 mg (Norco)")
    assert _slots(row) == {"Morning": "1 tablet", "Midday": "1 tablet", "Evening": "1 tablet"}
    # Where acetaminophen is called paracetamol, the combination is named from its ingredients.
    gb = _render(_plan(norco, jurisdiction="GB"), catalog)
    assert _row(schedule_rows(gb), "Hydrocodone/paracetamol 5/325 mg")["Morning"] == "1 tablet"
    assert "acetaminophen" not in pdf_text(gb).lower()


def test_allergies_on_record_reach_the_patient(catalog: CatalogIndex) -> None:
    plan = _plan(MedicationItem(id="ibu", drug="ibuprofen", dose=200, unit="mg", times_per_day=2))
    plan.patient_or_empty.allergies.extend(["codeine", "penicillin"])
    text = pdf_text(_render(plan, catalog))
    assert "Allergies on your record: codeine and penicillin. Tell every doctor, nurse, dentist and pharmacist." in text
