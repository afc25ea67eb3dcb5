"""The patient handout: content of every module, Unicode, escaping, large print, metadata, pages."""

from __future__ import annotations

import io
from datetime import date

import pytest
from PIL import Image
from pypdf import PdfReader

from careplan.domain.catalog import CatalogIndex
from careplan.domain.findings import SafetyReport
from careplan.domain.handout_catalog import load_handout_facts
from careplan.domain.plan import CarePlan, Goal, MedicationItem, MedicationModule, Patient
from careplan.export import Letterhead, render_handout
from careplan.export.text import EN

from .conftest import char_sizes, full_plan, metadata, options, page_count, pdf_text, report_for


def _norm(text: str) -> str:
    return " ".join(text.split())


def assert_in(expected: str, text: str, words: int = 8) -> None:
    """The first `words` words of a catalog sentence: long paragraphs may cross a page break,
    where the running head and footer interrupt the extracted text."""
    head = " ".join(_norm(expected).split()[:words])
    assert head in text, head


@pytest.fixture(scope="module")
def handout(catalog: CatalogIndex) -> str:
    plan = full_plan()
    return pdf_text(render_handout(plan, catalog, report_for(plan), options()))


def test_header_goals_and_schedule(handout: str) -> None:
    for expected in ("Riverside Pain Clinic", "Your care plan", "Made for: Zoë Ñúñez", "Date: November 24, 2026",
                     "From: Dr A. Example, MD", "Walk to the shop and back", "Aim: 4 or lower", "By: February 1, 2027",
                     "Sleep through the night 5 nights a week", "Medicine Morning Midday Evening Bedtime",
                     "Start on November 25, 2026."):
        assert expected in handout, expected


def test_schedule_places_doses_by_times_per_day(catalog: CatalogIndex) -> None:
    plan = CarePlan(patient=Patient(name="A"), modules=[MedicationModule(items=[
        MedicationItem(name="Onceamin", dose=1, unit="tablet", times_per_day=1),
        MedicationItem(name="Twicemin", dose=2, unit="tablet", times_per_day=2),
        MedicationItem(name="Fourmin", dose=10, unit="mg", times_per_day=4),
        MedicationItem(name="Sixmin", dose=5, unit="mg", times_per_day=6),
        MedicationItem(name="Whenmin", dose=5, unit="mg", prn=True, max_per_day=4),
    ])])
    text = pdf_text(render_handout(plan, catalog, SafetyReport(), options()))
    assert "Onceamin 1 tablet Twicemin 2 tablets 2 tablets Fourmin 10 mg 10 mg 10 mg 10 mg" in text
    assert "Sixmin 5 mg, 6 times a day, spread over the day" in text
    assert "Whenmin: Take 5 mg only when you need it. Take it no more than 4 times a day." in text


def test_every_module_has_its_key_content(handout: str, catalog: CatalogIndex) -> None:
    # Medicines: names, purpose, catalog side effects, the PRN cap, current medicines.
    for drug_id in ("ibuprofen", "acetaminophen", "gabapentin", "oxycodone", "sertraline"):
        assert catalog.drugs[drug_id].name.split(" (")[0] in handout, drug_id
    assert "What it is for: pain and stiffness" in handout
    assert "How to take it: Take with food." in handout
    side = catalog.drugs["ibuprofen"].patient["en"].side_effects
    assert all(_norm(s) in handout for s in side)
    assert "Take 5 mg (1 tablet) only when you need it. Take it no more than 3 times a day." in handout
    assert "Review kidney function in 2 weeks." in handout
    # Exercises: library name, instructions, dose, progression (plan's own wins), stop rule.
    pelvic = catalog.exercises["pelvic-tilt"]
    assert pelvic.name in handout
    assert_in(pelvic.instructions["en"], handout)
    assert_in(pelvic.stop_if["en"], handout)
    assert "2 sets of 10, hold for 5 seconds, on 5 days a week" in handout
    assert "To make it harder: Add a third set after two weeks." in handout
    assert "Garden stretch routine" in handout and "for 10 minutes, on 3 days a week" in handout
    assert "You will see your physical therapist 2 times a week." in handout
    assert "Walk for 10 minutes at a time to start. Add a little each week, up to 30 minutes." in handout
    assert "Break jobs into 10-minute chunks." in handout
    # CBT: sessions, focus areas in patient words, homework, provider.
    assert "You will have 8 sessions. Sessions are once a week. Each one lasts about 50 minutes." in handout
    assert_in(catalog.cbt_components["pacing"].patient["en"], handout)
    assert "Your homework: Keep a sleep diary." in handout and "Sam Lee, PhD" in handout
    # Mindfulness and lifestyle.
    assert catalog.mindfulness_practices["body-scan"].name in handout
    assert "Practice for 15 minutes a day, on 6 days a week." in handout  # US spelling for a US patient
    assert "Sleep: Same wake time every day, 7 am" in handout
    assert_in(catalog.lifestyle_targets["sleep-regular-wake"].patient["en"], handout)
    # "No alcohol on days you take gabapentin" gives way to the safe words (ADVICE-CONFLICT): never any.
    assert "Alcohol: Do not drink alcohol while you take gabapentin" in handout
    assert "on days you take gabapentin" not in handout


def test_flare_tracker_help_next_visit(handout: str, catalog: CatalogIndex) -> None:
    assert "1. Rest 20 minutes, then walk gently for 5 2. Heat pack 15 minutes" in handout
    assert "Call us if: pain is 9/10 or more for over a day" in handout
    assert "What I did Mon Tue Wed Thu Fri Sat Sun" in handout
    assert handout.count("\u2610") >= 7 * 4
    assert "Get help now if" in handout
    assert "Call 911 now if:" in handout and "You have thoughts of ending your life" in handout
    assert "Your next visit is in about 4 weeks." in handout and "liver function tests" in handout
    assert "If you have questions, call us at 512-555-0100." in handout


def test_kratom_box_is_personal_and_never_gives_a_dose(handout: str, catalog: CatalogIndex) -> None:
    place = catalog.jurisdiction("US-TX")
    assert place is not None
    assert "Kratom: what you need to know" in handout
    assert place.name in handout
    # The row's own date, as in the finding and the summary (not the table's review date).
    as_of = place.as_of
    # US-TX: month first.
    assert f"Our record of this is dated {EN[f'month_{as_of.month}']} {as_of.day}, {as_of.year}." in handout
    assert "You take" in handout and "With kratom, these can slow or stop your breathing." in handout
    breathing = handout.split("You take", 1)[1].split("With kratom", 1)[0]
    assert catalog.drugs["gabapentin"].name.rstrip(")") in breathing
    assert catalog.drugs["oxycodone"].name.rstrip(")") in breathing
    assert "SECRET-AMOUNT-3g" not in handout and "twice daily" not in handout
    assert_in(catalog.kratom_cautions["tell-every-clinician"].patient["en"], handout)


def test_red_flags_follow_the_plan(catalog: CatalogIndex) -> None:
    facts = load_handout_facts()
    bare = CarePlan(patient=Patient(name="A"))
    assert [f.id for f in facts.red_flags_for(bare, catalog)] == ["suicidal-thoughts"]
    flags = {f.id for f in facts.red_flags_for(full_plan(), catalog)}
    assert {"suicidal-thoughts", "cauda-equina", "serious-back-cause", "nsaid-stomach-bleeding", "opioid-overdose",
            "gabapentinoid-breathing", "kratom-overdose", "acetaminophen-overdose", "serotonin-syndrome",
            "anaphylaxis"} <= flags
    text = pdf_text(render_handout(bare, catalog, SafetyReport(), options()))
    nsaid = next(f for f in facts.data.red_flags if f.id == "nsaid-stomach-bleeding")
    assert " ".join(nsaid.patient["en"].split()[:8]) not in text
    assert "Kratom: what you need to know" not in text


@pytest.mark.parametrize("name", ["Zoë Ñúñez", "Đặng Thị Hương", "Øyvind Ås"])
def test_unicode_names_print(name: str, catalog: CatalogIndex) -> None:
    plan = full_plan(name)
    data = render_handout(plan, catalog, report_for(plan), options())
    assert f"Made for: {name}" in pdf_text(data)
    assert metadata(data).title == f"Your care plan: {name}"


def test_markup_in_user_text_prints_literally(catalog: CatalogIndex) -> None:
    plan = full_plan("<b>Smith & Sons</b>").model_copy(update={
        "goals": [Goal(text="<font size=90>big</font> & <unclosed"), Goal(text="a <br/> b")]})
    data = render_handout(plan, catalog, SafetyReport(), options(letterhead=Letterhead(name="A&B <Clinic>")))
    text = pdf_text(data)
    assert "Made for: <b>Smith & Sons</b>" in text
    assert "<font size=90>big</font> & <unclosed" in text and "a <br/> b" in text
    assert "A&B <Clinic>" in text
    assert max(char_sizes(data)) < 40  # the size=90 in the goal was not obeyed


def test_large_print_body_is_14pt_or_more(catalog: CatalogIndex) -> None:
    plan = full_plan()
    normal = render_handout(plan, catalog, report_for(plan), options())
    large = render_handout(plan, catalog, report_for(plan), options(large_print=True))
    assert min(char_sizes(large)) >= 14  # every character, footers included
    assert min(char_sizes(normal)) < 14  # the check can tell the two apart
    assert page_count(large) > page_count(normal)


def test_metadata_and_page_numbers(catalog: CatalogIndex) -> None:
    plan = full_plan()
    data = render_handout(plan, catalog, report_for(plan), options())
    reader = PdfReader(io.BytesIO(data))
    meta = metadata(data)
    assert meta.title == "Your care plan: Zoë Ñúñez"
    assert meta.author == "Riverside Pain Clinic"
    assert meta.subject == "Patient handout"
    n = len(reader.pages)
    assert n >= 3
    for i, page in enumerate(reader.pages, start=1):
        assert f"Page {i} of {n}" in (page.extract_text() or "")


def test_same_plan_same_bytes(catalog: CatalogIndex) -> None:
    plan = full_plan()
    first = render_handout(plan, catalog, report_for(plan), options())
    assert render_handout(plan, catalog, report_for(plan), options()) == first


def test_section_selection_keeps_safety_boxes(catalog: CatalogIndex) -> None:
    plan = full_plan()
    text = pdf_text(render_handout(plan, catalog, report_for(plan), options(sections=frozenset({"goals"}))))
    assert "Walk to the shop and back" in text
    assert "Weekly tracker" not in text and "Your exercises" not in text and "Your next visit" not in text
    assert "Get help now if" in text and "Kratom: what you need to know" in text


def test_template_without_patient_and_letterhead(catalog: CatalogIndex) -> None:
    plan = CarePlan(format="careplan-template", patient=None, title="Knee OA")
    data = render_handout(plan, catalog, SafetyReport(), options(letterhead=Letterhead()))
    text = pdf_text(data)
    assert "Your care plan" in text and "Made for" not in text
    assert "If you have questions, call your care team." in text


def test_logo_prints_and_a_broken_logo_is_skipped(catalog: CatalogIndex, tmp_path: object) -> None:
    from pathlib import Path

    folder = Path(str(tmp_path))
    good = folder / "logo.png"
    Image.new("RGB", (120, 40), "navy").save(good)
    bad = folder / "broken.png"
    bad.write_bytes(b"not an image")
    plan = full_plan()
    with_logo = render_handout(plan, catalog, SafetyReport(), options(letterhead=Letterhead(name="X", logo=good)))
    assert len(PdfReader(io.BytesIO(with_logo)).pages[0].images) == 1
    without = render_handout(plan, catalog, SafetyReport(), options(letterhead=Letterhead(name="X", logo=bad)))
    assert len(PdfReader(io.BytesIO(without)).pages[0].images) == 0


def test_long_schedule_splits_with_repeated_header(catalog: CatalogIndex) -> None:
    items = [MedicationItem(name=f"Medicine {n}", dose=n, unit="mg", times_per_day=1 + n % 4) for n in range(1, 80)]
    # Two medication modules: one module holds at most limits.MAX_ITEMS medicines.
    plan = CarePlan(patient=Patient(name="A"), modules=[MedicationModule(items=items[:40]), MedicationModule(items=items[40:])])
    data = render_handout(plan, catalog, SafetyReport(), options(sections=frozenset({"schedule"}), today=date(2026, 1, 1)))
    text = pdf_text(data)
    assert "Medicine 79" in text
    assert text.count("Medicine Morning Midday Evening Bedtime") >= 2


def test_section_ids_match_print_order() -> None:
    from careplan.export.handout import SECTION_BUILDERS
    from careplan.export.options import HANDOUT_SECTIONS

    # The export dialog lists sections in the order they print.
    assert [s.id for s in HANDOUT_SECTIONS] == [sid for sid, _ in SECTION_BUILDERS]


def test_a_new_language_is_a_dict_not_code(catalog: CatalogIndex, monkeypatch: pytest.MonkeyPatch) -> None:
    from careplan.export import text

    # Half a translation: present keys print in Spanish, missing ones fall back to English.
    monkeypatch.setitem(text.PHRASES, "es", {"doc_title": "Su plan de cuidado", "goals_title": "Sus metas"})
    plan = full_plan()
    out = pdf_text(render_handout(plan, catalog, report_for(plan), options(language="es")))
    assert "Su plan de cuidado" in out and "Sus metas" in out
    assert "Your exercises" in out  # English fallback for an untranslated key
    assert "Your care plan" not in out
