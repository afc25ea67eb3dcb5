"""The clinician summary: whole plan, MME, findings with acknowledgements, sources, sign-off."""

from __future__ import annotations

import io
from datetime import UTC, datetime

import pytest
from pypdf import PdfReader

from careplan.domain import limits
from careplan.domain.catalog import CatalogIndex
from careplan.domain.codes import SCHEMA_VERSION
from careplan.domain.findings import Finding, SafetyReport
from careplan.domain.plan import CarePlan, MedicationItem, MedicationModule, Patient, SignOff
from careplan.export import render_summary
from careplan.export.summary_sources import source_list

from .conftest import SRC, full_plan, metadata, options, pdf_text, report_for


@pytest.fixture(scope="module")
def summary(catalog: CatalogIndex) -> str:
    plan = full_plan()
    return pdf_text(render_summary(plan, catalog, report_for(plan), options()))


def test_patient_pain_goals_and_header(summary: str) -> None:
    for expected in ("Clinician summary", "Chronic low back pain plan", "DRAFT — not signed off", "Zoë Ñúñez",
                     "1961-03-04", "65 (65+)", "A-1002", "US-TX", "Chronic kidney disease", "Sleep apnoea",
                     "codeine", "2 drinks/week", "Sertraline", "lower back", "nociceptive", "18 months",
                     "7, 6, 6 (pain, enjoyment, activity); mean 6.3", "7/10", "Walk to the shop and back",
                     "4 or lower", "2027-02-01"):
        assert expected in summary, expected


def test_every_module_in_detail(summary: str, catalog: CatalogIndex) -> None:
    for expected in ("1. Medication", "Ibuprofen", "1,200 mg/day", "as needed, max 3/day", "(OTC)",
                     "purpose: pain and stiffness", "Review kidney function in 2 weeks.",
                     "2. Physiotherapy", catalog.exercises["pelvic-tilt"].name, "2×10, hold 5 s",
                     "Garden stretch routine", "10 → 30 minutes", "Add a third set after two weeks.",
                     "3. CBT for pain", catalog.cbt_components["pain-education"].name, "Keep a sleep diary.",
                     "4. Mindfulness", catalog.mindfulness_practices["body-scan"].name,
                     "5. Lifestyle", "Same wake time every day, 7 am",
                     "6. Kratom (counselling)", "Currently using", "Powder", "SECRET-AMOUNT-3g", "twice daily",
                     catalog.kratom_cautions["cns-depressants"].title, "Rest 20 minutes, then walk gently for 5",
                     "every 4 weeks", "Discussed tapering plan for kratom."):
        assert expected in summary, expected
    # Labels, never the file format's enum names.
    for enum_name in ("current_use", "Sex unknown", "Sex female", "Status current_use", "fortnightly"):
        assert enum_name not in summary, enum_name


def test_mme_findings_and_acknowledgements(summary: str) -> None:
    assert "Total: 22.5 MME/day (conversion table: CDC 2022)" in summary
    assert "Oxycodone 5 mg up to 3×/day" in summary
    assert "MME factors (CDC 2022) estimate overdose risk" in summary
    for expected in ("CRITICAL", "KRATOM-CNS-DEPRESSANT: Kratom with CNS depressants",
                     "NOT ACKNOWLEDGED", "WARNING", "NSAID-CONDITION: NSAID with chronic kidney disease",
                     "Acknowledged by Dr A. Example at 2026-11-24 10:19 UTC: short course, renal function checked",
                     "INFO", "PLAN-INCOMPLETE", "Stale acknowledgements", "old MME reason XYZZY",
                     "no OPIOID-MME finding any more"):
        assert expected in summary, expected
    # Items are named, not given as ids.
    assert "Concerns: Oxycodone 5 mg, as needed, max 3/day; Gabapentin 300 mg, 1×/day" in summary


def test_sources_are_numbered_once_and_cited_from_each_finding(summary: str, catalog: CatalogIndex) -> None:
    plan = full_plan()
    from careplan.export.context import RenderContext
    from careplan.export.styles import make_styles

    report = report_for(plan)
    ctx = RenderContext(catalog=catalog, report=report, options=options(), styles=make_styles(False),
                        today=options().today or datetime.now(UTC).date(), width=500, jurisdiction="US-TX")
    numbered = source_list(plan, ctx)
    citations = [r.citation for r in numbered.entries]
    # Only the findings' sources, in the order the findings cite them, each once: what the
    # handout tells the patient (exercises, red flags, phone lines) is not a finding's evidence.
    assert citations == [SRC.citation, "AGS Beers Criteria 2023"]
    assert catalog.exercises["pelvic-tilt"].sources[0].citation not in summary
    assert "[1] FDA Drug Safety Communication 2016: opioids and benzodiazepines" in summary
    assert "[2] AGS Beers Criteria 2023" in summary
    assert summary.count("FDA Drug Safety Communication 2016: opioids and benzodiazepines") == 1
    # Each finding cites its own numbers.
    assert "Sources: [1]" in summary and "Sources: [2]" in summary


def test_sign_off_plan_id_and_versions(summary: str, catalog: CatalogIndex) -> None:
    assert "Not signed off in Careplan (draft). The signature block is on page 1." in summary
    assert f"Plan id 0b6f5d2e-1111-4c5e-9a7b-123456789abc · schema version {SCHEMA_VERSION} · revision 1" in summary
    signed = full_plan().model_copy(update={
        "status": "final", "revision": 3,
        "signed_off": SignOff(name="Dr Øyvind Ås", credentials="MD", at=datetime(2026, 11, 25, 9, 0, tzinfo=UTC))})
    text = pdf_text(render_summary(signed, catalog, report_for(signed), options()))
    assert "Signed off in Careplan by Dr Øyvind Ås MD at 2026-11-25 09:00 UTC." in text
    assert "FINAL" in text and "revision 3" in text and "DRAFT" not in text


def test_peg_chart_and_metadata(catalog: CatalogIndex) -> None:
    plan = full_plan()
    data = render_summary(plan, catalog, report_for(plan), options())
    text = pdf_text(data)
    assert "Baseline PEG-3" in text and "Target 4" in text and "PEG mean" in text
    reader = PdfReader(io.BytesIO(data))
    assert metadata(data).title == "Clinician summary: Chronic low back pain plan"
    assert metadata(data).author == "Riverside Pain Clinic"
    n = len(reader.pages)
    assert f"Page 1 of {n}" in (reader.pages[0].extract_text() or "")


def test_long_free_text_and_many_items_still_render(catalog: CatalogIndex) -> None:
    # As long and as many as the model allows (careplan.domain.limits).
    long_text = ("word " * (limits.MAX_TEXT // 5)).strip()
    count = limits.MAX_MEDICINES_IN_PLAN
    items = [MedicationItem(name=f"Med {n}", dose=1, unit="tablet", times_per_day=2, instructions=long_text if n == 3
                            else "") for n in range(count)]
    chunks = [items[i:i + limits.MAX_MEDICINES] for i in range(0, count, limits.MAX_MEDICINES)]
    plan = CarePlan(patient=Patient(name="A"), modules=[MedicationModule(items=chunk, notes=long_text) for chunk in chunks],
                    notes=long_text)
    text = pdf_text(render_summary(plan, catalog, SafetyReport(), options()))
    assert f"Med {count - 1}" in text


def test_a_finding_names_each_concerned_medicine_once_with_a_count(catalog: CatalogIndex) -> None:
    same = [MedicationItem(id=f"ibu-{n}", drug="ibuprofen", dose=400, times_per_day=3) for n in range(30)]
    plan = full_plan().model_copy(update={"modules": [MedicationModule(items=[
        *same, MedicationItem(id="nap", drug="naproxen", dose=250, times_per_day=2)])]})
    finding = Finding(rule="NSAID-DUPLICATE", severity="critical", title="Two NSAIDs at once",
                      detail="Ibuprofen with naproxen.", items=(*(i.id for i in same), "nap"))
    text = " ".join(pdf_text(render_summary(plan, catalog, SafetyReport(findings=(finding,)), options())).split())
    line = text.split("Concerns: ", 1)[1].split("NOT ACKNOWLEDGED", 1)[0]
    assert "Ibuprofen" in line and "(30 entries)" in line and "Naproxen" in line
    assert line.count("Ibuprofen") == 1  # each label once, with how many items carry it


def test_the_summary_shows_weight_and_hepatic_impairment(catalog: CatalogIndex) -> None:
    plan = full_plan()
    assert plan.patient is not None
    patient = plan.patient.model_copy(update={"weight_kg": 61.5, "hepatic_impairment": "moderate"})
    plan = plan.model_copy(update={"patient": patient})
    text = pdf_text(render_summary(plan, catalog, report_for(plan), options()))
    assert "61.5 kg" in text and "Moderate (Child-Pugh B)" in text


def test_a_long_detail_prints_each_clause_once_on_its_own_line() -> None:
    from careplan.export.summary_safety import detail_lines

    same = "Ibuprofen 400 mg, 3×/day = 1,200 mg/day"
    lines = detail_lines("; ".join([same, "Naproxen 500 mg, 2×/day = 1,000 mg/day", same, "Celecoxib 200 mg = 200 mg/day",
                                    same, "together 2,400 mg <b>too much</b>. Keep one."]))
    assert lines[0] == same + " (3 entries);"
    assert len(lines) == 4 and lines[-1].endswith("Keep one.")
    assert "&lt;b&gt;" in lines[-1], "the detail is escaped, never markup"
    # A short detail stays one line, as before.
    assert detail_lines("A = 1; B = 2") == ["A = 1; B = 2"]


def test_identical_per_line_findings_print_once_with_their_count(catalog: CatalogIndex) -> None:
    from careplan.domain.safety import check_plan
    from tests.domain.plan_factory import med, plan

    # Two identical as-needed lines with no gap between doses, and a third medicine's line.
    p = plan(med("oxycodone", 5, prn_max=4, id="o1"), med("oxycodone", 5, prn_max=4, id="o2"),
             med("hydromorphone", 2, prn_max=4, id="h1"))
    report = check_plan(p, catalog)
    per_line = [f for f in report.findings if f.rule == "PRN-NO-GAP"]
    assert len(per_line) == 3, "the engine keeps one finding per line"
    text = " ".join(pdf_text(render_summary(p, catalog, report, options())).split())
    assert text.count("PRN-NO-GAP: Oxycodone") == 2, "once on the front sheet, once in the findings table"
    assert text.count("PRN-NO-GAP: Hydromorphone") == 2
    assert "(2 entries)" in text
    merged = len(report.findings) - 1
    assert f"Open findings ({merged})" in text, "the front sheet counts what the table lists"
